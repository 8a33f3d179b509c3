using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Wx.Contracts;
using Wx.Core.Spots;
using Wx.Data.Entities;
using Wx.Data.Store;

namespace Wx.Service;

/// <summary>
/// An <see cref="IWxClient"/> that runs the whole service in this process: an Orleans silo with localhost
/// clustering, the configured database and one Chromium. Disposing it stops the service and the browser.
/// </summary>
public sealed class InProcessWxClient : IWxClient
{
    private readonly IHost _host;
    private readonly IGrainFactory _grains;
    private readonly WxStore _store;
    private readonly ReadingFeed _feed;
    private readonly HashSet<SpotKey> _read = [];
    private readonly Lock _lock = new();

    private InProcessWxClient(IHost host, string defaultSite)
    {
        _host = host;
        _grains = host.Services.GetRequiredService<IGrainFactory>();
        _store = host.Services.GetRequiredService<WxStore>();
        _feed = host.Services.GetRequiredService<ReadingFeed>();
        DefaultSite = defaultSite;
        ReaderId = string.Create(CultureInfo.InvariantCulture, $"cli-{Environment.ProcessId}-{Guid.NewGuid():N}")[..24];
    }

    public string DefaultSite { get; }

    /// <summary>The reader id this client reads spots as.</summary>
    public string ReaderId { get; }

    /// <summary>The running host, for its services.</summary>
    public IServiceProvider Services => _host.Services;

    /// <summary>Starts the host that <paramref name="builder"/> describes, with the service added, and returns a client of it.</summary>
    public static async Task<InProcessWxClient> StartAsync(HostApplicationBuilder builder, string defaultSite, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddWxService();
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch
        {
            await StopAsync(host);
            throw;
        }

        return new InProcessWxClient(host, defaultSite);
    }

    public Task<SpotReadResponse> ReadAsync(SpotKey spot, TimeSpan wait, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _read.Add(spot);
        }

        return Spot(spot).ReadAsync(ReaderId, wait).WaitAsync(cancellationToken);
    }

    public Task ReleaseAsync(SpotKey spot, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _read.Remove(spot);
        }

        return Spot(spot).ReleaseAsync(ReaderId).WaitAsync(cancellationToken);
    }

    public Task<SpotStateView> GetStateAsync(SpotKey spot, CancellationToken cancellationToken) =>
        Spot(spot).GetStateAsync().WaitAsync(cancellationToken);

    public async Task<IReadOnlyList<ReadingView>> GetHistoryAsync(SpotKey spot, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var readings = await _store.GetHistoryAsync(spot, since, null, cancellationToken);
        return [.. readings.Select(ReadingView.From)];
    }

    public async Task<SpotImageView?> GetImageAsync(SpotKey spot, string kind, CancellationToken cancellationToken)
    {
        var captureKind = kind.ToUpperInvariant() switch
        {
            "GAUGE" or "METER" => CaptureKind.Gauge,
            "GRAPH" => CaptureKind.Graph,
            _ => throw new ArgumentException($"Unknown image kind '{kind}': use meter (or gauge) or graph.", nameof(kind)),
        };
        var capture = await _store.GetLatestCaptureAsync(spot, captureKind, cancellationToken);
        return capture is null
            ? null
            : new SpotImageView
            {
                Kind = captureKind == CaptureKind.Gauge ? "gauge" : "graph",
                Png = capture.Png,
                Width = capture.Width,
                Height = capture.Height,
                Sha256 = capture.ContentHash,
                LastSeenAt = capture.LastSeenAt,
            };
    }

    public async Task<IReadOnlyList<SpotStateView>> ListSpotsAsync(CancellationToken cancellationToken)
    {
        var spots = await _store.GetSpotsAsync(cancellationToken);
        var states = await Task.WhenAll(spots.Select(spot => Spot(spot.Key).GetStateAsync()));
        return states;
    }

    public Task<ServiceStatusView> GetStatusAsync(CancellationToken cancellationToken) =>
        _grains.GetGrain<IServiceStatusGrain>(0).GetAsync().WaitAsync(cancellationToken);

    public async IAsyncEnumerable<ReadingView> WatchAsync(IReadOnlyCollection<SpotKey> spots, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var wanted = spots.ToHashSet();
        await foreach (var reading in _feed.SubscribeAsync(cancellationToken))
        {
            if (wanted.Contains(reading.Spot))
            {
                yield return reading;
            }
        }
    }

    /// <summary>Releases the spots this client read, then stops the service and its browser.</summary>
    public async ValueTask DisposeAsync()
    {
        List<SpotKey> read;
        lock (_lock)
        {
            read = [.. _read];
            _read.Clear();
        }

        try
        {
            await Task.WhenAll(read.Select(spot => Spot(spot).ReleaseAsync(ReaderId))).WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception exception) when (exception is TimeoutException or OrleansException)
        {
            // Stopping matters more than telling idle spots goodbye.
        }

        await StopAsync(_host);
    }

    private static async Task StopAsync(IHost host)
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await host.StopAsync(stop.Token);
        }
        finally
        {
            if (host is IAsyncDisposable asyncDisposable)
            {
                await asyncDisposable.DisposeAsync();
            }
            else
            {
                host.Dispose();
            }
        }
    }

    private ISpotGrain Spot(SpotKey spot) => _grains.GetGrain<ISpotGrain>(spot.ToString());
}
