namespace Wx.Core;
internal static class AssemblyMarker;
