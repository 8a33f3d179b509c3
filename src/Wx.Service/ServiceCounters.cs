namespace Wx.Service;

/// <summary>Counts of this process's work, and its most recent failures, for status.</summary>
public sealed class ServiceCounters
{
    private const int RecentErrorLimit = 10;
    private readonly Lock _lock = new();
    private readonly LinkedList<string> _recentErrors = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> _refreshesBySpot = new(StringComparer.Ordinal);
    private long _refreshes;
    private long _failed;
    private long _newReadings;
    private int _activeSpots;

    public long Refreshes => Interlocked.Read(ref _refreshes);

    public long FailedRefreshes => Interlocked.Read(ref _failed);

    public long NewReadings => Interlocked.Read(ref _newReadings);

    public int ActiveSpots => Volatile.Read(ref _activeSpots);

    public void CountRefresh(string spot, bool newReading)
    {
        Interlocked.Increment(ref _refreshes);
        _refreshesBySpot.AddOrUpdate(spot, 1, static (_, count) => count + 1);
        if (newReading)
        {
            Interlocked.Increment(ref _newReadings);
        }
    }

    public void CountFailure(string sentence)
    {
        Interlocked.Increment(ref _refreshes);
        Interlocked.Increment(ref _failed);
        lock (_lock)
        {
            _recentErrors.AddFirst(sentence);
            if (_recentErrors.Count > RecentErrorLimit)
            {
                _recentErrors.RemoveLast();
            }
        }
    }

    /// <summary>Successful refreshes per spot key in this process.</summary>
    public IReadOnlyDictionary<string, long> RefreshesBySpot() => new Dictionary<string, long>(_refreshesBySpot, StringComparer.Ordinal);

    public void SpotStarted() => Interlocked.Increment(ref _activeSpots);

    public void SpotStopped() => Interlocked.Decrement(ref _activeSpots);

    public IReadOnlyList<string> RecentErrors()
    {
        lock (_lock)
        {
            return [.. _recentErrors];
        }
    }
}
