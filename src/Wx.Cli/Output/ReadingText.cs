using System.Globalization;
using Wx.Contracts;
using Wx.Core.Units;
using Wx.Core.Wind;

namespace Wx.Cli.Output;

/// <summary>Text forms of readings: speeds in the chosen unit, direction arrows and the plain output line.</summary>
public static class ReadingText
{
    // Arrows for the direction the wind blows TO, clockwise from north in 45° steps.
    private static readonly string[] Arrows = ["↑", "↗", "→", "↘", "↓", "↙", "←", "↖"];

    /// <summary>
    /// Converts metres per second to <paramref name="unit"/> and rounds half away from zero: whole numbers for
    /// kt, mph and km/h, one decimal for m/s.
    /// </summary>
    public static double Round(double metresPerSecond, SpeedUnit unit)
    {
        var value = Speed.FromMetresPerSecond(metresPerSecond).To(unit).Value;
        var decimals = unit == SpeedUnit.MetresPerSecond ? 1 : 0;
        return Math.Round(value, decimals, MidpointRounding.AwayFromZero);
    }

    /// <summary>Formats a speed as a number in <paramref name="unit"/>, without the unit; <c>-</c> when missing.</summary>
    public static string Number(double? metresPerSecond, SpeedUnit unit)
    {
        if (metresPerSecond is not { } value)
        {
            return "-";
        }

        var format = unit == SpeedUnit.MetresPerSecond ? "0.0" : "0";
        return Round(value, unit).ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Returns the arrow pointing where the wind blows to (wind from the north gives ↓), or an empty string
    /// when the direction is calm, variable or missing.
    /// </summary>
    public static string Arrow(WindDirection direction)
    {
        if (direction.Degrees is not { } from)
        {
            return string.Empty;
        }

        var to = Compass.Normalize(from + 180);
        var index = (int)Math.Round(to / 45, MidpointRounding.AwayFromZero) % 8;
        return Arrows[index];
    }

    /// <summary>Compass point and degrees, such as <c>NW 320°</c>, or <c>calm</c>, <c>variable</c>, <c>missing</c>.</summary>
    public static string Direction(WindDirection direction) => direction.Kind switch
    {
        WindDirectionKind.Degrees => $"{direction.CompassPoint} {Degrees(direction)}°",
        WindDirectionKind.Calm => "calm",
        WindDirectionKind.Variable => "variable",
        _ => "missing",
    };

    /// <summary>
    /// Formats one reading as the plain output line:
    /// <c>OBSERVED_UTC SPOT SPEED UNIT POINT DEGREES° gust GUST lull LULL local LOCAL_TIME TIME_ZONE</c>.
    /// POINT and DEGREES are <c>CALM -</c>, <c>VAR -</c> or <c>- -</c> without a direction, and a missing
    /// gust or lull is <c>-</c>. Fields never contain spaces.
    /// </summary>
    public static string PlainLine(ReadingView reading, SpeedUnit unit)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var direction = reading.Direction;
        var (point, degrees) = direction.Kind switch
        {
            WindDirectionKind.Degrees => (direction.CompassPoint!, Degrees(direction) + "°"),
            WindDirectionKind.Calm => ("CALM", "-"),
            WindDirectionKind.Variable => ("VAR", "-"),
            _ => ("-", "-"),
        };

        var observedUtc = reading.ObservedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var local = LocalTime(reading).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        return string.Join(
            ' ',
            observedUtc,
            reading.Spot.ToString(),
            Number(reading.WindSpeedMps, unit),
            UnitNames.Symbol(unit),
            point,
            degrees,
            "gust",
            Number(reading.GustMps, unit),
            "lull",
            Number(reading.LullMps, unit),
            "local",
            local,
            reading.TimeZoneId);
    }

    /// <summary>The observation time in the spot's time zone, or in UTC when the zone is unknown here.</summary>
    public static DateTimeOffset LocalTime(ReadingView reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        try
        {
            return TimeZoneInfo.ConvertTime(reading.ObservedAt, TimeZoneInfo.FindSystemTimeZoneById(reading.TimeZoneId));
        }
        catch (TimeZoneNotFoundException)
        {
            return reading.ObservedAt.ToUniversalTime();
        }
        catch (InvalidTimeZoneException)
        {
            return reading.ObservedAt.ToUniversalTime();
        }
    }

    /// <summary>Formats an age as <c>45s</c>, <c>12m</c>, <c>3h05m</c> or <c>2d</c>.</summary>
    public static string Age(TimeSpan age)
    {
        if (age < TimeSpan.FromMinutes(1))
        {
            return ((int)age.TotalSeconds).ToString(CultureInfo.InvariantCulture) + "s";
        }

        if (age < TimeSpan.FromHours(1))
        {
            return ((int)age.TotalMinutes).ToString(CultureInfo.InvariantCulture) + "m";
        }

        if (age < TimeSpan.FromDays(1))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{(int)age.TotalHours}h{age.Minutes:00}m");
        }

        return ((int)age.TotalDays).ToString(CultureInfo.InvariantCulture) + "d";
    }

    private static string Degrees(WindDirection direction) =>
        ((int)Math.Round(direction.Degrees ?? 0, MidpointRounding.AwayFromZero) % 360).ToString(CultureInfo.InvariantCulture);
}
