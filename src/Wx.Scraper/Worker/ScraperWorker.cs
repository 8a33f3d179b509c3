using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Wx.Core.Spots;
using Wx.Scraper.Browser;
using Wx.Scraper.Errors;
using Wx.Scraper.Login;
using Wx.Scraper.Sites;

namespace Wx.Scraper.Worker;

/// <summary>
/// Drives one headless Chromium for every site: runs <see cref="ScraperCommand{TResult}"/>s one at a time, keeps a
/// tab open per recently read spot, logs in when a page shows the login form, and recovers from jammed pages and crashed
/// browsers. <see cref="GetStatus"/> returns at once, from memory, while a command runs.
/// </summary>
public sealed partial class ScraperWorker : IAsyncDisposable
{
    private readonly BrowserOptions _options;
    private readonly SiteProfileCatalog _sites;
    private readonly ISiteCredentialSource _credentials;
    private readonly ISessionStateStore _sessions;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ChromiumProcessTracker _tracker;
    private readonly SemaphoreSlim _pages;
    private readonly SemaphoreSlim _exclusive = new(1, 1);
    private readonly SemaphoreSlim _setup = new(1, 1);
    private readonly SemaphoreSlim _login = new(1, 1);
    private readonly int _pageLimit;
    private readonly List<(string Description, DateTimeOffset StartedAt)> _running = [];
    private readonly Lock _statusLock = new();
    private readonly Dictionary<string, SiteStatus> _siteStatus = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IBrowserContext> _contexts = new(StringComparer.Ordinal);
    private readonly LinkedList<Tab> _tabs = new();

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private volatile bool _browserLost;
    private bool _orphansReaped;
    private string? _version;
    private DateTimeOffset? _startedAt;
    private int _launches;
    private int _navigations;
    private int _disposed;
    private int _logins;

    public ScraperWorker(
        IOptions<BrowserOptions> options,
        SiteProfileCatalog sites,
        ISiteCredentialSource credentials,
        ISessionStateStore sessions,
        TimeProvider time,
        ILogger<ScraperWorker> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _sites = sites;
        _credentials = credentials;
        _sessions = sessions;
        _time = time;
        _logger = logger;
        _tracker = new ChromiumProcessTracker(_options.StateDirectory ?? DefaultStateDirectory(), logger);
        _pageLimit = Math.Max(1, _options.MaxConcurrentPages);
        _pages = new SemaphoreSlim(_pageLimit, _pageLimit);
    }

    /// <summary>The site profiles this worker reads with.</summary>
    public SiteProfileCatalog Sites => _sites;

    /// <summary>
    /// Runs one command; commands run one at a time in the order they acquire the browser. Cancelling
    /// <paramref name="cancellationToken"/> abandons the command and closes its tab.
    /// </summary>
    /// <exception cref="ScrapeException">The command failed; the subtype gives the reason.</exception>
    /// <exception cref="BrowserNotFoundException">Chromium is not installed at the configured path.</exception>
    /// <exception cref="UnknownSiteException">The command names a site without a profile.</exception>
    public async Task<TResult> ExecuteAsync<TResult>(ScraperCommand<TResult> command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        var exclusive = command is LogInCommand or ResetBrowserCommand;
        var permits = await AcquireAsync(exclusive, cancellationToken);
        var entry = (command.Describe(), _time.GetUtcNow());
        try
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
            lock (_statusLock)
            {
                _running.Add(entry);
            }

            return await command.RunAsync(this, cancellationToken);
        }
        finally
        {
            lock (_statusLock)
            {
                _running.Remove(entry);
            }

            _pages.Release(permits);
            if (exclusive)
            {
                _exclusive.Release();
            }
        }
    }

    /// <summary>Takes one page permit, or every permit (and the exclusive lock) for a login or reset.</summary>
    private async Task<int> AcquireAsync(bool exclusive, CancellationToken cancellationToken)
    {
        if (!exclusive)
        {
            await _pages.WaitAsync(cancellationToken);
            return 1;
        }

        await _exclusive.WaitAsync(cancellationToken);
        var taken = 0;
        try
        {
            for (; taken < _pageLimit; taken++)
            {
                await _pages.WaitAsync(cancellationToken);
            }

            return taken;
        }
        catch
        {
            if (taken > 0)
            {
                _pages.Release(taken);
            }

            _exclusive.Release();
            throw;
        }
    }

    /// <summary>Returns the browser's state without waiting for the running command or touching the browser.</summary>
    public BrowserStatus GetStatus()
    {
        lock (_statusLock)
        {
            var running = _browser is not null && !_browserLost;
            return new BrowserStatus
            {
                State = Volatile.Read(ref _disposed) != 0 ? BrowserState.Disposed
                    : running ? BrowserState.Running
                    : _launches == 0 ? BrowserState.NotStarted
                    : BrowserState.Stopped,
                Version = _version,
                StartedAt = _startedAt,
                Restarts = Math.Max(0, _launches - 1),
                Navigations = _navigations,
                OpenTabs = _tabs.Count,
                MemoryBytes = running ? _tracker.MeasureMemoryBytes() : null,
                CurrentCommand = _running.Count > 0 ? _running[0].Description : null,
                CurrentCommandStartedAt = _running.Count > 0 ? _running[0].StartedAt : null,
                RunningCommands = _running.Count,
                Sites = [.. _siteStatus.Values.OrderBy(site => site.Site, StringComparer.Ordinal)],
            };
        }
    }

    /// <summary>Closes the browser; if it does not close in time, kills its processes. No Chromium of this worker is left.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        // Wait briefly for running commands, then close regardless: closing fails their pending calls.
        var acquired = await _setup.WaitAsync(_options.CloseTimeout);
        try
        {
            await StopBrowserAsync();
            _playwright?.Dispose();
            _playwright = null;
        }
        finally
        {
            if (acquired)
            {
                _setup.Release();
            }
        }
    }

    internal async Task<BrowserStatus> ResetBrowserAsync(ResetBrowserCommand command, CancellationToken cancellationToken)
    {
        Log.BrowserRestarting(_logger, command.Reason);
        await StopBrowserAsync();
        await EnsureBrowserAsync(cancellationToken);
        return GetStatus();
    }

    /// <summary>
    /// Runs <paramref name="work"/> under the hard operation deadline, outside Playwright's own timeouts. When the
    /// deadline passes or the caller cancels, the work is abandoned and the tab of <paramref name="spot"/> closed,
    /// then its context, then the browser, each step only if the previous one does not return in time.
    /// </summary>
    private async Task<T> RunWithDeadlineAsync<T>(string operation, string site, SpotKey? spot, Uri? url, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        var task = work();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var deadline = Task.Delay(_options.OperationTimeout, _time, stop.Token);
        var first = await Task.WhenAny(task, deadline);
        if (first == task)
        {
            await stop.CancelAsync();
            return await task;
        }

        // The abandoned work fails once its tab closes; observe that failure so it is not reported as unobserved.
        _ = task.ContinueWith(static abandoned => abandoned.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        var target = spot?.ToString() ?? site;
        Log.DeadlinePassed(_logger, operation, target, (long)_options.OperationTimeout.TotalMilliseconds);
        await AbandonAsync(site, spot);
        cancellationToken.ThrowIfCancellationRequested();
        throw new PageTimedOutException(site, spot, url, operation, _options.OperationTimeout);
    }

    /// <summary>Closes the tab of a jammed operation, escalating to the site's context and then the whole browser.</summary>
    private async Task AbandonAsync(string site, SpotKey? spot)
    {
        if (spot is { } key && FindTab(key) is { } tab)
        {
            RemoveTab(tab);
            if (await CloseWithinAsync(() => tab.Page.CloseAsync(new PageCloseOptions { RunBeforeUnload = false }), "the tab of " + key))
            {
                return;
            }
        }

        if (_contexts.Remove(site, out var context))
        {
            foreach (var siteTab in _tabs.Where(candidate => candidate.Spot.Site == site).ToList())
            {
                RemoveTab(siteTab);
            }

            if (await CloseWithinAsync(() => context.CloseAsync(), "the browser context of site " + site))
            {
                return;
            }
        }

        await StopBrowserAsync();
    }

    /// <summary>Runs a close call with <see cref="BrowserOptions.CloseTimeout"/>; returns false if it did not finish in time.</summary>
    private async Task<bool> CloseWithinAsync(Func<Task> close, string what)
    {
        Task closing;
        try
        {
            closing = close();
        }
        catch (PlaywrightException exception)
        {
            Log.CloseFailed(_logger, what, exception);
            return true;
        }

        var first = await Task.WhenAny(closing, Task.Delay(_options.CloseTimeout, _time));
        if (first != closing)
        {
            _ = closing.ContinueWith(static abandoned => abandoned.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            Log.CloseTimedOut(_logger, what, (long)_options.CloseTimeout.TotalMilliseconds);
            return false;
        }

        try
        {
            await closing;
        }
        catch (Exception exception) when (exception is PlaywrightException or TimeoutException)
        {
            // Closing something that is already gone is the outcome we wanted.
            Log.CloseFailed(_logger, what, exception);
        }

        return true;
    }

    private void SetSiteStatus(string site, SiteLoginState state, string? error)
    {
        lock (_statusLock)
        {
            var since = _siteStatus.TryGetValue(site, out var previous) && previous.State == state ? previous.Since : _time.GetUtcNow();
            _siteStatus[site] = new SiteStatus(site, state, since, error ?? (state == SiteLoginState.Failed ? previous?.LastError : null));
        }
    }

    private SiteStatus? GetSiteStatus(string site)
    {
        lock (_statusLock)
        {
            return _siteStatus.GetValueOrDefault(site);
        }
    }

    private static long ElapsedMilliseconds(long startTimestamp) => (long)Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds;

    private static string DefaultStateDirectory()
    {
        var stateHome = Environment.GetEnvironmentVariable("XDG_STATE_HOME");
        if (string.IsNullOrEmpty(stateHome))
        {
            stateHome = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "state");
        }

        return Path.Combine(stateHome, "wx");
    }

    /// <summary>An open tab that shows one spot's page.</summary>
    private sealed class Tab(SpotKey spot, IPage page)
    {
        public SpotKey Spot { get; } = spot;

        public IPage Page { get; } = page;
    }
}
