using Wx.Core.Units;

namespace Wx.Cli.Infrastructure;

/// <summary>Parses the <c>--units</c> option.</summary>
public static class SpeedUnitOption
{
    public const string Help = "kt, mph, kmh or ms";

    /// <exception cref="FormatException">The text names no speed unit; the message names it and the accepted units.</exception>
    public static SpeedUnit Parse(string? text)
    {
        if (UnitNames.TryParseSpeedUnit(text, out var unit))
        {
            return unit;
        }

        throw new FormatException($"Invalid unit '{text}' for --units: use {Help}.");
    }
}
