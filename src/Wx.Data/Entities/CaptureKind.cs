namespace Wx.Data.Entities;

/// <summary>Which picture of a spot page a capture is, stored as its name.</summary>
public enum CaptureKind
{
    /// <summary>The wind-meter gauge: current speed and direction.</summary>
    Gauge,

    /// <summary>The graph of the recent wind history.</summary>
    Graph,
}
