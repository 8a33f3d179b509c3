using Spectre.Console.Testing;

namespace Wx.Cli.Tests;

public class HelpTests
{
    private static string Help(params string[] arguments)
    {
        var console = new TestConsole().Width(200);
        var code = WxApp.Create(console).Run(arguments);
        Assert.Equal(0, code);
        return console.Output;
    }

    [Fact]
    public void Root_help_lists_verbs_and_exit_codes()
    {
        var help = Help("--help");
        foreach (var verb in new[] { "watch", "show", "history", "image", "spots", "status", "login", "logout", "demo" })
        {
            Assert.Contains(verb, help, StringComparison.Ordinal);
        }

        Assert.Contains("EXIT CODES", help, StringComparison.Ordinal);
        Assert.Contains("130", help, StringComparison.Ordinal);
        Assert.Contains("Chromium was not found", help, StringComparison.Ordinal);
    }

    [Fact]
    public void Watch_help_gives_units_and_defaults()
    {
        var help = Help("watch", "--help");
        Assert.Contains("--units", help, StringComparison.Ordinal);
        Assert.Contains("kt, mph, kmh or ms", help, StringComparison.Ordinal);
        Assert.Contains("--stale-after", help, StringComparison.Ordinal);
        Assert.Contains("Default: 30m", help, StringComparison.Ordinal);
        Assert.Contains("--plain", help, StringComparison.Ordinal);
        Assert.Contains("--verbose", help, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_help_gives_wait_in_seconds()
    {
        var help = Help("show", "--help");
        Assert.Contains("--wait", help, StringComparison.Ordinal);
        Assert.Contains("in seconds", help, StringComparison.Ordinal);
        Assert.Contains("Default: 90", help, StringComparison.Ordinal);
        Assert.Contains("--json", help, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_and_history_help_list_options()
    {
        var demo = Help("demo", "--help");
        Assert.Contains("--for", demo, StringComparison.Ordinal);
        Assert.Contains("--start", demo, StringComparison.Ordinal);
        var history = Help("history", "--help");
        Assert.Contains("--since", history, StringComparison.Ordinal);
        Assert.Contains("table, csv or json", history, StringComparison.Ordinal);
    }
}
