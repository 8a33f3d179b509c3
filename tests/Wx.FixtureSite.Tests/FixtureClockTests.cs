using Microsoft.Extensions.Time.Testing;
using Wx.Testing;

namespace Wx.FixtureSite.Tests;

public sealed class FixtureClockTests
{
    private static readonly DateTimeOffset Start = TestTime.Utc("2022-05-20T15:00:00Z");

    [Fact]
    public void Frozen_clock_ignores_real_time()
    {
        var time = new FakeTimeProvider();
        var clock = new FixtureClock(Start, running: false, time);

        time.Advance(TimeSpan.FromHours(3));

        Assert.Equal(Start, clock.GetUtcNow());
        Assert.False(clock.IsRunning);
    }

    [Fact]
    public void Running_clock_follows_real_time()
    {
        var time = new FakeTimeProvider();
        var clock = new FixtureClock(Start, running: true, time);

        time.Advance(TimeSpan.FromSeconds(90));

        Assert.Equal(Start.AddSeconds(90), clock.GetUtcNow());
        Assert.True(clock.IsRunning);
    }

    [Fact]
    public void Freeze_keeps_current_time()
    {
        var time = new FakeTimeProvider();
        var clock = new FixtureClock(Start, running: true, time);
        time.Advance(TimeSpan.FromMinutes(10));

        clock.Freeze();
        time.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(Start.AddMinutes(10), clock.GetUtcNow());
        Assert.False(clock.IsRunning);
    }

    [Fact]
    public void Set_stops_running_clock()
    {
        var time = new FakeTimeProvider();
        var clock = new FixtureClock(Start, running: true, time);
        var other = TestTime.Utc("2022-04-28T18:00:00Z");

        clock.Set(other);
        time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(other, clock.GetUtcNow());
        Assert.False(clock.IsRunning);
    }

    [Fact]
    public void Run_restarts_from_new_start()
    {
        var time = new FakeTimeProvider();
        var clock = new FixtureClock(Start, running: false, time);
        time.Advance(TimeSpan.FromHours(1));

        clock.Run(Start.AddDays(1));
        time.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(Start.AddDays(1).AddMinutes(2), clock.GetUtcNow());
    }

    [Fact]
    public void Set_converts_to_utc()
    {
        var clock = new FixtureClock(new FakeTimeProvider());

        clock.Set(new DateTimeOffset(2022, 5, 20, 11, 0, 0, TimeSpan.FromHours(-4)));

        Assert.Equal(TimeSpan.Zero, clock.GetUtcNow().Offset);
        Assert.Equal(Start, clock.GetUtcNow());
    }

    [Fact]
    public void Default_clock_is_frozen_at_default_instant()
    {
        var time = new FakeTimeProvider();
        var clock = new FixtureClock(time);
        time.Advance(TimeSpan.FromDays(1));

        Assert.Equal(TestTime.Utc("2022-04-28T18:00:00Z"), clock.GetUtcNow());
        Assert.Equal(FixtureClock.DefaultInstant, clock.GetUtcNow());
        Assert.False(clock.IsRunning);
    }

    [Fact]
    public void Timers_use_inner_time_while_frozen()
    {
        var time = new FakeTimeProvider();
        var clock = new FixtureClock(Start, running: false, time);
        var fired = 0;
        using var timer = clock.CreateTimer(_ => Interlocked.Increment(ref fired), null, TimeSpan.FromSeconds(30), Timeout.InfiniteTimeSpan);

        time.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(0, Volatile.Read(ref fired));

        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, Volatile.Read(ref fired));
        Assert.Equal(Start, clock.GetUtcNow());
    }

    [Fact]
    public void Rate_multiplies_elapsed_time()
    {
        var time = new FakeTimeProvider();
        var clock = new FixtureClock(Start, running: false, time);

        clock.Run(Start, rate: 10);
        time.Advance(TimeSpan.FromSeconds(90));

        Assert.Equal(Start.AddMinutes(15), clock.GetUtcNow());
        Assert.Equal(10, clock.Rate);
    }

    [Fact]
    public void Constructor_rate_applies_when_running()
    {
        var time = new FakeTimeProvider();
        var clock = new FixtureClock(Start, running: true, time, rate: 60);

        time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(Start.AddMinutes(10), clock.GetUtcNow());
    }

    [Fact]
    public void Fractional_rate_slows_clock()
    {
        var time = new FakeTimeProvider();
        var clock = new FixtureClock(Start, running: true, time, rate: 0.5);

        time.Advance(TimeSpan.FromMinutes(4));

        Assert.Equal(Start.AddMinutes(2), clock.GetUtcNow());
    }

    [Fact]
    public void Timers_ignore_rate()
    {
        var time = new FakeTimeProvider();
        var clock = new FixtureClock(Start, running: true, time, rate: 10);
        var fired = 0;
        using var timer = clock.CreateTimer(_ => Interlocked.Increment(ref fired), null, TimeSpan.FromSeconds(30), Timeout.InfiniteTimeSpan);

        time.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(0, Volatile.Read(ref fired));
        Assert.Equal(Start.AddSeconds(290), clock.GetUtcNow());

        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, Volatile.Read(ref fired));
    }

    [Fact]
    public void Timestamps_ignore_rate()
    {
        var time = new FakeTimeProvider();
        var clock = new FixtureClock(Start, running: true, time, rate: 10);
        var started = clock.GetTimestamp();

        time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(TimeSpan.FromSeconds(5), clock.GetElapsedTime(started));
    }

    [Fact]
    public void Freeze_keeps_fast_time()
    {
        var time = new FakeTimeProvider();
        var clock = new FixtureClock(Start, running: true, time, rate: 10);
        time.Advance(TimeSpan.FromMinutes(1));

        clock.Freeze();
        time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(Start.AddMinutes(10), clock.GetUtcNow());
    }

    [Fact]
    public void Run_without_rate_resets_to_real_speed()
    {
        var time = new FakeTimeProvider();
        var clock = new FixtureClock(Start, running: true, time, rate: 10);

        clock.Run(Start);
        time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(Start.AddMinutes(1), clock.GetUtcNow());
        Assert.Equal(1, clock.Rate);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(86_401)]
    public void Invalid_rate_is_rejected(double rate)
    {
        var clock = new FixtureClock(Start, running: true, new FakeTimeProvider());

        Assert.Throws<ArgumentOutOfRangeException>(() => clock.Run(Start, rate));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FixtureClock(Start, running: true, new FakeTimeProvider(), rate));
        Assert.Equal(1, clock.Rate);
    }
}
