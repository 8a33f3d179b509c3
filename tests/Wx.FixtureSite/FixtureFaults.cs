using System.Collections.Concurrent;

namespace Wx.FixtureSite;

/// <summary>The fault switches of each spot; a spot without an entry has <see cref="FixtureFault.None"/>.</summary>
public sealed class FixtureFaults
{
    private readonly FixtureSpotCatalog _spots;
    private readonly ConcurrentDictionary<string, FixtureFault> _faults = new(StringComparer.Ordinal);

    internal FixtureFaults(FixtureSpotCatalog spots)
    {
        _spots = spots;
    }

    /// <summary>Sets the faults of spot <paramref name="spotId"/>, replacing any set before.</summary>
    /// <exception cref="KeyNotFoundException">The catalogue has no such spot.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The data delay is negative or longer than <see cref="FixtureFault.MaxDataDelay"/>.</exception>
    public void Set(string spotId, FixtureFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfLessThan(fault.DataDelay, TimeSpan.Zero, nameof(fault));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fault.DataDelay, FixtureFault.MaxDataDelay, nameof(fault));

        _faults[_spots.Get(spotId).Id] = fault;
    }

    /// <summary>Removes the faults of spot <paramref name="spotId"/>.</summary>
    public void Clear(string spotId) => _faults.TryRemove(spotId, out _);

    /// <summary>Removes the faults of every spot.</summary>
    public void ClearAll() => _faults.Clear();

    /// <summary>Returns the faults of spot <paramref name="spotId"/>.</summary>
    public FixtureFault Get(string spotId) => _faults.GetValueOrDefault(spotId) ?? FixtureFault.None;

    /// <summary>Returns the spots that have faults set, with their faults.</summary>
    public IReadOnlyDictionary<string, FixtureFault> Snapshot() => new Dictionary<string, FixtureFault>(_faults, StringComparer.Ordinal);
}
