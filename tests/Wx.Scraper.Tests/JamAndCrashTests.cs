using Microsoft.Extensions.Logging.Testing;
using Wx.FixtureSite;
using Wx.Scraper.Errors;
using Wx.Scraper.Worker;
using Wx.Testing.Fixture;

namespace Wx.Scraper.Tests;

/// <summary>Pages that never finish loading, pages that stop responding, and a browser killed mid-read.</summary>
public sealed class JamAndCrashTests(FixtureSiteFixture fixture) : IClassFixture<FixtureSiteFixture>, IAsyncLifetime
{
    private static readonly Core.Spots.SpotKey Boston = Core.Spots.SpotKey.Create("fixture", "1786");
    private static readonly Core.Spots.SpotKey Earlier = Core.Spots.SpotKey.Create("fixture", "1787");
    private readonly MemorySessionStore _sessions = new();
    private readonly FakeLogCollector _logs = new();
    private ScraperWorker _worker = null!;

    public Task InitializeAsync()
    {
        fixture.Reset();
        _worker = ScraperHarness.CreateWorker(fixture.Site, _sessions, _logs);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _worker.DisposeAsync();
        Assert.Empty(await ScraperHarness.WaitForNoOwnChromiumAsync());
    }

    [Fact]
    public async Task Hanging_iframe_does_not_block_read()
    {
        fixture.Site.Faults.Set("1786", new FixtureFault { HangingIframe = true });

        // The operation deadline is 8 s. Waiting for 'load' would pass it, because the iframe never responds.
        var result = await _worker.ExecuteAsync(new ReadSpotCommand(Boston));

        Assert.Equal(FixtureSiteFixture.Start, result.Reading.ObservedAt);
        Assert.NotNull(result.Images!.Graph);
    }

    [Fact]
    public async Task Spinning_page_times_out_then_recovers()
    {
        await _worker.ExecuteAsync(new ReadSpotCommand(Earlier) { CaptureImages = false });
        fixture.Site.Faults.Set("1786", new FixtureFault { SpinAfterRender = true });

        var error = await Assert.ThrowsAsync<PageTimedOutException>(() => _worker.ExecuteAsync(new ReadSpotCommand(Boston)));

        Assert.Equal(Boston, error.Spot);
        Assert.True(error.IsTransient);
        Assert.Equal(TimeSpan.FromSeconds(8), error.Deadline);
        Assert.Contains(_logs.GetSnapshot(), record => record.Id.Id == 2002);

        // Another spot goes on, and the jammed spot reads again once its page behaves.
        var other = await _worker.ExecuteAsync(new ReadSpotCommand(Earlier) { CaptureImages = false });
        Assert.Equal(FixtureSiteFixture.Start, other.Reading.ObservedAt);
        fixture.Site.Faults.Clear("1786");
        var again = await _worker.ExecuteAsync(new ReadSpotCommand(Boston));
        Assert.Equal(FixtureSiteFixture.Start, again.Reading.ObservedAt);
    }

    [Fact]
    public async Task Killed_chromium_relaunches_and_retries()
    {
        await _worker.ExecuteAsync(new ReadSpotCommand(Boston) { CaptureImages = false });
        fixture.Site.Faults.Set("1786", new FixtureFault { DataDelay = TimeSpan.FromSeconds(2) });
        fixture.Site.Clock.Set(FixtureSiteFixture.Start.AddMinutes(10));

        var read = _worker.ExecuteAsync(new ReadSpotCommand(Boston) { CaptureImages = false });
        await WaitForDataRequestAsync("1786");
        Assert.True(ScraperHarness.KillOwnChromium() > 0);
        fixture.Site.Faults.Clear("1786");
        var result = await read;

        Assert.Equal(FixtureSiteFixture.Start.AddMinutes(10), result.Reading.ObservedAt);
        var status = _worker.GetStatus();
        Assert.Equal(1, status.Restarts);
        Assert.Equal(BrowserState.Running, status.State);
        Assert.Contains(_logs.GetSnapshot(), record => record.Id.Id == 2005);

        // The relaunched browser kept the session: no login was needed after the crash.
        var next = await _worker.ExecuteAsync(new ReadSpotCommand(Boston) { CaptureImages = false, LastObservedAt = result.Reading.ObservedAt });
        Assert.False(next.IsNewObservation);
    }

    [Fact]
    public async Task Status_returns_during_slow_read()
    {
        fixture.Site.Faults.Set("1786", new FixtureFault { DataDelay = TimeSpan.FromSeconds(2) });

        var read = _worker.ExecuteAsync(new ReadSpotCommand(Boston) { CaptureImages = false });
        await WaitForDataRequestAsync("1786");
        var status = _worker.GetStatus();

        Assert.False(read.IsCompleted);
        Assert.Equal("read fixture/1786", status.CurrentCommand);
        Assert.NotNull(status.CurrentCommandStartedAt);
        await read;
        Assert.Null(_worker.GetStatus().CurrentCommand);
    }

    [Fact]
    public async Task Two_pages_read_at_once_when_allowed()
    {
        await using var worker = ScraperHarness.CreateWorker(fixture.Site, _sessions, configure: options => options.MaxConcurrentPages = 2);
        await worker.ExecuteAsync(new ReadSpotCommand(Boston) { CaptureImages = false });
        fixture.Site.Faults.Set("1786", new FixtureFault { DataDelay = TimeSpan.FromSeconds(2) });
        fixture.Site.Faults.Set("1787", new FixtureFault { DataDelay = TimeSpan.FromSeconds(2) });

        var first = worker.ExecuteAsync(new ReadSpotCommand(Boston) { CaptureImages = false });
        var second = worker.ExecuteAsync(new ReadSpotCommand(Earlier) { CaptureImages = false });
        var maxRunning = 0;
        while (!first.IsCompleted || !second.IsCompleted)
        {
            maxRunning = Math.Max(maxRunning, worker.GetStatus().RunningCommands);
            await Task.Delay(20);
        }

        Assert.Equal(2, maxRunning);
        Assert.Equal(FixtureSiteFixture.Start, (await first).Reading.ObservedAt);
        Assert.Equal(FixtureSiteFixture.Start, (await second).Reading.ObservedAt);
        Assert.Equal(2, worker.GetStatus().OpenTabs);
    }

    [Fact]
    public async Task Dispose_leaves_no_chromium()
    {
        await _worker.ExecuteAsync(new ReadSpotCommand(Boston) { CaptureImages = false });
        Assert.NotEmpty(ScraperHarness.OwnChromiumProcesses());

        await _worker.DisposeAsync();

        Assert.Empty(await ScraperHarness.WaitForNoOwnChromiumAsync());
        Assert.Equal(BrowserState.Disposed, _worker.GetStatus().State);
    }

    private async Task WaitForDataRequestAsync(string spotId)
    {
        var before = fixture.Site.Counters.GetDataRequests(spotId);
        for (var i = 0; i < 200 && fixture.Site.Counters.GetDataRequests(spotId) == before; i++)
        {
            await Task.Delay(25);
        }

        Assert.True(fixture.Site.Counters.GetDataRequests(spotId) > before, "the page never asked for its data");
    }
}
