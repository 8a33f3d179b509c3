using Microsoft.Extensions.Logging;

namespace Wx.Service;

/// <summary>Log messages of the service. Event ids: 3000–3099 spots, 3100–3199 process-wide work.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Spot {Spot}: refreshing every {Min} to {Max} while read")]
    public static partial void RefreshStarted(ILogger logger, string spot, TimeSpan min, TimeSpan max);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Spot {Spot}: nobody read it for {Idle}; refreshes stop")]
    public static partial void RefreshStoppedIdle(ILogger logger, string spot, TimeSpan idle);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Spot {Spot}: refresh failed ({Kind}), failure {Failures} in a row; next try in {Delay}")]
    public static partial void RefreshFailed(ILogger logger, string spot, string kind, int failures, TimeSpan delay, Exception exception);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Spot {Spot} does not exist on its site; refreshes stop")]
    public static partial void SpotNotFound(ILogger logger, string spot);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Debug, Message = "Spot {Spot}: stored reading observed at {ObservedAt:O} ({Outcome})")]
    public static partial void ReadingStored(ILogger logger, string spot, DateTimeOffset observedAt, string outcome);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "Spot {Spot}: storing the read by {Reader} failed")]
    public static partial void ReadNotStored(ILogger logger, string spot, string reader, Exception exception);

    [LoggerMessage(EventId = 3100, Level = LogLevel.Information, Message = "Resumed refreshes of {Count} recently read spots")]
    public static partial void SpotsResumed(ILogger logger, int count);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "Looking for spots to resume failed")]
    public static partial void ResumeSweepFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Debug, Message = "Resuming spot {Spot} failed; the next sweep tries again")]
    public static partial void SpotNotResumed(ILogger logger, string spot, Exception exception);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Error, Message = "Spot {Spot}: storing its state failed")]
    public static partial void StateNotStored(ILogger logger, string spot, Exception exception);
}
