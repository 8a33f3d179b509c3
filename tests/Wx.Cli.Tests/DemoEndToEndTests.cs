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
}
