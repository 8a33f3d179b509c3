using System.Globalization;
using Wx.FixtureSite.Hosting;

namespace Wx.FixtureSite.Display;

/// <summary>Computes what a spot shows at the current replay clock time: the current conditions and the graph history.</summary>
internal sealed class SpotConditions(FixtureSiteState state)
{
    private static readonly TimeSpan TickSearchStep = TimeSpan.FromMinutes(15);

    public CurrentConditionsResponse Current(FixtureSpot spot, DisplayUnits units)
    {
        var display = state.Spots.GetOverride(spot.Id) ?? new DisplayOverride();
        var speedLabel = ConditionsText.SpeedLabel(units.Speed);

        // Replay shift: the spot shows the observation current at clock − offset, labelled offset later.
        var record = state.Data.CurrentAt(state.Clock.GetUtcNow() - spot.ReplayOffset);
        if (record is null)
        {
            return new CurrentConditionsResponse(
                spot.Id,
                spot.Title,
                Observed: false,
                Message: ConditionsText.NoObservation,
                ObservedAtUtc: null,
                RecordTimeUtc: null,
                WindSpeedMps: null,
                WindDirectionDegrees: null,
                GustMps: null,
                LullMps: null,
                AirTemperatureC: null,
                PressureHpa: null,
                speedLabel,
                WindSpeed: null,
                display.ObservedAtText ?? string.Empty,
                display.WindText ?? ConditionsText.NoObservation,
                display.GustText ?? ConditionsText.Missing,
                display.LullText ?? ConditionsText.Missing,
                display.AirTemperatureText ?? ConditionsText.Missing,
                display.PressureText ?? ConditionsText.Missing);
        }

        var observedAt = record.Time + spot.ReplayOffset;
        var lull = state.Data.LullAt(record);
        long? windSpeed = record.WindSpeedMps is { } speed
            ? ConditionsText.RoundToInteger(ConditionsText.ConvertSpeed(speed, units.Speed))
            : null;

        return new CurrentConditionsResponse(
            spot.Id,
            spot.Title,
            Observed: true,
            Message: null,
            observedAt,
            record.Time,
            record.WindSpeedMps,
            record.WindDirectionDegrees,
            record.GustMps,
            lull,
            record.AirTemperatureC,
            record.PressureHpa,
            speedLabel,
            windSpeed,
            display.ObservedAtText ?? ConditionsText.ObservedAt(observedAt, state.Spots.GetTimeZone(spot.Id)),
            display.WindText ?? ConditionsText.Wind(record.WindSpeedMps, record.WindDirectionDegrees, units.Speed),
            display.GustText ?? ConditionsText.Speed(record.GustMps, units.Speed),
            display.LullText ?? ConditionsText.Speed(lull, units.Speed),
            display.AirTemperatureText ?? ConditionsText.Temperature(record.AirTemperatureC, units.Temperature),
            display.PressureText ?? ConditionsText.Pressure(record.PressureHpa, units.Pressure));
    }

    public HistoryResponse History(FixtureSpot spot, DisplayUnits units)
    {
        var to = state.Clock.GetUtcNow();
        var from = to - state.Options.GraphWindow;

        var points = state.Data
            .Between(from - spot.ReplayOffset, to - spot.ReplayOffset)
            .Select(record => new HistoryPoint(
                record.Time + spot.ReplayOffset,
                ConvertForGraph(record.WindSpeedMps, units.Speed),
                ConvertForGraph(record.GustMps, units.Speed)))
            .ToList();

        return new HistoryResponse(
            spot.Id,
            ConditionsText.SpeedLabel(units.Speed),
            from,
            to,
            points,
            HourTicks(from, to, state.Spots.GetTimeZone(spot.Id)));
    }

    private static double? ConvertForGraph(double? speedMps, SpeedUnit unit) =>
        speedMps is { } value ? Math.Round(ConditionsText.ConvertSpeed(value, unit), 1, MidpointRounding.AwayFromZero) : null;

    /// <summary>Lists the full local hours between <paramref name="from"/> and <paramref name="to"/>.</summary>
    /// <remarks>Searching in 15-minute steps also finds the full hours of zones with half- or quarter-hour offsets.</remarks>
    private static List<HistoryTick> HourTicks(DateTimeOffset from, DateTimeOffset to, TimeZoneInfo zone)
    {
        var ticks = new List<HistoryTick>();
        var stepTicks = TickSearchStep.Ticks;
        var time = new DateTimeOffset((from.UtcTicks + stepTicks - 1) / stepTicks * stepTicks, TimeSpan.Zero);
        for (; time <= to; time += TickSearchStep)
        {
            var local = TimeZoneInfo.ConvertTime(time, zone);
            if (local.Minute != 0)
            {
                continue;
            }

            var hour = local.Hour % 12 == 0 ? 12 : local.Hour % 12;
            var label = hour.ToString(CultureInfo.InvariantCulture) + (local.Hour < 12 ? "am" : "pm");
            ticks.Add(new HistoryTick(time, label));
        }

        return ticks;
    }
}
