namespace Wx.FixtureSite;

/// <summary>An element of the current-conditions block that <see cref="FixtureFault.MissingField"/> can drop.</summary>
public enum SpotField
{
    /// <summary><c>.jw-cc-data-date</c>, the observation time.</summary>
    ObservedAt,

    /// <summary><c>.jw-cc-data-speed</c>, the wind text.</summary>
    Wind,

    /// <summary><c>div.jw-data-item.jw-data-gust</c>.</summary>
    Gust,

    /// <summary><c>div.jw-data-item.jw-data-lull</c>.</summary>
    Lull,

    /// <summary><c>div.jw-data-item.jw-data-air-temp</c>.</summary>
    AirTemperature,

    /// <summary><c>div.jw-data-item.jw-data-air-pressure</c>.</summary>
    Pressure,

    /// <summary><c>svg.jw-cc-data-gauge</c>, the wind-meter gauge.</summary>
    Gauge,

    /// <summary><c>canvas#wind-graph</c>, the speed and gust graph.</summary>
    Graph,
}
