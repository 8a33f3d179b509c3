using System.ComponentModel.DataAnnotations;

namespace Wx.Scraper.Browser;

/// <summary>Settings of the headless Chromium that wx drives (configuration section <c>Browser</c>).</summary>
public sealed class BrowserOptions
{
    public const string SectionName = "Browser";

    /// <summary>Path of the Chromium executable; Debian's <c>chromium</c> package installs it at /usr/bin/chromium.</summary>
    [Required]
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>Runs Chromium without a window. Turn off only to watch it work on a desktop.</summary>
    public bool Headless { get; set; } = true;

    /// <summary>Extra Chromium command-line switches, added after wx's own.</summary>
    public IList<string> ExtraArguments { get; } = [];

    /// <summary>Tabs kept open for fast reloads; the least recently used is closed beyond this. Each costs about 27 MB.</summary>
    [Range(1, 200)]
    public int MaxOpenTabs { get; set; } = 8;

    /// <summary>
    /// Spot commands (reads, image captures) that may use the browser at once, each in its own tab. Default 1. A
    /// login or browser reset always runs alone.
    /// </summary>
    public int MaxConcurrentPages { get; set; } = 1;

    /// <summary>Page loads after which the browser is restarted, because long-lived contexts grow.</summary>
    [Range(10, 1_000_000)]
    public int RecycleAfterNavigations { get; set; } = 2000;

    /// <summary>Age after which the browser is restarted at the next idle moment.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan RecycleAfter { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Hard deadline of one command (navigation, wait, read and images), enforced outside Playwright.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(45);

    /// <summary>Timeout Playwright applies to a navigation or reload.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan NavigationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time the page has after DOMContentLoaded to show its data, a login form or a not-found message.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan DataTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Deadline of closing a tab or context; closing a jammed tab can hang, so wx then closes more.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Folder for wx's record of its own Chromium processes and profiles; default: the wx data folder.</summary>
    public string? StateDirectory { get; set; }

    /// <summary>Viewport width and height of every tab, in CSS pixels.</summary>
    [Range(320, 4000)]
    public int ViewportWidth { get; set; } = 1280;

    [Range(240, 4000)]
    public int ViewportHeight { get; set; } = 900;
}
