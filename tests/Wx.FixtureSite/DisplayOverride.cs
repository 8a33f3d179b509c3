namespace Wx.FixtureSite;

/// <summary>
/// Texts that replace what a spot page shows, so a test can present values the recording never has (such as
/// <c>Calm</c>, <c>N (360°)</c> or an empty gust). A null property keeps the computed text, an empty string
/// shows an empty element. The gauge and graph still draw the recorded values.
/// </summary>
public sealed record DisplayOverride
{
    /// <summary>Text of <c>.jw-cc-data-date</c>, such as <c>4 Dec 3:25pm</c>.</summary>
    public string? ObservedAtText { get; init; }

    /// <summary>Text of <c>.jw-cc-data-speed</c>, such as <c>14 kts WSW (250°)</c>.</summary>
    public string? WindText { get; init; }

    /// <summary>Value text of the gust item, such as <c>19</c>.</summary>
    public string? GustText { get; init; }

    /// <summary>Value text of the lull item, such as <c>11</c>.</summary>
    public string? LullText { get; init; }

    /// <summary>Value text of the air temperature item, such as <c>58°F</c>.</summary>
    public string? AirTemperatureText { get; init; }

    /// <summary>Value text of the pressure item, such as <c>1015.2 mb</c>.</summary>
    public string? PressureText { get; init; }
}
