namespace Wx.Scraper.Sites;

/// <summary>A spot names a site for which no profile is configured.</summary>
public sealed class UnknownSiteException : Exception
{
    public UnknownSiteException(string site, IEnumerable<string> knownSites)
        : base($"Unknown site '{site}': no site profile has this id. Known sites: {string.Join(", ", knownSites.Order(StringComparer.Ordinal))}. Add a profile under the setting Sites:{site}.")
    {
        Site = site;
    }

    public string Site { get; }
}
