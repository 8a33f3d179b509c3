using Wx.Core.Units;

namespace Wx.Scraper.Sites;

/// <summary>
/// Units the page shows with the profile's cookies. wx reads the unit from the text where the page prints one, and
/// uses these for values printed without a unit (a bare gust number, 'Calm').
/// </summary>
public sealed class PageUnits
{
    public SpeedUnit Speed { get; set; } = SpeedUnit.Knots;

    public TemperatureUnit? Temperature { get; set; }

    public PressureUnit? Pressure { get; set; }
}
