namespace Wx.FixtureSite.Replay;

/// <summary>
/// One observation of an NDBC buoy, in the units of the NDBC realtime2 text format. A null value was
/// <c>MM</c> (missing) in the file.
/// </summary>
/// <param name="Time">Observation time, UTC.</param>
/// <param name="WindDirectionDegrees">Direction the wind comes from, degrees true (WDIR).</param>
/// <param name="WindSpeedMps">Average wind speed, m/s (WSPD).</param>
/// <param name="GustMps">Peak gust speed, m/s (GST).</param>
/// <param name="PressureHpa">Sea-level pressure, hPa (PRES).</param>
/// <param name="AirTemperatureC">Air temperature, °C (ATMP).</param>
/// <param name="WaterTemperatureC">Sea surface temperature, °C (WTMP).</param>
public sealed record BuoyRecord(
    DateTimeOffset Time,
    int? WindDirectionDegrees,
    double? WindSpeedMps,
    double? GustMps,
    double? PressureHpa,
    double? AirTemperatureC,
    double? WaterTemperatureC);
