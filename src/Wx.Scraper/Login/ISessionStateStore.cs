namespace Wx.Scraper.Login;

/// <summary>
/// Keeps each site's browser storage state (its login cookies) across restarts. The state is a secret: an
/// implementation must protect it at rest and never log it.
/// </summary>
public interface ISessionStateStore
{
    /// <summary>Returns the saved storage state JSON of <paramref name="site"/>, or null.</summary>
    Task<string?> LoadAsync(string site, CancellationToken cancellationToken);

    Task SaveAsync(string site, string storageStateJson, CancellationToken cancellationToken);

    Task DeleteAsync(string site, CancellationToken cancellationToken);
}
