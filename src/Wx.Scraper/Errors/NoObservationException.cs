using Wx.Core.Spots;

namespace Wx.Scraper.Errors;

/// <summary>
/// The page loaded but shows no current observation (for example "No recent observation"), because the station
/// has not reported lately. Not a layout change: a later read may find data again.
/// </summary>
public sealed class NoObservationException : ScrapeException
{
    public NoObservationException(SpotKey spot, Uri url, string? shownText, Exception? innerException = null)
        : base(
            $"The page of spot '{spot}' ({url}) shows no current observation{(string.IsNullOrEmpty(shownText) ? string.Empty : $" ('{shownText}')")}; the station has not reported lately. wx will try again later.",
            spot.Site,
            spot,
            url,
            isTransient: true,
            innerException)
    {
        ShownText = shownText;
    }

    /// <summary>What the page showed in place of the wind, or null.</summary>
    public string? ShownText { get; }

    public override string Kind => "no-observation";
}
