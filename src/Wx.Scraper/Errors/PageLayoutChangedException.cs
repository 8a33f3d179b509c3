using Wx.Core.Spots;

namespace Wx.Scraper.Errors;

/// <summary>
/// The page did not have the element or text format the site profile expects, so the site probably changed its
/// layout. Carries a screenshot of the page for diagnosis.
/// </summary>
public sealed class PageLayoutChangedException : ScrapeException
{
    public PageLayoutChangedException(SpotKey spot, Uri url, string field, string problem, byte[]? screenshotPng, Exception? innerException = null)
        : base(
            $"The page of spot '{spot}' ({url}) does not match the site profile: field '{field}' {problem}. The site may have changed its layout; update the profile's selectors.",
            spot.Site,
            spot,
            url,
            isTransient: false,
            innerException)
    {
        Field = field;
        Problem = problem;
        ScreenshotPng = screenshotPng;
    }

    /// <summary>The profile field that was missing or unreadable, such as <c>wind</c>.</summary>
    public string Field { get; }

    /// <summary>What was wrong with the field, as a sentence fragment.</summary>
    public string Problem { get; }

    /// <summary>A PNG screenshot of the page when the error was found, or null if none could be taken.</summary>
    public byte[]? ScreenshotPng { get; }

    public override string Kind => "page-layout-changed";
}
