using Wx.Data.Entities;

namespace Wx.Data.Store;

/// <summary>A stored capture, as <see cref="WxStore.GetLatestCaptureAsync"/> returns it.</summary>
/// <param name="Kind">Which picture of the page this is.</param>
/// <param name="Png">The PNG file bytes.</param>
/// <param name="ContentHash">SHA-256 of <paramref name="Png"/> as 64 lower-case hexadecimal digits.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
/// <param name="FirstSeenAt">When the image was first stored, UTC.</param>
/// <param name="LastSeenAt">When a stored reading last came with this image, UTC.</param>
#pragma warning disable CA1819 // Properties should not return arrays: the bytes come from the database as they are.
public sealed record StoredCapture(
    CaptureKind Kind,
    byte[] Png,
    string ContentHash,
    int Width,
    int Height,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset LastSeenAt);
#pragma warning restore CA1819
