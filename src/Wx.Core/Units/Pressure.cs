namespace Wx.Core.Units;

/// <summary>An air pressure in the unit it was read in.</summary>
public readonly record struct Pressure
{
    /// <summary>Hectopascals in one inch of mercury (at 0 °C), the factor weather services use.</summary>
    public const double HectopascalsPerInchOfMercury = 33.8639;

    /// <summary>Creates a pressure.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a positive finite number.</exception>
    public Pressure(double value, PressureUnit unit)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A pressure is a positive finite number.");
        }

        if (!Enum.IsDefined(unit))
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown pressure unit.");
        }

        Value = value;
        Unit = unit;
    }

    public double Value { get; }

    public PressureUnit Unit { get; }

    public double Hectopascals => Unit == PressureUnit.InchesOfMercury ? Value * HectopascalsPerInchOfMercury : Value;

    public static Pressure FromHectopascals(double hectopascals) => new(hectopascals, PressureUnit.Hectopascals);

    public Pressure To(PressureUnit unit) => unit switch
    {
        _ when unit == Unit => this,
        PressureUnit.InchesOfMercury => new Pressure(Hectopascals / HectopascalsPerInchOfMercury, unit),
        PressureUnit.Hectopascals or PressureUnit.Millibars => new Pressure(Hectopascals, unit),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown pressure unit."),
    };

    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Value:0.##} {UnitNames.Symbol(Unit)}");
}
