using Wx.Data.Entities;

namespace Wx.Data.Store;

/// <summary>
/// The refresh state of a spot. <see cref="WxStore.UpdateSpotStateAsync"/> replaces every field with these
/// values, so a null time clears the stored one. The store converts times with any offset to UTC.
/// </summary>
public sealed record SpotStateUpdate
{
    public required SpotStatus Status { get; init; }

    /// <summary>End of the last refresh, successful or not.</summary>
    public DateTimeOffset? LastRefreshAt { get; init; }

    public DateTimeOffset? LastSuccessAt { get; init; }

    /// <summary>Why the last failed refresh failed, as a sentence for the user; cut to 2000 characters.</summary>
    public string? LastError { get; init; }

    public DateTimeOffset? LastErrorAt { get; init; }

    /// <summary>Failed refreshes since the last success; zero or more.</summary>
    public int ConsecutiveFailures { get; init; }

    public DateTimeOffset? NextRefreshAt { get; init; }
}
