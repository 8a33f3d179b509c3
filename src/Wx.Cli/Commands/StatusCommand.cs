using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Wx.Cli.Infrastructure;

namespace Wx.Cli.Commands;

/// <summary><c>wx status</c>: the state of the in-process service, mostly useful with a long-lived service.</summary>
public sealed class StatusCommand : AsyncCommand<GlobalSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, GlobalSettings settings, CancellationToken cancellationToken)
    {
        var configuration = CliConfiguration.Build(settings);
        await using var service = await ServiceLauncher.StartAsync(configuration, settings.Verbose, clock: null, cancellationToken);
        var status = await service.Client.GetStatusAsync(cancellationToken);
        var spots = await service.Client.ListSpotsAsync(cancellationToken);
        var grid = new Grid().AddColumn().AddColumn();
        void Row(string name, string value) => grid.AddRow(new Text(name), new Text(value));
        Row("process", status.Silo);
        Row("browser", status.BrowserVersion is null ? status.BrowserState : $"{status.BrowserState} ({status.BrowserVersion})");
        Row("open tabs", status.OpenTabs.ToString(CultureInfo.InvariantCulture));
        Row("queued reads", $"{status.QueuedOnDemand} on demand, {status.QueuedBackground} background");
        Row("running", status.Running.Count == 0 ? "-" : string.Join("; ", status.Running.Select(task => task.Description)));
        Row("active spots", status.ActiveSpots.ToString(CultureInfo.InvariantCulture));
        Row("stored spots", spots.Count == 0
            ? "-"
            : string.Join(Environment.NewLine, spots
                .OrderBy(spot => spot.Site, StringComparer.Ordinal)
                .ThenBy(spot => spot.SpotId, StringComparer.Ordinal)
                .Select(spot => $"{spot.Site}/{spot.SpotId} {spot.Status.ToString().ToLowerInvariant()}")));
        Row("refreshes", $"{status.Refreshes} ({status.FailedRefreshes} failed, {status.NewReadings} new readings)");
        Row("logins", status.Sites.Count == 0 ? "-" : string.Join("; ", status.Sites.Select(site => $"{site.Site} {site.State}")));
        Row("recent errors", status.RecentErrors.Count == 0 ? "-" : string.Join(Environment.NewLine, status.RecentErrors.Take(5)));
        AnsiConsole.Write(grid);
        return ExitCodes.Ok;
    }
}
