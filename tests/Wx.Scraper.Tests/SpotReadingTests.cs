using Wx.Core.Units;
using Wx.Core.Wind;
using Wx.FixtureSite;
using Wx.Scraper.Worker;
using Wx.Testing.Fixture;

namespace Wx.Scraper.Tests;

/// <summary>Reading spot pages of the fixture site in real Chromium: values, units, images and tab reuse.</summary>
public sealed class SpotReadingTests(FixtureSiteFixture fixture) : IClassFixture<FixtureSiteFixture>, IAsyncLifetime
{
    private static readonly Core.Spots.SpotKey Boston = Core.Spots.SpotKey.Create("fixture", "1786");
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
    public async Task Read_returns_buoy_observation()
    {
        // NDBC 44013, line "2022 04 28 18 00 320  8.0 10.0 ... 1009.7": WDIR 320°, WSPD 8.0 m/s, GST 10.0 m/s, PRES 1009.7 hPa.
        // The lull is the lowest speed of the last 30 minutes: 7.0 m/s at 17:40. The page shows whole knots.
        var record = fixture.Site.Data.CurrentAt(FixtureSiteFixture.Start)!;
        Assert.Equal((320, 8.0, 10.0, 1009.7), (record.WindDirectionDegrees, record.WindSpeedMps, record.GustMps, record.PressureHpa));

        var result = await _worker.ExecuteAsync(new ReadSpotCommand(Boston));

        var reading = result.Reading;
        Assert.Equal(new DateTimeOffset(2022, 4, 28, 18, 0, 0, TimeSpan.Zero), reading.ObservedAt);
        Assert.Equal("America/New_York", reading.TimeZoneId);
        Assert.Equal("28 Apr 2:00pm", reading.SourceText.ObservedAt);
        Assert.Equal("16 kts NW (320°)", reading.SourceText.Wind);
        Assert.Equal(new Speed(Math.Round(8.0 / 0.514444), SpeedUnit.Knots), reading.WindSpeed);
        Assert.Equal(new Speed(Math.Round(10.0 / 0.514444), SpeedUnit.Knots), reading.Gust);
        Assert.Equal(new Speed(Math.Round(7.0 / 0.514444), SpeedUnit.Knots), reading.Lull);
        Assert.Equal(WindDirection.FromDegrees(320), reading.Direction);
        Assert.Equal(new Pressure(1009.7, PressureUnit.Millibars), reading.Pressure);
        Assert.Null(reading.AirTemperature);
        Assert.Equal("Boston Approach (NOAA 44013)", reading.SourceText.Title);
        Assert.Equal(fixture.Site.SpotUrl("1786"), reading.PageUrl);
        Assert.True(result.IsNewObservation);
    }

    [Fact]
    public async Task Images_are_PNG_of_element_size()
    {
        var first = await _worker.ExecuteAsync(new ReadSpotCommand(Boston));
        var second = await _worker.ExecuteAsync(new ReadSpotCommand(Boston) { LastObservedAt = first.Reading.ObservedAt });

        var gauge = first.Images!.Gauge!;
        var graph = first.Images.Graph!;
        AssertPng(gauge, 200, 200);
        AssertPng(graph, 600, 200);
        Assert.Equal(gauge.Sha256, second.Images!.Gauge!.Sha256);
        Assert.Equal(graph.Sha256, second.Images.Graph!.Sha256);

        // A later observation moves the needle, so the gauge changes.
        fixture.Site.Clock.Set(FixtureSiteFixture.Start.AddHours(3));
        var later = await _worker.ExecuteAsync(new ReadSpotCommand(Boston));
        Assert.NotEqual(gauge.Sha256, later.Images!.Gauge!.Sha256);
    }

    [Fact]
    public async Task Unchanged_observation_time_is_not_new()
    {
        var first = await _worker.ExecuteAsync(new ReadSpotCommand(Boston));

        // Five minutes later the buoy has not reported again: the page still shows 2:00pm.
        fixture.Site.Clock.Set(FixtureSiteFixture.Start.AddMinutes(5));
        var second = await _worker.ExecuteAsync(new ReadSpotCommand(Boston) { LastObservedAt = first.Reading.ObservedAt });

        Assert.False(second.IsNewObservation);
        Assert.Equal(first.Reading.ObservedAt, second.Reading.ObservedAt);

        fixture.Site.Clock.Set(FixtureSiteFixture.Start.AddMinutes(10));
        var third = await _worker.ExecuteAsync(new ReadSpotCommand(Boston) { LastObservedAt = second.Reading.ObservedAt });
        Assert.True(third.IsNewObservation);
        Assert.Equal(FixtureSiteFixture.Start.AddMinutes(10), third.Reading.ObservedAt);
    }

    [Fact]
    public async Task Tabs_are_reused_and_capped()
    {
        await using var worker = ScraperHarness.CreateWorker(fixture.Site, _sessions, configure: options => options.MaxOpenTabs = 2);
        await worker.ExecuteAsync(new ReadSpotCommand(Boston) { CaptureImages = false });
        await worker.ExecuteAsync(new ReadSpotCommand(Boston) { CaptureImages = false });
        Assert.Equal(1, worker.GetStatus().OpenTabs);

        await worker.ExecuteAsync(new ReadSpotCommand(Core.Spots.SpotKey.Create("fixture", "1787")) { CaptureImages = false });
        await worker.ExecuteAsync(new ReadSpotCommand(Core.Spots.SpotKey.Create("fixture", "4242")) { CaptureImages = false });

        var status = worker.GetStatus();
        Assert.Equal(2, status.OpenTabs);
        Assert.Equal(BrowserState.Running, status.State);
        Assert.Equal(0, status.Restarts);
        Assert.True(status.MemoryBytes > 0);
    }

    [Fact]
    public async Task Browser_recycles_after_page_loads()
    {
        await using var worker = ScraperHarness.CreateWorker(fixture.Site, _sessions, configure: options => options.RecycleAfterNavigations = 4);
        for (var i = 0; i < 4; i++)
        {
            await worker.ExecuteAsync(new ReadSpotCommand(Boston) { CaptureImages = false });
        }

        Assert.Equal(1, worker.GetStatus().Restarts);
    }

    [Theory]
    [InlineData("kts", "16 kts NW (320°)", 16.0, SpeedUnit.Knots)]
    [InlineData("mph", "18 mph NW (320°)", 18.0, SpeedUnit.MilesPerHour)]
    [InlineData("kph", "29 km/h NW (320°)", 29.0, SpeedUnit.KilometresPerHour)]
    public async Task Unit_cookie_sets_source_unit(string cookie, string windText, double value, SpeedUnit unit)
    {
        // 8.0 m/s is 15.55 kt, 17.90 mph and 28.8 km/h.
        await using var worker = ScraperHarness.CreateWorker(
            fixture.Site,
            _sessions,
            settings: new Dictionary<string, string?>
            {
                ["Sites:fixture:Cookies:SpeedUnits"] = cookie,
                ["Sites:fixture:Units:Speed"] = unit.ToString(),
            });

        var result = await worker.ExecuteAsync(new ReadSpotCommand(Boston) { CaptureImages = false });

        Assert.Equal(windText, result.Reading.SourceText.Wind);
        Assert.Equal(new Speed(value, unit), result.Reading.WindSpeed);
    }

    private static void AssertPng(SpotImage image, int width, int height)
    {
        var png = image.Png.Span;
        Assert.True(png[..8].SequenceEqual(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }), "not a PNG signature");
        Assert.Equal(width, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.Slice(16, 4)));
        Assert.Equal(height, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.Slice(20, 4)));
        Assert.Equal((width, height), (image.Width, image.Height));
        Assert.Equal(64, image.Sha256.Length);
    }
}
