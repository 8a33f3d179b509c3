using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Wx.Data.Store;
using Wx.Scraper.Login;

namespace Wx.Service;

/// <summary>
/// Keeps each site's browser login state in the database, encrypted with ASP.NET Core data protection, so that a
/// restarted service resumes its sessions and the stored column is useless without the service's keys.
/// </summary>
public sealed class DataSessionStateStore(WxStore store, IDataProtectionProvider protection) : ISessionStateStore
{
    private readonly IDataProtector _protector = protection.CreateProtector("Wx.SiteSession.v1");

    public async Task<string?> LoadAsync(string site, CancellationToken cancellationToken)
    {
        var saved = await store.LoadSiteSessionAsync(site, cancellationToken);
        if (saved is null)
        {
            return null;
        }

        try
        {
            return _protector.Unprotect(saved.ProtectedState);
        }
        catch (CryptographicException)
        {
            // Saved with keys this process does not have: log in again.
            return null;
        }
    }

    public Task SaveAsync(string site, string storageStateJson, CancellationToken cancellationToken) =>
        store.SaveSiteSessionAsync(site, _protector.Protect(storageStateJson), userName: null, cancellationToken);

    public Task DeleteAsync(string site, CancellationToken cancellationToken) =>
        store.DeleteSiteSessionAsync(site, cancellationToken);
}
