using Wx.Core.Spots;

namespace Wx.Scraper.Errors;

/// <summary>
/// Logging in to a site failed: no credentials, credentials rejected, or still logged out after the allowed
/// attempts. Work for the site stops until the credentials change or a login is asked for again.
/// </summary>
public sealed class LoginFailedException : ScrapeException
{
    public LoginFailedException(string site, string reason, Uri? url, SpotKey? spot = null, Exception? innerException = null)
        : base($"Login to site '{site}' failed: {reason}", site, spot, url, isTransient: false, innerException)
    {
        Reason = reason;
    }

    /// <summary>Why the login failed, as a sentence without credentials.</summary>
    public string Reason { get; }

    public override string Kind => "login-failed";
}
