using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Wx.Cli.Infrastructure;
using Wx.Cli.Watching;

namespace Wx.Cli.Commands;

public sealed class WatchSettings : WatchDisplaySettings
{
    [CommandArgument(0, "<SPOT>")]
    [Description("Spots to watch: a spot id such as 1786 (on the default site) or site/spot such as fixture/1786.")]
    public string[] Spots { get; init; } = [];

    public override ValidationResult Validate()
    {
        var result = base.Validate();
        if (!result.Successful)
        {
            return result;
        }

        foreach (var spot in Spots)
        {
            result = SpotArguments.Validate(spot);
            if (!result.Successful)
            {
                return result;
            }
        }

        return Spots.Length == 0 ? ValidationResult.Error("Missing spot: give at least one spot id, such as wx watch 1786.") : ValidationResult.Success();
    }
}

/// <summary><c>wx watch</c>: a live view of spots that updates with every new reading.</summary>
public sealed class WatchCommand : AsyncCommand<WatchSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, WatchSettings settings, CancellationToken cancellationToken)
    {
        var configuration = CliConfiguration.Build(settings);
        var defaultSite = CliConfiguration.DefaultSite(configuration);
        var spots = settings.Spots.Select(spot => SpotArguments.Parse(spot, defaultSite)).Distinct().ToList();
        foreach (var site in spots.Select(spot => spot.Site).Distinct())
        {
            ServiceLauncher.EnsureSiteKnown(configuration, site);
        }

        ServiceLauncher.EnsureChromium(configuration);
        await using var service = await ServiceLauncher.StartAsync(configuration, settings.Verbose, clock: null, cancellationToken);
        var session = new WatchSession(service.Client, spots, settings.ToWatchOptions(runFor: null), service.Time, AnsiConsole.Console, Console.Out, Console.Error);
        return await session.RunAsync(cancellationToken);
    }
}
