using Wx.Core.Parsing;
using Wx.Core.Units;
using Wx.Core.Wind;

namespace Wx.Core.Tests;

public sealed class WindTextParserTests
{
    [Fact]
    public void Mph_text_converts_and_keeps_source_unit()
    {
        var (speed, direction) = WindTextParser.Parse("12 mph SW (225°)", SpeedUnit.Knots);

        Assert.Equal(SpeedUnit.MilesPerHour, speed.Unit);
        Assert.Equal(12, speed.Value);
        Assert.Equal(10.43, Math.Round(speed.To(SpeedUnit.Knots).Value, 2));
        Assert.Equal(5.36, Math.Round(speed.MetresPerSecond, 2));
        Assert.Equal(WindDirectionKind.Degrees, direction.Kind);
        Assert.Equal(225, direction.Degrees);
        Assert.Equal("SW", direction.CompassPoint);
    }

    [Fact]
    public void Knots_text_reads_speed_and_direction()
    {
        var (speed, direction) = WindTextParser.Parse("14 kts WSW (250°)", SpeedUnit.MilesPerHour);

        Assert.Equal(new Speed(14, SpeedUnit.Knots), speed);
        Assert.Equal(250, direction.Degrees);
    }

    [Theory]
    [InlineData("0 mph")]
    [InlineData("Calm")]
    [InlineData("calm")]
    [InlineData("0 mph N (0°)")]
    [InlineData("0 kts Calm")]
    public void Calm_has_zero_speed_and_no_direction(string text)
    {
        var (speed, direction) = WindTextParser.Parse(text, SpeedUnit.MilesPerHour);

        Assert.Equal(0, speed.Value);
        Assert.False(double.IsNaN(speed.MetresPerSecond));
        Assert.Equal(WindDirectionKind.Calm, direction.Kind);
        Assert.Null(direction.Degrees);
        Assert.Null(direction.CompassPoint);
    }

    [Fact]
    public void Calm_takes_the_page_unit()
    {
        var (speed, _) = WindTextParser.Parse("Calm", SpeedUnit.KilometresPerHour);

        Assert.Equal(SpeedUnit.KilometresPerHour, speed.Unit);
    }

    [Theory]
    [InlineData("5 kts N (360°)")]
    [InlineData("5 kts N (0°)")]
    public void North_is_stored_as_zero_degrees(string text)
    {
        var (_, direction) = WindTextParser.Parse(text, SpeedUnit.Knots);

        Assert.Equal(0.0, direction.Degrees);
        Assert.Equal("N", direction.CompassPoint);
    }

    [Fact]
    public void North_360_and_0_are_equal_directions()
    {
        var (_, from360) = WindTextParser.Parse("5 kts N (360°)", SpeedUnit.Knots);
        var (_, from0) = WindTextParser.Parse("5 kts N (0°)", SpeedUnit.Knots);

        Assert.Equal(from0, from360);
    }

    [Theory]
    [InlineData("8 kts Variable", WindDirectionKind.Variable)]
    [InlineData("8 kts VAR", WindDirectionKind.Variable)]
    [InlineData("8 kts", WindDirectionKind.Missing)]
    public void Direction_words_are_kinds_not_degrees(string text, WindDirectionKind expected)
    {
        var (_, direction) = WindTextParser.Parse(text, SpeedUnit.Knots);

        Assert.Equal(expected, direction.Kind);
        Assert.Null(direction.Degrees);
    }

    [Theory]
    [InlineData("3.5 m/s E (90°)", 3.5, SpeedUnit.MetresPerSecond, 90)]
    [InlineData("20 km/h NNE (22°)", 20, SpeedUnit.KilometresPerHour, 22)]
    [InlineData("11 kph (300°)", 11, SpeedUnit.KilometresPerHour, 300)]
    [InlineData("9 knots SE", 9, SpeedUnit.Knots, 135)]
    public void Other_units_and_forms_parse(string text, double value, SpeedUnit unit, double degrees)
    {
        var (speed, direction) = WindTextParser.Parse(text, SpeedUnit.Knots);

        Assert.Equal(value, speed.Value);
        Assert.Equal(unit, speed.Unit);
        Assert.Equal(degrees, direction.Degrees);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("--")]
    [InlineData("twelve mph SW")]
    [InlineData("12 furlongs SW (225°)")]
    [InlineData("12 mph XYZ (225°)")]
    [InlineData("12 mph SW (400°)")]
    [InlineData("12 mph SW (90°)")]
    [InlineData("12 mph SW (225°) extra")]
    [InlineData("900 mph SW (225°)")]
    [InlineData("NaN mph")]
    public void Unreadable_wind_text_names_the_text(string? text)
    {
        var error = Assert.Throws<PageTextFormatException>(() => WindTextParser.Parse(text, SpeedUnit.Knots));

        Assert.Equal("wind", error.Field);
        Assert.Equal(text, error.Text);
        Assert.Contains($"'{text}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("expected", error.Message, StringComparison.Ordinal);
    }
}
