using System.ComponentModel;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using Spectre.Console.Cli;
using Wx.Cli.Infrastructure;
using Wx.Cli.Watching;
using Wx.Core.Spots;
using Wx.Data.Configuration;
using Wx.FixtureSite;
using Wx.Scraper.Sites;

namespace Wx.Cli.Commands;

public sealed class DemoSettings : WatchDisplaySettings
{
    /// <summary>
    /// The default replay start: 2022-05-09 18:00 UTC (2:00pm in Boston), when buoy 44013 recorded a
    /// north-north-easterly of 11 m/s (about 21 kt) gusting 14 m/s.
    /// </summary>
    public const string DefaultStart = "2022-05-09T18:00:00Z";

    /// <summary>Default replay speed: the buoy reports every 10 minutes, so a new reading appears about every real minute.</summary>
    public const double DefaultSpeed = 10;

    /// <summary>Minimum and maximum replay speed that <c>--speed</c> accepts.</summary>
    public const double MinSpeed = 1;

    public const double MaxSpeed = 60;

    [CommandOption("--for <DURATION>")]
    [Description("Stop by itself after this long and exit with 0, such as 45s or 10m. Default: run until q or Ctrl+C.")]
    public string? For { get; init; }

    [CommandOption("--start <UTC>")]
    [Description("Replay clock start, an ISO 8601 UTC time within 2022-04-21 to 2022-06-05. Default: 2022-05-09T18:00:00Z.")]
    [DefaultValue(DefaultStart)]
    public string Start { get; init; } = DefaultStart;

    [CommandOption("--speed <N>")]
    [Description("Replay speed: replayed minutes per real minute, from 1 to 60. Default: 10, a new buoy reading about every minute.")]
    [DefaultValue("10")]
    public string Speed { get; init; } = "10";

    public override ValidationResult Validate()
    {
        var result = base.Validate();
        if (!result.Successful)
        {
            return result;
        }

        if (For is not null)
        {
            if (!Durations.TryParse(For, out var duration) || duration <= TimeSpan.Zero)
            {
                return ValidationResult.Error($"Invalid duration '{For}' for --for: use {Durations.Help}, longer than zero.");
            }
        }

        if (ReplaySpeed() is null)
        {
            return ValidationResult.Error($"Invalid speed '{Speed}' for --speed: use a number from {MinSpeed} to {MaxSpeed}, such as 10.");
        }

        if (DemoStart() is not { } start)
        {
            return ValidationResult.Error($"Invalid time '{Start}' for --start: use an ISO 8601 UTC time such as {DefaultStart}.");
        }

        var data = Wx.FixtureSite.Replay.BuoyData.LoadEmbedded();
        return start < data.FirstObservation || start > data.LastObservation
            ? ValidationResult.Error(string.Create(CultureInfo.InvariantCulture, $"Invalid time '{Start}' for --start: the recording covers {data.FirstObservation:yyyy-MM-ddTHH:mm}Z to {data.LastObservation:yyyy-MM-ddTHH:mm}Z."))
            : ValidationResult.Success();
    }

    /// <summary>Returns the <c>--speed</c> value, or null when it is not a number from <see cref="MinSpeed"/> to <see cref="MaxSpeed"/>.</summary>
    public double? ReplaySpeed() =>
        double.TryParse(Speed, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var speed)
        && speed >= MinSpeed && speed <= MaxSpeed
            ? speed
            : null;

    public DateTimeOffset? DemoStart() =>
        DateTimeOffset.TryParse(Start, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var start)
            ? start
            : null;
}

/// <summary>
/// <c>wx demo</c>: starts the fixture site, which replays buoy 44013, and watches two of its spots with the
/// real service and browser, keeping its data apart from the user's database.
/// </summary>
public sealed class DemoCommand : AsyncCommand<DemoSettings>
{
    /// <summary>The spots the demo watches: the recording as it happened and three days earlier.</summary>
    public static readonly IReadOnlyList<string> SpotIds = ["1786", "1787"];

    public override async Task<int> ExecuteAsync(CommandContext context, DemoSettings settings, CancellationToken cancellationToken)
    {
        var userConfiguration = CliConfiguration.Build(settings);
        ServiceLauncher.EnsureChromium(userConfiguration);
        var dataFolder = DemoDataFolder(userConfiguration);
        var speed = settings.ReplaySpeed()!.Value;

        // The replay clock starts over, so readings of an earlier demo would lie in its future: start empty.
        foreach (var file in new[] { "wx.db", "wx.db-journal", "wx.db-wal", "wx.db-shm" })
        {
            var path = Path.Combine(dataFolder, file);
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }

        await using var site = await FixtureSite.FixtureSite.StartAsync(
            new FixtureSiteOptions
            {
                ClockStart = settings.DemoStart()!.Value,
                ClockRunning = true,
                ClockRate = speed,
                MinimumLogLevel = settings.Verbose ? LogLevel.Information : LogLevel.None,
            },
            cancellationToken);

        var fixture = BuiltInSiteProfiles.FixtureId;
        var configuration = CliConfiguration.Build(settings, new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            [$"Sites:{fixture}:BaseUrl"] = site.BaseUrl.AbsoluteUri,
            [$"Sites:{fixture}:UserName"] = FixtureSiteOptions.DefaultUserName,
            [$"Sites:{fixture}:Password"] = FixtureSiteOptions.DefaultPassword,
            [$"Sites:{fixture}:PasswordFile"] = string.Empty,
            ["Data:Provider"] = "Sqlite",
            ["Data:ConnectionString"] = string.Empty,
            ["Data:Folder"] = dataFolder,
            // Refresh timers run on real time. FreshFor, IdleAfter and RecycleAfter are compared with the
            // service clock, which replays `speed` times faster, so they are scaled to keep their real length.
            ["Service:MinRefreshInterval"] = "00:00:20",
            ["Service:MaxRefreshInterval"] = "00:00:40",
            ["Service:FreshFor"] = ReplayDuration(TimeSpan.FromSeconds(10), speed),
            ["Service:IdleAfter"] = ReplayDuration(TimeSpan.FromMinutes(30), speed),
            ["Browser:RecycleAfter"] = ReplayDuration(TimeSpan.FromHours(6), speed),
            [CliConfiguration.DefaultSiteKey] = fixture,
            [CliConfiguration.ClockKey] = string.Empty,
        });

        var runFor = settings.For is null ? (TimeSpan?)null : Durations.Parse(settings.For, "--for");
        var options = settings.ToWatchOptions(runFor);
        if (!options.Plain)
        {
            AnsiConsole.MarkupLine($"[grey]Demo: fixture site at {Markup.Escape(site.BaseUrl.AbsoluteUri)} replaying NOAA buoy 44013 from {Markup.Escape(settings.Start)} at {speed.ToString(CultureInfo.InvariantCulture)}x real speed; data in {Markup.Escape(dataFolder)}.[/]");
        }

        await using var service = await ServiceLauncher.StartAsync(configuration, settings.Verbose, site.Clock, cancellationToken);
        var spots = SpotIds.Select(id => SpotKey.Create(fixture, id)).ToList();
        var session = new WatchSession(service.Client, spots, options, service.Time, AnsiConsole.Console, Console.Out, Console.Error);
        return await session.RunAsync(cancellationToken);
    }

    /// <summary>Returns the replayed time that passes during <paramref name="realTime"/>, as a setting value.</summary>
    private static string ReplayDuration(TimeSpan realTime, double speed) =>
        (realTime * speed).ToString("c", CultureInfo.InvariantCulture);

    /// <summary>Returns <c>demo</c> inside the configured data folder, so the demo never writes to the main database.</summary>
    private static string DemoDataFolder(IConfiguration configuration)
    {
        var data = configuration.GetSection(DataOptions.SectionName).Get<DataOptions>() ?? new DataOptions();
        try
        {
            return Path.Combine(data.ResolveFolder(), "demo");
        }
        catch (InvalidDataOptionsException exception)
        {
            throw CliException.Usage(exception.Message);
        }
    }
}
