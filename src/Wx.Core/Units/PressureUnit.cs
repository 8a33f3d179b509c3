namespace Wx.Core.Units;

/// <summary>Unit of an air pressure. Hectopascals and millibars are equal in size but kept apart as the page showed them.</summary>
public enum PressureUnit
{
    Hectopascals,
    Millibars,
    InchesOfMercury,
}
