using Wx.Core.Spots;

namespace Wx.Scraper.Worker;

/// <summary>
/// A unit of browser work for <see cref="ScraperWorker.ExecuteAsync{TResult}"/>. Each command either returns its
/// result or throws one of the <see cref="Errors.ScrapeException"/> family.
/// </summary>
/// <typeparam name="TResult">What the command returns on success.</typeparam>
public abstract record ScraperCommand<TResult>
{
    private protected ScraperCommand()
    {
    }

    /// <summary>A short description for status displays, such as <c>read fixture/1786</c>.</summary>
    public abstract string Describe();

    internal abstract Task<TResult> RunAsync(ScraperWorker worker, CancellationToken cancellationToken);
}

/// <summary>Logs in to a site, or confirms that its saved session is still valid. Clears an earlier login failure.</summary>
public sealed record LogInCommand(string Site) : ScraperCommand<LoginResult>
{
    public override string Describe() => "log in to " + Site;

    internal override Task<LoginResult> RunAsync(ScraperWorker worker, CancellationToken cancellationToken) =>
        worker.LogInAsync(this, cancellationToken);
}

/// <summary>Reads the current conditions of a spot, and by default its gauge and graph images.</summary>
public sealed record ReadSpotCommand(SpotKey Spot) : ScraperCommand<SpotReadResult>
{
    /// <summary>
    /// The observation time of the spot's last stored reading, or null. It resolves the repeated hour when clocks go
    /// back, and a reading with the same time is reported as unchanged.
    /// </summary>
    public DateTimeOffset? LastObservedAt { get; init; }

    /// <summary>True (the default) to capture the gauge and graph images along with the reading.</summary>
    public bool CaptureImages { get; init; } = true;

    public override string Describe() => "read " + Spot;

    internal override Task<SpotReadResult> RunAsync(ScraperWorker worker, CancellationToken cancellationToken) =>
        worker.ReadSpotAsync(this, cancellationToken);
}

/// <summary>Captures the gauge and graph images of a spot without parsing its reading.</summary>
public sealed record CaptureImagesCommand(SpotKey Spot) : ScraperCommand<SpotImages>
{
    public override string Describe() => "capture images of " + Spot;

    internal override Task<SpotImages> RunAsync(ScraperWorker worker, CancellationToken cancellationToken) =>
        worker.CaptureImagesAsync(this, cancellationToken);
}

/// <summary>Closes every tab and the browser, kills it if it does not close, and starts a fresh one.</summary>
public sealed record ResetBrowserCommand(string Reason) : ScraperCommand<BrowserStatus>
{
    public override string Describe() => "reset the browser";

    internal override Task<BrowserStatus> RunAsync(ScraperWorker worker, CancellationToken cancellationToken) =>
        worker.ResetBrowserAsync(this, cancellationToken);
}
