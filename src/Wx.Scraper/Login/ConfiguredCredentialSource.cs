using Microsoft.Extensions.Configuration;
using Wx.Scraper.Sites;

namespace Wx.Scraper.Login;

/// <summary>
/// Reads credentials from configuration: <c>Sites:SITE:UserName</c> with <c>Sites:SITE:Password</c>, or with
/// <c>Sites:SITE:PasswordFile</c>, a file holding only the password (for container secrets).
/// </summary>
public sealed class ConfiguredCredentialSource(IConfiguration configuration) : ISiteCredentialSource
{
    public async Task<SiteCredentials?> GetAsync(string site, CancellationToken cancellationToken)
    {
        var section = configuration.GetSection(SiteProfileCatalog.SectionName).GetSection(site);
        var userName = section["UserName"];
        if (string.IsNullOrEmpty(userName))
        {
            return null;
        }

        var password = section["Password"];
        var passwordFile = section["PasswordFile"];
        if (string.IsNullOrEmpty(password) && !string.IsNullOrEmpty(passwordFile))
        {
            if (!File.Exists(passwordFile))
            {
                throw new FileNotFoundException($"The password file of site '{site}' does not exist: '{passwordFile}' (setting Sites:{site}:PasswordFile).", passwordFile);
            }

            password = (await File.ReadAllTextAsync(passwordFile, cancellationToken)).TrimEnd('\r', '\n');
        }

        return string.IsNullOrEmpty(password) ? null : new SiteCredentials(userName, password);
    }
}
