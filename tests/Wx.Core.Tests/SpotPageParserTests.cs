using static Wx.Testing.TestTime;
using Wx.Core.Parsing;
using Wx.Core.Readings;
using Wx.Core.Spots;
using Wx.Core.Units;
using Wx.Core.Wind;

namespace Wx.Core.Tests;

public sealed class SpotPageParserTests
{
    private static readonly SpotPageContext Context = new()
    {
        Spot = SpotKey.Create("fixture", "4242"),
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles"),
        Now = Utc("2024-12-04T23:30:00Z"),
        PageSpeedUnit = SpeedUnit.Knots,
        PageTemperatureUnit = TemperatureUnit.Fahrenheit,
        PagePressureUnit = PressureUnit.Millibars,
        PageUrl = new Uri("http://127.0.0.1:5000/spot/4242"),
    };

    [Fact]
    public void Full_page_text_becomes_reading()
    {
        var text = new SpotPageText
        {
            ObservedAt = "4 Dec 3:25pm",
            Wind = "14 kts WSW (250°)",
            Gust = "19",
            Lull = "--",
            AirTemperature = "58°F",
            Pressure = "1015.2 mb",
        };

        var reading = SpotPageParser.Parse(text, Context);

        Assert.Equal(Utc("2024-12-04T23:25:00Z"), reading.ObservedAt);
        Assert.Equal("America/Los_Angeles", reading.TimeZoneId);
        Assert.Equal(new Speed(14, SpeedUnit.Knots), reading.WindSpeed);
        Assert.Equal(new Speed(19, SpeedUnit.Knots), reading.Gust);
        Assert.Null(reading.Lull);
        Assert.Equal(250, reading.Direction.Degrees);
        Assert.Equal(14.4, Math.Round(reading.AirTemperature!.Value.Celsius, 1));
        Assert.Equal(new Pressure(1015.2, PressureUnit.Millibars), reading.Pressure);
        Assert.Equal(ReadingWarnings.None, reading.Warnings);
        Assert.Same(text, reading.SourceText);
        Assert.Equal(Context.PageUrl, reading.PageUrl);
    }

    [Theory]
    [InlineData("--")]
    [InlineData("")]
    public void Missing_gust_stays_null(string gust)
    {
        var reading = SpotPageParser.Parse(new SpotPageText { ObservedAt = "4 Dec 3:25pm", Wind = "12 mph SW (225°)", Gust = gust }, Context);

        Assert.Null(reading.Gust);
        Assert.Null(reading.AirTemperature);
        Assert.Null(reading.Pressure);
    }

    [Fact]
    public void Gust_below_average_is_kept_and_flagged()
    {
        var reading = SpotPageParser.Parse(new SpotPageText { ObservedAt = "4 Dec 3:25pm", Wind = "15 kts W (270°)", Gust = "12" }, Context);

        Assert.Equal(15, reading.WindSpeed.Value);
        Assert.Equal(12, reading.Gust!.Value.Value);
        Assert.True(reading.Warnings.HasFlag(ReadingWarnings.GustBelowSpeed));
    }

    [Fact]
    public void Calm_page_has_no_direction()
    {
        var reading = SpotPageParser.Parse(new SpotPageText { ObservedAt = "4 Dec 3:25pm", Wind = "Calm", Gust = "--" }, Context);

        Assert.Equal(0, reading.WindSpeed.Value);
        Assert.Equal(WindDirectionKind.Calm, reading.Direction.Kind);
        Assert.Null(reading.Direction.Degrees);
    }

    [Fact]
    public void Missing_wind_element_is_an_error()
    {
        var error = Assert.Throws<PageTextFormatException>(() => SpotPageParser.Parse(new SpotPageText { ObservedAt = "4 Dec 3:25pm" }, Context));

        Assert.Equal("wind", error.Field);
        Assert.Null(error.Text);
    }

    [Fact]
    public void Reading_rejects_non_utc_time()
    {
        var error = Assert.Throws<ArgumentException>(() => new WindReading
        {
            Spot = Context.Spot,
            ObservedAt = new DateTimeOffset(2024, 12, 4, 15, 25, 0, TimeSpan.FromHours(-8)),
            TimeZoneId = "America/Los_Angeles",
            WindSpeed = new Speed(1, SpeedUnit.Knots),
            Direction = WindDirection.Calm,
            SourceText = new SpotPageText(),
        });

        Assert.Contains("UTC", error.Message, StringComparison.Ordinal);
    }
}
