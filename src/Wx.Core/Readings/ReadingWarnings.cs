namespace Wx.Core.Readings;

/// <summary>Doubts about a reading that was kept as read.</summary>
[Flags]
public enum ReadingWarnings
{
    None = 0,

    /// <summary>The gust is below the average speed, which a correct station never reports.</summary>
    GustBelowSpeed = 1,

    /// <summary>The lull is above the average speed.</summary>
    LullAboveSpeed = 2,

    /// <summary>The local observation time fell in the hour repeated when clocks went back.</summary>
    AmbiguousLocalTime = 4,
}
