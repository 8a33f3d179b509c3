using Wx.Core.Spots;

namespace Wx.Scraper.Errors;

/// <summary>Chromium closed or crashed under an operation. The browser is relaunched on the next command.</summary>
public sealed class BrowserCrashedException : ScrapeException
{
    public BrowserCrashedException(string site, SpotKey? spot, Uri? url, Exception? innerException)
        : base(
            $"The browser closed unexpectedly while working on {(spot is { } key ? $"spot '{key}'" : $"site '{site}'")}; it will be restarted.",
            site,
            spot,
            url,
            isTransient: true,
            innerException)
    {
    }

    public override string Kind => "browser-crashed";
}
