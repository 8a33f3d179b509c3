namespace Wx.Cli.Tests;

/// <summary>Tests that run wx with the real service and Chromium; they run one at a time to keep timings steady.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ChromiumProcesses
{
    public const string Name = "wx processes with Chromium";
}
