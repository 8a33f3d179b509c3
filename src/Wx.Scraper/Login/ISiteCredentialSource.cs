namespace Wx.Scraper.Login;

/// <summary>Supplies the credentials of a site when the browser must log in.</summary>
public interface ISiteCredentialSource
{
    /// <summary>Returns the credentials of <paramref name="site"/>, or null when none are configured.</summary>
    Task<SiteCredentials?> GetAsync(string site, CancellationToken cancellationToken);
}
