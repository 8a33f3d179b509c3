namespace Wx.Core.Units;

/// <summary>Unit of a wind speed.</summary>
public enum SpeedUnit
{
    Knots,
    MilesPerHour,
    KilometresPerHour,
    MetresPerSecond,
}
