using System.Globalization;
using System.Text.Json.Nodes;
using Wx.FixtureSite;
using Wx.Testing;

namespace Wx.Cli.Tests;

/// <summary>Runs <c>wx show</c> against a fixture site started by the test, configured through WX_ variables.</summary>
[Collection(ChromiumProcesses.Name)]
public sealed class ShowEndToEndTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Start = TestTime.Utc("2022-04-28T18:00:00Z");
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(150);
    private readonly WxProcess _wx = new();
    private FixtureSite.FixtureSite _site = null!;

    public async Task InitializeAsync()
    {
        _site = await FixtureSite.FixtureSite.StartAsync(new FixtureSiteOptions { ClockStart = Start });
        _wx.Environment["WX_SITES__FIXTURE__BASEURL"] = _site.BaseUrl.AbsoluteUri;
        _wx.Environment["WX_SITES__FIXTURE__USERNAME"] = FixtureSiteOptions.DefaultUserName;
        _wx.Environment["WX_SITES__FIXTURE__PASSWORD"] = FixtureSiteOptions.DefaultPassword;
        _wx.Environment["WX_DEFAULTSITE"] = "fixture";

        // The page shows times without a year, so wx resolves them against a clock in the recording.
        _wx.Environment["WX_CLOCK"] = Start.ToString("O", CultureInfo.InvariantCulture);
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    public void Dispose() => _wx.Dispose();

    [Fact]
    public async Task Show_json_matches_buoy_in_mph()
    {
        var run = await _wx.RunAsync(Timeout, "show", "1786", "--json", "--units", "mph");

        Assert.True(run.ExitCode == 0, $"exit code {run.ExitCode}, errors: {run.StandardError}");
        var json = JsonNode.Parse(run.StandardOutput)!;
        var record = _site.Data.CurrentAt(Start)!;
        var knots = Math.Round(record.WindSpeedMps!.Value * 3600 / 1852, MidpointRounding.AwayFromZero);
        var gustKnots = Math.Round(record.GustMps!.Value * 3600 / 1852, MidpointRounding.AwayFromZero);

        // The page shows whole knots; wx converts those to mph.
        Assert.Equal(Math.Round(knots * 1852 / 1609.344, MidpointRounding.AwayFromZero), json["speed"]!.GetValue<double>());
        Assert.Equal(Math.Round(gustKnots * 1852 / 1609.344, MidpointRounding.AwayFromZero), json["gust"]!.GetValue<double>());
        Assert.Equal("mph", json["unit"]!.GetValue<string>());
        Assert.Equal("fixture/1786", json["spot"]!.GetValue<string>());
        Assert.Equal(record.Time, json["observedAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal((double)record.WindDirectionDegrees!.Value, json["directionDegrees"]!.GetValue<double>());
        Assert.Equal("refreshed", json["outcome"]!.GetValue<string>());
        Assert.False(json["stale"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Show_text_has_arrow_and_units()
    {
        var run = await _wx.RunAsync(Timeout, "show", "fixture/1786");

        Assert.True(run.ExitCode == 0, $"exit code {run.ExitCode}, errors: {run.StandardError}");
        var record = _site.Data.CurrentAt(Start)!;
        var knots = Math.Round(record.WindSpeedMps!.Value * 3600 / 1852, MidpointRounding.AwayFromZero);
        Assert.Contains($"wind {knots.ToString(CultureInfo.InvariantCulture)} kt", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains($"{record.WindDirectionDegrees}°", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("America/New_York", run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_spot_exits_with_3()
    {
        var run = await _wx.RunAsync(Timeout, "show", "fixture/900001");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("fixture/900001", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("not found", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_exits_with_4()
    {
        _wx.Environment["WX_SITES__FIXTURE__PASSWORD"] = "wrong-password";
        var run = await _wx.RunAsync(Timeout, "show", "fixture/1786");

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("wx login fixture", run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-password", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pending_read_shows_stored_reading()
    {
        var first = await _wx.RunAsync(Timeout, "show", "fixture/1786");
        Assert.True(first.ExitCode == 0, $"exit code {first.ExitCode}, errors: {first.StandardError}");

        // Five minutes later the stored reading is past FreshFor, so wx opens the page, whose data never arrives in time.
        _site.Faults.Set("1786", new FixtureFault { DataDelay = TimeSpan.FromMinutes(10) });
        _wx.Environment["WX_CLOCK"] = Start.AddMinutes(5).ToString("O", CultureInfo.InvariantCulture);
        var run = await _wx.RunAsync(Timeout, "show", "fixture/1786", "--json", "--wait", "3");

        Assert.True(run.ExitCode == 0, $"exit code {run.ExitCode}, errors: {run.StandardError}");
        var json = JsonNode.Parse(run.StandardOutput)!;
        Assert.Equal("pending", json["outcome"]!.GetValue<string>());
        Assert.Equal(_site.Data.CurrentAt(Start)!.Time, json["observedAt"]!.GetValue<DateTimeOffset>());
        Assert.False(json["stale"]!.GetValue<bool>());
        var note = Assert.Single(run.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("wx: ", note, StringComparison.Ordinal);
        Assert.Contains("last stored reading", note, StringComparison.Ordinal);
        Assert.Contains("observed 5m ago", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pending_stale_reading_exits_with_6()
    {
        var first = await _wx.RunAsync(Timeout, "show", "fixture/1786");
        Assert.True(first.ExitCode == 0, $"exit code {first.ExitCode}, errors: {first.StandardError}");

        _site.Faults.Set("1786", new FixtureFault { DataDelay = TimeSpan.FromMinutes(10) });
        _wx.Environment["WX_CLOCK"] = Start.AddHours(2).ToString("O", CultureInfo.InvariantCulture);
        var run = await _wx.RunAsync(Timeout, "show", "fixture/1786", "--wait", "3");

        Assert.Equal(6, run.ExitCode);
        Assert.Contains("STALE", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("(2h00m ago)", run.StandardOutput, StringComparison.Ordinal);
        var note = Assert.Single(run.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("last stored reading", note, StringComparison.Ordinal);
        Assert.Contains("stale", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pending_without_reading_exits_with_6()
    {
        _site.Faults.Set("1786", new FixtureFault { DataDelay = TimeSpan.FromMinutes(10) });
        var run = await _wx.RunAsync(Timeout, "show", "fixture/1786", "--wait", "3");

        Assert.Equal(6, run.ExitCode);
        Assert.Equal(string.Empty, run.StandardOutput);
        Assert.Contains("--wait", run.StandardError, StringComparison.Ordinal);
    }
}
