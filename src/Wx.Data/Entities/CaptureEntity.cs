namespace Wx.Data.Entities;

/// <summary>
/// A PNG image taken from a spot page. An image that did not change between readings is stored once,
/// because (SpotId, Kind, ContentHash) is unique, and only <see cref="LastSeenAt"/> moves.
/// </summary>
public sealed class CaptureEntity
{
    /// <summary>Length of a SHA-256 hash written as hexadecimal digits.</summary>
    public const int ContentHashLength = 64;

    public long Id { get; set; }

    public long SpotId { get; set; }

    public SpotEntity Spot { get; set; } = null!;

    public CaptureKind Kind { get; set; }

    /// <summary>SHA-256 of <see cref="Png"/> as 64 lower-case hexadecimal digits.</summary>
    public required string ContentHash { get; set; }

    // EF Core maps binary columns to byte[]; the array is not shared outside the store.
#pragma warning disable CA1819 // Properties should not return arrays
    public required byte[] Png { get; set; }
#pragma warning restore CA1819

    /// <summary>Width in pixels.</summary>
    public int Width { get; set; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; set; }

    public DateTime FirstSeenAt { get; set; }

    public DateTime LastSeenAt { get; set; }
}
