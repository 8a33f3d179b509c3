namespace Wx.Contracts;

/// <summary>How the service treats a spot.</summary>
public enum SpotRefreshStatus
{
    /// <summary>Nobody read the spot recently; it is not refreshed.</summary>
    Idle,

    /// <summary>The spot is refreshed at random intervals while it is read.</summary>
    Active,

    /// <summary>Refreshes failed several times in a row and are retried with a growing delay.</summary>
    Failing,

    /// <summary>The site reported that the spot does not exist, so it is not refreshed until read again.</summary>
    NotFound,

    /// <summary>The site's login failed; the spot waits until a login succeeds.</summary>
    LoginPaused,
}

/// <summary>The state of one spot in the service, taken from memory.</summary>
[GenerateSerializer]
[Immutable]
public sealed record SpotStateView
{
    [Id(0)] public required string Site { get; init; }

    [Id(1)] public required string SpotId { get; init; }

    [Id(2)] public string? Title { get; init; }

    [Id(3)] public required SpotRefreshStatus Status { get; init; }

    /// <summary>True while the spot's refresh timer runs.</summary>
    [Id(4)] public bool Refreshing { get; init; }

    [Id(5)] public DateTimeOffset? NextRefreshAt { get; init; }

    [Id(6)] public DateTimeOffset? LastRefreshAt { get; init; }

    [Id(7)] public DateTimeOffset? LastSuccessAt { get; init; }

    /// <summary>Why the last failed refresh failed, as a sentence for the user, or null.</summary>
    [Id(8)] public string? LastError { get; init; }

    /// <summary>A short machine-readable name of the last failure, such as <c>page-timed-out</c>.</summary>
    [Id(9)] public string? LastErrorKind { get; init; }

    [Id(10)] public DateTimeOffset? LastErrorAt { get; init; }

    [Id(11)] public int ConsecutiveFailures { get; init; }

    /// <summary>Readers that read the spot within the idle interval.</summary>
    [Id(12)] public int Readers { get; init; }

    [Id(13)] public DateTimeOffset? LastReadAt { get; init; }

    /// <summary>The newest stored reading, or null.</summary>
    [Id(14)] public ReadingView? Latest { get; init; }

    /// <summary>True while a refresh of this spot waits for the browser or runs.</summary>
    [Id(15)] public bool RefreshInProgress { get; init; }
}

/// <summary>What an on-demand read produced.</summary>
public enum SpotReadOutcome
{
    /// <summary>The newest reading was fresh enough and is returned without a browser read.</summary>
    Fresh,

    /// <summary>The spot was read from its page for this request.</summary>
    Refreshed,

    /// <summary>The read is queued or running; ask again after the estimate.</summary>
    Pending,

    /// <summary>The read failed, and the spot state's last error gives the reason.</summary>
    Failed,
}

/// <summary>The result of an on-demand read of a spot.</summary>
[GenerateSerializer]
[Immutable]
public sealed record SpotReadResponse
{
    [Id(0)] public required SpotReadOutcome Outcome { get; init; }

    /// <summary>The newest reading; with <see cref="SpotReadOutcome.Pending"/> or <see cref="SpotReadOutcome.Failed"/> it may be older.</summary>
    [Id(1)] public ReadingView? Reading { get; init; }

    /// <summary>With <see cref="SpotReadOutcome.Pending"/>: how long the read is expected to take from now.</summary>
    [Id(2)] public TimeSpan? RetryAfter { get; init; }

    [Id(3)] public required SpotStateView State { get; init; }
}

/// <summary>A PNG image of a spot page element.</summary>
[GenerateSerializer]
[Immutable]
public sealed record SpotImageView
{
    /// <summary><c>gauge</c> or <c>graph</c>.</summary>
    [Id(0)] public required string Kind { get; init; }

    [Id(1)] public required byte[] Png { get; init; }

    [Id(2)] public int Width { get; init; }

    [Id(3)] public int Height { get; init; }

    /// <summary>SHA-256 of the PNG as lower-case hexadecimal.</summary>
    [Id(4)] public required string Sha256 { get; init; }

    /// <summary>When the image was last seen on the page, UTC.</summary>
    [Id(5)] public DateTimeOffset LastSeenAt { get; init; }
}

/// <summary>A queued or running browser task.</summary>
[GenerateSerializer]
[Immutable]
public sealed record GateTaskView(
    [property: Id(0)] string Description,
    [property: Id(1)] string Priority,
    [property: Id(2)] DateTimeOffset Since);

/// <summary>Login state of a site in one scraper process.</summary>
[GenerateSerializer]
[Immutable]
public sealed record SiteLoginView(
    [property: Id(0)] string Site,
    [property: Id(1)] string State,
    [property: Id(2)] DateTimeOffset? Since,
    [property: Id(3)] string? LastError);

/// <summary>The state of a scraper process (an Orleans silo with its browser), taken from memory.</summary>
[GenerateSerializer]
[Immutable]
public sealed record ServiceStatusView
{
    [Id(0)] public required string Silo { get; init; }

    [Id(1)] public int QueuedOnDemand { get; init; }

    [Id(2)] public int QueuedBackground { get; init; }

    [Id(3)] public required IReadOnlyList<GateTaskView> Running { get; init; }

    [Id(4)] public required string BrowserState { get; init; }

    [Id(5)] public string? BrowserVersion { get; init; }

    [Id(6)] public int BrowserRestarts { get; init; }

    [Id(7)] public int OpenTabs { get; init; }

    [Id(8)] public long? BrowserMemoryBytes { get; init; }

    [Id(9)] public int PageLoads { get; init; }

    [Id(10)] public required IReadOnlyList<SiteLoginView> Sites { get; init; }

    /// <summary>Spots with a running refresh timer in this process.</summary>
    [Id(11)] public int ActiveSpots { get; init; }

    [Id(12)] public long Refreshes { get; init; }

    [Id(13)] public long FailedRefreshes { get; init; }

    [Id(14)] public long NewReadings { get; init; }

    /// <summary>Recent failures, newest first, as sentences.</summary>
    [Id(15)] public required IReadOnlyList<string> RecentErrors { get; init; }
}
