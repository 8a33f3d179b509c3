namespace Wx.Service;
internal static class AssemblyMarker;
