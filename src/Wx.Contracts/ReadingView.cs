using Wx.Core.Readings;
using Wx.Core.Spots;
using Wx.Core.Units;
using Wx.Core.Wind;

namespace Wx.Contracts;

/// <summary>
/// A stored wind reading as the service hands it to clients. Quantities are in SI-style units (m/s, °C, hPa) with
/// the unit the page showed kept beside them, so a client converts to the rider's unit without losing the source.
/// </summary>
[GenerateSerializer]
[Immutable]
public sealed record ReadingView
{
    [Id(0)] public required string Site { get; init; }

    [Id(1)] public required string SpotId { get; init; }

    /// <summary>When the station observed the wind, UTC.</summary>
    [Id(2)] public required DateTimeOffset ObservedAt { get; init; }

    /// <summary>IANA id of the spot's time zone.</summary>
    [Id(3)] public required string TimeZoneId { get; init; }

    [Id(4)] public required double WindSpeedMps { get; init; }

    [Id(5)] public double? GustMps { get; init; }

    [Id(6)] public double? LullMps { get; init; }

    [Id(7)] public required WindDirectionKind DirectionKind { get; init; }

    /// <summary>Degrees in [0, 360) the wind comes from; null when calm, variable or missing.</summary>
    [Id(8)] public double? DirectionDegrees { get; init; }

    [Id(9)] public double? AirTemperatureC { get; init; }

    [Id(10)] public double? PressureHpa { get; init; }

    /// <summary>The speed unit the page showed.</summary>
    [Id(11)] public required SpeedUnit SourceSpeedUnit { get; init; }

    [Id(12)] public TemperatureUnit? SourceTemperatureUnit { get; init; }

    [Id(13)] public PressureUnit? SourcePressureUnit { get; init; }

    [Id(14)] public ReadingWarnings Warnings { get; init; }

    /// <summary>When wx read the page, UTC.</summary>
    [Id(15)] public DateTimeOffset FetchedAt { get; init; }

    [Id(16)] public string? Title { get; init; }

    [Id(17)] public string? PageUrl { get; init; }

    /// <summary>The spot key, such as <c>fixture/1786</c>.</summary>
    public SpotKey Spot => SpotKey.Create(Site, SpotId);

    public Speed WindSpeed => Speed.FromMetresPerSecond(WindSpeedMps).To(SourceSpeedUnit);

    public Speed? Gust => GustMps is { } value ? Speed.FromMetresPerSecond(value).To(SourceSpeedUnit) : null;

    public Speed? Lull => LullMps is { } value ? Speed.FromMetresPerSecond(value).To(SourceSpeedUnit) : null;

    public WindDirection Direction => DirectionKind switch
    {
        WindDirectionKind.Degrees => WindDirection.FromDegrees(DirectionDegrees ?? 0),
        WindDirectionKind.Calm => WindDirection.Calm,
        WindDirectionKind.Variable => WindDirection.Variable,
        _ => WindDirection.Missing,
    };

    /// <summary>Builds the view of a parsed reading.</summary>
    public static ReadingView From(WindReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return new ReadingView
        {
            Site = reading.Spot.Site,
            SpotId = reading.Spot.SpotId,
            ObservedAt = reading.ObservedAt,
            TimeZoneId = reading.TimeZoneId,
            WindSpeedMps = reading.WindSpeed.MetresPerSecond,
            GustMps = reading.Gust?.MetresPerSecond,
            LullMps = reading.Lull?.MetresPerSecond,
            DirectionKind = reading.Direction.Kind,
            DirectionDegrees = reading.Direction.Degrees,
            AirTemperatureC = reading.AirTemperature?.Celsius,
            PressureHpa = reading.Pressure?.Hectopascals,
            SourceSpeedUnit = reading.WindSpeed.Unit,
            SourceTemperatureUnit = reading.AirTemperature?.Unit,
            SourcePressureUnit = reading.Pressure?.Unit,
            Warnings = reading.Warnings,
            FetchedAt = reading.FetchedAt,
            Title = reading.SourceText.Title,
            PageUrl = reading.PageUrl?.AbsoluteUri,
        };
    }
}
