namespace Wx.Data.Store;

/// <summary>What <see cref="WxStore.AddReadingAsync"/> did.</summary>
public enum AddReadingOutcome
{
    /// <summary>The reading was new and is now stored.</summary>
    Added,

    /// <summary>The spot already had an observation at the same time, so nothing was added or changed.</summary>
    AlreadyStored,
}

/// <summary>Result of <see cref="WxStore.AddReadingAsync"/>.</summary>
/// <param name="Outcome">Whether the reading was added.</param>
/// <param name="ObservationId">Id of the stored observation row, new or existing.</param>
public sealed record AddReadingResult(AddReadingOutcome Outcome, long ObservationId);
