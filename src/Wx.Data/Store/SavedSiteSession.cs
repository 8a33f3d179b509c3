using System.Text;

namespace Wx.Data.Store;

/// <summary>A site's saved login state. <see cref="ToString"/> leaves out the state, because it is a secret.</summary>
public sealed record SavedSiteSession
{
    /// <summary>Site profile id.</summary>
    public required string Site { get; init; }

    /// <summary>The state exactly as the caller saved it, still protected by the caller's encryption.</summary>
    public required string ProtectedState { get; init; }

    /// <summary>The account the state belongs to, for display.</summary>
    public string? UserName { get; init; }

    /// <summary>When the state was saved, UTC.</summary>
    public DateTimeOffset SavedAt { get; init; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Site = ").Append(Site)
            .Append(", UserName = ").Append(UserName)
            .Append(", SavedAt = ").Append(SavedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture))
            .Append(", ProtectedState = (hidden)");
        return true;
    }
}
