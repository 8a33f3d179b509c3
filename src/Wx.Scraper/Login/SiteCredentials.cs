namespace Wx.Scraper.Login;

/// <summary>A user name and password for a site. <see cref="ToString"/> never shows the password.</summary>
public sealed record SiteCredentials(string UserName, string Password)
{
    public override string ToString() => $"SiteCredentials {{ UserName = {UserName}, Password = *** }}";
}
