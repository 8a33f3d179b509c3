using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Wx.Core.Spots;
using Wx.Data.Store;
using Wx.FixtureSite;
using Wx.Testing.Fixture;
using Wx.Testing.Postgres;
using Wx.Testing.Redis;

namespace Wx.Service.Tests;

[CollectionDefinition(PostgresServerFixture.CollectionName)]
public sealed class PostgresServerGroup : ICollectionFixture<PostgresServerFixture>;

/// <summary>
/// Two scraper silos on loopback that share PostgreSQL for data and Redis for cluster membership, each with its
/// own Chromium, against one fixture site.
/// </summary>
[Collection(PostgresServerFixture.CollectionName)]
public sealed class TwoProcessClusterTests(PostgresServerFixture postgres) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly string[] SpotIds = [.. Enumerable.Range(2001, 12).Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture))];
    private FixtureSite.FixtureSite _site = null!;
    private RedisServer _redis = null!;
    private PostgresDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _site = await FixtureSite.FixtureSite.StartAsync(new FixtureSiteOptions
        {
            ClockStart = FixtureSiteFixture.Start,
            Spots = [.. FixtureSpotCatalog.DefaultSpots, .. SpotIds.Select(id => new FixtureSpot(id, "Cluster spot " + id, "America/New_York", TimeSpan.Zero))],
        });
        _redis = await RedisServer.StartAsync();
        _database = await postgres.Server.CreateDatabaseAsync();
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        await _redis.DisposeAsync();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task Spots_split_and_move_when_a_silo_dies()
    {
        var folder = ServiceHarness.NewDataFolder();
        var settings = new Dictionary<string, string?>
        {
            ["Data:Provider"] = "PostgreSQL",
            ["Data:ConnectionString"] = _database.ConnectionString,
            ["Cluster:Provider"] = "Redis",
            ["Cluster:RedisConnectionString"] = _redis.ConnectionString,
            ["Cluster:ClusterId"] = "wx-test-" + Guid.NewGuid().ToString("N")[..8],
            ["Cluster:Membership:ProbeTimeout"] = "00:00:01",
            ["Cluster:Membership:NumMissedProbesLimit"] = "2",
            ["Cluster:Membership:NumVotesForDeathDeclaration"] = "1",
            ["Cluster:Membership:TableRefreshTimeout"] = "00:00:02",
            ["Cluster:Membership:IAmAliveTablePublishTimeout"] = "00:00:05",
        };
        await using var first = await ServiceHarness.StartAsync(_site, folder, settings);
        await using var second = await ServiceHarness.StartAsync(_site, folder, settings);

        // Wait until each silo lists the other as active, then for their load statistics to be published once.
        foreach (var service in new[] { first, second })
        {
            var management = service.Grains.GetGrain<IManagementGrain>(0);
            Assert.True(await ServiceHarness.EventuallyAsync(async () => (await management.GetHosts(onlyActive: true)).Count == 2, Patience), "the silos did not form one cluster");
        }

        await Task.Delay(TimeSpan.FromSeconds(3));

        // Riders read the spots earlier; the sweeps of both silos resume them from the database alone.
        var store = first.Client.Services.GetRequiredService<WxStore>();
        foreach (var id in SpotIds)
        {
            await store.RecordReadAsync(SpotKey.Create("fixture", id), "rider", CancellationToken.None);
        }

        Assert.True(
            await ServiceHarness.EventuallyAsync(() => Task.FromResult(SpotIds.All(id => Refreshed(first).ContainsKey("fixture/" + id) || Refreshed(second).ContainsKey("fixture/" + id))), Patience),
            "not every spot was refreshed");
        var onFirst = Refreshed(first).Keys.ToHashSet();
        var onSecond = Refreshed(second).Keys.ToHashSet();
        var split = $"first silo refreshed [{string.Join(", ", onFirst)}], second [{string.Join(", ", onSecond)}]";
        Assert.True(onFirst.Count > 0, split);
        Assert.True(onSecond.Count > 0, split);
        Assert.Empty(onFirst.Intersect(onSecond));

        // The first silo dies without leaving the cluster; the second takes over its spots with no client read.
        await first.Client.Services.GetRequiredService<IHost>().StopAsync(new CancellationToken(canceled: true));
        var moved = await ServiceHarness.EventuallyAsync(() => Task.FromResult(onFirst.All(Refreshed(second).ContainsKey)), Patience);

        Assert.True(moved, $"spots {string.Join(", ", onFirst.Except(Refreshed(second).Keys))} were not refreshed by the second silo within 60 s");
    }

    private static IReadOnlyDictionary<string, long> Refreshed(ServiceHarness service) =>
        service.Client.Services.GetRequiredService<ServiceCounters>().RefreshesBySpot();
}
