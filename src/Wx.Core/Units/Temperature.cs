namespace Wx.Core.Units;

/// <summary>An air temperature in the unit it was read in.</summary>
public readonly record struct Temperature
{
    private const double AbsoluteZeroCelsius = -273.15;

    /// <summary>Creates a temperature.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite or below absolute zero.</exception>
    public Temperature(double value, TemperatureUnit unit)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A temperature is a finite number.");
        }

        if (!Enum.IsDefined(unit))
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown temperature unit.");
        }

        Value = value;
        Unit = unit;
        if (Celsius < AbsoluteZeroCelsius)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A temperature cannot be below absolute zero.");
        }
    }

    public double Value { get; }

    public TemperatureUnit Unit { get; }

    public double Celsius => Unit == TemperatureUnit.Celsius ? Value : (Value - 32) * 5 / 9;

    public static Temperature FromCelsius(double celsius) => new(celsius, TemperatureUnit.Celsius);

    public Temperature To(TemperatureUnit unit) => unit switch
    {
        _ when unit == Unit => this,
        TemperatureUnit.Celsius => new Temperature(Celsius, unit),
        TemperatureUnit.Fahrenheit => new Temperature(Celsius * 9 / 5 + 32, unit),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown temperature unit."),
    };

    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Value:0.#} {UnitNames.Symbol(Unit)}");
}
