using Microsoft.Extensions.Logging;
using Wx.FixtureSite.Replay;

namespace Wx.FixtureSite;

/// <summary>Settings of a <see cref="FixtureSite"/>; every property has a working default.</summary>
public sealed class FixtureSiteOptions
{
    /// <summary>Default user name, <c>demo</c>.</summary>
    public const string DefaultUserName = "demo";

    /// <summary>Default password. It protects nothing: the site binds to 127.0.0.1 and serves public buoy data.</summary>
    public const string DefaultPassword = "fixture-demo";

    /// <summary>TCP port on 127.0.0.1; 0 picks a free port. The site never binds to another address.</summary>
    public int Port { get; init; }

    /// <summary>User name that the login form accepts.</summary>
    public string UserName { get; init; } = DefaultUserName;

    /// <summary>Password that the login form accepts.</summary>
    public string Password { get; init; } = DefaultPassword;

    /// <summary>Initial replay clock time; see <see cref="FixtureClock.DefaultInstant"/>.</summary>
    public DateTimeOffset ClockStart { get; init; } = FixtureClock.DefaultInstant;

    /// <summary>True to start the replay clock running from <see cref="ClockStart"/>; false to freeze it there.</summary>
    public bool ClockRunning { get; init; }

    /// <summary>
    /// Replayed seconds per real second while the clock runs: 1 (the default) is real speed, 10 shows a new
    /// buoy observation about every real minute. Above 0 and at most <see cref="FixtureClock.MaxRate"/>.
    /// </summary>
    public double ClockRate { get; init; } = 1;

    /// <summary>
    /// Source of real time: the running replay clock, session lifetimes and data delays use it. Tests can pass
    /// a fake provider.
    /// </summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>How long a login session stays valid; null (the default) for no limit.</summary>
    public TimeSpan? SessionLifetime { get; init; }

    /// <summary>How long the spot page script waits before it fetches and renders the data.</summary>
    public TimeSpan RenderDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// How long after the ready marker the <see cref="FixtureFault.SpinAfterRender"/> busy loop starts, so a
    /// client can still see the marker before the page stops responding.
    /// </summary>
    public TimeSpan SpinDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Time span that the wind graph covers, ending at the clock time.</summary>
    public TimeSpan GraphWindow { get; init; } = TimeSpan.FromHours(6);

    /// <summary>Spot catalogue; null for <see cref="FixtureSpotCatalog.DefaultSpots"/>.</summary>
    public IReadOnlyList<FixtureSpot>? Spots { get; init; }

    /// <summary>Buoy observations to replay; null for the embedded recording of buoy 44013.</summary>
    public BuoyData? Data { get; init; }

    /// <summary>Lowest level that the site logs to the console; Warning keeps test output readable.</summary>
    public LogLevel MinimumLogLevel { get; init; } = LogLevel.Warning;
}
