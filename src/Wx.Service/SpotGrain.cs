using Orleans.Concurrency;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Wx.Contracts;
using Wx.Core.Spots;
using Wx.Data.Entities;
using Wx.Data.Store;
using Wx.Scraper.Errors;
using Wx.Scraper.Worker;

namespace Wx.Service;

/// <summary>
/// One spot. Re-entrant, so that status and on-demand reads return while a refresh waits for the browser.
/// Reading it starts a timer that re-arms itself with a new random delay after each refresh. A tick that finds no
/// read within the idle interval stops the timer and lets the grain go.
/// </summary>
[Reentrant]
[Orleans.Placement.RandomPlacement]
public sealed class SpotGrain(
    ScraperWorker worker,
    BrowserGate gate,
    WxStore store,
    ReadingFeed feed,
    ServiceCounters counters,
    ServiceClock clock,
    IOptions<ServiceOptions> options,
    ILogger<SpotGrain> logger) : Grain, ISpotGrain
{
    /// <summary>Stands for the readers known only from the database after a restart.</summary>
    private const string StoredReader = "(stored)";

    private static readonly TimeSpan DefaultReadDuration = TimeSpan.FromSeconds(3);

    private readonly ServiceOptions _options = options.Value;
    private readonly Dictionary<string, DateTimeOffset> _readers = new(StringComparer.Ordinal);
    private SpotKey _spot;
    private string _key = null!;
    private string? _title;
    private ReadingView? _latest;
    private DateTimeOffset? _lastFetchAt;
    private IGrainTimer? _timer;
    private Task<bool>? _refresh;
    private SpotRefreshStatus _status = SpotRefreshStatus.Idle;
    private DateTimeOffset? _nextRefreshAt;
    private DateTimeOffset? _lastRefreshAt;
    private DateTimeOffset? _lastSuccessAt;
    private string? _lastError;
    private string? _lastErrorKind;
    private DateTimeOffset? _lastErrorAt;
    private int _failures;
    private TimeSpan _typicalDuration = DefaultReadDuration;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _key = this.GetPrimaryKeyString();
        _spot = SpotKey.Parse(_key);
        var summary = (await store.GetSpotsAsync(cancellationToken)).FirstOrDefault(spot => spot.Key == _spot);
        if (summary is not null)
        {
            _title = summary.Title;
            _lastRefreshAt = summary.LastRefreshAt;
            _lastSuccessAt = summary.LastSuccessAt;
            _lastError = summary.LastError;
            _lastErrorAt = summary.LastErrorAt;
            _failures = summary.ConsecutiveFailures;
            _status = StoredStatus.ToRefreshStatus(summary.Status);
            if (summary.LastReadAt is { } lastRead)
            {
                _readers[StoredReader] = lastRead;
            }
        }

        if (await store.GetLatestReadingAsync(_spot, cancellationToken) is { } latest)
        {
            _latest = ReadingView.From(latest);
            _lastFetchAt = latest.FetchedAt;
        }
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        StopTimer();
        return Task.CompletedTask;
    }

    public async Task<SpotReadResponse> ReadAsync(string readerId, TimeSpan wait)
    {
        ArgumentException.ThrowIfNullOrEmpty(readerId);
        var now = clock.UtcNow;
        _readers[readerId] = now;
        try
        {
            await store.RecordReadAsync(_spot, readerId, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The reader is known in memory, which keeps the spot refreshed; the row only helps after a restart.
            Log.ReadNotStored(logger, _key, readerId, exception);
        }

        // A spot that the site reported as not found is not read again while that result is recent.
        if (_status == SpotRefreshStatus.NotFound && _lastErrorAt is { } notFoundAt && now - notFoundAt < _options.IdleAfter)
        {
            return Respond(SpotReadOutcome.Failed);
        }

        EnsureTimer(firstDelay: null);
        if (_latest is not null && _lastFetchAt is { } fetched && now - fetched < _options.FreshFor && _refresh is null)
        {
            return Respond(SpotReadOutcome.Fresh);
        }

        var refresh = StartRefresh(GatePriority.OnDemand);
        if (wait > TimeSpan.Zero)
        {
            await Task.WhenAny(refresh, Task.Delay(wait));
        }

        if (!refresh.IsCompleted)
        {
            return Respond(SpotReadOutcome.Pending) with { RetryAfter = gate.EstimateWait(_key, _typicalDuration) };
        }

        return Respond(await refresh ? SpotReadOutcome.Refreshed : SpotReadOutcome.Failed);
    }

    public Task<SpotStateView> GetStateAsync() => Task.FromResult(State());

    public Task ReleaseAsync(string readerId)
    {
        _readers.Remove(readerId);
        return Task.CompletedTask;
    }

    public Task ResumeAsync()
    {
        if (_timer is null && _status != SpotRefreshStatus.NotFound && LastRead() is { } lastRead && clock.UtcNow - lastRead < _options.IdleAfter)
        {
            EnsureTimer(firstDelay: clock.Between(TimeSpan.Zero, _options.MinRefreshInterval));
        }

        return Task.CompletedTask;
    }

    private void EnsureTimer(TimeSpan? firstDelay)
    {
        if (_timer is not null)
        {
            return;
        }

        var delay = firstDelay ?? clock.Between(_options.MinRefreshInterval, _options.MaxRefreshInterval);
        _timer = this.RegisterGrainTimer(OnTickAsync, new GrainTimerCreationOptions(delay, Timeout.InfiniteTimeSpan) { Interleave = true, KeepAlive = true });
        _nextRefreshAt = clock.UtcNow + delay;
        if (_status == SpotRefreshStatus.Idle)
        {
            _status = SpotRefreshStatus.Active;
        }

        counters.SpotStarted();
        Log.RefreshStarted(logger, _key, _options.MinRefreshInterval, _options.MaxRefreshInterval);
    }

    private void StopTimer()
    {
        if (_timer is null)
        {
            return;
        }

        _timer.Dispose();
        _timer = null;
        _nextRefreshAt = null;
        counters.SpotStopped();
    }

    private async Task OnTickAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        if (LastRead() is not { } lastRead || now - lastRead >= _options.IdleAfter)
        {
            StopTimer();
            if (_status is SpotRefreshStatus.Active or SpotRefreshStatus.Failing)
            {
                _status = SpotRefreshStatus.Idle;
            }

            Log.RefreshStoppedIdle(logger, _key, _options.IdleAfter);
            await SaveStateAsync();
            DeactivateOnIdle();
            return;
        }

        if (_status == SpotRefreshStatus.NotFound)
        {
            StopTimer();
            return;
        }

        if (_status == SpotRefreshStatus.LoginPaused)
        {
            // The site's login failed: try it again, alone, only after the longest back-off, never per refresh.
            await gate.RunAsync("login:" + _spot.Site, "log in to " + _spot.Site, GatePriority.Background, exclusive: true, async () =>
            {
                try
                {
                    await worker.ExecuteAsync(new LogInCommand(_spot.Site), CancellationToken.None);
                    return true;
                }
                catch (ScrapeException)
                {
                    return false;
                }
            });
        }

        await StartRefresh(GatePriority.Background);
        if (_timer is not null)
        {
            var delay = _failures == 0 ? clock.Between(_options.MinRefreshInterval, _options.MaxRefreshInterval) : Backoff();
            _nextRefreshAt = clock.UtcNow + delay;
            _timer.Change(delay, Timeout.InfiniteTimeSpan);
        }
    }

    private Task<bool> StartRefresh(GatePriority priority)
    {
        if (_refresh is { IsCompleted: false } running)
        {
            if (priority == GatePriority.OnDemand)
            {
                gate.Promote(_key);
            }

            return running;
        }

        var refresh = RefreshAsync(priority);
        _refresh = refresh.IsCompleted ? null : refresh;
        return refresh;
    }

    private async Task<bool> RefreshAsync(GatePriority priority)
    {
        var started = clock.Time.GetTimestamp();
        try
        {
            var lastObserved = _latest?.ObservedAt;
            var result = await gate.RunAsync(_key, "read " + _key, priority, exclusive: false, () =>
                worker.ExecuteAsync(new ReadSpotCommand(_spot) { LastObservedAt = lastObserved }, CancellationToken.None));
            var added = await store.AddReadingAsync(result.Reading, Capture(result.Images?.Gauge, CaptureKind.Gauge), Capture(result.Images?.Graph, CaptureKind.Graph), CancellationToken.None);
            var now = clock.UtcNow;
            _typicalDuration = clock.Time.GetElapsedTime(started);
            _title = result.Reading.SourceText.Title ?? _title;
            _lastFetchAt = now;
            _lastRefreshAt = now;
            _lastSuccessAt = now;
            _failures = 0;
            _status = _timer is null ? SpotRefreshStatus.Idle : SpotRefreshStatus.Active;
            var isNew = added.Outcome == AddReadingOutcome.Added;
            if (isNew || _latest is null)
            {
                _latest = ReadingView.From(result.Reading);
            }

            counters.CountRefresh(_key, isNew);
            Log.ReadingStored(logger, _key, result.Reading.ObservedAt, isNew ? "new" : "already stored");
            await SaveStateAsync();
            if (isNew)
            {
                feed.Publish(_latest);
            }

            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await RecordFailureAsync(exception);
            return false;
        }
        finally
        {
            _refresh = null;
        }
    }

    private async Task RecordFailureAsync(Exception exception)
    {
        var now = clock.UtcNow;
        _failures++;
        _lastRefreshAt = now;
        _lastErrorAt = now;
        _lastErrorKind = exception switch
        {
            ScrapeException scrape => scrape.Kind,
            Wx.Scraper.Browser.BrowserNotFoundException => "browser-not-found",
            _ => "internal-error",
        };
        _lastError = Describe(exception);
        _status = exception switch
        {
            SpotNotFoundException => SpotRefreshStatus.NotFound,
            LoginFailedException => SpotRefreshStatus.LoginPaused,
            _ when _failures >= _options.FailingAfter => SpotRefreshStatus.Failing,
            _ => _timer is null ? SpotRefreshStatus.Idle : SpotRefreshStatus.Active,
        };
        counters.CountFailure($"{_key}: {_lastError}");
        if (_status == SpotRefreshStatus.NotFound)
        {
            Log.SpotNotFound(logger, _key);
            StopTimer();
        }
        else
        {
            Log.RefreshFailed(logger, _key, _lastErrorKind, _failures, Backoff(), exception);
        }

        await SaveStateAsync();
    }

    /// <summary>The error's message with the first line of its cause, for people.</summary>
    private static string Describe(Exception exception)
    {
        var message = exception.Message;
        if (exception.InnerException is { } cause)
        {
            var firstLine = cause.Message.Split('\n', 2)[0].Trim();
            message += $" Cause: {cause.GetType().Name}: {firstLine}";
        }

        return message;
    }

    private TimeSpan Backoff()
    {
        var steps = Math.Min(Math.Max(_failures - 1, 0), 16);
        var delay = TimeSpan.FromTicks(Math.Min(_options.FailureBackoff.Ticks * (1L << steps), _options.MaxFailureBackoff.Ticks));
        return delay * (0.5 + clock.NextFraction());
    }

    private DateTimeOffset? LastRead() => _readers.Count == 0 ? null : _readers.Values.Max();

    private async Task SaveStateAsync()
    {
        try
        {
            await store.UpdateSpotStateAsync(_spot, new SpotStateUpdate
            {
                Status = StoredStatus.ToStoredStatus(_status),
                LastRefreshAt = _lastRefreshAt,
                LastSuccessAt = _lastSuccessAt,
                LastError = _lastError,
                LastErrorAt = _lastErrorAt,
                ConsecutiveFailures = _failures,
                NextRefreshAt = _nextRefreshAt,
            }, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.StateNotStored(logger, _key, exception);
        }
    }

    private static CaptureInput? Capture(SpotImage? image, CaptureKind kind) =>
        image is null ? null : new CaptureInput(kind, image.Png.ToArray(), image.Width, image.Height);

    private SpotReadResponse Respond(SpotReadOutcome outcome) => new() { Outcome = outcome, Reading = _latest, State = State() };

    private SpotStateView State()
    {
        var now = clock.UtcNow;
        return new SpotStateView
        {
            Site = _spot.Site,
            SpotId = _spot.SpotId,
            Title = _title,
            Status = _status,
            Refreshing = _timer is not null,
            NextRefreshAt = _nextRefreshAt,
            LastRefreshAt = _lastRefreshAt,
            LastSuccessAt = _lastSuccessAt,
            LastError = _lastError,
            LastErrorKind = _lastErrorKind,
            LastErrorAt = _lastErrorAt,
            ConsecutiveFailures = _failures,
            Readers = _readers.Count(reader => now - reader.Value < _options.IdleAfter),
            LastReadAt = LastRead(),
            Latest = _latest,
            RefreshInProgress = _refresh is { IsCompleted: false },
        };
    }
}
