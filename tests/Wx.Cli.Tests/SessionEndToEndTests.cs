using System.Diagnostics;
using System.Globalization;
using Wx.FixtureSite;
using Wx.Testing;

namespace Wx.Cli.Tests;

/// <summary>Runs wx login, logout and an interrupted wx watch through the built wx, against a fixture site on 127.0.0.1.</summary>
[Collection(ChromiumProcesses.Name)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SessionEndToEndTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Start = TestTime.Utc("2022-04-28T18:00:00Z");
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(150);
    private readonly WxProcess _wx = new();
    private FixtureSite.FixtureSite _site = null!;

    public async Task InitializeAsync()
    {
        _site = await FixtureSite.FixtureSite.StartAsync(new FixtureSiteOptions { ClockStart = Start });
        _wx.Environment["WX_SITES__FIXTURE__BASEURL"] = _site.BaseUrl.AbsoluteUri;
        _wx.Environment["WX_DEFAULTSITE"] = "fixture";
        _wx.Environment["WX_CLOCK"] = Start.ToString("O", CultureInfo.InvariantCulture);
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    public void Dispose() => _wx.Dispose();

    private string CredentialsPath => Path.Combine(_wx.Environment["XDG_CONFIG_HOME"], "wx", "credentials.json");

    [Fact]
    public async Task Login_then_logout_removes_credentials()
    {
        var login = await _wx.RunWithInputAsync(Timeout, FixtureSiteOptions.DefaultPassword + "\n", "login", "fixture", "--user", "demo", "--password-stdin");

        Assert.True(login.ExitCode == 0, $"exit code {login.ExitCode}, errors: {login.StandardError}");
        Assert.True(File.Exists(CredentialsPath), $"{CredentialsPath} was not created");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(CredentialsPath));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(CredentialsPath)!));
        Assert.Contains(FixtureSiteOptions.DefaultPassword, await File.ReadAllTextAsync(CredentialsPath), StringComparison.Ordinal);
        Assert.Contains("demo", login.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(FixtureSiteOptions.DefaultPassword, login.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(FixtureSiteOptions.DefaultPassword, login.StandardError, StringComparison.Ordinal);

        // This read logs in with the stored credentials, because no other setting gives a user name or password here.
        var show = await _wx.RunAsync(Timeout, "show", "fixture/1786");
        Assert.True(show.ExitCode == 0, $"exit code {show.ExitCode}, errors: {show.StandardError}");
        Assert.DoesNotContain(FixtureSiteOptions.DefaultPassword, show.StandardOutput + show.StandardError, StringComparison.Ordinal);

        var logout = await _wx.RunAsync(Timeout, "logout", "fixture");

        Assert.True(logout.ExitCode == 0, $"exit code {logout.ExitCode}, errors: {logout.StandardError}");
        Assert.False(File.Exists(CredentialsPath), $"{CredentialsPath} still exists after logout");
        Assert.Contains("removed the stored credentials", logout.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("deleted the saved login session", logout.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(FixtureSiteOptions.DefaultPassword, logout.StandardOutput + logout.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interrupted_watch_exits_with_130()
    {
        _wx.Environment["WX_SITES__FIXTURE__USERNAME"] = FixtureSiteOptions.DefaultUserName;
        _wx.Environment["WX_SITES__FIXTURE__PASSWORD"] = FixtureSiteOptions.DefaultPassword;
        using var process = _wx.Start("watch", "fixture/1786");
        process.StandardInput.Close();
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            // With stdout redirected wx prints plain lines, and the first one follows the first read.
            using var firstLine = new CancellationTokenSource(Timeout);
            var line = await process.StandardOutput.ReadLineAsync(firstLine.Token);
            Assert.NotNull(line);
            Assert.Equal("fixture/1786", line.Split(' ')[1]);

            var browsers = ChromiumDescendants(process.Id);
            Assert.NotEmpty(browsers);

            SendInterrupt(process.Id);
            using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(exit.Token);

            Assert.Equal(130, process.ExitCode);
            Assert.Contains("Interrupted", await errors, StringComparison.Ordinal);
            await WaitUntilGoneAsync(browsers, TimeSpan.FromSeconds(10));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static void SendInterrupt(int processId)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-INT", processId.ToString(CultureInfo.InvariantCulture) }, UseShellExecute = false })!;
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    private static async Task WaitUntilGoneAsync(IReadOnlyCollection<int> processIds, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        var running = processIds.Where(IsChromium).ToList();
        while (running.Count > 0 && deadline.Elapsed < timeout)
        {
            await Task.Delay(200);
            running = running.Where(IsChromium).ToList();
        }

        Assert.True(running.Count == 0, $"Chromium processes still running after wx exited: {string.Join(", ", running)}");
    }

    /// <summary>Returns the ids of the Chromium processes below <paramref name="rootId"/>, read from /proc.</summary>
    private static List<int> ChromiumDescendants(int rootId)
    {
        var parents = new Dictionary<int, int>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && ParentOf(id) is { } parent)
            {
                parents[id] = parent;
            }
        }

        bool Below(int id)
        {
            for (var current = id; parents.TryGetValue(current, out var parent) && parent > 1; current = parent)
            {
                if (parent == rootId)
                {
                    return true;
                }
            }

            return false;
        }

        return [.. parents.Keys.Where(id => Below(id) && IsChromium(id))];
    }

    /// <summary>Returns the parent id from /proc/ID/stat, whose fourth field follows the command name in brackets.</summary>
    private static int? ParentOf(int id)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{id}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Returns true while process <paramref name="id"/> exists, is not a zombie and runs Chromium.</summary>
    private static bool IsChromium(int id)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{id}/stat");
            var state = stat[stat.LastIndexOf(')') + 2];
            var command = File.ReadAllText($"/proc/{id}/comm").Trim();
            return state != 'Z' && command.Contains("chrom", StringComparison.OrdinalIgnoreCase);
        }
        catch (IOException)
        {
            return false;
        }
    }
}
