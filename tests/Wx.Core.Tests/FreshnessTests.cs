using static Wx.Testing.TestTime;
using Wx.Core.Readings;

namespace Wx.Core.Tests;

public sealed class FreshnessTests
{
    private static readonly DateTimeOffset Now = Utc("2024-12-04T21:35:00Z");

    [Fact]
    public void Reading_within_threshold_is_fresh()
    {
        var freshness = Freshness.Evaluate(Now.AddMinutes(-10), Now, TimeSpan.FromMinutes(30));

        Assert.False(freshness.IsStale);
        Assert.Equal(TimeSpan.FromMinutes(10), freshness.Age);
    }

    [Fact]
    public void Reading_past_threshold_is_stale()
    {
        Assert.True(Freshness.Evaluate(Now.AddMinutes(-31), Now, TimeSpan.FromMinutes(30)).IsStale);
    }

    [Fact]
    public void Future_reading_has_zero_age()
    {
        Assert.Equal(TimeSpan.Zero, Freshness.Evaluate(Now.AddMinutes(5), Now, TimeSpan.FromMinutes(30)).Age);
    }
}
