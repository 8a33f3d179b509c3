using Wx.Core.Readings;

namespace Wx.Core.Parsing;

/// <summary>Turns the field texts of a spot page into a <see cref="WindReading"/>.</summary>
public static class SpotPageParser
{
    /// <summary>Parses every field; missing optional values become null and doubtful ones set a warning.</summary>
    /// <exception cref="PageTextFormatException">A field's text cannot be read; the exception names the field and text.</exception>
    public static WindReading Parse(SpotPageText text, SpotPageContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);

        var time = ObservationTimeParser.Parse(text.ObservedAt, context.TimeZone, context.Now, context.LastObserved);
        var (speed, direction) = WindTextParser.Parse(text.Wind, context.PageSpeedUnit);
        var gust = QuantityTextParser.ParseSpeed("gust", text.Gust, speed.Unit);
        var lull = QuantityTextParser.ParseSpeed("lull", text.Lull, speed.Unit);
        var temperature = QuantityTextParser.ParseTemperature(text.AirTemperature, context.PageTemperatureUnit);
        var pressure = QuantityTextParser.ParsePressure(text.Pressure, context.PagePressureUnit);

        var warnings = ReadingWarnings.None;
        if (gust is { } gustSpeed && gustSpeed.MetresPerSecond < speed.MetresPerSecond)
        {
            warnings |= ReadingWarnings.GustBelowSpeed;
        }

        if (lull is { } lullSpeed && lullSpeed.MetresPerSecond > speed.MetresPerSecond)
        {
            warnings |= ReadingWarnings.LullAboveSpeed;
        }

        if (time.WasAmbiguous)
        {
            warnings |= ReadingWarnings.AmbiguousLocalTime;
        }

        return new WindReading
        {
            Spot = context.Spot,
            ObservedAt = time.Utc,
            TimeZoneId = context.TimeZone.Id,
            WindSpeed = speed,
            Gust = gust,
            Lull = lull,
            Direction = direction,
            AirTemperature = temperature,
            Pressure = pressure,
            Warnings = warnings,
            FetchedAt = context.Now.ToUniversalTime(),
            SourceText = text,
            PageUrl = context.PageUrl,
        };
    }
}
