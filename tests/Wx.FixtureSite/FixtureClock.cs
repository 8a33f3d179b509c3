namespace Wx.FixtureSite;

/// <summary>
/// The fixture site's idea of "now", which selects the buoy observation a spot page shows. The clock is either
/// frozen at an instant (<see cref="Set"/>) or runs from a start instant (<see cref="Run"/>) at real speed or
/// at a multiple of it.
/// </summary>
/// <remarks>
/// Elapsed time while running, timestamps and timers come from the inner <see cref="TimeProvider"/>, so a
/// test can drive the clock with a fake provider. Only <see cref="GetUtcNow"/> follows the rate: timestamps and
/// timers run on inner time, also while the clock is frozen.
/// </remarks>
public sealed class FixtureClock : TimeProvider
{
    /// <summary>
    /// Default instant: 2022-04-28 18:00 UTC (2:00pm in Boston), a windy afternoon in the embedded recording
    /// with a northwesterly of 8 m/s gusting 10 m/s at buoy 44013.
    /// </summary>
    public static readonly DateTimeOffset DefaultInstant = new(2022, 4, 28, 18, 0, 0, TimeSpan.Zero);

    /// <summary>Maximum replay rate that <see cref="Run"/> accepts: one replayed day per real second.</summary>
    public const double MaxRate = 86_400;

    private readonly TimeProvider _inner;
    private readonly Lock _gate = new();
    private DateTimeOffset _start;
    private DateTimeOffset? _runningSinceInner;
    private double _rate = 1;

    /// <summary>Creates a clock frozen at <see cref="DefaultInstant"/>.</summary>
    public FixtureClock(TimeProvider? inner = null)
        : this(DefaultInstant, running: false, inner)
    {
    }

    /// <summary>Creates a clock at <paramref name="start"/>, frozen or running at <paramref name="rate"/> times real speed.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is not above 0 and at most <see cref="MaxRate"/>.</exception>
    public FixtureClock(DateTimeOffset start, bool running, TimeProvider? inner = null, double rate = 1)
    {
        _inner = inner ?? System;
        ValidateRate(rate);
        _rate = rate;
        if (running)
        {
            Run(start, rate);
        }
        else
        {
            Set(start);
        }
    }

    /// <summary>True while the clock advances with the inner provider, false while it is frozen.</summary>
    public bool IsRunning
    {
        get
        {
            lock (_gate)
            {
                return _runningSinceInner is not null;
            }
        }
    }

    /// <summary>
    /// Replayed seconds per real second while the clock runs: 1 is real speed, 10 replays ten minutes in one
    /// real minute. It is the rate of the last <see cref="Run"/>, or of the constructor.
    /// </summary>
    public double Rate
    {
        get
        {
            lock (_gate)
            {
                return _rate;
            }
        }
    }

    /// <summary>Freezes the clock at <paramref name="instant"/>.</summary>
    public void Set(DateTimeOffset instant)
    {
        lock (_gate)
        {
            _start = instant.ToUniversalTime();
            _runningSinceInner = null;
        }
    }

    /// <summary>
    /// Starts the clock at <paramref name="start"/>, advancing <paramref name="rate"/> times as fast as the inner
    /// provider.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is not above 0 and at most <see cref="MaxRate"/>.</exception>
    public void Run(DateTimeOffset start, double rate = 1)
    {
        ValidateRate(rate);
        lock (_gate)
        {
            _start = start.ToUniversalTime();
            _runningSinceInner = _inner.GetUtcNow();
            _rate = rate;
        }
    }

    /// <summary>Freezes the clock at its current time.</summary>
    public void Freeze() => Set(GetUtcNow());

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _runningSinceInner is { } since ? _start + ((_inner.GetUtcNow() - since) * _rate) : _start;
        }
    }

    /// <inheritdoc />
    public override long GetTimestamp() => _inner.GetTimestamp();

    /// <inheritdoc />
    public override long TimestampFrequency => _inner.TimestampFrequency;

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => _inner.LocalTimeZone;

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        _inner.CreateTimer(callback, state, dueTime, period);

    private static void ValidateRate(double rate)
    {
        // The negated comparison also rejects NaN.
        if (!(rate > 0 && rate <= MaxRate))
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, $"The replay rate must be above 0 and at most {MaxRate}.");
        }
    }
}
