using System.Text.Json;
using System.Text.Json.Nodes;
using Wx.Contracts;
using Wx.Core.Readings;
using Wx.Core.Units;

namespace Wx.Cli.Output;

/// <summary>JSON forms of readings for <c>--json</c> and <c>--format json</c>.</summary>
public static class ReadingJson
{
    public static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>
    /// One reading: speeds rounded in <paramref name="unit"/> beside the exact m/s values, the direction, the
    /// times and, when <paramref name="now"/> is given, the age and staleness.
    /// </summary>
    public static JsonObject ToJson(ReadingView reading, SpeedUnit unit, DateTimeOffset? now = null, TimeSpan? staleAfter = null)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var direction = reading.Direction;
        var json = new JsonObject
        {
            ["spot"] = reading.Spot.ToString(),
            ["title"] = reading.Title,
            ["observedAt"] = reading.ObservedAt.ToUniversalTime(),
            ["localTime"] = ReadingText.LocalTime(reading),
            ["timeZone"] = reading.TimeZoneId,
            ["unit"] = UnitNames.Symbol(unit),
            ["speed"] = ReadingText.Round(reading.WindSpeedMps, unit),
            ["gust"] = reading.GustMps is { } gust ? ReadingText.Round(gust, unit) : null,
            ["lull"] = reading.LullMps is { } lull ? ReadingText.Round(lull, unit) : null,
            ["direction"] = direction.Kind.ToString().ToLowerInvariant(),
            ["directionDegrees"] = direction.Degrees,
            ["compassPoint"] = direction.CompassPoint,
            ["windSpeedMps"] = reading.WindSpeedMps,
            ["gustMps"] = reading.GustMps,
            ["lullMps"] = reading.LullMps,
            ["airTemperatureC"] = reading.AirTemperatureC,
            ["pressureHpa"] = reading.PressureHpa,
            ["sourceSpeedUnit"] = UnitNames.Symbol(reading.SourceSpeedUnit),
            ["fetchedAt"] = reading.FetchedAt.ToUniversalTime(),
        };
        if (now is { } time)
        {
            var freshness = Freshness.Evaluate(reading.ObservedAt, time, staleAfter ?? Freshness.DefaultStaleAfter);
            json["ageSeconds"] = (long)freshness.Age.TotalSeconds;
            json["stale"] = freshness.IsStale;
        }

        return json;
    }
}
