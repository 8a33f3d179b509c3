using System.Globalization;
using Microsoft.Playwright;
using Wx.FixtureSite.Replay;
using Wx.Testing;
using Wx.Testing.Browsers;

namespace Wx.FixtureSite.Tests;

/// <summary>The spot page shows the recorded buoy 44013 reading, converted to the units the cookies choose.</summary>
[Collection(ChromiumGroup.Name)]
public sealed class BuoyReadingTests(ChromiumFixture chromium)
{
    // Three consecutive lines of Data/ndbc-44013.txt, as NOAA published them (newest first).
    private const string Record1840 = "2022 04 28 18 40 310  9.0 12.0    MM    MM    MM  MM 1009.5    MM   7.0    MM   MM   MM    MM";
    private const string Record1830 = "2022 04 28 18 30 310  9.0 11.0    MM    MM    MM  MM 1009.5    MM   7.0    MM   MM   MM    MM";
    private const string Record1820 = "2022 04 28 18 20 310  8.0 10.0    MM    MM    MM  MM 1009.5    MM   6.9    MM   MM   MM    MM";

    private const double KnotsPerMeterPerSecond = 1.943844;
    private const double MilesPerHourPerMeterPerSecond = 3600 / 1609.344;
    private const double KilometersPerHourPerMeterPerSecond = 3.6;
    private const double HectopascalsPerInchOfMercury = 33.8639;

    [Theory]
    [InlineData("kts", "kts", KnotsPerMeterPerSecond, "c", "mb")]
    [InlineData("mph", "mph", MilesPerHourPerMeterPerSecond, "f", "in")]
    [InlineData("kph", "km/h", KilometersPerHourPerMeterPerSecond, "c", "in")]
    [InlineData("mps", "m/s", 1.0, "f", "mb")]
    public async Task Spot_1786_shows_recorded_reading(string speedCookie, string speedLabel, double factor, string temperatureCookie, string pressureCookie)
    {
        var current = new NdbcLine(Record1840);
        var lull = Math.Min(current.WindSpeed, Math.Min(new NdbcLine(Record1830).WindSpeed, new NdbcLine(Record1820).WindSpeed));

        // 2022-04-28 18:47 UTC falls between the 18:40 and 18:50 observations, so the page shows 18:40.
        await using var site = await FixtureSite.StartAsync(new FixtureSiteOptions { ClockStart = TestTime.Utc("2022-04-28T18:47:00Z") });
        await using var context = await chromium.NewContextAsync();
        await SpotBrowsing.SetUnitsAsync(context, site, speedCookie, temperatureCookie, pressureCookie);
        var page = await context.NewPageAsync();
        await SpotBrowsing.LogInAsync(page, site);

        var response = await SpotBrowsing.OpenSpotAsync(page, site, "1786");

        Assert.Equal(200, response?.Status);

        // 18:40 UTC on 28 April is 2:40pm EDT (UTC-4) in Boston.
        Assert.Equal("28 Apr 2:40pm", await SpotBrowsing.TextAsync(page, ".jw-cc-data-date"));

        // WDIR 310° is NW: 310 / 22.5 = 13.8, and point 14 of 16 counting from N = 0 is NW.
        var expectedWind = $"{Round(current.WindSpeed * factor)} {speedLabel} NW ({current.WindDirection}°)";
        Assert.Equal(expectedWind, await SpotBrowsing.TextAsync(page, ".jw-cc-data-speed"));
        Assert.Equal(Round(current.Gust * factor), await SpotBrowsing.TextAsync(page, ".jw-data-gust .jw-data-value"));
        Assert.Equal(Round(lull * factor), await SpotBrowsing.TextAsync(page, ".jw-data-lull .jw-data-value"));

        // Buoy 44013 reported no air temperature in the whole recording (ATMP is MM), so the page shows "--", not 0.
        Assert.Equal("MM", current.AirTemperatureText);
        Assert.Equal("--", await SpotBrowsing.TextAsync(page, ".jw-data-air-temp .jw-data-value"));

        var expectedPressure = pressureCookie == "in"
            ? Math.Round(current.Pressure / HectopascalsPerInchOfMercury, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture) + " in"
            : current.Pressure.ToString("0.0", CultureInfo.InvariantCulture) + " mb";
        Assert.Equal(expectedPressure, await SpotBrowsing.TextAsync(page, ".jw-data-air-pressure .jw-data-value"));
    }

    [Fact]
    public async Task Spot_1786_rounds_half_away_from_zero()
    {
        // 9.0 m/s is 17.49 kt (shown 17); 12.0 m/s is 26.84 mph (shown 27, not truncated to 26).
        var current = new NdbcLine(Record1840);
        await using var site = await FixtureSite.StartAsync(new FixtureSiteOptions { ClockStart = current.TimeUtc });
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await SpotBrowsing.SetUnitsAsync(context, site, "kts", "f", "in");
        await SpotBrowsing.LogInAsync(page, site);
        await SpotBrowsing.OpenSpotAsync(page, site, "1786");
        Assert.Equal("17 kts NW (310°)", await SpotBrowsing.TextAsync(page, ".jw-cc-data-speed"));

        await SpotBrowsing.SetUnitsAsync(context, site, "mph", "f", "in");
        await SpotBrowsing.OpenSpotAsync(page, site, "1786");
        Assert.Equal("27", await SpotBrowsing.TextAsync(page, ".jw-data-gust .jw-data-value"));

        // 1009.5 hPa / 33.8639 = 29.8105 inHg, shown with two decimals.
        Assert.Equal("29.81 in", await SpotBrowsing.TextAsync(page, ".jw-data-air-pressure .jw-data-value"));
    }

    [Theory]
    [InlineData("11.4", "c")]
    [InlineData("11.4", "f")]
    [InlineData("-0.6", "c")]
    [InlineData("-0.6", "f")]
    public async Task Air_temperature_in_celsius_and_fahrenheit(string airTemperature, string temperatureCookie)
    {
        // The recording has no ATMP value at all, so this test replays the 18:40 line with an air temperature filled in.
        var header = "#YY  MM DD hh mm WDIR WSPD GST  WVHT   DPD   APD MWD   PRES  ATMP  WTMP  DEWP  VIS PTDY  TIDE\n";
        var line = Record1840.Replace("1009.5    MM", "1009.5  " + airTemperature, StringComparison.Ordinal);
        Assert.NotEqual(Record1840, line);
        var data = BuoyData.Parse(header + line + "\n", "44013");
        var celsius = double.Parse(airTemperature, CultureInfo.InvariantCulture);
        var expected = temperatureCookie == "c"
            ? Round(celsius) + "°C"
            : Round((celsius * 9 / 5) + 32) + "°F";

        await using var site = await FixtureSite.StartAsync(new FixtureSiteOptions { ClockStart = TestTime.Utc("2022-04-28T18:40:00Z"), Data = data });
        await using var context = await chromium.NewContextAsync();
        await SpotBrowsing.SetUnitsAsync(context, site, "kts", temperatureCookie, "mb");
        var page = await context.NewPageAsync();
        await SpotBrowsing.LogInAsync(page, site);
        await SpotBrowsing.OpenSpotAsync(page, site, "1786");

        Assert.Equal(expected, await SpotBrowsing.TextAsync(page, ".jw-data-air-temp .jw-data-value"));
    }

    [Fact]
    public async Task Spot_1787_replays_three_days_earlier()
    {
        // At 1 May 18:47 UTC, spot 1787 shows the 28 April 18:40 record, labelled three days later.
        var current = new NdbcLine(Record1840);
        await using var site = await FixtureSite.StartAsync(new FixtureSiteOptions { ClockStart = TestTime.Utc("2022-05-01T18:47:00Z") });
        await using var context = await chromium.NewContextAsync();
        await SpotBrowsing.SetUnitsAsync(context, site, "kts", "f", "mb");
        var page = await context.NewPageAsync();
        await SpotBrowsing.LogInAsync(page, site);
        await SpotBrowsing.OpenSpotAsync(page, site, "1787");

        Assert.Equal("1 May 2:40pm", await SpotBrowsing.TextAsync(page, ".jw-cc-data-date"));
        Assert.Equal($"{Round(current.WindSpeed * KnotsPerMeterPerSecond)} kts NW (310°)", await SpotBrowsing.TextAsync(page, ".jw-cc-data-speed"));
    }

    [Fact]
    public async Task Default_units_are_mph_fahrenheit_millibars()
    {
        var current = new NdbcLine(Record1840);
        await using var site = await FixtureSite.StartAsync(new FixtureSiteOptions { ClockStart = current.TimeUtc });
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await SpotBrowsing.LogInAsync(page, site);
        await SpotBrowsing.OpenSpotAsync(page, site, "1786");

        Assert.Equal($"{Round(current.WindSpeed * MilesPerHourPerMeterPerSecond)} mph NW (310°)", await SpotBrowsing.TextAsync(page, ".jw-cc-data-speed"));
        Assert.Equal("1009.5 mb", await SpotBrowsing.TextAsync(page, ".jw-data-air-pressure .jw-data-value"));
    }

    private static string Round(double value) =>
        ((long)Math.Round(value, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture);
}
