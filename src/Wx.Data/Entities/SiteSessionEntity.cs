namespace Wx.Data.Entities;

/// <summary>
/// The browser's saved login state for one site, so that a restarted service resumes without logging in
/// again. <see cref="ProtectedState"/> holds session cookies: treat the column as a secret.
/// </summary>
public sealed class SiteSessionEntity
{
    public const int MaxUserNameLength = 200;

    /// <summary>Site profile id.</summary>
    public required string Site { get; set; }

    /// <summary>
    /// The login state exactly as the caller passed it. The caller encrypts it before saving, because it
    /// contains the site's session cookies; this library stores and returns it unchanged and never logs it.
    /// </summary>
    public required string ProtectedState { get; set; }

    public DateTime SavedAt { get; set; }

    /// <summary>The account the state belongs to, for display. Not secret.</summary>
    public string? UserName { get; set; }
}
