using System.Text.RegularExpressions;
using Wx.Core.Units;
using Wx.Core.Wind;

namespace Wx.Core.Parsing;

/// <summary>
/// Parses the wind text of a spot page, such as <c>12 mph SW (225°)</c>, <c>14 kts WSW (250°)</c>,
/// <c>0 mph</c>, <c>Calm</c> or <c>8 kts Variable</c>.
/// </summary>
public static partial class WindTextParser
{
    private const string Field = "wind";
    private const string Expected = "a speed, a unit and a direction such as '12 mph SW (225°)', or 'Calm'";

    /// <summary>The highest believable average wind, in m/s (above the highest ever measured at the surface).</summary>
    public const double MaxMetresPerSecond = 120;

    /// <summary>Parses the wind text into a speed in its own unit and a direction.</summary>
    /// <param name="text">The text as shown.</param>
    /// <param name="pageSpeedUnit">The unit the page shows speeds in, used for 'Calm', which names none.</param>
    /// <exception cref="PageTextFormatException">The text is missing or not a wind text.</exception>
    public static (Speed Speed, WindDirection Direction) Parse(string? text, SpeedUnit pageSpeedUnit)
    {
        if (Numbers.IsMissingMarker(text))
        {
            throw new PageTextFormatException(Field, text, Expected);
        }

        var trimmed = text!.Trim();
        if (string.Equals(trimmed, "calm", StringComparison.OrdinalIgnoreCase))
        {
            return (new Speed(0, pageSpeedUnit), WindDirection.Calm);
        }

        var match = WindPattern().Match(trimmed);
        if (!match.Success
            || !Numbers.TryParse(match.Groups["speed"].Value, out var value)
            || !UnitNames.TryParseSpeedUnit(match.Groups["unit"].Value, out var unit))
        {
            throw new PageTextFormatException(Field, text, Expected);
        }

        var speed = new Speed(value, unit);
        if (speed.MetresPerSecond > MaxMetresPerSecond)
        {
            throw new PageTextFormatException(Field, text, $"a wind speed below {MaxMetresPerSecond} m/s");
        }

        var direction = ParseDirection(match.Groups["direction"].Value, text);

        // Without wind there is no direction, whatever the page prints beside it.
        return speed.Value == 0 ? (speed, WindDirection.Calm) : (speed, direction);
    }

    /// <summary>Parses the direction part of a wind text: <c>SW (225°)</c>, <c>(225°)</c>, <c>SW</c>, <c>Variable</c>, <c>Calm</c> or nothing.</summary>
    /// <exception cref="PageTextFormatException">The part is not a direction, or its point and degrees disagree.</exception>
    public static WindDirection ParseDirection(string? part, string? wholeText = null)
    {
        var text = wholeText ?? part;
        var trimmed = part?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return WindDirection.Missing;
        }

        if (trimmed.Equals("calm", StringComparison.OrdinalIgnoreCase))
        {
            return WindDirection.Calm;
        }

        if (trimmed.Equals("var", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("variable", StringComparison.OrdinalIgnoreCase))
        {
            return WindDirection.Variable;
        }

        var match = DirectionPattern().Match(trimmed);
        var point = match.Groups["point"];
        var degreesText = match.Groups["degrees"];
        if (!match.Success || (!point.Success && !degreesText.Success))
        {
            throw new PageTextFormatException(Field, text, "a direction such as 'SW (225°)'");
        }

        double? pointCentre = null;
        if (point.Success)
        {
            if (!Compass.TryGetPointCentre(point.Value, out var centre))
            {
                throw new PageTextFormatException(Field, text, "a 16-point compass name such as N, NNE or WSW");
            }

            pointCentre = centre;
        }

        if (!degreesText.Success)
        {
            // NOTE: a page that shows only a compass point gives the sector's centre, up to 11.25° off.
            return WindDirection.FromDegrees(pointCentre!.Value);
        }

        if (!Numbers.TryParse(degreesText.Value, out var degrees) || degrees is < 0 or > 360)
        {
            throw new PageTextFormatException(Field, text, "a direction from 0° to 360°");
        }

        if (pointCentre is { } named && Compass.Difference(named, degrees) > Compass.SectorDegrees)
        {
            throw new PageTextFormatException(Field, text, $"a compass point that matches {degrees}°");
        }

        return WindDirection.FromDegrees(degrees);
    }

    [GeneratedRegex(@"^(?<speed>\d+(?:\.\d+)?)\s*(?<unit>[A-Za-z]+(?:/[A-Za-z]+)?)(?:\s+(?<direction>.*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex WindPattern();

    [GeneratedRegex(@"^(?<point>[A-Za-z]{1,3})?\s*(?:\(\s*(?<degrees>\d+(?:\.\d+)?)\s*°?\s*\))?$", RegexOptions.CultureInvariant)]
    private static partial Regex DirectionPattern();
}
