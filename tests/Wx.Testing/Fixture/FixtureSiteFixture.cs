using Wx.FixtureSite;
using Xunit;

namespace Wx.Testing.Fixture;

/// <summary>
/// A fixture site on 127.0.0.1 shared by the tests of a class, with its replay clock frozen at <see cref="Start"/>
/// and the spin fault starting as soon as the page is ready.
/// </summary>
public sealed class FixtureSiteFixture : IAsyncLifetime
{
    /// <summary>2022-04-28 18:00 UTC, 2:00pm in Boston: buoy 44013 reported 8.0 m/s from 320°, gusting 10.0 m/s.</summary>
    public static readonly DateTimeOffset Start = new(2022, 4, 28, 18, 0, 0, TimeSpan.Zero);

    public FixtureSite.FixtureSite Site { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Site = await FixtureSite.FixtureSite.StartAsync(new FixtureSiteOptions { ClockStart = Start, SpinDelay = TimeSpan.Zero });

    public async Task DisposeAsync() => await Site.DisposeAsync();

    /// <summary>Puts the site back as a test found it: no faults, overrides, sessions or counts, and the start time.</summary>
    public void Reset()
    {
        Site.Faults.ClearAll();
        foreach (var spot in Site.Spots.All)
        {
            Site.Spots.ClearOverride(spot.Id);
        }

        Site.Sessions.ExpireAll();
        Site.Clock.Set(Start);
        Site.Counters.Reset();
    }
}
