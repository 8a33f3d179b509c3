using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Wx.FixtureSite;

/// <summary>Options of the standalone fixture site program.</summary>
internal sealed record CommandLine(FixtureSiteOptions Options, bool ShowHelp)
{
    public const int DefaultPort = 5080;

    public const string Usage = """
        Usage: Wx.FixtureSite [--port N] [--clock UTC] [--run-clock] [--clock-rate N] [--verbose]
          --port N         TCP port on 127.0.0.1 (default 5080; 0 picks a free port)
          --clock UTC      replay clock time, ISO 8601 (default 2022-04-28T18:00:00Z, inside the recording)
          --run-clock      let the replay clock run from --clock instead of freezing it
          --clock-rate N   replayed seconds per real second of the running clock (default 1; 10 shows a new
                           buoy observation about every real minute); implies --run-clock
          --verbose        log requests and other information, not only warnings
        """;

    public static bool TryParse(string[] args, [NotNullWhen(true)] out CommandLine? commandLine, [NotNullWhen(false)] out string? error)
    {
        commandLine = null;
        error = null;
        var port = DefaultPort;
        var clock = FixtureClock.DefaultInstant;
        var running = false;
        var rate = 1.0;
        var verbose = false;

        for (var index = 0; index < args.Length; index++)
        {
            switch (args[index])
            {
                case "--help" or "-h":
                    commandLine = new CommandLine(new FixtureSiteOptions(), ShowHelp: true);
                    return true;
                case "--port" when index + 1 < args.Length:
                    if (!int.TryParse(args[++index], NumberStyles.None, CultureInfo.InvariantCulture, out port) || port > 65535)
                    {
                        error = $"Invalid --port '{args[index]}': expected a number from 0 to 65535.";
                        return false;
                    }

                    break;
                case "--clock" when index + 1 < args.Length:
                    if (!DateTimeOffset.TryParse(args[++index], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out clock))
                    {
                        error = $"Invalid --clock '{args[index]}': expected an ISO 8601 time such as 2022-05-20T15:00:00Z.";
                        return false;
                    }

                    break;
                case "--run-clock":
                    running = true;
                    break;
                case "--clock-rate" when index + 1 < args.Length:
                    if (!double.TryParse(args[++index], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out rate) || !(rate > 0 && rate <= FixtureClock.MaxRate))
                    {
                        error = string.Create(CultureInfo.InvariantCulture, $"Invalid --clock-rate '{args[index]}': expected a number above 0 and at most {FixtureClock.MaxRate}, such as 10.");
                        return false;
                    }

                    running = true;
                    break;
                case "--verbose":
                    verbose = true;
                    break;
                default:
                    error = $"Unknown or incomplete option '{args[index]}'.";
                    return false;
            }
        }

        var options = new FixtureSiteOptions
        {
            Port = port,
            ClockStart = clock,
            ClockRunning = running,
            ClockRate = rate,
            MinimumLogLevel = verbose ? LogLevel.Information : LogLevel.Warning,
        };
        commandLine = new CommandLine(options, ShowHelp: false);
        return true;
    }
}
