using Wx.Core.Spots;

namespace Wx.Scraper.Errors;

/// <summary>
/// Base of the failures a scrape command can raise. Each carries the spot or site it concerns, the page URL
/// when there was one, the original exception as <see cref="Exception.InnerException"/>, and whether a retry
/// can help.
/// </summary>
public abstract class ScrapeException : Exception
{
    private protected ScrapeException(string message, string site, SpotKey? spot, Uri? url, bool isTransient, Exception? innerException)
        : base(message, innerException)
    {
        Site = site;
        Spot = spot;
        Url = url;
        IsTransient = isTransient;
    }

    /// <summary>The site profile id the failure concerns.</summary>
    public string Site { get; }

    /// <summary>The spot being read, or null for a site-wide operation such as a login.</summary>
    public SpotKey? Spot { get; }

    /// <summary>The page URL, without credentials, when a page was involved.</summary>
    public Uri? Url { get; }

    /// <summary>True when the same command may succeed if tried again later.</summary>
    public bool IsTransient { get; }

    /// <summary>A short machine-readable name of the failure kind, such as <c>spot-not-found</c>.</summary>
    public abstract string Kind { get; }
}
