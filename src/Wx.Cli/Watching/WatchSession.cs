using System.Threading.Channels;
using Spectre.Console;
using Wx.Cli.Output;
using Wx.Contracts;
using Orleans.Runtime;
using Wx.Core.Spots;

namespace Wx.Cli.Watching;

/// <summary>
/// Watches spots through an <see cref="IWxClient"/>: reads each spot once, then follows
/// <see cref="IWxClient.WatchAsync"/> and shows every new reading, either in a live view or as plain lines.
/// </summary>
public sealed class WatchSession(IWxClient client, IReadOnlyList<SpotKey> spots, WatchOptions options, TimeProvider time, IAnsiConsole console, TextWriter plainOutput, TextWriter errors)
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan RedrawEvery = TimeSpan.FromSeconds(1);

    private readonly WatchModel _model = new(spots);
    private readonly Channel<ReadingView> _readings = Channel.CreateUnbounded<ReadingView>();
    private bool _quit;

    /// <summary>
    /// Runs until <c>q</c>, until <see cref="WatchOptions.RunFor"/> has passed (both return 0), or until
    /// <paramref name="cancellationToken"/> is cancelled, which raises <see cref="OperationCanceledException"/>.
    /// </summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (options.RunFor is { } runFor)
        {
            stop.CancelAfter(runFor);
        }

        var feed = FollowFeedAsync(stop.Token);
        var firstReads = spots.Select(spot => FirstReadAsync(spot, stop.Token)).ToList();
        try
        {
            await LoadHistoryAsync(stop.Token);
            if (options.Plain)
            {
                await RunPlainAsync(stop.Token);
            }
            else
            {
                await console.Live(WatchRenderer.Render(_model, options, time.GetUtcNow()))
                    .AutoClear(false)
                    .StartAsync(context => RunLiveAsync(context, stop.Token));
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The --for time is over.
        }
        finally
        {
            await stop.CancelAsync();
            await WhenAllQuietly([feed, .. firstReads]);
            await ReleaseAsync();
        }

        cancellationToken.ThrowIfCancellationRequested();
        return ExitCodes.Ok;
    }

    private async Task RunPlainAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await _readings.Reader.WaitToReadAsync(cancellationToken);
            while (_readings.Reader.TryRead(out var reading))
            {
                if (_model.Find(reading.Spot) is { } spot && spot.Add(reading))
                {
                    await plainOutput.WriteLineAsync(ReadingText.PlainLine(reading, options.Unit));
                    await plainOutput.FlushAsync(cancellationToken);
                }
            }
        }
    }

    private async Task RunLiveAsync(LiveDisplayContext context, CancellationToken cancellationToken)
    {
        // Redraws are timed on timestamps, which run at real speed also when the demo replays faster.
        long? lastRedraw = null;
        var lastReadAgain = time.GetTimestamp();
        while (!_quit)
        {
            var changed = false;
            while (_readings.Reader.TryRead(out var reading))
            {
                changed |= _model.Find(reading.Spot)?.Add(reading) ?? false;
            }

            if (changed || lastRedraw is not { } redrawn || time.GetElapsedTime(redrawn) >= RedrawEvery)
            {
                await RefreshStateAsync(cancellationToken);
                context.UpdateTarget(WatchRenderer.Render(_model, options, time.GetUtcNow()));
                context.Refresh();
                lastRedraw = time.GetTimestamp();
            }

            if (time.GetElapsedTime(lastReadAgain) >= options.ReadAgainEvery)
            {
                lastReadAgain = time.GetTimestamp();
                ReadAgain(cancellationToken);
            }

            ReadKeys();
            await WaitForReadingAsync(cancellationToken);
        }
    }

    private void ReadKeys()
    {
        if (Console.IsInputRedirected)
        {
            return;
        }

        while (Console.KeyAvailable)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.KeyChar is 'q' or 'Q')
            {
                _quit = true;
            }
        }
    }

    private async Task WaitForReadingAsync(CancellationToken cancellationToken)
    {
        using var tick = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        tick.CancelAfter(Tick);
        try
        {
            await _readings.Reader.WaitToReadAsync(tick.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // No reading within one tick; the loop redraws ages and reads keys.
        }
    }

    private async Task RefreshStateAsync(CancellationToken cancellationToken)
    {
        foreach (var spot in _model.Spots)
        {
            spot.State = await client.GetStateAsync(spot.Key, cancellationToken);
        }

        _model.Status = await client.GetStatusAsync(cancellationToken);
    }

    private async Task FollowFeedAsync(CancellationToken cancellationToken)
    {
        await foreach (var reading in client.WatchAsync(spots, cancellationToken))
        {
            _readings.Writer.TryWrite(reading);
        }
    }

    private async Task FirstReadAsync(SpotKey spot, CancellationToken cancellationToken)
    {
        var response = await client.ReadAsync(spot, options.FirstReadWait, cancellationToken);
        if (response.Reading is { } reading)
        {
            _readings.Writer.TryWrite(reading);
            return;
        }

        var problem = response.Outcome == SpotReadOutcome.Pending
            ? "no reading yet; still reading the page"
            : response.State.LastError ?? "the read failed";
        if (_model.Find(spot) is { } watched)
        {
            watched.ReadProblem = problem;
        }

        if (options.Plain)
        {
            await errors.WriteLineAsync($"{spot}: {problem}");
        }
    }

    /// <summary>Reads every spot again without waiting, so the service keeps refreshing them past its idle time.</summary>
    private void ReadAgain(CancellationToken cancellationToken)
    {
        foreach (var spot in spots)
        {
            _ = client.ReadAsync(spot, TimeSpan.Zero, cancellationToken).ContinueWith(
                static task => _ = task.Exception,
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted,
                TaskScheduler.Default);
        }
    }

    private async Task LoadHistoryAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var spot in _model.Spots)
        {
            var history = await client.GetHistoryAsync(spot.Key, now - TimeSpan.FromHours(1), cancellationToken);
            foreach (var reading in history.Where(reading => reading.ObservedAt <= now))
            {
                // In plain mode a stored reading is printed only when the first read returns it again.
                if (!options.Plain)
                {
                    spot.Add(reading);
                }
            }
        }
    }

    private async Task ReleaseAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await WhenAllQuietly([.. spots.Select(spot => client.ReleaseAsync(spot, timeout.Token))]);
    }

    private static async Task WhenAllQuietly(Task[] tasks)
    {
        try
        {
            await Task.WhenAll(tasks);
        }
        catch (Exception exception) when (exception is OperationCanceledException or TimeoutException or OrleansException)
        {
            // Ending the watch: cancelled reads and feeds are expected.
        }
    }
}
