using System.Globalization;

namespace Wx.FixtureSite.Tests;

/// <summary>
/// Fields of one raw line of the NDBC standard meteorological format, read by column position
/// (YY MM DD hh mm WDIR WSPD GST WVHT DPD APD MWD PRES ATMP WTMP ...) independently of the site's parser.
/// </summary>
internal sealed class NdbcLine(string line)
{
    private readonly string[] _fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public DateTimeOffset TimeUtc => new(
        Integer(0), Integer(1), Integer(2), Integer(3), Integer(4), 0, TimeSpan.Zero);

    /// <summary>WDIR, degrees true.</summary>
    public int WindDirection => Integer(5);

    /// <summary>WSPD, m/s.</summary>
    public double WindSpeed => Number(6);

    /// <summary>GST, m/s.</summary>
    public double Gust => Number(7);

    /// <summary>PRES, hPa.</summary>
    public double Pressure => Number(12);

    /// <summary>ATMP as written, <c>MM</c> when missing.</summary>
    public string AirTemperatureText => _fields[13];

    private int Integer(int index) => int.Parse(_fields[index], CultureInfo.InvariantCulture);

    private double Number(int index) => double.Parse(_fields[index], CultureInfo.InvariantCulture);
}
