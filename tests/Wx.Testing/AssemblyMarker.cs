namespace Wx.Testing;
internal static class AssemblyMarker;
