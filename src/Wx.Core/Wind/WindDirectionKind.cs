namespace Wx.Core.Wind;

/// <summary>What a wind direction reading says.</summary>
public enum WindDirectionKind
{
    /// <summary>A direction in degrees, the way the wind blows from.</summary>
    Degrees,

    /// <summary>No wind, so no direction. Calm is not north.</summary>
    Calm,

    /// <summary>Wind whose direction changes too much to name one.</summary>
    Variable,

    /// <summary>The page showed no direction.</summary>
    Missing,
}
