using System.Text.RegularExpressions;
using Wx.Core.Units;

namespace Wx.Core.Parsing;

/// <summary>
/// Parses the single-value fields of a spot page: gust and lull (<c>19</c>, <c>19 kts</c>), air temperature
/// (<c>58°F</c>) and pressure (<c>1015.2 mb</c>, <c>29.98 in</c>). A missing value (<c>--</c>, empty, absent)
/// gives null, never 0.
/// </summary>
public static partial class QuantityTextParser
{
    /// <summary>Parses a gust or lull; a bare number takes the unit of the wind speed it belongs to.</summary>
    /// <exception cref="PageTextFormatException">The text is neither a speed nor a missing marker.</exception>
    public static Speed? ParseSpeed(string field, string? text, SpeedUnit defaultUnit)
    {
        if (Numbers.IsMissingMarker(text))
        {
            return null;
        }

        var match = SpeedPattern().Match(text!.Trim());
        var unitText = match.Groups["unit"];
        var unit = defaultUnit;
        if (!match.Success
            || !Numbers.TryParse(match.Groups["value"].Value, out var value)
            || (unitText.Success && !UnitNames.TryParseSpeedUnit(unitText.Value, out unit)))
        {
            throw new PageTextFormatException(field, text, "a speed such as '19' or '19 kts', or '--'");
        }

        var speed = new Speed(value, unit);
        if (speed.MetresPerSecond > WindTextParser.MaxMetresPerSecond * 1.5)
        {
            throw new PageTextFormatException(field, text, $"a speed below {WindTextParser.MaxMetresPerSecond * 1.5} m/s");
        }

        return speed;
    }

    /// <summary>Parses an air temperature; a number without a unit takes <paramref name="defaultUnit"/> when one is given.</summary>
    /// <exception cref="PageTextFormatException">The text is neither a temperature nor a missing marker.</exception>
    public static Temperature? ParseTemperature(string? text, TemperatureUnit? defaultUnit)
    {
        const string Field = "air temperature";
        const string Expected = "a temperature such as '58°F' or '14°C', or '--'";
        if (Numbers.IsMissingMarker(text))
        {
            return null;
        }

        var match = TemperaturePattern().Match(text!.Trim());
        if (!match.Success || !Numbers.TryParse(match.Groups["value"].Value, out var value))
        {
            throw new PageTextFormatException(Field, text, Expected);
        }

        var unitText = match.Groups["unit"];
        TemperatureUnit unit;
        if (unitText.Success)
        {
            unit = UnitNames.ParseTemperatureUnit(unitText.Value);
        }
        else if (defaultUnit is { } fallback)
        {
            unit = fallback;
        }
        else
        {
            throw new PageTextFormatException(Field, text, Expected);
        }

        var temperature = new Temperature(value, unit);
        if (temperature.Celsius is < -90 or > 60)
        {
            throw new PageTextFormatException(Field, text, "an air temperature between -90 °C and 60 °C");
        }

        return temperature;
    }

    /// <summary>Parses an air pressure; a number without a unit takes <paramref name="defaultUnit"/> when one is given.</summary>
    /// <exception cref="PageTextFormatException">The text is neither a pressure nor a missing marker.</exception>
    public static Pressure? ParsePressure(string? text, PressureUnit? defaultUnit)
    {
        const string Field = "pressure";
        const string Expected = "a pressure such as '1015.2 mb' or '29.98 in', or '--'";
        if (Numbers.IsMissingMarker(text))
        {
            return null;
        }

        var match = PressurePattern().Match(text!.Trim());
        if (!match.Success || !Numbers.TryParse(match.Groups["value"].Value, out var value) || value <= 0)
        {
            throw new PageTextFormatException(Field, text, Expected);
        }

        var unitText = match.Groups["unit"];
        PressureUnit unit;
        if (unitText.Success && UnitNames.TryParsePressureUnit(unitText.Value, out var named))
        {
            unit = named;
        }
        else if (!unitText.Success && defaultUnit is { } fallback)
        {
            unit = fallback;
        }
        else
        {
            throw new PageTextFormatException(Field, text, Expected);
        }

        var pressure = new Pressure(value, unit);
        if (pressure.Hectopascals is < 850 or > 1100)
        {
            throw new PageTextFormatException(Field, text, "a sea-level pressure between 850 hPa and 1100 hPa");
        }

        return pressure;
    }

    [GeneratedRegex(@"^(?<value>\d+(?:\.\d+)?)\s*(?<unit>[A-Za-z]+(?:/[A-Za-z]+)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SpeedPattern();

    [GeneratedRegex(@"^(?<value>[-\u2212]?\d+(?:\.\d+)?)\s*°?\s*(?<unit>[CcFf])?$", RegexOptions.CultureInvariant)]
    private static partial Regex TemperaturePattern();

    [GeneratedRegex(@"^(?<value>\d+(?:\.\d+)?)\s*(?<unit>[A-Za-z""]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PressurePattern();
}
