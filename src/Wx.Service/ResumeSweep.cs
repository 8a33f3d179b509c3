using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Wx.Contracts;
using Wx.Data.Store;

namespace Wx.Service;

/// <summary>
/// Resumes refreshes without waiting for a client: every few seconds it calls ResumeAsync on each spot read within
/// the idle interval. After a restart, or when another process of the cluster died, this re-activates
/// the spots; a spot whose timer already runs ignores the call.
/// </summary>
public sealed class ResumeSweep(
    IGrainFactory grains,
    WxStore store,
    ServiceClock clock,
    IOptions<ServiceOptions> options,
    ILogger<ResumeSweep> logger) : BackgroundService
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ResumeWatchedSpots)
        {
            return;
        }

        var interval = options.Value.ResumeSweepInterval;
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                var spots = await store.GetSpotsReadSinceAsync(clock.UtcNow - options.Value.IdleAfter, stoppingToken);
                await Task.WhenAll(spots.Select(spot => ResumeAsync(spot.Spot.ToString())));
                if (spots.Count > 0)
                {
                    Log.SpotsResumed(logger, spots.Count);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Log.ResumeSweepFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Resumes one spot. A spot whose process died fails until the cluster declares that process dead.</summary>
    private async Task ResumeAsync(string spot)
    {
        try
        {
            await grains.GetGrain<ISpotGrain>(spot).ResumeAsync().WaitAsync(CallTimeout);
        }
        catch (Exception exception) when (exception is TimeoutException or OrleansException)
        {
            Log.SpotNotResumed(logger, spot, exception);
        }
    }
}
