namespace Wx.FixtureSite.Display;

/// <summary>
/// JSON of <c>GET /api/spot/{id}/history</c>: wind speed and gust over the graph window ending at the clock time,
/// in the display speed unit. Times are shifted by the spot's replay offset like the observation time.
/// </summary>
internal sealed record HistoryResponse(
    string SpotId,
    string SpeedUnit,
    DateTimeOffset FromUtc,
    DateTimeOffset ToUtc,
    IReadOnlyList<HistoryPoint> Points,
    IReadOnlyList<HistoryTick> Ticks);

/// <summary>One observation on the graph; speeds in the display unit to one decimal, null when missing.</summary>
internal sealed record HistoryPoint(DateTimeOffset TimeUtc, double? Speed, double? Gust);

/// <summary>A full hour in the spot's time zone, labelled like <c>2pm</c>, for the graph's time axis.</summary>
internal sealed record HistoryTick(DateTimeOffset TimeUtc, string Label);
