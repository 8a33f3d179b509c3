using System.Globalization;
using Wx.Cli.Commands;
using Wx.FixtureSite.Replay;
using Wx.Testing;

namespace Wx.Cli.Tests;

[Collection(ChromiumProcesses.Name)]
public sealed class DemoEndToEndTests : IDisposable
{
    private readonly WxProcess _wx = new();

    public void Dispose() => _wx.Dispose();

    private static int Knots(double metresPerSecond) =>
        (int)Math.Round(metresPerSecond * 3600 / 1852, MidpointRounding.AwayFromZero);

    [Fact]
    public async Task Demo_prints_buoy_readings()
    {
        var run = await _wx.RunAsync(TimeSpan.FromSeconds(120), "demo", "--for", "40s");

        Assert.True(run.ExitCode == 0, $"exit code {run.ExitCode}, errors: {run.StandardError}");
        var lines = run.OutputLines;
        Assert.Equal(2, lines.Length);

        var start = TestTime.Utc(DemoSettings.DefaultStart);
        var data = BuoyData.LoadEmbedded();
        foreach (var (spotId, offset) in new[] { ("1786", TimeSpan.Zero), ("1787", TimeSpan.FromDays(3)) })
        {
            var line = Assert.Single(lines, line => line.Split(' ')[1] == "fixture/" + spotId);
            var fields = line.Split(' ');
            Assert.Equal(13, fields.Length);

            // The demo's clock starts at the default start, so the first read shows the record current then.
            var record = data.CurrentAt(start - offset)!;
            var observed = record.Time + offset;
            Assert.Equal(observed.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), fields[0]);
            Assert.Equal(Knots(record.WindSpeedMps!.Value).ToString(CultureInfo.InvariantCulture), fields[2]);
            Assert.Equal("kt", fields[3]);
            Assert.Equal(record.WindDirectionDegrees + "°", fields[5]);
            Assert.Equal("gust", fields[6]);
            Assert.Equal(Knots(record.GustMps!.Value).ToString(CultureInfo.InvariantCulture), fields[7]);
            Assert.Equal(Knots(data.LullAt(record)!.Value).ToString(CultureInfo.InvariantCulture), fields[9]);
            Assert.Equal("America/New_York", fields[12]);
        }
    }

    [Fact]
    public async Task Demo_data_stays_in_demo_folder()
    {
        var run = await _wx.RunAsync(TimeSpan.FromSeconds(120), "demo", "--for", "20s", "--units", "mph");

        Assert.True(run.ExitCode == 0, $"exit code {run.ExitCode}, errors: {run.StandardError}");
        var dataFolder = _wx.Environment["WX_DATA__FOLDER"];
        Assert.True(File.Exists(Path.Combine(dataFolder, "demo", "wx.db")));
        Assert.False(File.Exists(Path.Combine(dataFolder, "wx.db")));
        Assert.NotEmpty(run.OutputLines);
        Assert.All(run.OutputLines, line => Assert.Equal("mph", line.Split(' ')[3]));
    }

    [Fact]
    public async Task Demo_speed_shows_newer_readings()
    {
        var run = await _wx.RunAsync(TimeSpan.FromSeconds(150), "demo", "--speed", "60", "--for", "75s");

        Assert.True(run.ExitCode == 0, $"exit code {run.ExitCode}, errors: {run.StandardError}");
        var start = TestTime.Utc(DemoSettings.DefaultStart);
        var data = BuoyData.LoadEmbedded();
        var lines = run.OutputLines.Where(line => line.Split(' ')[1] == "fixture/1786").ToList();

        // At 60x the replay clock passes 75 minutes, and the service refreshes every 20 to 40 real seconds.
        Assert.True(lines.Count >= 2, $"expected at least two readings of fixture/1786, got: {run.StandardOutput}");
        var observed = lines.Select(line => DateTimeOffset.Parse(line.Split(' ')[0], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(observed.Order().ToList(), observed);
        Assert.Equal(observed.Count, observed.Distinct().Count());
        Assert.True(observed[^1] >= start.AddMinutes(10), $"the newest reading was observed at {observed[^1]:O}");
        Assert.True(observed[^1] <= start.AddMinutes(80), $"the newest reading was observed at {observed[^1]:O}");

        var newest = data.CurrentAt(observed[^1])!;
        Assert.Equal(observed[^1], newest.Time);
        Assert.Equal(Knots(newest.WindSpeedMps!.Value).ToString(CultureInfo.InvariantCulture), lines[^1].Split(' ')[2]);
    }
}
