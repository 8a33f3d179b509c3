namespace Wx.Scraper;
internal static class AssemblyMarker;
