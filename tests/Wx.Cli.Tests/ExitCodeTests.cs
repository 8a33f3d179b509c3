namespace Wx.Cli.Tests;

/// <summary>Runs the built wx with bad input; none of these cases starts the service or a browser.</summary>
public sealed class ExitCodeTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly WxProcess _wx = new();

    public void Dispose() => _wx.Dispose();

    [Theory]
    [InlineData("furlong", "show", "fixture/1786", "--units", "furlong")]
    [InlineData("bad!spot", "show", "bad!spot")]
    [InlineData("nope", "show", "1786", "--nope")]
    [InlineData("frobnicate", "frobnicate")]
    [InlineData("6x", "history", "1786", "--since", "6x")]
    [InlineData("0s", "demo", "--for", "0s")]
    [InlineData("'0'", "demo", "--speed", "0")]
    [InlineData("'61'", "demo", "--speed", "61")]
    [InlineData("'fast'", "demo", "--speed", "fast")]
    [InlineData("xml", "history", "1786", "--format", "xml")]
    [InlineData("nosuchsite", "show", "nosuchsite/1786")]
    public async Task Usage_error_exits_with_2(string named, params string[] arguments)
    {
        var run = await _wx.RunAsync(Timeout, arguments);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.StandardOutput);
        var line = Assert.Single(run.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("wx: ", line, StringComparison.Ordinal);
        Assert.Contains(named, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_chromium_exits_with_5()
    {
        var run = await _wx.RunAsync(Timeout, "show", "fixture/1786", "--chromium", "/nonexistent/chromium");

        Assert.Equal(5, run.ExitCode);
        Assert.Contains("/nonexistent/chromium", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("WX_BROWSER__CHROMIUMPATH", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_prints_and_exits_0()
    {
        var run = await _wx.RunAsync(Timeout, "--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", run.StandardOutput.Trim());
    }

    [Fact]
    public async Task Login_without_terminal_needs_password_stdin()
    {
        var run = await _wx.RunAsync(Timeout, "login", "fixture");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--password-stdin", run.StandardError, StringComparison.Ordinal);
    }
}
