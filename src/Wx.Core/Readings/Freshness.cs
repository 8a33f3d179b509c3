namespace Wx.Core.Readings;

/// <summary>Age of a reading and whether it is too old to show as current.</summary>
public readonly record struct Freshness(TimeSpan Age, bool IsStale)
{
    /// <summary>Default age after which a reading is stale: sites of this kind update every few minutes.</summary>
    public static readonly TimeSpan DefaultStaleAfter = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Judges a reading observed at <paramref name="observedAt"/> at time <paramref name="now"/>. A reading is
    /// stale when its age is greater than <paramref name="staleAfter"/>; a time slightly in the future
    /// (clock skew) counts as age zero.
    /// </summary>
    public static Freshness Evaluate(DateTimeOffset observedAt, DateTimeOffset now, TimeSpan staleAfter)
    {
        if (staleAfter <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(staleAfter), staleAfter, "The stale threshold must be positive.");
        }

        var age = now - observedAt;
        if (age < TimeSpan.Zero)
        {
            age = TimeSpan.Zero;
        }

        return new Freshness(age, age > staleAfter);
    }
}
