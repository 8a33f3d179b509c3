using Wx.Core.Readings;
using Wx.Core.Units;
using Wx.Core.Wind;
using Wx.FixtureSite;
using Wx.Scraper.Worker;
using Wx.Testing.Fixture;

namespace Wx.Scraper.Tests;

/// <summary>Recorded page texts shown on a real page (Test Beach, Los Angeles time) and read through the browser.</summary>
public sealed class PageTextCaseTests(FixtureSiteFixture fixture) : IClassFixture<FixtureSiteFixture>, IAsyncLifetime
{
    private static readonly Core.Spots.SpotKey TestBeach = Core.Spots.SpotKey.Create("fixture", "4242");
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
    public async Task Mph_wind_keeps_source_unit()
    {
        var reading = await ReadAsync(new DisplayOverride { WindText = "12 mph SW (225°)" });

        Assert.Equal(new Speed(12, SpeedUnit.MilesPerHour), reading.WindSpeed);
        Assert.Equal(10.43, Math.Round(reading.WindSpeed.To(SpeedUnit.Knots).Value, 2));
        Assert.Equal(5.36, Math.Round(reading.WindSpeed.MetresPerSecond, 2));
        Assert.Equal(WindDirection.FromDegrees(225), reading.Direction);
        Assert.Equal("America/Los_Angeles", reading.TimeZoneId);
        Assert.Equal(FixtureSiteFixture.Start, reading.ObservedAt);
        Assert.Equal("28 Apr 11:00am", reading.SourceText.ObservedAt);
    }

    [Fact]
    public async Task Knots_gust_and_fahrenheit()
    {
        var reading = await ReadAsync(new DisplayOverride { WindText = "14 kts WSW (250°)", GustText = "19", AirTemperatureText = "58°F" });

        Assert.Equal(new Speed(14, SpeedUnit.Knots), reading.WindSpeed);
        Assert.Equal(new Speed(19, SpeedUnit.Knots), reading.Gust);
        Assert.Equal(250, reading.Direction.Degrees);
        Assert.Equal(new Temperature(58, TemperatureUnit.Fahrenheit), reading.AirTemperature);
        Assert.Equal(14.4, Math.Round(reading.AirTemperature!.Value.Celsius, 1));
    }

    [Theory]
    [InlineData("--")]
    [InlineData("")]
    public async Task Dashed_gust_is_missing(string gustText)
    {
        var reading = await ReadAsync(new DisplayOverride { WindText = "14 kts WSW (250°)", GustText = gustText });

        Assert.Null(reading.Gust);
    }

    [Theory]
    [InlineData("0 mph")]
    [InlineData("Calm")]
    public async Task Calm_has_no_direction(string windText)
    {
        var reading = await ReadAsync(new DisplayOverride { WindText = windText, GustText = "--", LullText = "--" });

        Assert.Equal(0, reading.WindSpeed.Value);
        Assert.Equal(WindDirectionKind.Calm, reading.Direction.Kind);
        Assert.Null(reading.Direction.Degrees);
    }

    [Fact]
    public async Task North_360_equals_0()
    {
        var at360 = await ReadAsync(new DisplayOverride { WindText = "10 kts N (360°)" });
        var at0 = await ReadAsync(new DisplayOverride { WindText = "10 kts N (0°)" });

        Assert.Equal(at0.Direction, at360.Direction);
        Assert.Equal(0, at360.Direction.Degrees);
    }

    [Fact]
    public async Task Gust_below_average_is_flagged()
    {
        var reading = await ReadAsync(new DisplayOverride { WindText = "15 kts W (270°)", GustText = "12", LullText = "--" });

        Assert.Equal(new Speed(15, SpeedUnit.Knots), reading.WindSpeed);
        Assert.Equal(new Speed(12, SpeedUnit.Knots), reading.Gust);
        Assert.True(reading.Warnings.HasFlag(ReadingWarnings.GustBelowSpeed));
    }

    private async Task<WindReading> ReadAsync(DisplayOverride display)
    {
        fixture.Site.Spots.Override("4242", display);
        var result = await _worker.ExecuteAsync(new ReadSpotCommand(TestBeach) { CaptureImages = false });
        return result.Reading;
    }
}
