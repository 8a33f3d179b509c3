using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Wx.Cli.Tests;

/// <summary>
/// Runs <c>wx demo</c> in a detached tmux session of fixed size on a private server socket, reads the screen
/// and quits with <c>q</c>. Only that tmux server is killed at the end.
/// </summary>
[Collection(ChromiumProcesses.Name)]
public sealed partial class TmuxTests : IDisposable
{
    private readonly WxProcess _wx = new();
    private readonly string _socket = "wx-test-" + Guid.NewGuid().ToString("N");

    public void Dispose()
    {
        Tmux("kill-server");
        _wx.Dispose();
    }

    [Fact]
    public async Task Live_view_shows_reading_then_stale()
    {
        var exitFile = Path.Combine(_wx.Root, "exit-code");
        var environment = string.Join(' ', _wx.Environment.Select(pair => $"{pair.Key}='{pair.Value}'"));
        var command = $"env {environment} dotnet '{WxProcess.WxDll}' demo --stale-after 20s; echo $? > '{exitFile}'; sleep 60";
        Tmux("new-session", "-d", "-x", "150", "-y", "30", command);

        var screen = await WaitForScreenAsync(text => text.Contains("ESE 110°", StringComparison.Ordinal) && text.Contains("NNE 20°", StringComparison.Ordinal), TimeSpan.FromSeconds(90));
        var row1786 = Assert.Single(Lines(screen), line => line.StartsWith("│ fixture/1786", StringComparison.Ordinal));
        var row1787 = Assert.Single(Lines(screen), line => line.StartsWith("│ fixture/1787", StringComparison.Ordinal));

        // Buoy 44013 at 2022-05-09 18:00 UTC: 11 m/s (21 kt) from 20°, gust 14 m/s (27 kt); wind from NNE blows to SSW, drawn ↓.
        Assert.Matches(@"│\s+21\s+│\s+27\s+│\s+21\s+│ ↓ NNE 20°", row1786);
        Assert.Contains("← ESE 110°", row1787, StringComparison.Ordinal);
        Assert.Contains("Wind kt", screen, StringComparison.Ordinal);
        Assert.Contains("fixture LoggedIn", screen, StringComparison.Ordinal);
        // The demo replays ten times faster than real time, so the age may already be shown in minutes.
        var age = AgePattern().Match(row1786);
        Assert.True(age.Success, $"no age in the row: {row1786}");
        if (age.Groups["unit"].Value == "s" && int.Parse(age.Groups["value"].Value, System.Globalization.CultureInfo.InvariantCulture) < 20)
        {
            Assert.DoesNotContain("STALE", row1786, StringComparison.Ordinal);
        }

        // The observation stays the same for ten replayed minutes (one real minute), so it passes --stale-after 20s.
        screen = await WaitForScreenAsync(text => Lines(text).Any(line => line.StartsWith("│ fixture/1786", StringComparison.Ordinal) && line.Contains("STALE", StringComparison.Ordinal)), TimeSpan.FromSeconds(40));
        Assert.Contains("STALE", Assert.Single(Lines(screen), line => line.StartsWith("│ fixture/1787", StringComparison.Ordinal)), StringComparison.Ordinal);

        Tmux("send-keys", "q");
        var deadline = Stopwatch.StartNew();
        while (!File.Exists(exitFile) && deadline.Elapsed < TimeSpan.FromSeconds(40))
        {
            await Task.Delay(250);
        }

        Assert.True(File.Exists(exitFile), "wx did not exit within 40 s of q.");
        Assert.Equal("0", (await File.ReadAllTextAsync(exitFile)).Trim());
    }

    private static string[] Lines(string screen) => screen.Split('\n');

    private async Task<string> WaitForScreenAsync(Func<string, bool> condition, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        var screen = string.Empty;
        while (deadline.Elapsed < timeout)
        {
            screen = Tmux("capture-pane", "-p");
            if (condition(screen))
            {
                return screen;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"The screen did not show the expected text within {timeout}. Last screen:\n{screen}");
    }

    private string Tmux(params string[] arguments)
    {
        var start = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-L");
        start.ArgumentList.Add(_socket);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }

    [GeneratedRegex(@"\((?<value>\d+)(?<unit>[sm]) ago\)")]
    private static partial Regex AgePattern();
}
