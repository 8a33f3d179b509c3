namespace Wx.FixtureSite;

/// <summary>
/// The fixture site's idea of "now", which selects the buoy observation a spot page shows. The clock is either
/// frozen at an instant (<see cref="Set"/>) or runs at real speed from a start instant (<see cref="Run"/>).
/// </summary>
/// <remarks>
/// Elapsed time while running, timestamps and timers come from the inner <see cref="TimeProvider"/>, so a
/// test can drive the clock with a fake provider. Timers run on inner time even while the clock is frozen.
/// </remarks>
public sealed class FixtureClock : TimeProvider
{
    /// <summary>
    /// Default instant: 2022-04-28 18:00 UTC (2:00pm in Boston), a windy afternoon in the embedded recording
    /// with a northwesterly of 8 m/s gusting 10 m/s at buoy 44013.
    /// </summary>
    public static readonly DateTimeOffset DefaultInstant = new(2022, 4, 28, 18, 0, 0, TimeSpan.Zero);

    private readonly TimeProvider _inner;
    private readonly Lock _gate = new();
    private DateTimeOffset _start;
    private DateTimeOffset? _runningSinceInner;

    /// <summary>Creates a clock frozen at <see cref="DefaultInstant"/>.</summary>
    public FixtureClock(TimeProvider? inner = null)
        : this(DefaultInstant, running: false, inner)
    {
    }

    /// <summary>Creates a clock at <paramref name="start"/>, frozen or running.</summary>
    public FixtureClock(DateTimeOffset start, bool running, TimeProvider? inner = null)
    {
        _inner = inner ?? System;
        if (running)
        {
            Run(start);
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

    /// <summary>Freezes the clock at <paramref name="instant"/>.</summary>
    public void Set(DateTimeOffset instant)
    {
        lock (_gate)
        {
            _start = instant.ToUniversalTime();
            _runningSinceInner = null;
        }
    }

    /// <summary>Starts the clock at <paramref name="start"/>, advancing at the speed of the inner provider.</summary>
    public void Run(DateTimeOffset start)
    {
        lock (_gate)
        {
            _start = start.ToUniversalTime();
            _runningSinceInner = _inner.GetUtcNow();
        }
    }

    /// <summary>Freezes the clock at its current time.</summary>
    public void Freeze() => Set(GetUtcNow());

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _runningSinceInner is { } since ? _start + (_inner.GetUtcNow() - since) : _start;
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
}
