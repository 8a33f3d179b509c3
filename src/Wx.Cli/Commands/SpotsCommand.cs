using Spectre.Console;
using Spectre.Console.Cli;
using Wx.Cli.Infrastructure;
using Wx.Cli.Output;
using Wx.Core.Readings;
using Wx.Core.Units;

namespace Wx.Cli.Commands;

/// <summary><c>wx spots</c>: lists the spots in the database with their refresh state and newest reading.</summary>
public sealed class SpotsCommand : AsyncCommand<GlobalSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, GlobalSettings settings, CancellationToken cancellationToken)
    {
        var configuration = CliConfiguration.Build(settings);
        await using var service = await ServiceLauncher.StartAsync(configuration, settings.Verbose, clock: null, cancellationToken);
        var spots = await service.Client.ListSpotsAsync(cancellationToken);
        if (spots.Count == 0)
        {
            AnsiConsole.WriteLine("No spots yet. 'wx show SPOT' or 'wx watch SPOT' adds one.");
            return ExitCodes.Ok;
        }

        var now = service.Time.GetUtcNow();
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn("Spot");
        table.AddColumn("Title");
        table.AddColumn("State");
        table.AddColumn("Newest reading");
        table.AddColumn("Last error");
        foreach (var spot in spots.OrderBy(spot => spot.Site, StringComparer.Ordinal).ThenBy(spot => spot.SpotId, StringComparer.Ordinal))
        {
            var latest = spot.Latest is { } reading
                ? $"{ReadingText.Number(reading.WindSpeedMps, SpeedUnit.Knots)} kt {ReadingText.Direction(reading.Direction)}, {ReadingText.Age(Freshness.Evaluate(reading.ObservedAt, now, Freshness.DefaultStaleAfter).Age)} ago"
                : "-";
            table.AddRow(
                Markup.Escape($"{spot.Site}/{spot.SpotId}"),
                Markup.Escape(spot.Title ?? "-"),
                Markup.Escape(spot.Status.ToString().ToLowerInvariant()),
                Markup.Escape(latest),
                Markup.Escape(spot.LastError ?? "-"));
        }

        AnsiConsole.Write(table);
        return ExitCodes.Ok;
    }
}
