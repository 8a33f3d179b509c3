using static Wx.Testing.TestTime;
using Wx.Core.Parsing;
using Wx.Core.Readings;

namespace Wx.Core.Tests;

public sealed class ObservationTimeParserTests
{
    private static readonly TimeZoneInfo LosAngeles = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");

    [Fact]
    public void New_year_time_belongs_to_last_year()
    {
        // 2025-01-01 00:10 PST.
        var now = Utc("2025-01-01T08:10:00Z");

        var time = ObservationTimeParser.Parse("31 Dec 11:55pm", LosAngeles, now);

        Assert.Equal(Utc("2025-01-01T07:55:00Z"), time.Utc);
        Assert.Equal(TimeSpan.Zero, time.Utc.Offset);
        Assert.Equal(new DateTime(2024, 12, 31, 23, 55, 0), time.LocalTime);
        Assert.False(time.WasAmbiguous);
    }

    [Fact]
    public void Months_old_time_resolves_and_is_stale()
    {
        // 2025-03-10 09:00 PDT.
        var now = Utc("2025-03-10T16:00:00Z");

        var time = ObservationTimeParser.Parse("4 Dec 3:25pm", LosAngeles, now);
        var freshness = Freshness.Evaluate(time.Utc, now, Freshness.DefaultStaleAfter);

        Assert.Equal(Utc("2024-12-04T23:25:00Z"), time.Utc);
        Assert.True(freshness.IsStale);
    }

    [Fact]
    public void Repeated_hour_takes_candidate_after_last_stored()
    {
        // Last stored 01:50 PDT; the page then shows 1:30am, which can only be 01:30 PST.
        var lastStored = Utc("2024-11-03T08:50:00Z");
        var now = Utc("2024-11-03T09:40:00Z");

        var time = ObservationTimeParser.Parse("3 Nov 1:30am", LosAngeles, now, lastStored);

        Assert.Equal(Utc("2024-11-03T09:30:00Z"), time.Utc);
        Assert.True(time.WasAmbiguous);
    }

    [Fact]
    public void Repeated_hour_before_fallback_takes_daylight_time()
    {
        // At 01:40 PDT the standard-time 1:30am is still 50 minutes in the future.
        var now = Utc("2024-11-03T08:40:00Z");

        var time = ObservationTimeParser.Parse("3 Nov 1:30am", LosAngeles, now);

        Assert.Equal(Utc("2024-11-03T08:30:00Z"), time.Utc);
    }

    [Fact]
    public void Repeated_hour_unchanged_page_keeps_stored_instant()
    {
        var lastStored = Utc("2024-11-03T08:30:00Z");
        var now = Utc("2024-11-03T09:45:00Z");

        var time = ObservationTimeParser.Parse("3 Nov 1:30am", LosAngeles, now, lastStored);

        Assert.Equal(lastStored, time.Utc);
    }

    [Fact]
    public void Skipped_local_time_is_an_error()
    {
        // Clocks in Los Angeles went from 2:00 to 3:00 on 10 March 2024.
        var now = Utc("2024-03-10T12:00:00Z");

        var error = Assert.Throws<PageTextFormatException>(() => ObservationTimeParser.Parse("10 Mar 2:30am", LosAngeles, now));

        Assert.Equal("observation time", error.Field);
        Assert.Contains("America/Los_Angeles", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Time_slightly_ahead_of_clock_is_this_year()
    {
        // The page's clock runs 10 minutes ahead of ours: still today, not a year ago.
        var now = Utc("2025-06-01T19:00:00Z");

        var time = ObservationTimeParser.Parse("1 Jun 12:10pm", LosAngeles, now);

        Assert.Equal(Utc("2025-06-01T19:10:00Z"), time.Utc);
    }

    [Fact]
    public void Time_far_ahead_of_clock_is_last_year()
    {
        var now = Utc("2025-06-01T19:00:00Z");

        var time = ObservationTimeParser.Parse("1 Jun 1:00pm", LosAngeles, now);

        Assert.Equal(Utc("2024-06-01T20:00:00Z"), time.Utc);
    }

    [Fact]
    public void Leap_day_skips_years_without_one()
    {
        var now = Utc("2025-03-01T12:00:00Z");

        var time = ObservationTimeParser.Parse("29 Feb 10:00am", LosAngeles, now);

        Assert.Equal(Utc("2024-02-29T18:00:00Z"), time.Utc);
    }

    [Fact]
    public void Resolution_uses_injected_clock()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Utc("2025-01-01T08:10:00Z"));

        var time = ObservationTimeParser.Parse("31 Dec 11:55pm", LosAngeles, clock);

        Assert.Equal(Utc("2025-01-01T07:55:00Z"), time.Utc);
    }

    [Theory]
    [InlineData("4 Dec 12:05am", "2024-12-04T08:05:00Z")]
    [InlineData("4 Dec 12:05pm", "2024-12-04T20:05:00Z")]
    [InlineData("4 December 3:25 PM", "2024-12-04T23:25:00Z")]
    [InlineData(" 4 dec 3:25p.m. ", "2024-12-04T23:25:00Z")]
    public void Accepted_time_forms(string text, string expectedUtc)
    {
        var now = Utc("2024-12-05T00:00:00Z");

        var time = ObservationTimeParser.Parse(text, LosAngeles, now);

        Assert.Equal(Utc(expectedUtc), time.Utc);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("4 Dec 15:25")]
    [InlineData("4 Dec 13:25pm")]
    [InlineData("31 Feb 3:25pm")]
    [InlineData("4 Foo 3:25pm")]
    [InlineData("2024-12-04 15:25")]
    public void Unreadable_time_names_the_text(string? text)
    {
        var now = Utc("2024-12-05T00:00:00Z");

        var error = Assert.Throws<PageTextFormatException>(() => ObservationTimeParser.Parse(text, LosAngeles, now));

        Assert.Equal("observation time", error.Field);
        Assert.Equal(text, error.Text);
    }
}
