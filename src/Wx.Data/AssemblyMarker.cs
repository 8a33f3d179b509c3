namespace Wx.Data;
internal static class AssemblyMarker;
