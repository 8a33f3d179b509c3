using System.Security.Cryptography;
using Wx.Core.Readings;

namespace Wx.Scraper.Worker;

/// <summary>The outcome of a <see cref="LogInCommand"/>.</summary>
/// <param name="Site">Site profile id.</param>
/// <param name="Attempts">Form submissions it took; 0 when the saved session was still valid.</param>
public sealed record LoginResult(string Site, int Attempts);

/// <summary>The outcome of a <see cref="ReadSpotCommand"/>.</summary>
public sealed record SpotReadResult
{
    public required WindReading Reading { get; init; }

    /// <summary>False when the page still shows the observation time of the last stored reading.</summary>
    public required bool IsNewObservation { get; init; }

    /// <summary>The images, or null when not asked for.</summary>
    public SpotImages? Images { get; init; }

    /// <summary>Time from the start of the command to the end of reading, including any login.</summary>
    public TimeSpan Duration { get; init; }
}

/// <summary>Which image of a spot page.</summary>
public enum SpotImageKind
{
    /// <summary>The wind-meter gauge.</summary>
    Gauge,

    /// <summary>The wind graph of the last hours.</summary>
    Graph,
}

/// <summary>The images of a spot page; either may be null when the profile names none or the page lacks it.</summary>
public sealed record SpotImages(SpotImage? Gauge, SpotImage? Graph);

/// <summary>A PNG image taken from a page element, with its SHA-256 content hash.</summary>
public sealed record SpotImage
{
    public SpotImage(SpotImageKind kind, ReadOnlyMemory<byte> png, int width, int height)
    {
        Kind = kind;
        Png = png;
        Width = width;
        Height = height;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(png.Span));
    }

    public SpotImageKind Kind { get; }

    public ReadOnlyMemory<byte> Png { get; }

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <summary>SHA-256 of <see cref="Png"/> as 64 lower-case hexadecimal digits.</summary>
    public string Sha256 { get; }
}

/// <summary>State of the browser process.</summary>
public enum BrowserState
{
    /// <summary>No browser runs yet; the first command starts one.</summary>
    NotStarted,

    /// <summary>The browser runs.</summary>
    Running,

    /// <summary>The browser was lost or closed and starts again with the next command.</summary>
    Stopped,

    /// <summary>The worker was disposed.</summary>
    Disposed,
}

/// <summary>Login state of one site.</summary>
public enum SiteLoginState
{
    /// <summary>No page of the site was read yet.</summary>
    Unknown,

    /// <summary>The last page read showed the logged-in marker, or the site needs no login.</summary>
    LoggedIn,

    /// <summary>The login failed; the site's spots are not read until a new login command succeeds.</summary>
    Failed,
}

/// <summary>Login state of a site as shown in status.</summary>
public sealed record SiteStatus(string Site, SiteLoginState State, DateTimeOffset? Since, string? LastError);

/// <summary>A snapshot of the worker, taken without touching the browser.</summary>
public sealed record BrowserStatus
{
    public required BrowserState State { get; init; }

    /// <summary>The Chromium version, once started.</summary>
    public string? Version { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>Browser launches after the first, for any reason.</summary>
    public int Restarts { get; init; }

    /// <summary>Page loads since the browser started.</summary>
    public int Navigations { get; init; }

    public int OpenTabs { get; init; }

    /// <summary>Proportional set size of the browser's processes in bytes, when known.</summary>
    public long? MemoryBytes { get; init; }

    /// <summary>The longest-running command, or null when none runs.</summary>
    public string? CurrentCommand { get; init; }

    /// <summary>Commands running now; more than one only with <see cref="Browser.BrowserOptions.MaxConcurrentPages"/> above 1.</summary>
    public int RunningCommands { get; init; }

    public DateTimeOffset? CurrentCommandStartedAt { get; init; }

    public required IReadOnlyList<SiteStatus> Sites { get; init; }
}
