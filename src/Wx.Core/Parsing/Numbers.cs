using System.Globalization;

namespace Wx.Core.Parsing;

internal static class Numbers
{
    /// <summary>Parses a decimal number written with a '.' and an optional minus sign (ASCII or U+2212).</summary>
    public static bool TryParse(string text, out double value)
    {
        var normalized = text.Replace('\u2212', '-');
        return double.TryParse(normalized, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    /// <summary>Returns true for the texts pages use to say a value is missing: empty, dashes, "n/a".</summary>
    public static bool IsMissingMarker(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed)
            || trimmed.All(c => c is '-' or '\u2013' or '\u2014')
            || string.Equals(trimmed, "n/a", StringComparison.OrdinalIgnoreCase)
            || string.Equals(trimmed, "mm", StringComparison.OrdinalIgnoreCase);
    }
}
