using System.Globalization;
using System.Text.RegularExpressions;

namespace Wx.Cli.Infrastructure;

/// <summary>Parses durations written as numbers with units, such as <c>45s</c>, <c>30m</c>, <c>6h</c>, <c>2d</c> or <c>1h30m</c>.</summary>
public static partial class Durations
{
    public const string Help = "a number with a unit such as 45s, 30m, 6h, 2d or 1h30m";

    /// <summary>Parses <paramref name="text"/>; zero is allowed.</summary>
    /// <exception cref="FormatException">The text is not a duration; the message names it and the accepted form.</exception>
    public static TimeSpan Parse(string text, string optionName)
    {
        if (TryParse(text, out var duration))
        {
            return duration;
        }

        throw new FormatException($"Invalid duration '{text}' for {optionName}: use {Help}.");
    }

    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0 || !WholePattern().IsMatch(trimmed))
        {
            return false;
        }

        foreach (Match part in PartPattern().Matches(trimmed))
        {
            var value = double.Parse(part.Groups["value"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            var unit = part.Groups["unit"].Value.ToUpperInvariant() switch
            {
                "MS" => TimeSpan.FromMilliseconds(1),
                "S" => TimeSpan.FromSeconds(1),
                "M" => TimeSpan.FromMinutes(1),
                "H" => TimeSpan.FromHours(1),
                _ => TimeSpan.FromDays(1),
            };
            duration += unit * value;
        }

        return true;
    }

    /// <summary>Formats a duration the way <see cref="Parse"/> reads it, such as <c>1h30m</c> or <c>45s</c>.</summary>
    public static string Format(TimeSpan duration)
    {
        if (duration < TimeSpan.FromSeconds(1))
        {
            return ((int)duration.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + "ms";
        }

        var parts = new List<string>();
        if (duration.Days > 0)
        {
            parts.Add(duration.Days.ToString(CultureInfo.InvariantCulture) + "d");
        }

        if (duration.Hours > 0)
        {
            parts.Add(duration.Hours.ToString(CultureInfo.InvariantCulture) + "h");
        }

        if (duration.Minutes > 0)
        {
            parts.Add(duration.Minutes.ToString(CultureInfo.InvariantCulture) + "m");
        }

        if (duration.Seconds > 0 || parts.Count == 0)
        {
            parts.Add(duration.Seconds.ToString(CultureInfo.InvariantCulture) + "s");
        }

        return string.Concat(parts);
    }

    [GeneratedRegex(@"^(\d+(\.\d+)?(ms|s|m|h|d))+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WholePattern();

    [GeneratedRegex(@"(?<value>\d+(\.\d+)?)(?<unit>ms|s|m|h|d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartPattern();
}
