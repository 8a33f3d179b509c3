using System.Diagnostics;
using Microsoft.Playwright;
using Wx.Core.Spots;
using Wx.Scraper.Browser;
using Wx.Scraper.Sites;

namespace Wx.Scraper.Worker;

public sealed partial class ScraperWorker
{
    /// <summary>Flags that keep Chromium off the network services it does not need and steady in containers.</summary>
    private static readonly string[] ChromiumArguments =
    [
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--disable-domain-reliability",
        "--disable-features=Translate,MediaRouter,OptimizationHints,AutofillServerCommunication",
        "--no-first-run",
        "--no-default-browser-check",
        "--no-pings",
        "--metrics-recording-only",
    ];

    /// <summary>Starts the browser if none runs, and recycles one that has served its navigations or hours.</summary>
    private async Task EnsureBrowserAsync(CancellationToken cancellationToken)
    {
        if (_browser is not null && (_browserLost || !_browser.IsConnected))
        {
            await StopBrowserAsync();
        }

        // Recycling waits until this command is the only one, so that it does not cut off other reads.
        if (_browser is not null && _startedAt is { } started && RunningCommandCount() <= 1
            && (_navigations >= _options.RecycleAfterNavigations || _time.GetUtcNow() - started >= _options.RecycleAfter))
        {
            Log.BrowserRecycling(_logger, _navigations, started);
            await StopBrowserAsync();
        }

        if (_browser is not null)
        {
            return;
        }

        if (!File.Exists(_options.ChromiumPath))
        {
            throw new BrowserNotFoundException(_options.ChromiumPath);
        }

        if (!_orphansReaped)
        {
            _tracker.ReapOrphans();
            _orphansReaped = true;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var startTimestamp = Stopwatch.GetTimestamp();
        _playwright ??= await Playwright.CreateAsync();
        var arguments = new List<string>(ChromiumArguments);
        if (Environment.UserName == "root")
        {
            // Chromium refuses to start as root with its sandbox on.
            arguments.Add("--no-sandbox");
        }

        arguments.AddRange(_options.ExtraArguments);
        IBrowser browser;
        try
        {
            browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = _options.ChromiumPath,
                Headless = _options.Headless,
                Args = arguments,
                Env = _tracker.CreateBrowserEnvironment(),
                Timeout = (float)_options.NavigationTimeout.TotalMilliseconds,
            });
        }
        catch (PlaywrightException exception) when (!File.Exists(_options.ChromiumPath))
        {
            throw new BrowserNotFoundException(_options.ChromiumPath, exception);
        }

        browser.Disconnected += (_, _) =>
        {
            if (!_browserLost && Volatile.Read(ref _disposed) == 0)
            {
                Log.BrowserDisconnected(_logger);
            }

            _browserLost = true;
        };
        _tracker.RecordProfileFolders();
        lock (_statusLock)
        {
            _browser = browser;
            _browserLost = false;
            _version = browser.Version;
            _startedAt = _time.GetUtcNow();
            _navigations = 0;
            _launches++;
        }

        var launchMilliseconds = ElapsedMilliseconds(startTimestamp);
        Log.BrowserStarted(_logger, browser.Version, launchMilliseconds);
    }

    /// <summary>Closes the browser with a deadline and kills whatever of it is left, and drops its contexts and tabs.</summary>
    private async Task StopBrowserAsync()
    {
        var browser = _browser;
        lock (_statusLock)
        {
            _tabs.Clear();
            _browser = null;
        }

        _contexts.Clear();
        if (browser is not null)
        {
            _browserLost = true;
            if (browser.IsConnected)
            {
                await CloseWithinAsync(() => browser.CloseAsync(), "the browser");
            }
        }

        var killed = _tracker.KillOwnProcesses();
        if (killed > 0)
        {
            Log.BrowserKilled(_logger, killed);
        }

        if (browser is not null)
        {
            Log.BrowserStopped(_logger);
        }
    }

    /// <summary>Returns the site's browser context, created with its saved session and unit cookies.</summary>
    private async Task<IBrowserContext> GetContextAsync(SiteProfile profile, CancellationToken cancellationToken)
    {
        await EnsureBrowserAsync(cancellationToken);
        if (_contexts.TryGetValue(profile.Id, out var existing))
        {
            return existing;
        }

        var browser = _browser!;
        string? savedState = null;
        try
        {
            savedState = await _sessions.LoadAsync(profile.Id, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.SavedSessionUnreadable(_logger, profile.Id, exception);
        }

        IBrowserContext context;
        try
        {
            context = await browser.NewContextAsync(ContextOptions(savedState));
        }
        catch (PlaywrightException exception) when (savedState is not null && browser.IsConnected)
        {
            Log.SavedSessionUnreadable(_logger, profile.Id, exception);
            await _sessions.DeleteAsync(profile.Id, cancellationToken);
            context = await browser.NewContextAsync(ContextOptions(null));
        }

        context.SetDefaultTimeout((float)_options.DataTimeout.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)_options.NavigationTimeout.TotalMilliseconds);
        if (profile.Cookies.Count > 0 && profile.BaseUrl is { } baseUrl)
        {
            var origin = baseUrl.GetLeftPart(UriPartial.Authority);
            await context.AddCookiesAsync(profile.Cookies.Select(cookie => new Cookie { Name = cookie.Key, Value = cookie.Value, Url = origin }));
        }

        _contexts[profile.Id] = context;
        return context;
    }

    private BrowserNewContextOptions ContextOptions(string? storageState) => new()
    {
        ViewportSize = new ViewportSize { Width = _options.ViewportWidth, Height = _options.ViewportHeight },
        Locale = "en-US",
        StorageState = storageState,
        AcceptDownloads = false,
        ServiceWorkers = ServiceWorkerPolicy.Block,
    };

    /// <summary>Returns the spot's open tab, or opens one, closing the least recently used tab when at the limit.</summary>
    private async Task<(Tab Tab, bool Reused)> GetTabAsync(SpotKey spot, IBrowserContext context)
    {
        var tab = FindTab(spot);
        if (tab is not null && !tab.Page.IsClosed)
        {
            lock (_statusLock)
            {
                _tabs.Remove(tab);
                _tabs.AddFirst(tab);
            }

            return (tab, true);
        }

        if (tab is not null)
        {
            RemoveTab(tab);
        }

        while (_tabs.Count >= Math.Max(1, _options.MaxOpenTabs))
        {
            var oldest = _tabs.Last!.Value;
            RemoveTab(oldest);
            Log.TabEvicted(_logger, oldest.Spot);
            await CloseWithinAsync(() => oldest.Page.CloseAsync(new PageCloseOptions { RunBeforeUnload = false }), "the tab of " + oldest.Spot);
        }

        var page = await context.NewPageAsync();
        var opened = new Tab(spot, page);
        page.Crash += (_, _) => RemoveTab(opened);
        lock (_statusLock)
        {
            _tabs.AddFirst(opened);
        }

        return (opened, false);
    }

    private Tab? FindTab(SpotKey spot)
    {
        lock (_statusLock)
        {
            return _tabs.FirstOrDefault(tab => tab.Spot == spot);
        }
    }

    private void RemoveTab(Tab tab)
    {
        lock (_statusLock)
        {
            _tabs.Remove(tab);
        }
    }

    /// <summary>Closes a tab that is no longer trusted, such as one whose page failed.</summary>
    private async Task CloseTabAsync(SpotKey spot)
    {
        if (FindTab(spot) is { } tab)
        {
            RemoveTab(tab);
            await CloseWithinAsync(() => tab.Page.CloseAsync(new PageCloseOptions { RunBeforeUnload = false }), "the tab of " + spot);
        }
    }

    private int RunningCommandCount()
    {
        lock (_statusLock)
        {
            return _running.Count;
        }
    }

    private void CountNavigation()
    {
        lock (_statusLock)
        {
            _navigations++;
        }
    }

    /// <summary>True when an exception means the browser or the page's renderer went away under the call.</summary>
    private bool IsBrowserGone(Exception exception) =>
        _browserLost
        || _browser is null
        || !_browser.IsConnected
        || exception.Message.Contains("has been closed", StringComparison.Ordinal)
        || (exception is PlaywrightException && exception.Message.Contains("Target crashed", StringComparison.Ordinal));
}
