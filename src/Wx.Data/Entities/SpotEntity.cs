namespace Wx.Data.Entities;

/// <summary>A spot wx knows of, with the state of its refreshes. All times are UTC.</summary>
public sealed class SpotEntity
{
    /// <summary>Maximum length of <see cref="LastError"/>; longer messages are cut by the store.</summary>
    public const int MaxErrorLength = 2000;

    public const int MaxTitleLength = 200;

    public long Id { get; set; }

    /// <summary>Site profile id, the first part of a <see cref="Core.Spots.SpotKey"/>.</summary>
    public required string Site { get; set; }

    /// <summary>Spot id on the site, the second part of a <see cref="Core.Spots.SpotKey"/>.</summary>
    public required string SpotId { get; set; }

    /// <summary>Spot name as the page shows it.</summary>
    public string? Title { get; set; }

    /// <summary>IANA id of the spot's time zone, in which the page shows times.</summary>
    public string? TimeZoneId { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Last time any reader (a terminal session, an API client) asked for this spot.</summary>
    public DateTime? LastReadAt { get; set; }

    /// <summary>End of the last refresh, successful or not.</summary>
    public DateTime? LastRefreshAt { get; set; }

    public DateTime? LastSuccessAt { get; set; }

    /// <summary>Why the last failed refresh failed, as a sentence for the user. Kept after a later success.</summary>
    public string? LastError { get; set; }

    public DateTime? LastErrorAt { get; set; }

    /// <summary>Failed refreshes since the last success.</summary>
    public int ConsecutiveFailures { get; set; }

    public SpotStatus Status { get; set; }

    public DateTime? NextRefreshAt { get; set; }
}
