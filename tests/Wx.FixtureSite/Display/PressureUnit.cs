namespace Wx.FixtureSite.Display;

/// <summary>Pressure display unit, chosen by the <c>PressureUnits</c> cookie.</summary>
internal enum PressureUnit
{
    Millibars,
    InchesOfMercury,
}
