using Spectre.Console.Cli;
using Wx.Cli.Infrastructure;

namespace Wx.Cli.Commands;

/// <summary>
/// <c>wx serve</c>: runs the spot service until it receives Ctrl+C or SIGTERM. It refreshes the spots that any
/// client read within the idle interval, also after a restart, and logs its work to stderr.
/// </summary>
public sealed class ServeCommand : AsyncCommand<GlobalSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, GlobalSettings settings, CancellationToken cancellationToken)
    {
        var configuration = CliConfiguration.Build(settings);
        ServiceLauncher.EnsureChromium(configuration);
        await using var service = await ServiceLauncher.StartAsync(configuration, verbose: true, clock: null, resumeWatchedSpots: true, cancellationToken);
        var status = await service.Client.GetStatusAsync(cancellationToken);
        await Console.Error.WriteLineAsync($"wx serve: the service runs as {status.Silo}. Press Ctrl+C to stop it.");
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or SIGTERM: stop the service and its browser, then exit normally.
        }

        await Console.Error.WriteLineAsync("wx serve: stopping.");
        return ExitCodes.Ok;
    }
}
