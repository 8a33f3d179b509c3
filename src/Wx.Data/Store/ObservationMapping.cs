using Wx.Core.Readings;
using Wx.Core.Spots;
using Wx.Core.Units;
using Wx.Core.Wind;
using Wx.Data.Entities;

namespace Wx.Data.Store;

/// <summary>
/// Converts between <see cref="WindReading"/> and <see cref="ObservationEntity"/>. Quantities are stored in
/// m/s, °C and hPa with the page's unit beside them, and converted back to that unit when read.
/// </summary>
internal static class ObservationMapping
{
    public static ObservationEntity ToEntity(WindReading reading, long spotId, DateTime fetchedAt) => new()
    {
        SpotId = spotId,
        ObservedAt = reading.ObservedAt.UtcDateTime,
        TimeZoneId = reading.TimeZoneId,
        FetchedAt = fetchedAt,
        WindSpeedMps = reading.WindSpeed.MetresPerSecond,
        GustMps = reading.Gust?.MetresPerSecond,
        LullMps = reading.Lull?.MetresPerSecond,
        SpeedUnit = reading.WindSpeed.Unit,
        DirectionKind = reading.Direction.Kind,
        DirectionDegrees = reading.Direction.Degrees,
        AirTemperatureC = reading.AirTemperature?.Celsius,
        TemperatureUnit = reading.AirTemperature?.Unit,
        PressureHpa = reading.Pressure?.Hectopascals,
        PressureUnit = reading.Pressure?.Unit,
        Warnings = (int)reading.Warnings,
        TitleText = Cut(reading.SourceText.Title, ObservationEntity.MaxRawTextLength),
        ObservedAtText = Cut(reading.SourceText.ObservedAt, ObservationEntity.MaxRawTextLength),
        WindText = Cut(reading.SourceText.Wind, ObservationEntity.MaxRawTextLength),
        GustText = Cut(reading.SourceText.Gust, ObservationEntity.MaxRawTextLength),
        LullText = Cut(reading.SourceText.Lull, ObservationEntity.MaxRawTextLength),
        AirTemperatureText = Cut(reading.SourceText.AirTemperature, ObservationEntity.MaxRawTextLength),
        PressureText = Cut(reading.SourceText.Pressure, ObservationEntity.MaxRawTextLength),

        // A longer address would not survive cutting, so it is left out.
        PageUrl = reading.PageUrl?.AbsoluteUri is { Length: <= ObservationEntity.MaxPageUrlLength } url ? url : null,
    };

    /// <summary>Rebuilds the reading; gust and lull come back in the unit of the average speed.</summary>
    public static WindReading ToReading(ObservationEntity entity, SpotKey spot) => new()
    {
        Spot = spot,
        ObservedAt = new DateTimeOffset(entity.ObservedAt, TimeSpan.Zero),
        TimeZoneId = entity.TimeZoneId,
        FetchedAt = new DateTimeOffset(entity.FetchedAt, TimeSpan.Zero),
        WindSpeed = ToSpeed(entity.WindSpeedMps, entity.SpeedUnit),
        Gust = entity.GustMps is { } gust ? ToSpeed(gust, entity.SpeedUnit) : null,
        Lull = entity.LullMps is { } lull ? ToSpeed(lull, entity.SpeedUnit) : null,
        Direction = ToDirection(entity.DirectionKind, entity.DirectionDegrees),
        AirTemperature = entity.AirTemperatureC is { } celsius
            ? Temperature.FromCelsius(celsius).To(entity.TemperatureUnit ?? TemperatureUnit.Celsius)
            : null,
        Pressure = entity.PressureHpa is { } hectopascals
            ? Pressure.FromHectopascals(hectopascals).To(entity.PressureUnit ?? PressureUnit.Hectopascals)
            : null,
        Warnings = (ReadingWarnings)entity.Warnings,
        SourceText = new SpotPageText
        {
            Title = entity.TitleText,
            ObservedAt = entity.ObservedAtText,
            Wind = entity.WindText,
            Gust = entity.GustText,
            Lull = entity.LullText,
            AirTemperature = entity.AirTemperatureText,
            Pressure = entity.PressureText,
        },
        PageUrl = entity.PageUrl is null ? null : new Uri(entity.PageUrl, UriKind.Absolute),
    };

    public static string? Cut(string? text, int maxLength) =>
        text is null || text.Length <= maxLength ? text : text[..maxLength];

    private static Speed ToSpeed(double metresPerSecond, SpeedUnit unit) =>
        Speed.FromMetresPerSecond(metresPerSecond).To(unit);

    private static WindDirection ToDirection(WindDirectionKind kind, double? degrees) => kind switch
    {
        WindDirectionKind.Degrees when degrees is { } value => WindDirection.FromDegrees(value),
        WindDirectionKind.Calm => WindDirection.Calm,
        WindDirectionKind.Variable => WindDirection.Variable,
        _ => WindDirection.Missing,
    };
}
