namespace Wx.Core.Wind;

/// <summary>Compass points and circular arithmetic on directions in degrees.</summary>
public static class Compass
{
    /// <summary>Width of one of the 16 compass sectors, in degrees.</summary>
    public const double SectorDegrees = 22.5;

    private static readonly string[] Points =
    [
        "N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE",
        "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW",
    ];

    /// <summary>Normalises degrees into [0, 360), so that 360° and −0° become 0°.</summary>
    public static double Normalize(double degrees)
    {
        var normalized = degrees % 360.0;
        if (normalized < 0)
        {
            normalized += 360.0;
        }

        // Rounding error can leave 359.9999999999 for a direction that is north.
        return normalized >= 360.0 - 1e-9 || Math.Abs(normalized) < 1e-9 ? 0.0 : normalized;
    }

    /// <summary>Returns the 16-point name of the sector holding <paramref name="degrees"/>.</summary>
    public static string PointName(double degrees)
    {
        var index = (int)Math.Floor((Normalize(degrees) + SectorDegrees / 2) / SectorDegrees) % Points.Length;
        return Points[index];
    }

    /// <summary>Returns the centre in degrees of a 16-point name such as <c>WSW</c>, case-insensitively.</summary>
    public static bool TryGetPointCentre(string? name, out double degrees)
    {
        var index = Array.FindIndex(Points, point => string.Equals(point, name?.Trim(), StringComparison.OrdinalIgnoreCase));
        degrees = index < 0 ? 0 : index * SectorDegrees;
        return index >= 0;
    }

    /// <summary>Returns the smallest angle between two directions, in [0, 180].</summary>
    public static double Difference(double a, double b)
    {
        var difference = Math.Abs(Normalize(a) - Normalize(b));
        return difference > 180 ? 360 - difference : difference;
    }

    /// <summary>
    /// Returns the circular mean of directions in degrees (the mean of 358° and 2° is 0°, not 180°),
    /// or null when there are none or they cancel out (for example 90° and 270°).
    /// </summary>
    public static double? Mean(IEnumerable<double> degrees)
    {
        ArgumentNullException.ThrowIfNull(degrees);

        double sumSin = 0, sumCos = 0;
        var count = 0;
        foreach (var value in degrees)
        {
            var radians = value * Math.PI / 180.0;
            sumSin += Math.Sin(radians);
            sumCos += Math.Cos(radians);
            count++;
        }

        // A resultant this short means the directions have no mean worth showing.
        var resultantLength = Math.Sqrt(sumSin * sumSin + sumCos * sumCos);
        if (count == 0 || resultantLength / count < 1e-9)
        {
            return null;
        }

        return Normalize(Math.Round(Math.Atan2(sumSin, sumCos) * 180.0 / Math.PI, 9));
    }
}
