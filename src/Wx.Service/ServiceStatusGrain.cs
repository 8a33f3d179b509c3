using Orleans.Concurrency;
using Wx.Contracts;
using Wx.Scraper.Worker;

namespace Wx.Service;

/// <summary>Answers the status of the process it runs in, from memory; one activation per process.</summary>
[StatelessWorker(1)]
public sealed class ServiceStatusGrain(
    BrowserGate gate,
    ScraperWorker worker,
    ServiceCounters counters,
    ILocalSiloDetails silo) : Grain, IServiceStatusGrain
{
    public Task<ServiceStatusView> GetAsync() => Task.FromResult(ServiceStatus.Capture(silo.Name, gate, worker, counters));
}

/// <summary>Builds the status view of this process.</summary>
public static class ServiceStatus
{
    public static ServiceStatusView Capture(string silo, BrowserGate gate, ScraperWorker worker, ServiceCounters counters)
    {
        ArgumentNullException.ThrowIfNull(gate);
        ArgumentNullException.ThrowIfNull(worker);
        ArgumentNullException.ThrowIfNull(counters);
        var (onDemand, background, running) = gate.Snapshot();
        var browser = worker.GetStatus();
        return new ServiceStatusView
        {
            Silo = silo,
            QueuedOnDemand = onDemand,
            QueuedBackground = background,
            Running = running,
            BrowserState = browser.State.ToString(),
            BrowserVersion = browser.Version,
            BrowserRestarts = browser.Restarts,
            OpenTabs = browser.OpenTabs,
            BrowserMemoryBytes = browser.MemoryBytes,
            PageLoads = browser.Navigations,
            Sites = [.. browser.Sites.Select(site => new SiteLoginView(site.Site, site.State.ToString(), site.Since, site.LastError))],
            ActiveSpots = counters.ActiveSpots,
            Refreshes = counters.Refreshes,
            FailedRefreshes = counters.FailedRefreshes,
            NewReadings = counters.NewReadings,
            RecentErrors = counters.RecentErrors(),
        };
    }
}
