namespace Wx.FixtureSite.Display;

/// <summary>
/// JSON of <c>GET /api/spot/{id}/current</c>: the observation a spot shows now, as raw values and as the texts
/// the page displays. When no observation is recent enough, <see cref="Observed"/> is false,
/// <see cref="Message"/> is "No recent observation" and the raw values are null.
/// </summary>
/// <param name="ObservedAtUtc">Observation time as the page presents it: the buoy time plus the spot's replay offset.</param>
/// <param name="RecordTimeUtc">Time of the buoy observation that is replayed.</param>
/// <param name="WindSpeed">Wind speed in the display unit, rounded to an integer; the gauge shows it.</param>
internal sealed record CurrentConditionsResponse(
    string SpotId,
    string Title,
    bool Observed,
    string? Message,
    DateTimeOffset? ObservedAtUtc,
    DateTimeOffset? RecordTimeUtc,
    double? WindSpeedMps,
    int? WindDirectionDegrees,
    double? GustMps,
    double? LullMps,
    double? AirTemperatureC,
    double? PressureHpa,
    string SpeedUnit,
    long? WindSpeed,
    string ObservedAtText,
    string WindText,
    string GustText,
    string LullText,
    string AirTemperatureText,
    string PressureText);
