using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Wx.Cli.Infrastructure;
using Wx.Cli.Watching;
using Wx.Core.Units;

namespace Wx.Cli.Commands;

/// <summary>Display options shared by <c>wx watch</c> and <c>wx demo</c>.</summary>
public class WatchDisplaySettings : GlobalSettings
{
    [CommandOption("-u|--units <UNIT>")]
    [Description("Speed unit: kt, mph, kmh or ms. Default: kt.")]
    [DefaultValue("kt")]
    public string Units { get; init; } = "kt";

    [CommandOption("--stale-after <DURATION>")]
    [Description("Mark an observation STALE when it is older than this, such as 30m or 1h. Default: 30m.")]
    [DefaultValue("30m")]
    public string StaleAfter { get; init; } = "30m";

    [CommandOption("--plain")]
    [Description("Print one plain line per new reading instead of the live view. Default: on when stdout is not a terminal.")]
    public bool Plain { get; init; }

    public override ValidationResult Validate()
    {
        var result = base.Validate();
        if (!result.Successful)
        {
            return result;
        }

        try
        {
            SpeedUnitOption.Parse(Units);
            if (Durations.Parse(StaleAfter, "--stale-after") <= TimeSpan.Zero)
            {
                return ValidationResult.Error($"Invalid duration '{StaleAfter}' for --stale-after: it must be longer than zero.");
            }
        }
        catch (FormatException exception)
        {
            return ValidationResult.Error(exception.Message);
        }

        return ValidationResult.Success();
    }

    public WatchOptions ToWatchOptions(TimeSpan? runFor) => new()
    {
        Unit = SpeedUnitOption.Parse(Units),
        StaleAfter = Durations.Parse(StaleAfter, "--stale-after"),
        Plain = Plain || Console.IsOutputRedirected,
        RunFor = runFor,
    };

    public SpeedUnit Unit => SpeedUnitOption.Parse(Units);
}
