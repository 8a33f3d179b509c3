namespace Wx.FixtureSite.Hosting;

/// <summary>
/// A host lifetime that leaves Ctrl+C and SIGTERM to the process that embeds the site. The default console
/// lifetime would cancel Ctrl+C for the whole process and stop only the site.
/// </summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
