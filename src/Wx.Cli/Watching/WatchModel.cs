using Wx.Contracts;
using Wx.Core.Spots;

namespace Wx.Cli.Watching;

/// <summary>The live view's state of one watched spot: readings, refresh state and read problem.</summary>
public sealed class WatchedSpot(SpotKey key)
{
    public SpotKey Key { get; } = key;

    /// <summary>The newest reading, by observation time.</summary>
    public ReadingView? Latest { get; private set; }

    /// <summary>Readings of the last hours, oldest first, for the sparkline.</summary>
    public List<ReadingView> History { get; } = [];

    public SpotStateView? State { get; set; }

    /// <summary>Why the first read produced no reading, as a sentence, or null.</summary>
    public string? ReadProblem { get; set; }

    /// <summary>Adds a reading and returns true when it was not seen before.</summary>
    public bool Add(ReadingView reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (History.Exists(known => known.ObservedAt == reading.ObservedAt))
        {
            return false;
        }

        History.Add(reading);
        History.Sort((a, b) => a.ObservedAt.CompareTo(b.ObservedAt));
        if (Latest is null || reading.ObservedAt > Latest.ObservedAt)
        {
            Latest = reading;
        }

        ReadProblem = null;
        return true;
    }
}

/// <summary>The live view's state: the spots, the service status and the clock.</summary>
public sealed class WatchModel(IReadOnlyList<SpotKey> spots)
{
    public IReadOnlyList<WatchedSpot> Spots { get; } = [.. spots.Select(spot => new WatchedSpot(spot))];

    public ServiceStatusView? Status { get; set; }

    public WatchedSpot? Find(SpotKey key) => Spots.FirstOrDefault(spot => spot.Key == key);
}
