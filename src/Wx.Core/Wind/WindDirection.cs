namespace Wx.Core.Wind;

/// <summary>
/// Direction the wind blows from, in degrees clockwise from true north in [0, 360), or calm, variable
/// or missing. 360° and 0° are the same direction and are stored as 0°.
/// </summary>
public readonly record struct WindDirection
{
    private WindDirection(WindDirectionKind kind, double? degrees)
    {
        Kind = kind;
        Degrees = degrees;
    }

    public static WindDirection Calm { get; } = new(WindDirectionKind.Calm, null);

    public static WindDirection Variable { get; } = new(WindDirectionKind.Variable, null);

    public static WindDirection Missing { get; } = new(WindDirectionKind.Missing, null);

    public WindDirectionKind Kind { get; }

    /// <summary>Degrees in [0, 360) when <see cref="Kind"/> is <see cref="WindDirectionKind.Degrees"/>, else null.</summary>
    public double? Degrees { get; }

    /// <summary>The 16-point compass name (N, NNE, ... NNW), or null without degrees.</summary>
    public string? CompassPoint => Degrees is { } degrees ? Compass.PointName(degrees) : null;

    /// <summary>Creates a direction from any finite number of degrees, normalised into [0, 360).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static WindDirection FromDegrees(double degrees)
    {
        if (!double.IsFinite(degrees))
        {
            throw new ArgumentOutOfRangeException(nameof(degrees), degrees, "A direction is a finite number of degrees.");
        }

        return new WindDirection(WindDirectionKind.Degrees, Compass.Normalize(degrees));
    }

    public override string ToString() => Kind switch
    {
        WindDirectionKind.Degrees => $"{CompassPoint} ({Degrees:0}°)",
        WindDirectionKind.Calm => "calm",
        WindDirectionKind.Variable => "variable",
        _ => "no direction",
    };
}
