namespace Wx.Scraper.Sites;

/// <summary>How to log in to a site and how to tell a logged-in page from a logged-out one.</summary>
public sealed class LoginProfile
{
    /// <summary>Login page, absolute or relative to the site's base URL.</summary>
    public string Url { get; set; } = "/login";

    public string UserNameSelector { get; set; } = string.Empty;

    public string PasswordSelector { get; set; } = string.Empty;

    public string SubmitSelector { get; set; } = string.Empty;

    /// <summary>An element that only a logged-in page has, such as a signed-in marker in the menu.</summary>
    public string LoggedInSelector { get; set; } = string.Empty;

    /// <summary>An element of the login form; on a spot page it means the session has expired.</summary>
    public string FormSelector { get; set; } = string.Empty;

    /// <summary>An element the login page shows when it rejects the credentials.</summary>
    public string? ErrorSelector { get; set; }

    /// <summary>Form submissions per login; some sites send the first one back to the form.</summary>
    public int MaxAttempts { get; set; } = 2;
}
