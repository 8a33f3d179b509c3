using Wx.Core.Spots;

namespace Wx.Scraper.Errors;

/// <summary>The site returned a server error or could not be reached.</summary>
public sealed class SiteUnavailableException : ScrapeException
{
    public SiteUnavailableException(SpotKey spot, Uri url, int? statusCode, Exception? innerException = null)
        : base(
            $"Site '{spot.Site}' is unavailable for spot '{spot.SpotId}' ({url}{(statusCode is { } code ? $" answered {code}" : " could not be reached")}); wx will try again later.",
            spot.Site,
            spot,
            url,
            isTransient: true,
            innerException)
    {
        StatusCode = statusCode;
    }

    /// <summary>The HTTP status, or null when the site could not be reached at all.</summary>
    public int? StatusCode { get; }

    public override string Kind => "site-unavailable";
}
