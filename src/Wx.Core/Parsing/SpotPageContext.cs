using Wx.Core.Spots;
using Wx.Core.Units;

namespace Wx.Core.Parsing;

/// <summary>What the parser needs to know besides the page text: whose page it is, when, and its display units.</summary>
public sealed record SpotPageContext
{
    public required SpotKey Spot { get; init; }

    /// <summary>The zone the page shows local times in.</summary>
    public required TimeZoneInfo TimeZone { get; init; }

    /// <summary>When the page was read.</summary>
    public required DateTimeOffset Now { get; init; }

    /// <summary>The spot's last stored observation time, used to resolve the repeated hour when clocks go back.</summary>
    public DateTimeOffset? LastObserved { get; init; }

    /// <summary>The speed unit the page was asked to show; 'Calm' names none.</summary>
    public required SpeedUnit PageSpeedUnit { get; init; }

    /// <summary>The temperature unit the page was asked to show, for values printed without one.</summary>
    public TemperatureUnit? PageTemperatureUnit { get; init; }

    /// <summary>The pressure unit the page was asked to show, for values printed without one.</summary>
    public PressureUnit? PagePressureUnit { get; init; }

    public Uri? PageUrl { get; init; }
}
