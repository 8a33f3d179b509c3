namespace Wx.FixtureSite.Display;

/// <summary>Wind speed display unit, chosen by the <c>SpeedUnits</c> cookie.</summary>
internal enum SpeedUnit
{
    Knots,
    MilesPerHour,
    KilometersPerHour,
    MetersPerSecond,
}
