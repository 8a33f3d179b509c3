using Wx.Core.Spots;
using Wx.Core.Units;
using Wx.Core.Wind;

namespace Wx.Core.Readings;

/// <summary>
/// One observation read from a spot page. Quantities keep the unit the page showed them in; the
/// observation time is UTC, and the spot's time zone is kept beside it.
/// </summary>
public sealed record WindReading
{
    public required SpotKey Spot { get; init; }

    /// <summary>When the station observed the wind, in UTC (offset zero).</summary>
    public required DateTimeOffset ObservedAt
    {
        get;
        init => field = value.Offset == TimeSpan.Zero
            ? value
            : throw new ArgumentException($"Observation time {value:O} must be in UTC.", nameof(value));
    }

    /// <summary>IANA id of the spot's time zone, in which the page showed the time.</summary>
    public required string TimeZoneId { get; init; }

    public required Speed WindSpeed { get; init; }

    public Speed? Gust { get; init; }

    public Speed? Lull { get; init; }

    public required WindDirection Direction { get; init; }

    public Temperature? AirTemperature { get; init; }

    public Pressure? Pressure { get; init; }

    public ReadingWarnings Warnings { get; init; }

    /// <summary>When wx read the page, in UTC.</summary>
    public DateTimeOffset FetchedAt { get; init; }

    /// <summary>The texts this reading was parsed from.</summary>
    public required SpotPageText SourceText { get; init; }

    public Uri? PageUrl { get; init; }
}
