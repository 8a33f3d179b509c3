using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Wx.Data.Configuration;
using Wx.FixtureSite;
using Wx.Scraper.Browser;
using Wx.Scraper.Sites;
using Wx.Service;

namespace Wx.Cli.Infrastructure;

/// <summary>A started in-process service and the clock its readings are judged by.</summary>
public sealed record RunningService(InProcessWxClient Client, TimeProvider Time) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Client.DisposeAsync();
}

/// <summary>Checks the settings and starts the wx service inside this process.</summary>
public static class ServiceLauncher
{
    /// <summary>
    /// Starts the service. <paramref name="clock"/> replaces the service clock; without it the setting
    /// <c>Clock</c> selects a replay clock, else the system clock is used.
    /// </summary>
    /// <exception cref="CliException">A setting is invalid.</exception>
    public static async Task<RunningService> StartAsync(IConfiguration configuration, bool verbose, TimeProvider? clock, CancellationToken cancellationToken) =>
        await StartAsync(configuration, verbose, clock, resumeWatchedSpots: false, cancellationToken);

    /// <summary>
    /// Starts the service. With <paramref name="resumeWatchedSpots"/> it also resumes refreshes of spots that any
    /// client read within the idle interval, as a long-running server does.
    /// </summary>
    /// <exception cref="CliException">A setting is invalid.</exception>
    public static async Task<RunningService> StartAsync(IConfiguration configuration, bool verbose, TimeProvider? clock, bool resumeWatchedSpots, CancellationToken cancellationToken)
    {
        CheckSettings(configuration);
        var time = clock ?? CreateClock(configuration);

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddConfiguration(configuration);

        // A short command refreshes only what it reads; only 'wx serve' resumes spots that others read.
        if (!resumeWatchedSpots)
        {
            builder.Configuration.AddInMemoryCollection([new KeyValuePair<string, string?>("Service:ResumeWatchedSpots", "false")]);
        }

        ConfigureLogging(builder.Logging, verbose);
        builder.Services.AddSingleton(new ServiceClock(time));

        var client = await InProcessWxClient.StartAsync(builder, CliConfiguration.DefaultSite(configuration), cancellationToken);
        return new RunningService(client, time);
    }

    /// <summary>Returns a replay clock when the setting <c>Clock</c> is set, else the system clock.</summary>
    /// <exception cref="CliException">The setting Clock is not an ISO 8601 time.</exception>
    public static TimeProvider CreateClock(IConfiguration configuration) =>
        CliConfiguration.ReplayStart(configuration) is { } start ? new FixtureClock(start, running: true) : TimeProvider.System;

    /// <summary>Logs to stderr with <c>--verbose</c>; otherwise logs nothing, so the live view stays intact.</summary>
    public static void ConfigureLogging(ILoggingBuilder logging, bool verbose)
    {
        ArgumentNullException.ThrowIfNull(logging);
        logging.ClearProviders();
        if (verbose)
        {
            logging.SetMinimumLevel(LogLevel.Information);

            // Each database query and Orleans' start-up steps would drown wx's own messages.
            logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
            logging.AddFilter("Orleans", LogLevel.Warning);
            logging.AddSimpleConsole(console => console.SingleLine = true);
            logging.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        }
        else
        {
            logging.SetMinimumLevel(LogLevel.None);
        }
    }

    /// <summary>Throws <see cref="BrowserNotFoundException"/> when the configured Chromium executable is missing.</summary>
    public static void EnsureChromium(IConfiguration configuration)
    {
        var options = configuration.GetSection(BrowserOptions.SectionName).Get<BrowserOptions>() ?? new BrowserOptions();
        if (!File.Exists(options.ChromiumPath))
        {
            throw new BrowserNotFoundException(options.ChromiumPath);
        }
    }

    /// <summary>Rejects a spot whose site has no profile, before the service starts.</summary>
    public static void EnsureSiteKnown(IConfiguration configuration, string site)
    {
        SiteProfileCatalog catalog;
        try
        {
            catalog = SiteProfileCatalog.FromConfiguration(configuration);
        }
        catch (InvalidSiteProfileException exception)
        {
            throw CliException.Usage(exception.Message);
        }

        if (!catalog.TryGet(site, out _))
        {
            var known = string.Join(", ", catalog.Profiles.Select(profile => profile.Id).Order(StringComparer.Ordinal));
            throw CliException.Usage($"Unknown site '{site}': known sites are {known}. Add a profile under the setting Sites:{site} or use one of those.");
        }
    }

    private static void CheckSettings(IConfiguration configuration)
    {
        ServiceOptions service;
        DataOptions data;
        try
        {
            service = configuration.GetSection(ServiceOptions.SectionName).Get<ServiceOptions>() ?? new ServiceOptions();
            data = configuration.GetSection(DataOptions.SectionName).Get<DataOptions>() ?? new DataOptions();
            configuration.GetSection(BrowserOptions.SectionName).Get<BrowserOptions>();
        }
        catch (InvalidOperationException exception)
        {
            // The binder names the setting and the value it could not convert.
            throw CliException.Usage($"Invalid setting: {exception.Message}");
        }

        var problems = service.Validate().ToList();
        if (problems.Count > 0)
        {
            throw CliException.Usage(string.Join(" ", problems));
        }

        try
        {
            data.GetProvider();
        }
        catch (InvalidDataOptionsException exception)
        {
            throw CliException.Usage(exception.Message);
        }
    }
}
