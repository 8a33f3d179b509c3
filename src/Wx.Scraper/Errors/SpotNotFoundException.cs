using Wx.Core.Spots;

namespace Wx.Scraper.Errors;

/// <summary>The site has no spot with this id: it returned 404, or a page with a message that the spot does not exist.</summary>
public sealed class SpotNotFoundException : ScrapeException
{
    public SpotNotFoundException(SpotKey spot, Uri url, int? statusCode, Exception? innerException = null)
        : base(
            $"Spot '{spot.SpotId}' was not found on site '{spot.Site}' ({url}{(statusCode is { } code ? $" answered {code}" : " says the spot does not exist")}). Check the spot id in the spot's URL on the site.",
            spot.Site,
            spot,
            url,
            isTransient: false,
            innerException)
    {
        StatusCode = statusCode;
    }

    /// <summary>The HTTP status of the page, or null when the site returned 200 with a not-found message.</summary>
    public int? StatusCode { get; }

    public override string Kind => "spot-not-found";
}
