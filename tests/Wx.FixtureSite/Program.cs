using System.Globalization;
using System.Runtime.InteropServices;
using Wx.FixtureSite;

// Runs the fixture site on its own, e.g. dotnet run --project tests/Wx.FixtureSite -- --port 5080 --clock 2022-05-20T15:00:00Z
if (!CommandLine.TryParse(args, out var commandLine, out var error))
{
    await Console.Error.WriteLineAsync(error);
    await Console.Error.WriteLineAsync(CommandLine.Usage);
    return 2;
}

if (commandLine.ShowHelp)
{
    Console.WriteLine(CommandLine.Usage);
    return 0;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});

FixtureSite site;
try
{
    site = await FixtureSite.StartAsync(commandLine.Options, stop.Token);
}
catch (IOException exception)
{
    await Console.Error.WriteLineAsync($"Cannot listen on 127.0.0.1:{commandLine.Options.Port}: {exception.Message} Choose another port with --port.");
    return 1;
}

await using (site)
{
    Console.WriteLine($"Fixture site listening on {site.BaseUrl}");
    Console.WriteLine($"Log in as '{site.Options.UserName}' with password '{site.Options.Password}'.");
    Console.WriteLine($"Replay clock: {site.Clock.GetUtcNow():yyyy-MM-ddTHH:mm:ssZ} ({(site.Clock.IsRunning ? string.Create(CultureInfo.InvariantCulture, $"running at {site.Clock.Rate}x real speed") : "frozen")}).");
    Console.WriteLine($"Spots: {string.Join(", ", site.Spots.All.Select(spot => $"{site.SpotUrl(spot.Id)} ({spot.Title})"))}");
    Console.WriteLine("Press Ctrl+C to stop.");

    try
    {
        await Task.Delay(Timeout.InfiniteTimeSpan, stop.Token);
    }
    catch (OperationCanceledException)
    {
        Console.WriteLine("Stopping.");
    }
}

return 0;
