namespace Wx.Contracts;

/// <summary>
/// One spot, keyed by its spot key (<c>site/spotId</c>). It lives on one scraper process of the cluster. Reading it
/// keeps it refreshed, and it stops refreshing once no reader has read it for the idle interval.
/// </summary>
public interface ISpotGrain : IGrainWithStringKey
{
    /// <summary>
    /// Records that <paramref name="readerId"/> reads the spot, starts its refresh timer if none runs, and returns the
    /// newest reading. Without a fresh reading it requests a refresh ahead of background work and waits up to
    /// <paramref name="wait"/> for it; after that it returns <see cref="SpotReadOutcome.Pending"/> with an estimate.
    /// </summary>
    Task<SpotReadResponse> ReadAsync(string readerId, TimeSpan wait);

    /// <summary>Returns the spot's state at once, even while a refresh runs.</summary>
    Task<SpotStateView> GetStateAsync();

    /// <summary>Records that <paramref name="readerId"/> stopped reading; the spot idles once no reader is left.</summary>
    Task ReleaseAsync(string readerId);

    /// <summary>Starts the refresh timer if the spot was read within the idle interval; used after restarts.</summary>
    Task ResumeAsync();
}

/// <summary>The status of the scraper process that handles the call; one activation per process.</summary>
public interface IServiceStatusGrain : IGrainWithIntegerKey
{
    Task<ServiceStatusView> GetAsync();
}
