using System.Globalization;

namespace Wx.FixtureSite.Display;

/// <summary>
/// Display texts of the current-conditions block, in the exact formats of the real spot pages. Numbers are
/// rounded half away from zero.
/// </summary>
internal static class ConditionsText
{
    /// <summary>Text shown for a missing value.</summary>
    public const string Missing = "--";

    /// <summary>Text shown for a zero wind speed.</summary>
    public const string Calm = "Calm";

    /// <summary>Wind text shown when no observation is recent enough.</summary>
    public const string NoObservation = "No recent observation";

    public const double MetersPerSecondPerKnot = 0.514444;
    public const double MilesPerHourPerKnot = 1.150779;
    public const double KilometersPerHourPerKnot = 1.852;
    public const double HectopascalsPerInchOfMercury = 33.8639;

    private static readonly string[] CompassPoints =
        ["N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"];

    /// <summary>Formats an instant as <c>d MMM h:mmtt</c> in <paramref name="zone"/> with lower-case am/pm, such as <c>4 Dec 3:25pm</c>.</summary>
    public static string ObservedAt(DateTimeOffset time, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(time, zone);
        var suffix = local.Hour < 12 ? "am" : "pm";
        return local.ToString("d MMM h:mm", CultureInfo.InvariantCulture) + suffix;
    }

    /// <summary>
    /// Formats the wind as <c>14 kts WSW (250°)</c>: integer speed, unit, 16-point compass name and degrees.
    /// A speed that rounds to zero shows <c>Calm</c>; a missing direction shows the speed and unit only.
    /// </summary>
    public static string Wind(double? speedMps, int? directionDegrees, SpeedUnit unit)
    {
        if (speedMps is null)
        {
            return Missing;
        }

        var speed = RoundToInteger(ConvertSpeed(speedMps.Value, unit));
        if (speed == 0)
        {
            return Calm;
        }

        var text = string.Create(CultureInfo.InvariantCulture, $"{speed} {SpeedLabel(unit)}");
        return directionDegrees is { } degrees
            ? string.Create(CultureInfo.InvariantCulture, $"{text} {CompassPoint(degrees)} ({degrees}°)")
            : text;
    }

    /// <summary>Formats a gust or lull as an integer in <paramref name="unit"/> without unit text, or <c>--</c>.</summary>
    public static string Speed(double? speedMps, SpeedUnit unit) =>
        speedMps is { } value ? FormatInteger(ConvertSpeed(value, unit)) : Missing;

    /// <summary>Formats an air temperature as <c>58°F</c> or <c>14°C</c>, or <c>--</c>.</summary>
    public static string Temperature(double? celsius, TemperatureUnit unit)
    {
        if (celsius is not { } value)
        {
            return Missing;
        }

        return unit == TemperatureUnit.Celsius
            ? FormatInteger(value) + "°C"
            : FormatInteger((value * 9 / 5) + 32) + "°F";
    }

    /// <summary>Formats a pressure as <c>1015.2 mb</c> (one decimal) or <c>29.98 in</c> (two decimals), or <c>--</c>.</summary>
    public static string Pressure(double? hectopascals, PressureUnit unit)
    {
        if (hectopascals is not { } value)
        {
            return Missing;
        }

        return unit == PressureUnit.InchesOfMercury
            ? Math.Round(value / HectopascalsPerInchOfMercury, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture) + " in"
            : Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture) + " mb";
    }

    /// <summary>Returns the 16-point compass name of a direction in degrees, such as WSW for 250.</summary>
    public static string CompassPoint(int degrees)
    {
        var sector = (int)Math.Round(degrees / 22.5, MidpointRounding.AwayFromZero);
        return CompassPoints[((sector % 16) + 16) % 16];
    }

    /// <summary>Returns the unit text that follows a speed: kts, mph, km/h or m/s.</summary>
    public static string SpeedLabel(SpeedUnit unit) => unit switch
    {
        SpeedUnit.Knots => "kts",
        SpeedUnit.MilesPerHour => "mph",
        SpeedUnit.KilometersPerHour => "km/h",
        SpeedUnit.MetersPerSecond => "m/s",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown speed unit."),
    };

    /// <summary>Converts m/s to <paramref name="unit"/> through knots (1 kt = 0.514444 m/s = 1.150779 mph = 1.852 km/h).</summary>
    public static double ConvertSpeed(double metersPerSecond, SpeedUnit unit)
    {
        var knots = metersPerSecond / MetersPerSecondPerKnot;
        return unit switch
        {
            SpeedUnit.Knots => knots,
            SpeedUnit.MilesPerHour => knots * MilesPerHourPerKnot,
            SpeedUnit.KilometersPerHour => knots * KilometersPerHourPerKnot,
            SpeedUnit.MetersPerSecond => metersPerSecond,
            _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown speed unit."),
        };
    }

    /// <summary>Rounds half away from zero; the cast to long also turns -0 into 0.</summary>
    public static long RoundToInteger(double value) => (long)Math.Round(value, MidpointRounding.AwayFromZero);

    private static string FormatInteger(double value) => RoundToInteger(value).ToString(CultureInfo.InvariantCulture);
}
