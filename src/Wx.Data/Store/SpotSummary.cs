using Wx.Core.Spots;
using Wx.Data.Entities;

namespace Wx.Data.Store;

/// <summary>A known spot with its refresh state, as <see cref="WxStore.GetSpotsAsync"/> lists it. Times are UTC.</summary>
public sealed record SpotSummary
{
    public required SpotKey Key { get; init; }

    public string? Title { get; init; }

    /// <summary>IANA id of the spot's time zone.</summary>
    public string? TimeZoneId { get; init; }

    public required SpotStatus Status { get; init; }

    public DateTimeOffset? LastRefreshAt { get; init; }

    public DateTimeOffset? LastSuccessAt { get; init; }

    public string? LastError { get; init; }

    public DateTimeOffset? LastErrorAt { get; init; }

    public int ConsecutiveFailures { get; init; }

    public DateTimeOffset? NextRefreshAt { get; init; }

    /// <summary>Last time any reader asked for the spot.</summary>
    public DateTimeOffset? LastReadAt { get; init; }

    /// <summary>Observation time of the newest stored reading, or null without readings.</summary>
    public DateTimeOffset? LatestObservedAt { get; init; }
}
