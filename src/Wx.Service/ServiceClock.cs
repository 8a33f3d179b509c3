namespace Wx.Service;

/// <summary>
/// The clock and dice of the spot service: what time it is for idleness, freshness and stored times, and where in
/// its interval each refresh falls. Orleans keeps its own clock for timers; tests replace only this one.
/// </summary>
public class ServiceClock(TimeProvider time)
{
    /// <summary>The time source for readings, idleness and state.</summary>
    public TimeProvider Time { get; } = time;

    public DateTimeOffset UtcNow => Time.GetUtcNow();

    /// <summary>Returns a number in [0, 1) that places a refresh within its interval.</summary>
    public virtual double NextFraction() => Random.Shared.NextDouble();

    /// <summary>A random delay between <paramref name="min"/> and <paramref name="max"/>.</summary>
    public TimeSpan Between(TimeSpan min, TimeSpan max) => min + ((max - min) * NextFraction());
}
