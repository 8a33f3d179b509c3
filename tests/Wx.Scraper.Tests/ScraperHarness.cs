using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Wx.FixtureSite;
using Wx.Scraper.Browser;
using Wx.Scraper.Login;
using Wx.Scraper.Sites;
using Wx.Scraper.Worker;

namespace Wx.Scraper.Tests;

/// <summary>Keeps saved sessions in memory, as the service keeps them in its database.</summary>
public sealed class MemorySessionStore : ISessionStateStore
{
    private readonly ConcurrentDictionary<string, string> _states = new(StringComparer.Ordinal);

    public int Saves { get; private set; }

    public Task<string?> LoadAsync(string site, CancellationToken cancellationToken) =>
        Task.FromResult(_states.GetValueOrDefault(site));

    public Task SaveAsync(string site, string storageStateJson, CancellationToken cancellationToken)
    {
        _states[site] = storageStateJson;
        Saves++;
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string site, CancellationToken cancellationToken)
    {
        _states.TryRemove(site, out _);
        return Task.CompletedTask;
    }

    public string? Get(string site) => _states.GetValueOrDefault(site);
}

/// <summary>Builds scraper workers pointed at a fixture site, configured the way a user configures wx.</summary>
public static class ScraperHarness
{
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("WX_BROWSER__CHROMIUMPATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static ScraperWorker CreateWorker(
        FixtureSite.FixtureSite site,
        MemorySessionStore sessions,
        FakeLogCollector? logs = null,
        string password = FixtureSiteOptions.DefaultPassword,
        Action<BrowserOptions>? configure = null,
        IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Sites:fixture:BaseUrl"] = site.BaseUrl.AbsoluteUri,
            ["Sites:fixture:UserName"] = FixtureSiteOptions.DefaultUserName,
            ["Sites:fixture:Password"] = password,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var options = new BrowserOptions
        {
            ChromiumPath = ChromiumPath,
            OperationTimeout = TimeSpan.FromSeconds(8),
            NavigationTimeout = TimeSpan.FromSeconds(6),
            DataTimeout = TimeSpan.FromSeconds(5),
            CloseTimeout = TimeSpan.FromSeconds(2),
            StateDirectory = Path.Combine(Path.GetTempPath(), "wx-scraper-tests"),
        };
        configure?.Invoke(options);
        var logger = new FakeLogger<ScraperWorker>(logs ?? new FakeLogCollector());
        return new ScraperWorker(
            Options.Create(options),
            SiteProfileCatalog.FromConfiguration(configuration),
            new ConfiguredCredentialSource(configuration),
            sessions,
            site.Clock,
            logger);
    }

    /// <summary>Ids of the live Chromium processes that this test process started, found by wx's owner mark.</summary>
    public static IReadOnlyList<int> OwnChromiumProcesses() => ChromiumProcessTracker.FindProcessesOwnedBy(Environment.ProcessId);

    /// <summary>Kills every Chromium process of this test process with SIGKILL, as <c>kill -9</c> does.</summary>
    public static int KillOwnChromium()
    {
        var killed = 0;
        foreach (var pid in OwnChromiumProcesses())
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill();
                killed++;
            }
            catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
            {
                // Already gone.
            }
        }

        return killed;
    }

    /// <summary>Waits up to a few seconds for processes to disappear, since the kernel reaps them asynchronously.</summary>
    public static async Task<IReadOnlyList<int>> WaitForNoOwnChromiumAsync()
    {
        var remaining = OwnChromiumProcesses();
        for (var i = 0; i < 50 && remaining.Count > 0; i++)
        {
            await Task.Delay(100);
            remaining = OwnChromiumProcesses();
        }

        return remaining;
    }
}
