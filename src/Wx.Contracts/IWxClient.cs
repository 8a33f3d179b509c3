using Wx.Core.Spots;

namespace Wx.Contracts;

/// <summary>
/// What the command-line tool needs from a wx service. The in-process implementation runs the service inside the
/// tool; an HTTP implementation for a remote server can take its place without changing the commands.
/// </summary>
public interface IWxClient : IAsyncDisposable
{
    /// <summary>Reads a spot on demand; see <see cref="ISpotGrain.ReadAsync"/>.</summary>
    Task<SpotReadResponse> ReadAsync(SpotKey spot, TimeSpan wait, CancellationToken cancellationToken);

    /// <summary>Tells the service that this client no longer reads the spot.</summary>
    Task ReleaseAsync(SpotKey spot, CancellationToken cancellationToken);

    Task<SpotStateView> GetStateAsync(SpotKey spot, CancellationToken cancellationToken);

    /// <summary>Stored readings of a spot observed at or after <paramref name="since"/>, oldest first.</summary>
    Task<IReadOnlyList<ReadingView>> GetHistoryAsync(SpotKey spot, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>The newest stored image of a spot, <c>gauge</c> or <c>graph</c>, or null when none is stored.</summary>
    Task<SpotImageView?> GetImageAsync(SpotKey spot, string kind, CancellationToken cancellationToken);

    /// <summary>Every spot stored in the service's database, with its state.</summary>
    Task<IReadOnlyList<SpotStateView>> ListSpotsAsync(CancellationToken cancellationToken);

    Task<ServiceStatusView> GetStatusAsync(CancellationToken cancellationToken);

    /// <summary>New readings of the given spots as the service stores them, until cancelled.</summary>
    IAsyncEnumerable<ReadingView> WatchAsync(IReadOnlyCollection<SpotKey> spots, CancellationToken cancellationToken);

    /// <summary>The site id used for spot ids given without one.</summary>
    string DefaultSite { get; }
}
