using Wx.FixtureSite;
using Wx.Scraper.Browser;
using Wx.Scraper.Errors;
using Wx.Scraper.Sites;
using Wx.Scraper.Worker;
using Wx.Testing.Fixture;

namespace Wx.Scraper.Tests;

/// <summary>Pages that cannot give a reading: unknown spots, changed layouts, server errors, a missing browser.</summary>
public sealed class PageErrorTests(FixtureSiteFixture fixture) : IClassFixture<FixtureSiteFixture>, IAsyncLifetime
{
    private readonly MemorySessionStore _sessions = new();
    private ScraperWorker _worker = null!;

    public Task InitializeAsync()
    {
        fixture.Reset();
        _worker = ScraperHarness.CreateWorker(fixture.Site, _sessions);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _worker.DisposeAsync();
        Assert.Empty(await ScraperHarness.WaitForNoOwnChromiumAsync());
    }

    [Fact]
    public async Task Unknown_spot_404_is_not_found()
    {
        var spot = Core.Spots.SpotKey.Create("fixture", "12345");

        var error = await Assert.ThrowsAsync<SpotNotFoundException>(() => _worker.ExecuteAsync(new ReadSpotCommand(spot)));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal(spot, error.Spot);
        Assert.Equal(fixture.Site.SpotUrl("12345"), error.Url);
        Assert.Contains("'12345'", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
        Assert.Equal(0, _worker.GetStatus().OpenTabs);
    }

    [Fact]
    public async Task Unknown_spot_page_is_not_found()
    {
        var spot = Core.Spots.SpotKey.Create("fixture", "900123");

        var error = await Assert.ThrowsAsync<SpotNotFoundException>(() => _worker.ExecuteAsync(new ReadSpotCommand(spot)));

        Assert.Null(error.StatusCode);
        Assert.Contains("'900123'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_field_is_layout_error()
    {
        fixture.Site.Faults.Set("1786", new FixtureFault { MissingField = SpotField.Wind });
        var spot = Core.Spots.SpotKey.Create("fixture", "1786");

        var error = await Assert.ThrowsAsync<PageLayoutChangedException>(() => _worker.ExecuteAsync(new ReadSpotCommand(spot)));

        Assert.Equal("wind", error.Field);
        Assert.Equal(fixture.Site.SpotUrl("1786"), error.Url);
        Assert.Contains(".jw-cc-data-speed", error.Problem, StringComparison.Ordinal);
        Assert.NotNull(error.ScreenshotPng);
        Assert.Equal(0x89, error.ScreenshotPng![0]);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task Missing_gauge_is_layout_error()
    {
        fixture.Site.Faults.Set("1786", new FixtureFault { MissingField = SpotField.Gauge });

        var error = await Assert.ThrowsAsync<PageLayoutChangedException>(() => _worker.ExecuteAsync(new ReadSpotCommand(Core.Spots.SpotKey.Create("fixture", "1786"))));

        Assert.Equal("gauge", error.Field);
    }

    [Fact]
    public async Task Unreadable_text_is_layout_error()
    {
        fixture.Site.Spots.Override("4242", new DisplayOverride { WindText = "fresh breeze" });

        var error = await Assert.ThrowsAsync<PageLayoutChangedException>(() => _worker.ExecuteAsync(new ReadSpotCommand(Core.Spots.SpotKey.Create("fixture", "4242"))));

        Assert.Equal("wind", error.Field);
        Assert.Contains("'fresh breeze'", error.Message, StringComparison.Ordinal);
        Assert.IsType<Core.Parsing.PageTextFormatException>(error.InnerException);
    }

    [Fact]
    public async Task Missing_observation_is_not_layout_error()
    {
        // The recording ends on 2022-06-05 13:00 UTC; a day later the buoy has no recent observation.
        fixture.Site.Clock.Set(new DateTimeOffset(2022, 6, 6, 18, 0, 0, TimeSpan.Zero));

        var error = await Assert.ThrowsAsync<NoObservationException>(() => _worker.ExecuteAsync(new ReadSpotCommand(Core.Spots.SpotKey.Create("fixture", "1786"))));

        Assert.Equal("No recent observation", error.ShownText);
        Assert.True(error.IsTransient);
        Assert.Equal("no-observation", error.Kind);
    }

    [Fact]
    public async Task Server_error_is_site_unavailable()
    {
        fixture.Site.Faults.Set("1786", new FixtureFault { ServerError = true });

        var error = await Assert.ThrowsAsync<SiteUnavailableException>(() => _worker.ExecuteAsync(new ReadSpotCommand(Core.Spots.SpotKey.Create("fixture", "1786"))));

        Assert.Equal(500, error.StatusCode);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task Missing_chromium_names_the_fix()
    {
        await using var worker = ScraperHarness.CreateWorker(fixture.Site, _sessions, configure: options => options.ChromiumPath = "/nonexistent/chromium");

        var error = await Assert.ThrowsAsync<BrowserNotFoundException>(() => worker.ExecuteAsync(new ReadSpotCommand(Core.Spots.SpotKey.Create("fixture", "1786"))));

        Assert.Contains("/nonexistent/chromium", error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install chromium", error.Message, StringComparison.Ordinal);
        Assert.Contains("WX_BROWSER__CHROMIUMPATH", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_site_lists_known_sites()
    {
        var error = await Assert.ThrowsAsync<UnknownSiteException>(() => _worker.ExecuteAsync(new ReadSpotCommand(Core.Spots.SpotKey.Create("nowhere", "1"))));

        Assert.Contains("nowhere", error.Message, StringComparison.Ordinal);
        Assert.Contains("fixture", error.Message, StringComparison.Ordinal);
    }
}
