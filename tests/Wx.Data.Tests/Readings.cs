using Wx.Core.Readings;
using Wx.Core.Spots;
using Wx.Core.Units;
using Wx.Core.Wind;
using Wx.Testing;

namespace Wx.Data.Tests;

/// <summary>Readings as the parser would build them from a spot page.</summary>
internal static class Readings
{
    public static readonly SpotKey Spot = SpotKey.Create("weatherflow", "1786");

    public static WindReading At(string observedAt, SpotKey? spot = null) => new()
    {
        Spot = spot ?? Spot,
        ObservedAt = TestTime.Utc(observedAt),
        TimeZoneId = "America/New_York",
        FetchedAt = TestTime.Utc(observedAt).AddMinutes(2),
        WindSpeed = new Speed(12.3, SpeedUnit.Knots),
        Gust = new Speed(17.9, SpeedUnit.Knots),
        Lull = new Speed(8.1, SpeedUnit.Knots),
        Direction = WindDirection.FromDegrees(225),
        AirTemperature = new Temperature(55.4, TemperatureUnit.Fahrenheit),
        Pressure = new Pressure(29.92, PressureUnit.InchesOfMercury),
        Warnings = ReadingWarnings.None,
        SourceText = new SpotPageText
        {
            Title = "Boston Harbor",
            ObservedAt = "6:00 PM",
            Wind = "SW 12.3 kts",
            Gust = "17.9",
            Lull = "8.1",
            AirTemperature = "55.4°F",
            Pressure = "29.92 inHg",
        },
        PageUrl = new Uri("https://wx.example.test/spot/1786"),
    };
}
