using System.Buffers.Binary;
using System.Globalization;
using System.Text.Json.Nodes;
using Wx.FixtureSite;
using Wx.Testing;

namespace Wx.Cli.Tests;

/// <summary>
/// Runs <c>wx show</c> against a fixture site started by the test, then the verbs that use the stored data:
/// history, image, spots and status. Each test has its own settings and data folders.
/// </summary>
[Collection(ChromiumProcesses.Name)]
public sealed class StoredDataEndToEndTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Start = TestTime.Utc("2022-04-28T18:00:00Z");
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(150);
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private readonly WxProcess _wx = new();
    private FixtureSite.FixtureSite _site = null!;

    public async Task InitializeAsync()
    {
        _site = await FixtureSite.FixtureSite.StartAsync(new FixtureSiteOptions { ClockStart = Start });
        _wx.Environment["WX_SITES__FIXTURE__BASEURL"] = _site.BaseUrl.AbsoluteUri;
        _wx.Environment["WX_SITES__FIXTURE__USERNAME"] = FixtureSiteOptions.DefaultUserName;
        _wx.Environment["WX_SITES__FIXTURE__PASSWORD"] = FixtureSiteOptions.DefaultPassword;
        _wx.Environment["WX_DEFAULTSITE"] = "fixture";
        _wx.Environment["WX_CLOCK"] = Start.ToString("O", CultureInfo.InvariantCulture);
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    public void Dispose() => _wx.Dispose();

    [Fact]
    public async Task History_formats_match_show()
    {
        var shown = JsonNode.Parse(await ShowJsonAsync())!;
        var speed = shown["speed"]!.GetValue<double>().ToString(CultureInfo.InvariantCulture);
        var gust = shown["gust"]!.GetValue<double>().ToString(CultureInfo.InvariantCulture);
        var lull = shown["lull"]!.GetValue<double>().ToString(CultureInfo.InvariantCulture);
        var degrees = shown["directionDegrees"]!.GetValue<double>().ToString(CultureInfo.InvariantCulture);
        var observed = shown["observedAt"]!.GetValue<DateTimeOffset>();
        Assert.Equal(_site.Data.CurrentAt(Start)!.Time, observed);

        var csv = await RunOkAsync("history", "fixture/1786", "--format", "csv");
        Assert.Equal(2, csv.OutputLines.Length);
        Assert.Equal("observed_utc,spot,speed,gust,lull,unit,direction_degrees,compass_point,air_temperature_c,pressure_hpa", csv.OutputLines[0]);
        var fields = csv.OutputLines[1].Split(',');
        Assert.Equal(observed.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), fields[0]);
        Assert.Equal("fixture/1786", fields[1]);
        Assert.Equal(speed, fields[2]);
        Assert.Equal(gust, fields[3]);
        Assert.Equal(lull, fields[4]);
        Assert.Equal("kt", fields[5]);
        Assert.Equal(degrees, fields[6]);
        Assert.Equal(shown["compassPoint"]!.GetValue<string>(), fields[7]);

        var json = await RunOkAsync("history", "fixture/1786", "--format", "json");
        var stored = Assert.Single(JsonNode.Parse(json.StandardOutput)!.AsArray())!;
        Assert.Equal(observed, stored["observedAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(shown["speed"]!.GetValue<double>(), stored["speed"]!.GetValue<double>());
        Assert.Equal(shown["gust"]!.GetValue<double>(), stored["gust"]!.GetValue<double>());
        Assert.Equal(shown["lull"]!.GetValue<double>(), stored["lull"]!.GetValue<double>());
        Assert.Equal(shown["windSpeedMps"]!.GetValue<double>(), stored["windSpeedMps"]!.GetValue<double>());
        Assert.Equal(shown["directionDegrees"]!.GetValue<double>(), stored["directionDegrees"]!.GetValue<double>());

        // The table shows the local time in Boston, four hours behind UTC in May.
        var table = await RunOkAsync("history", "fixture/1786");
        var row = Assert.Single(table.OutputLines, line => line.StartsWith("2022-04-28 14:00", StringComparison.Ordinal));
        var cells = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(speed, cells[2]);
        Assert.Equal(gust, cells[3]);
        Assert.Equal(lull, cells[4]);
        Assert.Contains($"{degrees}°", row, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("meter", 200, 200)]
    [InlineData("graph", 600, 200)]
    public async Task Image_writes_png_of_size(string kind, int width, int height)
    {
        var path = Path.Combine(_wx.Root, kind + ".png");
        var run = await RunOkAsync("image", "fixture/1786", kind, "-o", path);

        var bytes = await File.ReadAllBytesAsync(path);
        Assert.True(bytes.Length > 24, $"{path} has only {bytes.Length} bytes");
        Assert.Equal(PngSignature, bytes[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        Assert.Equal(height, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
        Assert.Contains($"{width}×{height} px", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains(path, run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Spots_and_status_list_spot()
    {
        await ShowJsonAsync();

        var spots = await RunOkAsync("spots");
        var row = Assert.Single(spots.OutputLines, line => line.StartsWith("fixture/1786", StringComparison.Ordinal));
        Assert.Contains("Boston Approach", row, StringComparison.Ordinal);
        Assert.Contains(" idle ", row, StringComparison.Ordinal);
        Assert.DoesNotContain(spots.OutputLines, line => line.StartsWith("fixture/1787", StringComparison.Ordinal));

        var status = await RunOkAsync("status");
        Assert.Contains(status.OutputLines, line => line.EndsWith("fixture/1786 idle", StringComparison.Ordinal));
        Assert.Contains(status.OutputLines, line => line.StartsWith("stored spots", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Spots_and_history_need_no_browser()
    {
        await ShowJsonAsync();
        var csv = await RunOkAsync("history", "fixture/1786", "--format", "csv");
        var json = await RunOkAsync("history", "fixture/1786", "--format", "json");

        const string missing = "/nonexistent/chromium";
        var csvWithoutBrowser = await RunOkAsync("history", "fixture/1786", "--format", "csv", "--chromium", missing);
        var jsonWithoutBrowser = await RunOkAsync("history", "fixture/1786", "--format", "json", "--set", $"Browser:ChromiumPath={missing}");
        var spots = await RunOkAsync("spots", "--chromium", missing);

        Assert.Equal(csv.StandardOutput, csvWithoutBrowser.StandardOutput);
        Assert.Equal(2, csvWithoutBrowser.OutputLines.Length);
        Assert.Equal(json.StandardOutput, jsonWithoutBrowser.StandardOutput);
        var row = Assert.Single(spots.OutputLines, line => line.StartsWith("fixture/1786", StringComparison.Ordinal));
        Assert.Contains(" idle ", row, StringComparison.Ordinal);
        Assert.Contains(" kt ", row, StringComparison.Ordinal);
        Assert.Equal(string.Empty, spots.StandardError);
    }

    private async Task<string> ShowJsonAsync()
    {
        var run = await RunOkAsync("show", "fixture/1786", "--json");
        return run.StandardOutput;
    }

    private async Task<WxRun> RunOkAsync(params string[] arguments)
    {
        var run = await _wx.RunAsync(Timeout, arguments);
        Assert.True(run.ExitCode == 0, $"wx {string.Join(' ', arguments)}: exit code {run.ExitCode}, output: {run.StandardOutput} errors: {run.StandardError}");
        return run;
    }
}
