namespace Wx.Data.Entities;

/// <summary>
/// That a reader (a terminal session, an API client) reads a spot. The service keeps spots with recent
/// reads refreshed, and after a restart re-activates them from this table without waiting for a client.
/// </summary>
public sealed class WatchedSpotEntity
{
    public const int MaxReaderIdLength = 64;

    public long Id { get; set; }

    public long SpotId { get; set; }

    public SpotEntity Spot { get; set; } = null!;

    /// <summary>Who reads the spot, for example a terminal session id or an API client name.</summary>
    public required string ReaderId { get; set; }

    public DateTime FirstReadAt { get; set; }

    public DateTime LastReadAt { get; set; }
}
