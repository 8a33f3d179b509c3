namespace Wx.Core.Units;

/// <summary>A wind speed in the unit it was read in.</summary>
public readonly record struct Speed
{
    /// <summary>Creates a speed.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative, NaN or infinite.</exception>
    public Speed(double value, SpeedUnit unit)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A speed is a finite number of zero or more.");
        }

        if (!Enum.IsDefined(unit))
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown speed unit.");
        }

        Value = value;
        Unit = unit;
    }

    public double Value { get; }

    public SpeedUnit Unit { get; }

    public double MetresPerSecond => Value * UnitNames.MetresPerSecondPerUnit(Unit);

    public static Speed FromMetresPerSecond(double metresPerSecond) =>
        new(metresPerSecond, SpeedUnit.MetresPerSecond);

    /// <summary>Converts to <paramref name="unit"/>; the same unit returns the value unchanged.</summary>
    public Speed To(SpeedUnit unit) =>
        unit == Unit ? this : new Speed(MetresPerSecond / UnitNames.MetresPerSecondPerUnit(unit), unit);

    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Value:0.##} {UnitNames.Symbol(Unit)}");
}
