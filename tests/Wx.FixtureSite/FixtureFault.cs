namespace Wx.FixtureSite;

/// <summary>
/// Faults that a spot page shows, for tests of the client's error handling. Properties combine: a fault with
/// both <see cref="HangingIframe"/> and <see cref="DataDelay"/> set shows both.
/// </summary>
public sealed record FixtureFault
{
    /// <summary>No fault.</summary>
    public static FixtureFault None { get; } = new();

    /// <summary>
    /// The page contains <c>&lt;iframe src="/_fixture/hang"&gt;</c>, whose response never arrives before the
    /// site stops, so the page's <c>load</c> event never fires. The data still renders.
    /// </summary>
    public bool HangingIframe { get; init; }

    /// <summary>
    /// After rendering the data and setting the ready marker, the page script runs a busy loop forever, so the
    /// page stops responding. The loop starts <see cref="FixtureSiteOptions.SpinDelay"/> after the marker.
    /// </summary>
    public bool SpinAfterRender { get; init; }

    /// <summary>
    /// Longest <see cref="DataDelay"/>: 4,294,967,294 ms (about 49.7 days), the longest delay that
    /// <c>Task.Delay</c> accepts.
    /// </summary>
    public static TimeSpan MaxDataDelay { get; } = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

    /// <summary>How long the data endpoints wait before answering; zero for no delay, at most <see cref="MaxDataDelay"/>.</summary>
    public TimeSpan DataDelay { get; init; }

    /// <summary>An element that the page markup omits entirely, as after a layout change; null for none.</summary>
    public SpotField? MissingField { get; init; }

    /// <summary>The spot page answers 500 Internal Server Error.</summary>
    public bool ServerError { get; init; }
}
