using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using Wx.Cli.Output;
using Wx.Contracts;
using Wx.Core.Readings;
using Wx.Core.Units;

namespace Wx.Cli.Watching;

/// <summary>Draws the live view of a <see cref="WatchModel"/>.</summary>
public static class WatchRenderer
{
    private static readonly TimeSpan SparklineWindow = TimeSpan.FromHours(1);
    private const int SparklineSlots = 12;

    public static IRenderable Render(WatchModel model, WatchOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        var unit = UnitNames.Symbol(options.Unit);
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("Spot");
        table.AddColumn(new TableColumn($"Wind {unit}").RightAligned());
        table.AddColumn(new TableColumn("Gust").RightAligned());
        table.AddColumn(new TableColumn("Lull").RightAligned());
        table.AddColumn("Direction");
        table.AddColumn("Last hour");
        table.AddColumn("Observed");

        foreach (var spot in model.Spots)
        {
            table.AddRow(SpotRow(spot, options, now));
        }

        var lines = new List<IRenderable> { table };
        lines.AddRange(StatusLines(model, now));
        lines.Add(new Markup("[grey]q or Ctrl+C quits.[/]"));
        return new Rows(lines);
    }

    /// <summary>A colour for a wind speed: grey below 10 kt, then green, yellow, orange, red and, from 30 kt, magenta.</summary>
    public static Color StrengthColour(double metresPerSecond)
    {
        var knots = Speed.FromMetresPerSecond(metresPerSecond).To(SpeedUnit.Knots).Value;
        return knots switch
        {
            < 10 => Color.Grey,
            < 15 => Color.Green,
            < 20 => Color.Yellow,
            < 25 => Color.Orange1,
            < 30 => Color.Red,
            _ => Color.Magenta1,
        };
    }

    private static IRenderable[] SpotRow(WatchedSpot spot, WatchOptions options, DateTimeOffset now)
    {
        var title = spot.Latest?.Title ?? spot.State?.Title;
        var name = title is null
            ? new Markup(Markup.Escape(spot.Key.ToString()))
            : new Markup($"{Markup.Escape(spot.Key.ToString())}\n[grey]{Markup.Escape(title)}[/]");
        if (spot.Latest is not { } reading)
        {
            var waiting = spot.ReadProblem is { } problem ? $"[red]{Markup.Escape(problem)}[/]" : "[grey]waiting for the first reading…[/]";
            return [name, new Markup(waiting), Text.Empty, Text.Empty, Text.Empty, Text.Empty, Text.Empty];
        }

        var speed = new Markup(
            $"[bold]{ReadingText.Number(reading.WindSpeedMps, options.Unit)}[/]",
            new Style(StrengthColour(reading.WindSpeedMps)));
        var gust = Colored(reading.GustMps, options.Unit);
        var lull = Colored(reading.LullMps, options.Unit);
        var arrow = ReadingText.Arrow(reading.Direction);
        var direction = new Markup(Markup.Escape($"{arrow} {ReadingText.Direction(reading.Direction)}".Trim()));
        var sparkline = new Markup(Markup.Escape(Sparkline.Draw(spot.History, now, SparklineWindow, SparklineSlots)), new Style(Color.Aqua));

        var freshness = Freshness.Evaluate(reading.ObservedAt, now, options.StaleAfter);
        var local = ReadingText.LocalTime(reading).ToString("HH:mm", CultureInfo.InvariantCulture);
        var age = $"{local} ({ReadingText.Age(freshness.Age)} ago)";
        var observed = freshness.IsStale
            ? new Markup($"{Markup.Escape(age)} [bold white on red]STALE[/]")
            : new Markup(Markup.Escape(age));
        return [name, speed, gust, lull, direction, sparkline, observed];
    }

    private static Markup Colored(double? metresPerSecond, SpeedUnit unit) =>
        metresPerSecond is { } value
            ? new Markup(ReadingText.Number(value, unit), new Style(StrengthColour(value)))
            : new Markup("-");

    private static IEnumerable<IRenderable> StatusLines(WatchModel model, DateTimeOffset now)
    {
        foreach (var spot in model.Spots)
        {
            if (spot.State is not { } state)
            {
                continue;
            }

            var parts = new List<string> { state.Status.ToString().ToLowerInvariant() };
            if (state.RefreshInProgress)
            {
                parts.Add("reading now");
            }
            else if (state.NextRefreshAt is { } next && next > now)
            {
                parts.Add($"next read in {ReadingText.Age(next - now)}");
            }

            if (state.LastError is { } error && state.ConsecutiveFailures > 0)
            {
                parts.Add($"last error: {error}");
            }

            yield return new Markup($"[grey]{Markup.Escape(spot.Key.ToString())}:[/] {Markup.Escape(string.Join(", ", parts))}");
        }

        if (model.Status is { } status)
        {
            var logins = status.Sites.Count == 0
                ? "no login yet"
                : string.Join(", ", status.Sites.Select(site => $"{site.Site} {site.State}"));
            var queue = $"queue {status.QueuedOnDemand} on demand, {status.QueuedBackground} background";
            var browser = $"browser {status.BrowserState}";
            yield return new Markup($"[grey]service:[/] {Markup.Escape($"{queue}; {browser}; login: {logins}")}");
            if (status.RecentErrors.Count > 0)
            {
                yield return new Markup($"[red]last error:[/] {Markup.Escape(status.RecentErrors[0])}");
            }
        }
    }
}
