namespace Wx.Service;

/// <summary>Settings of the spot service, from the configuration section <c>Service</c>.</summary>
public sealed class ServiceOptions
{
    public const string SectionName = "Service";

    /// <summary>Shortest delay between two refreshes of a read spot. Default 2 minutes.</summary>
    public TimeSpan MinRefreshInterval { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Longest delay between two refreshes of a read spot. Default 4 minutes.</summary>
    public TimeSpan MaxRefreshInterval { get; set; } = TimeSpan.FromMinutes(4);

    /// <summary>A spot that no reader has read for this long is no longer refreshed. Default 30 minutes.</summary>
    public TimeSpan IdleAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>An on-demand read returns the newest reading without a browser read if it was fetched this recently. Default 1 minute.</summary>
    public TimeSpan FreshFor { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many page reads may use the browser at once. Default 1: one browser task at a time.</summary>
    public int MaxConcurrentReads { get; set; } = 1;

    /// <summary>First delay after a failed refresh; it doubles with each further failure. Default 1 minute.</summary>
    public TimeSpan FailureBackoff { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Longest delay after failures. Default 30 minutes.</summary>
    public TimeSpan MaxFailureBackoff { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often each process looks for recently read spots whose refreshes should resume. Default 30 seconds.</summary>
    public TimeSpan ResumeSweepInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// True (the default) to resume refreshes of spots read within <see cref="IdleAfter"/> without a client read.
    /// The command-line tool turns it off, so that a short command never starts refreshing other spots.
    /// </summary>
    public bool ResumeWatchedSpots { get; set; } = true;

    /// <summary>Consecutive failures after which a spot counts as failing. Default 3.</summary>
    public int FailingAfter { get; set; } = 3;

    /// <summary>Returns the problems of these settings as sentences naming the setting, or none.</summary>
    public IEnumerable<string> Validate()
    {
        if (MinRefreshInterval <= TimeSpan.Zero)
        {
            yield return $"Service:MinRefreshInterval must be positive, not {MinRefreshInterval}.";
        }

        if (MaxRefreshInterval < MinRefreshInterval)
        {
            yield return $"Service:MaxRefreshInterval ({MaxRefreshInterval}) must not be shorter than Service:MinRefreshInterval ({MinRefreshInterval}).";
        }

        if (IdleAfter <= TimeSpan.Zero)
        {
            yield return $"Service:IdleAfter must be positive, not {IdleAfter}.";
        }

        if (MaxConcurrentReads < 1)
        {
            yield return $"Service:MaxConcurrentReads must be at least 1, not {MaxConcurrentReads}.";
        }
    }
}
