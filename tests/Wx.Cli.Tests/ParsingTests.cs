using Wx.Cli.Commands;
using Wx.Cli.Infrastructure;
using Wx.Core.Units;

namespace Wx.Cli.Tests;

public class ParsingTests
{
    [Theory]
    [InlineData("45s", 45)]
    [InlineData("30m", 1800)]
    [InlineData("6h", 21600)]
    [InlineData("2d", 172800)]
    [InlineData("1h30m", 5400)]
    [InlineData("1.5h", 5400)]
    [InlineData("0s", 0)]
    [InlineData(" 10M ", 600)]
    public void Duration_parses_units(string text, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), Durations.Parse(text, "--since"));
    }

    [Theory]
    [InlineData("6x")]
    [InlineData("6")]
    [InlineData("")]
    [InlineData("h")]
    [InlineData("-5m")]
    [InlineData("5m later")]
    public void Duration_rejects_bad_text(string text)
    {
        var exception = Assert.Throws<FormatException>(() => Durations.Parse(text, "--since"));
        Assert.Contains($"'{text}'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("--since", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5400", "1h30m")]
    [InlineData("45", "45s")]
    [InlineData("90000", "1d1h")]
    public void Duration_formats_round_trip(string seconds, string expected)
    {
        var duration = TimeSpan.FromSeconds(int.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, Durations.Format(duration));
        Assert.Equal(duration, Durations.Parse(expected, "--for"));
    }

    [Theory]
    [InlineData("kt", SpeedUnit.Knots)]
    [InlineData("KTS", SpeedUnit.Knots)]
    [InlineData("mph", SpeedUnit.MilesPerHour)]
    [InlineData("kmh", SpeedUnit.KilometresPerHour)]
    [InlineData("km/h", SpeedUnit.KilometresPerHour)]
    [InlineData("ms", SpeedUnit.MetresPerSecond)]
    [InlineData("m/s", SpeedUnit.MetresPerSecond)]
    public void Units_option_parses_spellings(string text, SpeedUnit expected)
    {
        Assert.Equal(expected, SpeedUnitOption.Parse(text));
    }

    [Fact]
    public void Units_option_names_bad_value()
    {
        var exception = Assert.Throws<FormatException>(() => SpeedUnitOption.Parse("furlong"));
        Assert.Equal("Invalid unit 'furlong' for --units: use kt, mph, kmh or ms.", exception.Message);
    }

    [Theory]
    [InlineData("1786", "weatherflow/1786")]
    [InlineData("fixture/1787", "fixture/1787")]
    [InlineData(" 4242 ", "weatherflow/4242")]
    public void Spot_argument_uses_default_site(string text, string expected)
    {
        Assert.True(SpotArguments.Validate(text).Successful);
        Assert.Equal(expected, SpotArguments.Parse(text, "weatherflow").ToString());
    }

    [Theory]
    [InlineData("bad spot")]
    [InlineData("fixture/")]
    [InlineData("a/b/c")]
    [InlineData("")]
    public void Spot_argument_rejects_bad_ids(string text)
    {
        var result = SpotArguments.Validate(text);
        Assert.False(result.Successful);
        Assert.Contains("1786", result.Message, StringComparison.Ordinal);
        var exception = Assert.Throws<CliException>(() => SpotArguments.Parse(text.Length == 0 ? " " : text, "weatherflow"));
        Assert.Equal(ExitCodes.UsageError, exception.ExitCode);
    }

    [Fact]
    public void Config_folder_follows_xdg()
    {
        var variables = new Dictionary<string, string?> { ["XDG_CONFIG_HOME"] = "/x/config", ["HOME"] = "/home/rider" };
        Assert.Equal("/x/config/wx", CliPaths.ConfigFolder(name => variables.GetValueOrDefault(name)));
        variables["XDG_CONFIG_HOME"] = string.Empty;
        Assert.Equal("/home/rider/.config/wx", CliPaths.ConfigFolder(name => variables.GetValueOrDefault(name)));
    }
}
