using Wx.Core.Readings;
using Wx.Core.Units;

namespace Wx.Cli.Watching;

/// <summary>How a watch shows readings.</summary>
public sealed record WatchOptions
{
    public SpeedUnit Unit { get; init; } = SpeedUnit.Knots;

    /// <summary>Observations older than this are marked STALE.</summary>
    public TimeSpan StaleAfter { get; init; } = Freshness.DefaultStaleAfter;

    /// <summary>True to print one plain line per new reading instead of the live view.</summary>
    public bool Plain { get; init; }

    /// <summary>Stop by itself after this long, exiting with 0; null to run until q or Ctrl+C.</summary>
    public TimeSpan? RunFor { get; init; }

    /// <summary>How long the first read of each spot waits for the browser.</summary>
    public TimeSpan FirstReadWait { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>How often the spots are read again so that the service keeps refreshing them.</summary>
    public TimeSpan ReadAgainEvery { get; init; } = TimeSpan.FromMinutes(5);
}
