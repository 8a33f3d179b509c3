using Wx.Data.Entities;

namespace Wx.Data.Store;

/// <summary>A PNG image taken from a spot page, passed to <see cref="WxStore.AddReadingAsync"/>.</summary>
/// <param name="Kind">Which picture of the page this is.</param>
/// <param name="Png">The PNG file bytes; the store hashes them with SHA-256 and keeps one row per distinct image.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
#pragma warning disable CA1819 // Properties should not return arrays: the bytes go to the database as they are.
public sealed record CaptureInput(CaptureKind Kind, byte[] Png, int Width, int Height);
#pragma warning restore CA1819
