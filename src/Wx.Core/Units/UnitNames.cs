namespace Wx.Core.Units;

/// <summary>
/// Symbols, accepted spellings and conversion factors of the units wx reads and shows.
/// Speeds use the exact definitions: 1 kt = 1852 m/h, 1 mph = 1609.344 m/h, 1 km/h = 1000 m/h.
/// </summary>
public static class UnitNames
{
    private static readonly Dictionary<string, SpeedUnit> SpeedSpellings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["kt"] = SpeedUnit.Knots,
        ["kts"] = SpeedUnit.Knots,
        ["knot"] = SpeedUnit.Knots,
        ["knots"] = SpeedUnit.Knots,
        ["mph"] = SpeedUnit.MilesPerHour,
        ["km/h"] = SpeedUnit.KilometresPerHour,
        ["kmh"] = SpeedUnit.KilometresPerHour,
        ["kph"] = SpeedUnit.KilometresPerHour,
        ["m/s"] = SpeedUnit.MetresPerSecond,
        ["mps"] = SpeedUnit.MetresPerSecond,
        ["ms"] = SpeedUnit.MetresPerSecond,
    };

    private static readonly Dictionary<string, TemperatureUnit> TemperatureSpellings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["c"] = TemperatureUnit.Celsius,
        ["°c"] = TemperatureUnit.Celsius,
        ["celsius"] = TemperatureUnit.Celsius,
        ["f"] = TemperatureUnit.Fahrenheit,
        ["°f"] = TemperatureUnit.Fahrenheit,
        ["fahrenheit"] = TemperatureUnit.Fahrenheit,
    };

    private static readonly Dictionary<string, PressureUnit> PressureSpellings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hpa"] = PressureUnit.Hectopascals,
        ["mb"] = PressureUnit.Millibars,
        ["mbar"] = PressureUnit.Millibars,
        ["in"] = PressureUnit.InchesOfMercury,
        ["inhg"] = PressureUnit.InchesOfMercury,
        ["\"hg"] = PressureUnit.InchesOfMercury,
    };

    /// <summary>Spellings accepted for speed units, for help text and error messages.</summary>
    public static IReadOnlyCollection<string> SpeedUnitSpellings => SpeedSpellings.Keys;

    public static double MetresPerSecondPerUnit(SpeedUnit unit) => unit switch
    {
        SpeedUnit.Knots => 1852.0 / 3600.0,
        SpeedUnit.MilesPerHour => 1609.344 / 3600.0,
        SpeedUnit.KilometresPerHour => 1000.0 / 3600.0,
        SpeedUnit.MetresPerSecond => 1.0,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown speed unit."),
    };

    public static string Symbol(SpeedUnit unit) => unit switch
    {
        SpeedUnit.Knots => "kt",
        SpeedUnit.MilesPerHour => "mph",
        SpeedUnit.KilometresPerHour => "km/h",
        SpeedUnit.MetresPerSecond => "m/s",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown speed unit."),
    };

    public static string Symbol(TemperatureUnit unit) => unit switch
    {
        TemperatureUnit.Celsius => "°C",
        TemperatureUnit.Fahrenheit => "°F",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown temperature unit."),
    };

    public static string Symbol(PressureUnit unit) => unit switch
    {
        PressureUnit.Hectopascals => "hPa",
        PressureUnit.Millibars => "mb",
        PressureUnit.InchesOfMercury => "inHg",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown pressure unit."),
    };

    /// <summary>Parses a speed unit such as <c>kts</c>, <c>mph</c>, <c>km/h</c> or <c>m/s</c>.</summary>
    /// <exception cref="UnknownUnitException">The text names no speed unit.</exception>
    public static SpeedUnit ParseSpeedUnit(string text) =>
        TryParseSpeedUnit(text, out var unit)
            ? unit
            : throw new UnknownUnitException(text, "speed", "kt, mph, km/h or m/s");

    public static bool TryParseSpeedUnit(string? text, out SpeedUnit unit) =>
        SpeedSpellings.TryGetValue(text?.Trim() ?? string.Empty, out unit);

    /// <summary>Parses a temperature unit such as <c>°F</c>, <c>C</c> or <c>celsius</c>.</summary>
    /// <exception cref="UnknownUnitException">The text names no temperature unit.</exception>
    public static TemperatureUnit ParseTemperatureUnit(string text) =>
        TryParseTemperatureUnit(text, out var unit)
            ? unit
            : throw new UnknownUnitException(text, "temperature", "C or F");

    public static bool TryParseTemperatureUnit(string? text, out TemperatureUnit unit) =>
        TemperatureSpellings.TryGetValue(text?.Trim() ?? string.Empty, out unit);

    /// <summary>Parses a pressure unit such as <c>hPa</c>, <c>mb</c> or <c>inHg</c>.</summary>
    /// <exception cref="UnknownUnitException">The text names no pressure unit.</exception>
    public static PressureUnit ParsePressureUnit(string text) =>
        TryParsePressureUnit(text, out var unit)
            ? unit
            : throw new UnknownUnitException(text, "pressure", "hPa, mb or inHg");

    public static bool TryParsePressureUnit(string? text, out PressureUnit unit) =>
        PressureSpellings.TryGetValue(text?.Trim() ?? string.Empty, out unit);
}
