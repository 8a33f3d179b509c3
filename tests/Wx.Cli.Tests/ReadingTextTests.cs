using Spectre.Console.Testing;
using Wx.Cli.Output;
using Wx.Cli.Watching;
using Wx.Contracts;
using Wx.Core.Spots;
using Wx.Core.Units;
using Wx.Core.Wind;
using Wx.Testing;

namespace Wx.Cli.Tests;

public class ReadingTextTests
{
    private const double MetresPerSecondPerKnot = 1852.0 / 3600.0;

    public static ReadingView Reading(
        string observedAt = "2022-04-28T18:00:00Z",
        double knots = 16,
        double? gustKnots = 19,
        double? lullKnots = 14,
        WindDirectionKind kind = WindDirectionKind.Degrees,
        double? degrees = 320,
        string spotId = "1786") => new()
        {
            Site = "fixture",
            SpotId = spotId,
            ObservedAt = TestTime.Utc(observedAt),
            TimeZoneId = "America/New_York",
            WindSpeedMps = knots * MetresPerSecondPerKnot,
            GustMps = gustKnots * MetresPerSecondPerKnot,
            LullMps = lullKnots * MetresPerSecondPerKnot,
            DirectionKind = kind,
            DirectionDegrees = degrees,
            SourceSpeedUnit = SpeedUnit.Knots,
            Title = "Boston Approach (NOAA 44013)",
        };

    [Fact]
    public void Plain_line_has_documented_fields()
    {
        var line = ReadingText.PlainLine(Reading(), SpeedUnit.Knots);
        Assert.Equal("2022-04-28T18:00:00Z fixture/1786 16 kt NW 320° gust 19 lull 14 local 2022-04-28T14:00:00-04:00 America/New_York", line);
    }

    [Fact]
    public void Plain_line_converts_units()
    {
        var kmh = ReadingText.PlainLine(Reading(knots: 10, gustKnots: null, lullKnots: 5), SpeedUnit.KilometresPerHour);
        Assert.Equal("2022-04-28T18:00:00Z fixture/1786 19 km/h NW 320° gust - lull 9 local 2022-04-28T14:00:00-04:00 America/New_York", kmh);

        var metres = ReadingText.PlainLine(Reading(knots: 10), SpeedUnit.MetresPerSecond);
        Assert.StartsWith("2022-04-28T18:00:00Z fixture/1786 5.1 m/s NW 320° gust 9.8 lull 7.2 ", metres, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(WindDirectionKind.Calm, "CALM -")]
    [InlineData(WindDirectionKind.Variable, "VAR -")]
    [InlineData(WindDirectionKind.Missing, "- -")]
    public void Plain_line_marks_directionless_wind(WindDirectionKind kind, string expected)
    {
        var line = ReadingText.PlainLine(Reading(kind: kind, degrees: null), SpeedUnit.Knots);
        Assert.Contains($" kt {expected} gust ", line, StringComparison.Ordinal);
        Assert.Equal(13, line.Split(' ').Length);
    }

    [Theory]
    [InlineData(0, "↓")]
    [InlineData(45, "↙")]
    [InlineData(90, "←")]
    [InlineData(180, "↑")]
    [InlineData(270, "→")]
    [InlineData(315, "↘")]
    [InlineData(350, "↓")]
    [InlineData(20, "↓")]
    [InlineData(25, "↙")]
    public void Arrow_points_where_wind_blows(double from, string arrow)
    {
        Assert.Equal(arrow, ReadingText.Arrow(WindDirection.FromDegrees(from)));
    }

    [Fact]
    public void Arrow_is_empty_without_direction()
    {
        Assert.Equal(string.Empty, ReadingText.Arrow(WindDirection.Calm));
        Assert.Equal(string.Empty, ReadingText.Arrow(WindDirection.Variable));
    }

    [Fact]
    public void Sparkline_places_readings_in_slots()
    {
        var now = TestTime.Utc("2022-04-28T18:00:00Z");
        var readings = new[]
        {
            Reading("2022-04-28T17:05:00Z", knots: 10),
            Reading("2022-04-28T17:35:00Z", knots: 20),
            Reading("2022-04-28T18:00:00Z", knots: 0),
            Reading("2022-04-28T16:00:00Z", knots: 30),
        };
        var line = Sparkline.Draw(readings, now, TimeSpan.FromHours(1), 12);
        Assert.Equal(12, line.Length);
        Assert.Equal(' ', line[0]);
        Assert.Equal('▅', line[1]);
        Assert.Equal('█', line[7]);
        Assert.Equal('▁', line[11]);
    }

    [Fact]
    public void Live_view_marks_stale_observation()
    {
        var model = new WatchModel([SpotKey.Create("fixture", "1786"), SpotKey.Create("fixture", "1787")]);
        model.Spots[0].Add(Reading("2022-04-28T17:50:00Z"));
        model.Spots[1].Add(Reading("2022-04-28T17:00:00Z", spotId: "1787", degrees: 0));
        var console = new TestConsole().Width(160);
        console.Write(WatchRenderer.Render(model, new WatchOptions(), TestTime.Utc("2022-04-28T18:00:00Z")));

        var lines = console.Lines;
        var fresh = Assert.Single(lines, line => line.Contains("fixture/1786", StringComparison.Ordinal));
        var stale = Assert.Single(lines, line => line.Contains("fixture/1787", StringComparison.Ordinal));
        Assert.DoesNotContain("STALE", fresh, StringComparison.Ordinal);
        Assert.Contains("10m ago", fresh, StringComparison.Ordinal);
        Assert.Contains("↘ NW 320°", fresh, StringComparison.Ordinal);
        Assert.Contains("STALE", stale, StringComparison.Ordinal);
        Assert.Contains("1h00m ago", stale, StringComparison.Ordinal);
        Assert.Contains("↓ N 0°", stale, StringComparison.Ordinal);
    }

    [Fact]
    public void Live_view_honours_stale_after()
    {
        var model = new WatchModel([SpotKey.Create("fixture", "1786")]);
        model.Spots[0].Add(Reading("2022-04-28T17:50:00Z"));
        var console = new TestConsole().Width(160);
        console.Write(WatchRenderer.Render(model, new WatchOptions { StaleAfter = TimeSpan.FromMinutes(5) }, TestTime.Utc("2022-04-28T18:00:00Z")));
        Assert.Contains("STALE", console.Output, StringComparison.Ordinal);
    }
}
