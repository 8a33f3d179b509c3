namespace Wx.Core.Units;

/// <summary>Unit of an air temperature.</summary>
public enum TemperatureUnit
{
    Celsius,
    Fahrenheit,
}
