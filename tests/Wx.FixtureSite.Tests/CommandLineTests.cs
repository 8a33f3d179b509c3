namespace Wx.FixtureSite.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public void Clock_rate_starts_clock()
    {
        Assert.True(CommandLine.TryParse(["--clock-rate", "10"], out var commandLine, out var error), error);

        Assert.Equal(10, commandLine.Options.ClockRate);
        Assert.True(commandLine.Options.ClockRunning);
    }

    [Fact]
    public void Default_clock_is_frozen_real_speed()
    {
        Assert.True(CommandLine.TryParse([], out var commandLine, out var error), error);

        Assert.Equal(1, commandLine.Options.ClockRate);
        Assert.False(commandLine.Options.ClockRunning);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("fast")]
    [InlineData("86401")]
    public void Bad_clock_rate_is_rejected(string value)
    {
        Assert.False(CommandLine.TryParse(["--clock-rate", value], out _, out var error));

        Assert.Contains($"'{value}'", error, StringComparison.Ordinal);
        Assert.Contains("--clock-rate", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Site_clock_uses_rate_option()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var start = FixtureClock.DefaultInstant;
        await using var site = await FixtureSite.StartAsync(new FixtureSiteOptions { ClockStart = start, ClockRunning = true, ClockRate = 30, TimeProvider = time });

        time.Advance(TimeSpan.FromSeconds(20));

        Assert.Equal(start.AddMinutes(10), site.Clock.GetUtcNow());
    }
}
