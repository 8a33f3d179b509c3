using Microsoft.Extensions.Logging;
using Wx.Core.Spots;

namespace Wx.Scraper;

/// <summary>
/// Log messages of the scraper. Event ids: 2000–2099 commands and pages, 2100–2199 the browser process,
/// 2200–2299 logins and sessions.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Read spot {Spot} in {DurationMs} ms: observed at {ObservedAt:O}, {Change}")]
    public static partial void SpotRead(ILogger logger, SpotKey spot, long durationMs, DateTimeOffset observedAt, string change);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Reading spot {Spot} failed: {Kind}")]
    public static partial void SpotReadFailed(ILogger logger, SpotKey spot, string kind, Exception exception);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "{Operation} for {Target} passed its {DeadlineMs} ms deadline; closing the tab")]
    public static partial void DeadlinePassed(ILogger logger, string operation, string target, long deadlineMs);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Closing {What} did not finish within {TimeoutMs} ms")]
    public static partial void CloseTimedOut(ILogger logger, string what, long timeoutMs);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Debug, Message = "Closed the least recently used tab, of spot {Spot}")]
    public static partial void TabEvicted(ILogger logger, SpotKey spot);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Retrying {Spot} once after the browser or its tab crashed")]
    public static partial void RetryingAfterCrash(ILogger logger, string spot);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "Closing {What} failed")]
    public static partial void CloseFailed(ILogger logger, string what, Exception exception);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Debug, Message = "Could not take a screenshot of {Spot} for diagnosis")]
    public static partial void ScreenshotFailed(ILogger logger, SpotKey spot, Exception exception);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Debug, Message = "Capturing the {Image} image of {Spot} through the canvas failed; taking an element screenshot")]
    public static partial void CanvasCaptureFailed(ILogger logger, string image, SpotKey spot, Exception exception);

    [LoggerMessage(EventId = 2100, Level = LogLevel.Warning, Message = "Killed {Count} Chromium processes left by wx processes that have exited")]
    public static partial void OrphansKilled(ILogger logger, int count);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Could not delete the Chromium profile folder {Folder}")]
    public static partial void ProfileFolderNotDeleted(ILogger logger, string folder, Exception exception);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Debug, Message = "Chromium process {Pid} had already exited")]
    public static partial void ProcessAlreadyGone(ILogger logger, int pid);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Information, Message = "Started Chromium {Version} in {DurationMs} ms")]
    public static partial void BrowserStarted(ILogger logger, string version, long durationMs);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Warning, Message = "Chromium disconnected unexpectedly")]
    public static partial void BrowserDisconnected(ILogger logger);

    [LoggerMessage(EventId = 2105, Level = LogLevel.Warning, Message = "Restarting the browser: {Reason}")]
    public static partial void BrowserRestarting(ILogger logger, string reason);

    [LoggerMessage(EventId = 2106, Level = LogLevel.Warning, Message = "Killed {Count} Chromium processes of a browser that did not close")]
    public static partial void BrowserKilled(ILogger logger, int count);

    [LoggerMessage(EventId = 2108, Level = LogLevel.Information, Message = "Recycling the browser after {Navigations} page loads since {StartedAt:O}")]
    public static partial void BrowserRecycling(ILogger logger, int navigations, DateTimeOffset startedAt);

    [LoggerMessage(EventId = 2107, Level = LogLevel.Information, Message = "Stopped the browser")]
    public static partial void BrowserStopped(ILogger logger);

    [LoggerMessage(EventId = 2200, Level = LogLevel.Information, Message = "Logged in to site {Site} after {Attempts} attempts")]
    public static partial void LoggedIn(ILogger logger, string site, int attempts);

    [LoggerMessage(EventId = 2201, Level = LogLevel.Error, Message = "Login to site {Site} failed: {Reason}")]
    public static partial void LoginFailed(ILogger logger, string site, string reason);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Information, Message = "Session of site {Site} expired; logging in again")]
    public static partial void SessionExpired(ILogger logger, string site);

    [LoggerMessage(EventId = 2203, Level = LogLevel.Warning, Message = "The saved session of site {Site} could not be read and was discarded")]
    public static partial void SavedSessionUnreadable(ILogger logger, string site, Exception exception);

    [LoggerMessage(EventId = 2205, Level = LogLevel.Warning, Message = "Deleting the saved session of site {Site} after a failed login failed")]
    public static partial void SavedSessionNotDeleted(ILogger logger, string site, Exception exception);

    [LoggerMessage(EventId = 2204, Level = LogLevel.Debug, Message = "Login form of site {Site} came back without an error after attempt {Attempt}; submitting again")]
    public static partial void LoginFormReturned(ILogger logger, string site, int attempt);
}
