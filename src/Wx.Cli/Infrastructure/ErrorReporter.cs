using Spectre.Console.Cli;
using Wx.Core.Spots;
using Wx.Core.Units;
using Wx.Scraper.Browser;

namespace Wx.Cli.Infrastructure;

/// <summary>Maps a failure to its exit code and prints one line on stderr, or the full exception with <c>--verbose</c>.</summary>
public static class ErrorReporter
{
    public static int Report(Exception exception, bool verbose, bool interrupted, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(errors);
        var (code, message) = Classify(exception, interrupted);
        errors.WriteLine($"wx: {message}");
        if (verbose && code is ExitCodes.UnexpectedError or ExitCodes.Interrupted or ExitCodes.ChromiumMissing)
        {
            errors.WriteLine(exception.ToString());
        }
        else if (code == ExitCodes.UnexpectedError)
        {
            errors.WriteLine("wx: run the command again with --verbose for details.");
        }

        return code;
    }

    public static (int Code, string Message) Classify(Exception exception, bool interrupted)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (interrupted)
        {
            return (ExitCodes.Interrupted, "Interrupted.");
        }

        return exception switch
        {
            CliException cli => (cli.ExitCode, cli.Message),
            CommandParseException parse => (ExitCodes.UsageError, UsageMessage(parse.Message)),
            CommandRuntimeException runtime => (ExitCodes.UsageError, UsageMessage(runtime.Message)),
            UnknownUnitException or InvalidSpotKeyException => (ExitCodes.UsageError, exception.Message),
            BrowserNotFoundException => (ExitCodes.ChromiumMissing, exception.Message),
            _ => (ExitCodes.UnexpectedError, $"Unexpected error: {exception.GetType().Name}: {FirstLine(exception.Message)}"),
        };
    }

    private static string UsageMessage(string message) => $"{FirstLine(message).TrimEnd('.')}. Run 'wx --help' or 'wx VERB --help' for the options.";

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
