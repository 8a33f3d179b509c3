using Wx.Core.Parsing;
using Wx.Core.Units;

namespace Wx.Core.Tests;

public sealed class QuantityTextParserTests
{
    [Theory]
    [InlineData("--")]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    [InlineData("—")]
    [InlineData("n/a")]
    public void Missing_gust_is_null_not_zero(string? text)
    {
        Assert.Null(QuantityTextParser.ParseSpeed("gust", text, SpeedUnit.Knots));
    }

    [Fact]
    public void Bare_gust_takes_the_wind_unit()
    {
        var gust = QuantityTextParser.ParseSpeed("gust", "19", SpeedUnit.Knots);

        Assert.Equal(new Speed(19, SpeedUnit.Knots), gust);
    }

    [Fact]
    public void Gust_with_its_own_unit_keeps_it()
    {
        var gust = QuantityTextParser.ParseSpeed("gust", "22 mph", SpeedUnit.Knots);

        Assert.Equal(new Speed(22, SpeedUnit.MilesPerHour), gust);
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("19 furlongs")]
    [InlineData("-3")]
    public void Unreadable_gust_names_field_and_text(string text)
    {
        var error = Assert.Throws<PageTextFormatException>(() => QuantityTextParser.ParseSpeed("gust", text, SpeedUnit.Knots));

        Assert.Equal("gust", error.Field);
        Assert.Equal(text, error.Text);
    }

    [Fact]
    public void Fahrenheit_converts_to_celsius()
    {
        var temperature = QuantityTextParser.ParseTemperature("58°F", null);

        Assert.NotNull(temperature);
        Assert.Equal(TemperatureUnit.Fahrenheit, temperature.Value.Unit);
        Assert.Equal(58, temperature.Value.Value);
        Assert.Equal(14.4, Math.Round(temperature.Value.Celsius, 1));
    }

    [Theory]
    [InlineData("14°C", 14, TemperatureUnit.Celsius)]
    [InlineData("-3 °C", -3, TemperatureUnit.Celsius)]
    [InlineData("\u22123°C", -3, TemperatureUnit.Celsius)]
    [InlineData("41F", 41, TemperatureUnit.Fahrenheit)]
    public void Temperature_forms_parse(string text, double value, TemperatureUnit unit)
    {
        var temperature = QuantityTextParser.ParseTemperature(text, null);

        Assert.Equal(new Temperature(value, unit), temperature);
    }

    [Fact]
    public void Temperature_without_unit_needs_a_page_unit()
    {
        Assert.Equal(new Temperature(20, TemperatureUnit.Celsius), QuantityTextParser.ParseTemperature("20", TemperatureUnit.Celsius));
        Assert.Throws<PageTextFormatException>(() => QuantityTextParser.ParseTemperature("20", null));
    }

    [Theory]
    [InlineData("warm")]
    [InlineData("58°K")]
    [InlineData("500°F")]
    public void Unreadable_temperature_is_rejected(string text)
    {
        var error = Assert.Throws<PageTextFormatException>(() => QuantityTextParser.ParseTemperature(text, TemperatureUnit.Fahrenheit));

        Assert.Equal("air temperature", error.Field);
    }

    [Theory]
    [InlineData("1015.2 mb", 1015.2, PressureUnit.Millibars, 1015.2)]
    [InlineData("1015 hPa", 1015, PressureUnit.Hectopascals, 1015)]
    [InlineData("29.98 in", 29.98, PressureUnit.InchesOfMercury, 1015.24)]
    [InlineData("29.98 inHg", 29.98, PressureUnit.InchesOfMercury, 1015.24)]
    public void Pressure_forms_parse_and_convert(string text, double value, PressureUnit unit, double hectopascals)
    {
        var pressure = QuantityTextParser.ParsePressure(text, null);

        Assert.NotNull(pressure);
        Assert.Equal(value, pressure.Value.Value);
        Assert.Equal(unit, pressure.Value.Unit);
        Assert.Equal(hectopascals, Math.Round(pressure.Value.Hectopascals, 2));
    }

    [Theory]
    [InlineData("--")]
    [InlineData("")]
    public void Missing_pressure_is_null(string text)
    {
        Assert.Null(QuantityTextParser.ParsePressure(text, PressureUnit.Millibars));
    }

    [Theory]
    [InlineData("1015.2 psi")]
    [InlineData("15 mb")]
    [InlineData("high")]
    public void Unreadable_pressure_is_rejected(string text)
    {
        var error = Assert.Throws<PageTextFormatException>(() => QuantityTextParser.ParsePressure(text, PressureUnit.Millibars));

        Assert.Equal("pressure", error.Field);
        Assert.Equal(text, error.Text);
    }
}
