namespace Wx.FixtureSite;

/// <summary>A spot that the fixture site serves at <c>/spot/{Id}</c>.</summary>
/// <param name="Id">Spot id as in the URL: 1 to 32 characters from <c>[A-Za-z0-9_-]</c>.</param>
/// <param name="Title">Spot name, shown in <c>h1#spot-info-title</c>.</param>
/// <param name="TimeZoneId">IANA time zone of the spot, such as <c>America/New_York</c>; the page shows times in it.</param>
/// <param name="ReplayOffset">
/// Replay shift: at clock time t the spot shows the buoy observation current at t − offset, with its
/// observation time moved forward by the offset so that the page looks current. Zero replays the recording as
/// it happened.
/// </param>
public sealed record FixtureSpot(string Id, string Title, string TimeZoneId, TimeSpan ReplayOffset);
