namespace Wx.FixtureSite.Display;

/// <summary>
/// The units a page shows, read from the cookies the real site uses: <c>SpeedUnits</c> = kts | mph | kph | mps
/// (default mph), <c>TemperatureUnits</c> = f | c (default f), <c>PressureUnits</c> = mb | in (default mb).
/// Values are matched case-insensitively, and an unknown value falls back to the default.
/// </summary>
internal readonly record struct DisplayUnits(SpeedUnit Speed, TemperatureUnit Temperature, PressureUnit Pressure)
{
    public const string SpeedCookie = "SpeedUnits";
    public const string TemperatureCookie = "TemperatureUnits";
    public const string PressureCookie = "PressureUnits";

    public static DisplayUnits Default { get; } = new(SpeedUnit.MilesPerHour, TemperatureUnit.Fahrenheit, PressureUnit.Millibars);

    public static DisplayUnits FromCookies(IRequestCookieCollection cookies)
    {
        var speed = cookies[SpeedCookie]?.ToUpperInvariant() switch
        {
            "KTS" => SpeedUnit.Knots,
            "MPH" => SpeedUnit.MilesPerHour,
            "KPH" => SpeedUnit.KilometersPerHour,
            "MPS" => SpeedUnit.MetersPerSecond,
            _ => Default.Speed,
        };
        var temperature = cookies[TemperatureCookie]?.ToUpperInvariant() switch
        {
            "F" => TemperatureUnit.Fahrenheit,
            "C" => TemperatureUnit.Celsius,
            _ => Default.Temperature,
        };
        var pressure = cookies[PressureCookie]?.ToUpperInvariant() switch
        {
            "MB" => PressureUnit.Millibars,
            "IN" => PressureUnit.InchesOfMercury,
            _ => Default.Pressure,
        };
        return new DisplayUnits(speed, temperature, pressure);
    }
}
