using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Wx.Cli.Infrastructure;
using Wx.Cli.Output;
using Wx.Contracts;
using Wx.Core.Readings;
using Wx.Core.Spots;
using Wx.Core.Units;

namespace Wx.Cli.Commands;

public sealed class ShowSettings : GlobalSettings
{
    [CommandArgument(0, "<SPOT>")]
    [Description("Spot id such as 1786 (on the default site) or site/spot such as fixture/1786.")]
    public string Spot { get; init; } = string.Empty;

    [CommandOption("--json")]
    [Description("Print the reading as JSON. Default: text.")]
    public bool Json { get; init; }

    [CommandOption("-u|--units <UNIT>")]
    [Description("Speed unit: kt, mph, kmh or ms. Default: kt.")]
    [DefaultValue("kt")]
    public string Units { get; init; } = "kt";

    [CommandOption("--wait <SECONDS>")]
    [Description("How long to wait for the page read, in seconds. Default: 90.")]
    [DefaultValue(90)]
    public int Wait { get; init; } = 90;

    public override ValidationResult Validate()
    {
        var result = base.Validate();
        if (!result.Successful)
        {
            return result;
        }

        if (Wait < 0)
        {
            return ValidationResult.Error($"Invalid value '{Wait}' for --wait: use a number of seconds, 0 or more.");
        }

        try
        {
            SpeedUnitOption.Parse(Units);
        }
        catch (FormatException exception)
        {
            return ValidationResult.Error(exception.Message);
        }

        return SpotArguments.Validate(Spot);
    }
}

/// <summary><c>wx show</c>: reads one spot on demand and prints the reading.</summary>
public sealed class ShowCommand : AsyncCommand<ShowSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ShowSettings settings, CancellationToken cancellationToken)
    {
        var configuration = CliConfiguration.Build(settings);
        var spot = SpotArguments.Parse(settings.Spot, CliConfiguration.DefaultSite(configuration));
        var unit = SpeedUnitOption.Parse(settings.Units);
        ServiceLauncher.EnsureSiteKnown(configuration, spot.Site);
        ServiceLauncher.EnsureChromium(configuration);

        await using var service = await ServiceLauncher.StartAsync(configuration, settings.Verbose, clock: null, cancellationToken);
        var response = await service.Client.ReadAsync(spot, TimeSpan.FromSeconds(settings.Wait), cancellationToken);
        var now = service.Time.GetUtcNow();
        var exitCode = ExitCodes.Ok;
        if (ReadFailures.IsPendingWithStoredReading(response))
        {
            // The page read is not done but an older reading is stored, so show it and fail only when it is stale.
            var freshness = Freshness.Evaluate(response.Reading!.ObservedAt, now, Freshness.DefaultStaleAfter);
            Console.Error.WriteLine(ReadFailures.DescribeStoredReading(spot, freshness, settings.Wait));
            exitCode = freshness.IsStale ? ExitCodes.NoReading : ExitCodes.Ok;
        }
        else if (response.Outcome is SpotReadOutcome.Pending or SpotReadOutcome.Failed || response.Reading is null)
        {
            throw ReadFailures.Describe(spot, response, settings.Wait);
        }

        if (settings.Json)
        {
            var json = ReadingJson.ToJson(response.Reading, unit, now);
            json["outcome"] = response.Outcome.ToString().ToLowerInvariant();
            Console.Out.WriteLine(json.ToJsonString(ReadingJson.Indented));
        }
        else
        {
            WriteText(response.Reading, unit, now);
        }

        return exitCode;
    }

    private static void WriteText(ReadingView reading, SpeedUnit unit, DateTimeOffset now)
    {
        var symbol = UnitNames.Symbol(unit);
        var freshness = Freshness.Evaluate(reading.ObservedAt, now, Freshness.DefaultStaleAfter);
        var title = reading.Title is null ? string.Empty : "  " + reading.Title;
        var local = ReadingText.LocalTime(reading).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var stale = freshness.IsStale ? " STALE" : string.Empty;
        var direction = $"{ReadingText.Arrow(reading.Direction)} {ReadingText.Direction(reading.Direction)}".Trim();
        AnsiConsole.Console.WriteLine($"{reading.Spot}{title}");
        AnsiConsole.Console.WriteLine(
            $"wind {ReadingText.Number(reading.WindSpeedMps, unit)} {symbol}  gust {ReadingText.Number(reading.GustMps, unit)}  lull {ReadingText.Number(reading.LullMps, unit)}  {direction}");
        AnsiConsole.Console.WriteLine($"observed {local} {reading.TimeZoneId} ({ReadingText.Age(freshness.Age)} ago){stale}");
    }
}

/// <summary>Turns a read without a reading into the exit code and message the user can act on.</summary>
public static class ReadFailures
{
    /// <summary>
    /// Returns true when the page read is still pending but the spot has an older stored reading, unless the
    /// site reported the spot as not found or rejected the login.
    /// </summary>
    public static bool IsPendingWithStoredReading(SpotReadResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var state = response.State;
        return response.Outcome == SpotReadOutcome.Pending
            && response.Reading is not null
            && state.Status is not (SpotRefreshStatus.NotFound or SpotRefreshStatus.LoginPaused)
            && state.LastErrorKind is not ("spot-not-found" or "login-failed");
    }

    /// <summary>Returns the stderr line that says the output is the last stored reading, and how old it is.</summary>
    public static string DescribeStoredReading(SpotKey spot, Freshness freshness, int waitedSeconds)
    {
        var stale = freshness.IsStale
            ? string.Create(CultureInfo.InvariantCulture, $" It is stale (older than {Durations.Format(Freshness.DefaultStaleAfter)}), so wx exits with {ExitCodes.NoReading}.")
            : string.Empty;
        return $"wx: The page read of '{spot}' did not finish within {waitedSeconds} s, so this is the last stored reading, observed {ReadingText.Age(freshness.Age)} ago.{stale} Run the command again or pass a longer --wait for a new reading.";
    }

    public static CliException Describe(SpotKey spot, SpotReadResponse response, int waitedSeconds)
    {
        ArgumentNullException.ThrowIfNull(response);
        var state = response.State;
        if (state.Status == SpotRefreshStatus.NotFound || state.LastErrorKind == "spot-not-found")
        {
            return new CliException(ExitCodes.SpotNotFound, $"Spot '{spot}' was not found on site '{spot.Site}'. Check the spot id in the address of the spot page.");
        }

        if (state.Status == SpotRefreshStatus.LoginPaused || state.LastErrorKind == "login-failed")
        {
            return new CliException(ExitCodes.LoginFailed, state.LastError ?? $"Login to site '{spot.Site}' failed. Run 'wx login {spot.Site}' to store a user name and password.");
        }

        if (response.Outcome == SpotReadOutcome.Pending)
        {
            var retry = response.RetryAfter is { } after ? $" about {Math.Ceiling(after.TotalSeconds)} s more" : string.Empty;
            return new CliException(ExitCodes.NoReading, $"No reading of '{spot}' yet: the page read did not finish within {waitedSeconds} s and needs{retry}. Run the command again or pass a longer --wait.");
        }

        return new CliException(ExitCodes.NoReading, $"Reading '{spot}' failed: {state.LastError ?? "no reading was returned."}");
    }
}
