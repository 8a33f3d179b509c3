namespace Wx.Contracts;
internal static class AssemblyMarker;
