namespace Wx.Scraper.Sites;

/// <summary>
/// Everything wx needs to read one spot site, as configuration instead of code: URLs, login form, cookies,
/// selectors of each field and image, and how the site shows "not found". See docs/site-profiles.md.
/// </summary>
public sealed class SiteProfile
{
    /// <summary>The profile id, the first part of a spot key; set from the configuration key.</summary>
    public string Id { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Site root that relative URLs in the profile are resolved against.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Spot page URL with a <c>{spotId}</c> placeholder, absolute or relative to <see cref="BaseUrl"/>.</summary>
    public string SpotUrlTemplate { get; set; } = "/spot/{spotId}";

    /// <summary>IANA time zone the site shows times in, unless <see cref="SpotTimeZones"/> names one for the spot.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>IANA time zones of single spots, keyed by spot id.</summary>
    public IDictionary<string, string> SpotTimeZones { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>How to log in, or null for a site that needs no login.</summary>
    public LoginProfile? Login { get; set; }

    /// <summary>Cookies set before the first page, by name, such as display units (<c>SpeedUnits=kts</c>).</summary>
    public IDictionary<string, string> Cookies { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public PageUnits Units { get; set; } = new();

    /// <summary>An element that appears once the page's script has rendered the conditions.</summary>
    public string ReadySelector { get; set; } = string.Empty;

    public PageFields Fields { get; set; } = new();

    /// <summary>The wind-meter gauge.</summary>
    public ImageSelector? Gauge { get; set; }

    /// <summary>The wind graph.</summary>
    public ImageSelector? Graph { get; set; }

    public NotFoundProfile NotFound { get; set; } = new();

    /// <summary>
    /// Text that the wind field shows when the station has no current observation, such as
    /// <c>No recent observation</c>. A page with an empty observation time and this text (or an empty wind field)
    /// is reported as having no observation rather than as a changed layout.
    /// </summary>
    public string? NoObservationText { get; set; }

    /// <summary>Returns the absolute URL of a spot's page.</summary>
    public Uri SpotUrl(string spotId) => Resolve(SpotUrlTemplate.Replace("{spotId}", Uri.EscapeDataString(spotId), StringComparison.Ordinal));

    /// <summary>Returns the time zone of a spot: its own entry in <see cref="SpotTimeZones"/>, else the site's.</summary>
    public TimeZoneInfo TimeZoneOf(string spotId) =>
        TimeZoneInfo.FindSystemTimeZoneById(SpotTimeZones.TryGetValue(spotId, out var zone) ? zone : TimeZone);

    /// <summary>Resolves a URL of the profile against <see cref="BaseUrl"/>.</summary>
    public Uri Resolve(string url)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute;
        }

        if (BaseUrl is null)
        {
            throw new InvalidOperationException($"Site profile '{Id}' has no BaseUrl to resolve '{url}' against. Set Sites:{Id}:BaseUrl (environment variable WX_SITES__{Id.ToUpperInvariant()}__BASEURL) to the site's address.");
        }

        return new Uri(BaseUrl, url);
    }
}
