using Spectre.Console;
using Spectre.Console.Cli;
using Wx.Cli.Infrastructure;
using Wx.Cli.Output;
using Wx.Contracts;
using Wx.Core.Readings;
using Wx.Core.Units;
using Wx.Service;

namespace Wx.Cli.Commands;

/// <summary>
/// <c>wx spots</c>: lists the spots in the database with their refresh state and newest reading. Only the database
/// is opened, so the state is the stored one.
/// </summary>
public sealed class SpotsCommand : AsyncCommand<GlobalSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, GlobalSettings settings, CancellationToken cancellationToken)
    {
        var configuration = CliConfiguration.Build(settings);
        await using var data = await DataLayer.OpenAsync(configuration, settings.Verbose, cancellationToken);
        var spots = await data.Store.GetSpotsAsync(cancellationToken);
        if (spots.Count == 0)
        {
            AnsiConsole.WriteLine("No spots yet. 'wx show SPOT' or 'wx watch SPOT' adds one.");
            return ExitCodes.Ok;
        }

        var now = data.Time.GetUtcNow();
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn("Spot");
        table.AddColumn("Title");
        table.AddColumn("State");
        table.AddColumn("Newest reading");
        table.AddColumn("Last error");
        foreach (var spot in spots.OrderBy(spot => spot.Key.Site, StringComparer.Ordinal).ThenBy(spot => spot.Key.SpotId, StringComparer.Ordinal))
        {
            var latest = await data.Store.GetLatestReadingAsync(spot.Key, cancellationToken) is { } stored
                && ReadingView.From(stored) is var reading
                ? $"{ReadingText.Number(reading.WindSpeedMps, SpeedUnit.Knots)} kt {ReadingText.Direction(reading.Direction)}, {ReadingText.Age(Freshness.Evaluate(reading.ObservedAt, now, Freshness.DefaultStaleAfter).Age)} ago"
                : "-";
            table.AddRow(
                Markup.Escape($"{spot.Key.Site}/{spot.Key.SpotId}"),
                Markup.Escape(spot.Title ?? "-"),
                Markup.Escape(StoredStatus.ToRefreshStatus(spot.Status).ToString().ToLowerInvariant()),
                Markup.Escape(latest),
                Markup.Escape(spot.LastError ?? "-"));
        }

        AnsiConsole.Write(table);
        return ExitCodes.Ok;
    }
}
