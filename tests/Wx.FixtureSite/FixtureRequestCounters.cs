using System.Collections.Concurrent;

namespace Wx.FixtureSite;

/// <summary>
/// Counts of the requests a fixture site has received, so tests can check how often a client logged in or
/// loaded a page. Spot counts are keyed by the spot id in the URL, including ids not in the catalogue.
/// </summary>
public sealed class FixtureRequestCounters
{
    private readonly ConcurrentDictionary<string, int> _spotPageRequests = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _dataRequests = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _historyRequests = new(StringComparer.Ordinal);
    private int _loginPosts;
    private int _loginsAccepted;

    /// <summary>Number of <c>POST /login</c> requests, whatever their outcome.</summary>
    public int LoginPosts => Volatile.Read(ref _loginPosts);

    /// <summary>Number of logins that created a session.</summary>
    public int LoginsAccepted => Volatile.Read(ref _loginsAccepted);

    /// <summary>Returns the number of <c>GET /spot/{spotId}</c> requests.</summary>
    public int GetSpotPageRequests(string spotId) => _spotPageRequests.GetValueOrDefault(spotId);

    /// <summary>Returns the number of <c>GET /api/spot/{spotId}/current</c> requests (the current-conditions JSON).</summary>
    public int GetDataRequests(string spotId) => _dataRequests.GetValueOrDefault(spotId);

    /// <summary>Returns the number of <c>GET /api/spot/{spotId}/history</c> requests (the graph's JSON).</summary>
    public int GetHistoryRequests(string spotId) => _historyRequests.GetValueOrDefault(spotId);

    /// <summary>Returns the spot page requests of every spot id requested so far.</summary>
    public IReadOnlyDictionary<string, int> SpotPageRequestsSnapshot() => Snapshot(_spotPageRequests);

    /// <summary>Returns the current-conditions requests of every spot id requested so far.</summary>
    public IReadOnlyDictionary<string, int> DataRequestsSnapshot() => Snapshot(_dataRequests);

    /// <summary>Returns the history requests of every spot id requested so far.</summary>
    public IReadOnlyDictionary<string, int> HistoryRequestsSnapshot() => Snapshot(_historyRequests);

    /// <summary>Sets every count to zero.</summary>
    public void Reset()
    {
        Interlocked.Exchange(ref _loginPosts, 0);
        Interlocked.Exchange(ref _loginsAccepted, 0);
        _spotPageRequests.Clear();
        _dataRequests.Clear();
        _historyRequests.Clear();
    }

    internal void CountLoginPost() => Interlocked.Increment(ref _loginPosts);

    internal void CountLoginAccepted() => Interlocked.Increment(ref _loginsAccepted);

    internal void CountSpotPage(string spotId) => Increment(_spotPageRequests, spotId);

    internal void CountData(string spotId) => Increment(_dataRequests, spotId);

    internal void CountHistory(string spotId) => Increment(_historyRequests, spotId);

    private static void Increment(ConcurrentDictionary<string, int> counts, string spotId) =>
        counts.AddOrUpdate(spotId, 1, (_, count) => count + 1);

    private static Dictionary<string, int> Snapshot(ConcurrentDictionary<string, int> counts) =>
        new(counts, StringComparer.Ordinal);
}
