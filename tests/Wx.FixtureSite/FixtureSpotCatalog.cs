using System.Collections.Concurrent;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Wx.FixtureSite;

/// <summary>The spots a fixture site serves, with their resolved time zones and the display overrides set by tests.</summary>
public sealed partial class FixtureSpotCatalog
{
    private readonly Dictionary<string, FixtureSpot> _spots = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TimeZoneInfo> _timeZones = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DisplayOverride> _overrides = new(StringComparer.Ordinal);

    /// <summary>Validates <paramref name="spots"/> and resolves their time zones.</summary>
    /// <exception cref="ArgumentException">An id is invalid or repeated, a title is empty, or a time zone is unknown.</exception>
    public FixtureSpotCatalog(IEnumerable<FixtureSpot> spots)
    {
        ArgumentNullException.ThrowIfNull(spots);

        var all = new List<FixtureSpot>();
        foreach (var spot in spots)
        {
            ArgumentNullException.ThrowIfNull(spot, nameof(spots));
            if (!IsValidId(spot.Id))
            {
                throw new ArgumentException($"Spot id '{spot.Id}' is invalid: use 1 to 32 characters from A-Z, a-z, 0-9, '_' and '-'.", nameof(spots));
            }

            if (string.IsNullOrWhiteSpace(spot.Title))
            {
                throw new ArgumentException($"Spot {spot.Id} has an empty title.", nameof(spots));
            }

            if (!_spots.TryAdd(spot.Id, spot))
            {
                throw new ArgumentException($"Spot id {spot.Id} appears more than once.", nameof(spots));
            }

            _timeZones.Add(spot.Id, FindTimeZone(spot));
            all.Add(spot);
        }

        All = new ReadOnlyCollection<FixtureSpot>(all);
    }

    /// <summary>
    /// Default spots: <c>1786</c> replays buoy 44013 as recorded, <c>1787</c> replays it shifted by three days,
    /// and <c>4242</c> ("Test Beach", Los Angeles time) is meant for display overrides.
    /// </summary>
    public static IReadOnlyList<FixtureSpot> DefaultSpots { get; } = new ReadOnlyCollection<FixtureSpot>(
    [
        new FixtureSpot("1786", "Boston Approach (NOAA 44013)", "America/New_York", TimeSpan.Zero),
        new FixtureSpot("1787", "Boston Approach, three days earlier (NOAA 44013)", "America/New_York", TimeSpan.FromDays(3)),
        new FixtureSpot("4242", "Test Beach", "America/Los_Angeles", TimeSpan.Zero),
    ]);

    /// <summary>All spots in catalogue order.</summary>
    public IReadOnlyList<FixtureSpot> All { get; }

    /// <summary>Returns true when <paramref name="id"/> has the form of a spot id: 1 to 32 characters from <c>[A-Za-z0-9_-]</c>.</summary>
    public static bool IsValidId(string? id) => id is not null && SpotIdPattern().IsMatch(id);

    /// <summary>
    /// Returns true for ids that get a 200 "Spot not found" page when they are not in the catalogue: six digits
    /// starting with 9 (900000 to 999999). The real site answers some unknown ids that way; all other unknown
    /// ids get 404.
    /// </summary>
    public static bool IsNotFoundPageId(string? id) => id is not null && NotFoundPagePattern().IsMatch(id);

    /// <summary>Looks up a spot by id.</summary>
    public bool TryGet(string? id, [NotNullWhen(true)] out FixtureSpot? spot)
    {
        spot = null;
        return id is not null && _spots.TryGetValue(id, out spot);
    }

    /// <summary>Returns the spot with <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">The catalogue has no such spot.</exception>
    public FixtureSpot Get(string id) => TryGet(id, out var spot)
        ? spot
        : throw new KeyNotFoundException($"Spot {id} is not in the fixture catalogue ({string.Join(", ", _spots.Keys)}).");

    /// <summary>Returns the resolved time zone of spot <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">The catalogue has no such spot.</exception>
    public TimeZoneInfo GetTimeZone(string id) => _timeZones[Get(id).Id];

    /// <summary>Replaces the texts that spot <paramref name="spotId"/> shows, until <see cref="ClearOverride"/>.</summary>
    /// <exception cref="KeyNotFoundException">The catalogue has no such spot.</exception>
    public void Override(string spotId, DisplayOverride display)
    {
        ArgumentNullException.ThrowIfNull(display);
        _overrides[Get(spotId).Id] = display;
    }

    /// <summary>Removes the display override of spot <paramref name="spotId"/>, if any.</summary>
    public void ClearOverride(string spotId) => _overrides.TryRemove(spotId, out _);

    /// <summary>Returns the display override of spot <paramref name="spotId"/>, or null.</summary>
    public DisplayOverride? GetOverride(string spotId) => _overrides.GetValueOrDefault(spotId);

    private static TimeZoneInfo FindTimeZone(FixtureSpot spot)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(spot.TimeZoneId);
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            throw new ArgumentException($"Spot {spot.Id} has the unknown time zone '{spot.TimeZoneId}'; use an IANA id such as America/New_York.", nameof(spot), exception);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,32}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex SpotIdPattern();

    [GeneratedRegex("^9[0-9]{5}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex NotFoundPagePattern();
}
