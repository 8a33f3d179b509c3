using Wx.FixtureSite.Replay;

namespace Wx.FixtureSite.Hosting;

/// <summary>The state shared by a fixture site's endpoints and its C# API.</summary>
internal sealed class FixtureSiteState
{
    public FixtureSiteState(FixtureSiteOptions options, BuoyData data, FixtureSpotCatalog spots)
    {
        Options = options;
        Data = data;
        Spots = spots;
        Clock = new FixtureClock(options.ClockStart, options.ClockRunning, options.TimeProvider, options.ClockRate);
        Sessions = new FixtureSessions(options.TimeProvider, options.SessionLifetime);
        Faults = new FixtureFaults(spots);
    }

    public FixtureSiteOptions Options { get; }

    public BuoyData Data { get; }

    public FixtureSpotCatalog Spots { get; }

    public FixtureClock Clock { get; }

    public FixtureSessions Sessions { get; }

    public FixtureFaults Faults { get; }

    public FixtureRequestCounters Counters { get; } = new();
}
