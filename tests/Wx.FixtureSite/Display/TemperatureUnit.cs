namespace Wx.FixtureSite.Display;

/// <summary>Temperature display unit, chosen by the <c>TemperatureUnits</c> cookie.</summary>
internal enum TemperatureUnit
{
    Fahrenheit,
    Celsius,
}
