using Wx.Core.Spots;

namespace Wx.Scraper.Errors;

/// <summary>
/// A spot page showed the login form instead of the conditions (the saved session expired). The worker logs in
/// once more and retries; callers see this only when they asked not to log in.
/// </summary>
public sealed class LoginRequiredException : ScrapeException
{
    public LoginRequiredException(SpotKey spot, Uri url, Exception? innerException = null)
        : base($"Site '{spot.Site}' asked for a login when reading spot '{spot.SpotId}' ({url}).", spot.Site, spot, url, isTransient: true, innerException)
    {
    }

    public override string Kind => "login-required";
}
