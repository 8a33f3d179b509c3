using Wx.Core.Units;

namespace Wx.Core.Tests;

public sealed class UnitTests
{
    [Fact]
    public void One_knot_matches_published_factors()
    {
        var knot = new Speed(1, SpeedUnit.Knots);

        Assert.Equal(0.514444, knot.MetresPerSecond, 6);
        Assert.Equal(1.150779, knot.To(SpeedUnit.MilesPerHour).Value, 6);
        Assert.Equal(1.852, knot.To(SpeedUnit.KilometresPerHour).Value, 9);
    }

    [Fact]
    public void Conversion_round_trips()
    {
        var speed = new Speed(17.3, SpeedUnit.MilesPerHour);

        var back = speed.To(SpeedUnit.KilometresPerHour).To(SpeedUnit.Knots).To(SpeedUnit.MilesPerHour);

        Assert.Equal(17.3, back.Value, 9);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-1)]
    public void Speed_rejects_impossible_values(double value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Speed(value, SpeedUnit.Knots));
    }

    [Fact]
    public void Temperature_converts_both_ways()
    {
        Assert.Equal(14.444444, new Temperature(58, TemperatureUnit.Fahrenheit).Celsius, 6);
        Assert.Equal(-40, new Temperature(-40, TemperatureUnit.Celsius).To(TemperatureUnit.Fahrenheit).Value, 9);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Temperature(-500, TemperatureUnit.Fahrenheit));
    }

    [Fact]
    public void Pressure_converts_inches_of_mercury()
    {
        Assert.Equal(29.98, new Pressure(1015.24, PressureUnit.Hectopascals).To(PressureUnit.InchesOfMercury).Value, 2);
        Assert.Equal(1013.25, new Pressure(1013.25, PressureUnit.Millibars).Hectopascals, 9);
    }

    [Theory]
    [InlineData("kts", SpeedUnit.Knots)]
    [InlineData("KT", SpeedUnit.Knots)]
    [InlineData("mph", SpeedUnit.MilesPerHour)]
    [InlineData("km/h", SpeedUnit.KilometresPerHour)]
    [InlineData("kph", SpeedUnit.KilometresPerHour)]
    [InlineData("m/s", SpeedUnit.MetresPerSecond)]
    public void Speed_unit_spellings_parse(string text, SpeedUnit expected)
    {
        Assert.Equal(expected, UnitNames.ParseSpeedUnit(text));
    }

    [Fact]
    public void Unknown_unit_names_value_and_choices()
    {
        var error = Assert.Throws<UnknownUnitException>(() => UnitNames.ParseSpeedUnit("furlongs"));

        Assert.Equal("furlongs", error.Value);
        Assert.Equal("Unknown speed unit 'furlongs': expected kt, mph, km/h or m/s.", error.Message);
    }
}
