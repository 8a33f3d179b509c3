using Wx.Core.Units;
using Wx.Core.Wind;

namespace Wx.Data.Entities;

/// <summary>
/// One reading of a spot's page. Quantities are stored in SI-style units (m/s, °C, hPa) next to the unit
/// the page showed, so that a reading converts back to its source unit. At most one row exists per
/// (SpotId, ObservedAt): reading an unchanged page again adds nothing.
/// </summary>
public sealed class ObservationEntity
{
    public const int MaxTimeZoneIdLength = 64;

    /// <summary>Maximum length of each raw text column; the store cuts longer page texts to this.</summary>
    public const int MaxRawTextLength = 1000;

    public const int MaxPageUrlLength = 2048;

    public long Id { get; set; }

    public long SpotId { get; set; }

    public SpotEntity Spot { get; set; } = null!;

    /// <summary>When the station observed the wind, UTC.</summary>
    public DateTime ObservedAt { get; set; }

    /// <summary>IANA id of the zone the page showed the time in.</summary>
    public required string TimeZoneId { get; set; }

    /// <summary>When wx read the page, UTC.</summary>
    public DateTime FetchedAt { get; set; }

    public double WindSpeedMps { get; set; }

    public double? GustMps { get; set; }

    public double? LullMps { get; set; }

    public WindDirectionKind DirectionKind { get; set; }

    /// <summary>Degrees in [0, 360) when <see cref="DirectionKind"/> is Degrees, else null (calm is not 0°).</summary>
    public double? DirectionDegrees { get; set; }

    public double? AirTemperatureC { get; set; }

    public double? PressureHpa { get; set; }

    /// <summary>Unit the page showed speeds in; gust and lull share it.</summary>
    public SpeedUnit SpeedUnit { get; set; }

    /// <summary>Unit the page showed the temperature in; null without a temperature.</summary>
    public TemperatureUnit? TemperatureUnit { get; set; }

    /// <summary>Unit the page showed the pressure in; null without a pressure.</summary>
    public PressureUnit? PressureUnit { get; set; }

    /// <summary><see cref="Core.Readings.ReadingWarnings"/> flags as an integer.</summary>
    public int Warnings { get; set; }

    /// <summary>Page title text as read; the spot's current title is on <see cref="SpotEntity"/>.</summary>
    public string? TitleText { get; set; }

    public string? ObservedAtText { get; set; }

    public string? WindText { get; set; }

    public string? GustText { get; set; }

    public string? LullText { get; set; }

    public string? AirTemperatureText { get; set; }

    public string? PressureText { get; set; }

    public string? PageUrl { get; set; }

    public long? GaugeCaptureId { get; set; }

    public CaptureEntity? GaugeCapture { get; set; }

    public long? GraphCaptureId { get; set; }

    public CaptureEntity? GraphCapture { get; set; }
}
