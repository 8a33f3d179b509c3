using System.Diagnostics;
using Wx.Contracts;
using Wx.Core.Spots;
using Wx.FixtureSite;
using Wx.Testing;
using Wx.Testing.Fixture;

namespace Wx.Service.Tests;

/// <summary>The spot service in one process with real Chromium, SQLite and the fixture site.</summary>
public sealed class SpotServiceTests(FixtureSiteFixture fixture) : IClassFixture<FixtureSiteFixture>, IAsyncLifetime
{
    private static readonly SpotKey Boston = SpotKey.Create("fixture", "1786");
    private static readonly SpotKey Earlier = SpotKey.Create("fixture", "1787");
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private ServiceHarness _service = null!;

    public async Task InitializeAsync()
    {
        fixture.Reset();
        _service = await ServiceHarness.StartAsync(fixture.Site);
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task Read_returns_the_buoy_reading()
    {
        var response = await _service.Client.ReadAsync(Boston, Patience, CancellationToken.None);

        Assert.Equal(SpotReadOutcome.Refreshed, response.Outcome);
        var reading = response.Reading!;
        Assert.Equal(FixtureSiteFixture.Start, reading.ObservedAt);
        Assert.Equal("America/New_York", reading.TimeZoneId);

        // The page shows 8.0 m/s as 16 kts, and the reading keeps the knots it read.
        Assert.Equal(16 * 1852.0 / 3600, reading.WindSpeedMps, 9);
        Assert.Equal(Core.Units.SpeedUnit.Knots, reading.SourceSpeedUnit);
        Assert.Equal(320, reading.DirectionDegrees);
        Assert.True(response.State.Refreshing);
        Assert.Equal(1, response.State.Readers);

        // A second read within the fresh interval returns the stored reading without the browser.
        var again = await _service.Client.ReadAsync(Boston, Patience, CancellationToken.None);
        Assert.Equal(SpotReadOutcome.Fresh, again.Outcome);
    }

    [Fact]
    public async Task Refreshes_at_random_until_idle()
    {
        await _service.Client.ReadAsync(Boston, Patience, CancellationToken.None);
        var refreshTimes = new List<TimeSpan>();
        var stopwatch = Stopwatch.StartNew();
        var seen = fixture.Site.Counters.GetDataRequests("1786");
        while (refreshTimes.Count < 4 && stopwatch.Elapsed < Patience)
        {
            var now = fixture.Site.Counters.GetDataRequests("1786");
            if (now > seen)
            {
                refreshTimes.Add(stopwatch.Elapsed);
                seen = now;
            }

            await Task.Delay(20);
        }

        Assert.Equal(4, refreshTimes.Count);
        var gaps = refreshTimes.Zip(refreshTimes.Skip(1), (earlier, later) => later - earlier).ToList();
        Assert.All(gaps, gap => Assert.True(gap >= ServiceHarness.MinRefresh - TimeSpan.FromMilliseconds(50), $"refreshes {gap.TotalMilliseconds} ms apart"));

        // Each tick drew a new delay inside the bounds; the draws differ.
        var fractions = _service.Clock.Fractions;
        Assert.True(fractions.Count >= 4);
        Assert.All(fractions, fraction => Assert.InRange(fraction, 0, 1));
        Assert.Equal(fractions.Count, fractions.Distinct().Count());

        // A new observation on the page is stored once and published.
        using var watching = new CancellationTokenSource(Patience);
        var published = _service.Client.WatchAsync([Boston], watching.Token).GetAsyncEnumerator(watching.Token);
        var next = published.MoveNextAsync();
        fixture.Site.Clock.Set(FixtureSiteFixture.Start.AddMinutes(10));
        Assert.True(await next);
        Assert.Equal(FixtureSiteFixture.Start.AddMinutes(10), published.Current.ObservedAt);
        await published.DisposeAsync();
        var history = await _service.Client.GetHistoryAsync(Boston, FixtureSiteFixture.Start.AddHours(-1), CancellationToken.None);
        Assert.Equal([FixtureSiteFixture.Start, FixtureSiteFixture.Start.AddMinutes(10)], history.Select(reading => reading.ObservedAt));

        // No reader reads it for the idle interval, so the next tick stops the timer and the page requests stop.
        fixture.Site.Clock.Set(FixtureSiteFixture.Start + ServiceHarness.IdleAfter + TimeSpan.FromMinutes(1));
        Assert.True(await ServiceHarness.EventuallyAsync(async () => !(await State(Boston)).Refreshing, Patience));
        var requests = fixture.Site.Counters.GetDataRequests("1786");
        await Task.Delay(ServiceHarness.MaxRefresh * 3);
        Assert.Equal(requests, fixture.Site.Counters.GetDataRequests("1786"));
        Assert.Equal(SpotRefreshStatus.Idle, (await State(Boston)).Status);
    }

    [Fact]
    public async Task Two_readers_keep_a_spot_alive_until_both_stop()
    {
        var spot = _service.Grains.GetGrain<ISpotGrain>(Boston.ToString());
        await spot.ReadAsync("reader-a", Patience);
        fixture.Site.Clock.Set(FixtureSiteFixture.Start.AddMinutes(20));
        await spot.ReadAsync("reader-b", Patience);

        // Reader A last read 31 minutes ago, reader B 11 minutes ago, with 30 minutes to idle: the spot stays refreshed.
        fixture.Site.Clock.Set(FixtureSiteFixture.Start.AddMinutes(31));
        var requests = fixture.Site.Counters.GetDataRequests("1786");
        Assert.True(await ServiceHarness.EventuallyAsync(() => Task.FromResult(fixture.Site.Counters.GetDataRequests("1786") >= requests + 2), Patience));
        var state = await spot.GetStateAsync();
        Assert.True(state.Refreshing);
        Assert.Equal(1, state.Readers);

        // Now both last read more than 30 minutes ago.
        fixture.Site.Clock.Set(FixtureSiteFixture.Start.AddMinutes(51));
        Assert.True(await ServiceHarness.EventuallyAsync(async () => !(await spot.GetStateAsync()).Refreshing, Patience));
    }

    [Fact]
    public async Task Status_answers_while_a_read_is_held()
    {
        fixture.Site.Faults.Set("1786", new FixtureFault { DataDelay = TimeSpan.FromSeconds(2.5) });

        var read = _service.Client.ReadAsync(Boston, Patience, CancellationToken.None);
        Assert.True(await ServiceHarness.EventuallyAsync(() => Task.FromResult(fixture.Site.Counters.GetDataRequests("1786") > 0), Patience));
        var status = await _service.Client.GetStatusAsync(CancellationToken.None);
        var state = await _service.Client.GetStateAsync(Boston, CancellationToken.None);

        Assert.False(read.IsCompleted);
        Assert.Contains(status.Running, task => task.Description == "read fixture/1786");
        Assert.Equal("read fixture/1786", status.Running[0].Description);
        Assert.True(state.RefreshInProgress);
        Assert.Equal(SpotReadOutcome.Refreshed, (await read).Outcome);
    }

    [Fact]
    public async Task Read_without_waiting_is_pending_with_an_estimate()
    {
        fixture.Site.Faults.Set("1786", new FixtureFault { DataDelay = TimeSpan.FromSeconds(2) });

        var response = await _service.Client.ReadAsync(Boston, TimeSpan.Zero, CancellationToken.None);

        Assert.Equal(SpotReadOutcome.Pending, response.Outcome);
        Assert.True(response.RetryAfter > TimeSpan.Zero);
        Assert.Null(response.Reading);
        Assert.True(await ServiceHarness.EventuallyAsync(async () => (await State(Boston)).Latest is not null, Patience));
    }

    [Fact]
    public async Task Unknown_spot_fails_and_is_not_refreshed()
    {
        var unknown = SpotKey.Create("fixture", "12345");

        var response = await _service.Client.ReadAsync(unknown, Patience, CancellationToken.None);

        Assert.Equal(SpotReadOutcome.Failed, response.Outcome);
        Assert.Equal(SpotRefreshStatus.NotFound, response.State.Status);
        Assert.Equal("spot-not-found", response.State.LastErrorKind);
        Assert.Contains("'12345'", response.State.LastError, StringComparison.Ordinal);
        Assert.False(response.State.Refreshing);
        var pages = fixture.Site.Counters.GetSpotPageRequests("12345");
        var again = await _service.Client.ReadAsync(unknown, Patience, CancellationToken.None);
        Assert.Equal(SpotReadOutcome.Failed, again.Outcome);
        Assert.Equal(pages, fixture.Site.Counters.GetSpotPageRequests("12345"));
    }

    [Fact]
    public async Task Jammed_spot_does_not_stop_the_others()
    {
        fixture.Site.Faults.Set("1786", new FixtureFault { SpinAfterRender = true });

        await _service.Client.ReadAsync(Boston, TimeSpan.Zero, CancellationToken.None);
        await _service.Client.ReadAsync(Earlier, TimeSpan.Zero, CancellationToken.None);

        Assert.True(await ServiceHarness.EventuallyAsync(async () => (await State(Boston)).LastErrorKind == "page-timed-out", Patience));
        var requests = fixture.Site.Counters.GetDataRequests("1787");
        Assert.True(await ServiceHarness.EventuallyAsync(() => Task.FromResult(fixture.Site.Counters.GetDataRequests("1787") >= requests + 2), Patience));
        var other = await State(Earlier);
        Assert.NotNull(other.Latest);
        Assert.Equal(0, other.ConsecutiveFailures);
        var status = await _service.Client.GetStatusAsync(CancellationToken.None);
        Assert.Contains(status.RecentErrors, error => error.StartsWith("fixture/1786:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Restarted_service_resumes_spots()
    {
        var folder = _service.DataFolder;
        await _service.Client.ReadAsync(Boston, Patience, CancellationToken.None);
        await _service.DisposeAsync();
        var loginPosts = fixture.Site.Counters.LoginPosts;

        _service = await ServiceHarness.StartAsync(fixture.Site, folder);

        Assert.True(await ServiceHarness.EventuallyAsync(async () => (await _service.Client.GetStatusAsync(CancellationToken.None)).Refreshes > 0, Patience));
        var status = await _service.Client.GetStatusAsync(CancellationToken.None);
        Assert.Equal(1, status.ActiveSpots);
        Assert.Equal(0, status.FailedRefreshes);

        // The saved session, encrypted in the database, spared a new login.
        Assert.Equal(loginPosts, fixture.Site.Counters.LoginPosts);
    }

    private Task<SpotStateView> State(SpotKey spot) => _service.Client.GetStateAsync(spot, CancellationToken.None);
}
