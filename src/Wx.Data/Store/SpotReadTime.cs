using Wx.Core.Spots;

namespace Wx.Data.Store;

/// <summary>A spot and the last time any reader read it, UTC.</summary>
public sealed record SpotReadTime(SpotKey Spot, DateTimeOffset LastReadAt);
