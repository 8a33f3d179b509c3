using Wx.Contracts;

namespace Wx.Cli.Output;

/// <summary>A one-line chart of wind speed over a time window, one block character per time slot.</summary>
public static class Sparkline
{
    private const string Blocks = "▁▂▃▄▅▆▇█";

    /// <summary>
    /// Draws the speeds observed in the <paramref name="window"/> ending at <paramref name="now"/>, split into
    /// <paramref name="slots"/> equal slots. A slot shows its newest speed; an empty slot is a space. Heights
    /// scale from zero to the highest speed in the window.
    /// </summary>
    public static string Draw(IEnumerable<ReadingView> readings, DateTimeOffset now, TimeSpan window, int slots)
    {
        ArgumentNullException.ThrowIfNull(readings);
        ArgumentOutOfRangeException.ThrowIfLessThan(slots, 1);
        var start = now - window;
        var values = new double?[slots];
        foreach (var reading in readings.OrderBy(reading => reading.ObservedAt))
        {
            if (reading.ObservedAt <= start || reading.ObservedAt > now)
            {
                continue;
            }

            var slot = (int)((reading.ObservedAt - start) / window * slots);
            values[Math.Clamp(slot, 0, slots - 1)] = reading.WindSpeedMps;
        }

        var max = values.Max() ?? 0;
        var chars = values.Select(value => value is not { } speed
            ? ' '
            : Blocks[max <= 0 ? 0 : (int)Math.Round(speed / max * (Blocks.Length - 1), MidpointRounding.AwayFromZero)]);
        return string.Concat(chars);
    }
}
