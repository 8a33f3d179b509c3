using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Wx.Core.Spots;
using Wx.Data;
using Wx.Data.Configuration;
using Wx.Data.Model;
using Wx.Data.Store;
using Wx.FixtureSite;
using Wx.Testing.Postgres;
using Wx.Testing.Redis;

namespace Wx.Cli.Tests;

[CollectionDefinition(PostgresServerFixture.CollectionName)]
public sealed class PostgresServerGroup : ICollectionFixture<PostgresServerFixture>;

/// <summary>
/// Two <c>wx serve</c> processes on loopback that share PostgreSQL for data and Redis for cluster membership,
/// each with its own Chromium, against one fixture site. One is killed with SIGKILL.
/// </summary>
[Collection(PostgresServerFixture.CollectionName)]
public sealed partial class ServeClusterTests(PostgresServerFixture postgres) : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2022, 4, 28, 18, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly string[] SpotIds = [.. Enumerable.Range(2001, 12).Select(id => id.ToString(CultureInfo.InvariantCulture))];
    private readonly List<ServeProcess> _processes = [];
    private FixtureSite.FixtureSite _site = null!;
    private RedisServer _redis = null!;
    private PostgresDatabase _database = null!;
    private string _root = null!;

    public async Task InitializeAsync()
    {
        _root = Directory.CreateTempSubdirectory("wx-serve-test-").FullName;
        _site = await FixtureSite.FixtureSite.StartAsync(new FixtureSiteOptions
        {
            ClockStart = Start,
            Spots = [.. FixtureSpotCatalog.DefaultSpots, .. SpotIds.Select(id => new FixtureSpot(id, "Cluster spot " + id, "America/New_York", TimeSpan.Zero))],
        });
        _redis = await RedisServer.StartAsync();
        _database = await postgres.Server.CreateDatabaseAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }

        await _database.DisposeAsync();
        await _redis.DisposeAsync();
        await _site.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task Killed_server_spots_move_to_other()
    {
        var store = await CreateStoreAsync();
        var first = await StartServeAsync("first");
        var second = await StartServeAsync("second");
        await Task.Delay(TimeSpan.FromSeconds(5));

        // Riders read the spots earlier; the servers resume them from the database alone.
        foreach (var id in SpotIds)
        {
            await store.RecordReadAsync(SpotKey.Create("fixture", id), "rider", CancellationToken.None);
        }

        var all = SpotIds.Select(id => "fixture/" + id).ToHashSet();
        Assert.True(await EventuallyAsync(() => all.IsSubsetOf(first.StartedSpots.Union(second.StartedSpots))), $"not every spot started refreshing. {first.Describe()} {second.Describe()}");
        var onFirst = first.StartedSpots;
        var onSecond = second.StartedSpots;
        var split = $"first refreshes [{string.Join(", ", onFirst)}], second [{string.Join(", ", onSecond)}]";
        Assert.True(onFirst.Count > 0, split);
        Assert.True(onSecond.Count > 0, split);
        Assert.Empty(onFirst.Intersect(onSecond));

        // SIGKILL: the first server cannot leave the cluster or stop its browser.
        first.Kill();
        var moved = await EventuallyAsync(() => onFirst.IsSubsetOf(second.StartedSpots));

        Assert.True(moved, $"spots [{string.Join(", ", onFirst.Except(second.StartedSpots))}] did not move to the second server within 60 s. {second.Describe()}");
    }

    private async Task<WxStore> CreateStoreAsync()
    {
        var factory = new WxDbContextFactory(new DataOptions { Provider = "PostgreSQL", ConnectionString = _database.ConnectionString });
        await WxDatabase.MigrateAsync(factory, CancellationToken.None);
        return new WxStore(factory, new FixtureClock(Start, running: false));
    }

    private async Task<ServeProcess> StartServeAsync(string name)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["XDG_CONFIG_HOME"] = Path.Combine(_root, name, "config"),
            ["WX_DATA__FOLDER"] = Path.Combine(_root, "data"),
            ["WX_DATA__PROVIDER"] = "PostgreSQL",
            ["WX_DATA__CONNECTIONSTRING"] = _database.ConnectionString,
            ["WX_CLUSTER__PROVIDER"] = "Redis",
            ["WX_CLUSTER__REDISCONNECTIONSTRING"] = _redis.ConnectionString,
            ["WX_CLUSTER__MEMBERSHIP__PROBETIMEOUT"] = "00:00:01",
            ["WX_CLUSTER__MEMBERSHIP__NUMMISSEDPROBESLIMIT"] = "2",
            ["WX_CLUSTER__MEMBERSHIP__NUMVOTESFORDEATHDECLARATION"] = "1",
            ["WX_CLUSTER__MEMBERSHIP__TABLEREFRESHTIMEOUT"] = "00:00:02",
            ["WX_CLUSTER__MEMBERSHIP__IAMALIVETABLEPUBLISHTIMEOUT"] = "00:00:05",
            ["WX_DEFAULTSITE"] = "fixture",
            ["WX_SITES__FIXTURE__BASEURL"] = _site.BaseUrl.AbsoluteUri,
            ["WX_SITES__FIXTURE__USERNAME"] = FixtureSiteOptions.DefaultUserName,
            ["WX_SITES__FIXTURE__PASSWORD"] = FixtureSiteOptions.DefaultPassword,
            ["WX_CLOCK"] = Start.ToString("O", CultureInfo.InvariantCulture),
            ["WX_BROWSER__STATEDIRECTORY"] = Path.Combine(_root, name, "state"),
            ["WX_SERVICE__MINREFRESHINTERVAL"] = "00:00:01",
            ["WX_SERVICE__MAXREFRESHINTERVAL"] = "00:00:02",
            ["WX_SERVICE__RESUMESWEEPINTERVAL"] = "00:00:01",
        };
        var process = ServeProcess.Start(environment);
        _processes.Add(process);
        Assert.True(await EventuallyAsync(() => process.IsRunning), $"wx serve did not start. {process.Describe()}");
        return process;
    }

    private static async Task<bool> EventuallyAsync(Func<bool> condition)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < Patience)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(200);
        }

        return condition();
    }

    /// <summary>One <c>wx serve</c> process whose stderr log the test reads.</summary>
    private sealed partial class ServeProcess : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly ConcurrentQueue<string> _log = new();

        private ServeProcess(Process process)
        {
            _process = process;
        }

        public bool IsRunning => _log.Any(line => line.Contains("the service runs as", StringComparison.Ordinal));

        /// <summary>Spots whose refresh timer started in this process, from its log.</summary>
        public HashSet<string> StartedSpots => [.. _log.Select(line => RefreshStarted().Match(line)).Where(match => match.Success).Select(match => match.Groups[1].Value)];

        public static ServeProcess Start(Dictionary<string, string> environment)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            start.ArgumentList.Add(WxProcess.WxDll);
            start.ArgumentList.Add("serve");
            foreach (var (name, value) in environment)
            {
                start.Environment[name] = value;
            }

            var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
            var serve = new ServeProcess(process);
            process.ErrorDataReceived += (_, line) =>
            {
                if (line.Data is not null)
                {
                    serve._log.Enqueue(line.Data);
                }
            };
            process.OutputDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            process.BeginOutputReadLine();
            return serve;
        }

        /// <summary>Kills the process with SIGKILL, then the Chromium it left behind, found by wx's owner mark.</summary>
        public void Kill()
        {
            var pid = _process.Id;
            _process.Kill();
            _process.WaitForExit();
            foreach (var orphan in Wx.Scraper.Browser.ChromiumProcessTracker.FindProcessesOwnedBy(pid))
            {
                try
                {
                    using var chromium = Process.GetProcessById(orphan);
                    chromium.Kill();
                }
                catch (ArgumentException)
                {
                    // Already gone.
                }
            }
        }

        public string Describe() => "Log: " + string.Join(" | ", _log.TakeLast(15));

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                // SIGTERM lets the server stop its browser.
                using var signal = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]);
                await signal.WaitForExitAsync();
            }

            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await _process.WaitForExitAsync(wait.Token);
            _process.Dispose();
        }

        [GeneratedRegex(@"Spot (fixture/\d+): refreshing every")]
        private static partial Regex RefreshStarted();
    }
}
