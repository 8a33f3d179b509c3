using System.Globalization;
using Microsoft.Extensions.Configuration;
using Wx.Scraper.Sites;

namespace Wx.Cli.Infrastructure;

/// <summary>
/// Builds the settings of a run. Later sources win: <c>config.json</c>, <c>credentials.json</c>, environment
/// variables with the prefix <c>WX_</c> (<c>__</c> separates sections), the command line, then
/// <paramref name="overrides"/> (the demo's own settings).
/// </summary>
public static class CliConfiguration
{
    /// <summary>Setting that names the site of spot ids given without one.</summary>
    public const string DefaultSiteKey = "DefaultSite";

    /// <summary>Setting that replays recorded data: the service clock starts at this UTC time and runs at real speed.</summary>
    public const string ClockKey = "Clock";

    public static IConfigurationRoot Build(GlobalSettings settings, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var folder = CliPaths.ConfigFolder();
        var builder = new ConfigurationBuilder()
            .AddJsonFile(CliPaths.SettingsFile(folder), optional: true, reloadOnChange: false)
            .AddJsonFile(CliPaths.CredentialsFile(folder), optional: true, reloadOnChange: false)
            .AddEnvironmentVariables("WX_")
            .AddInMemoryCollection(settings.CommandLineSettings());
        if (overrides is not null)
        {
            builder.AddInMemoryCollection(overrides);
        }

        try
        {
            return builder.Build();
        }
        catch (InvalidDataException exception)
        {
            throw CliException.Usage($"Invalid settings file: {exception.Message} Fix or remove the file in {folder}.");
        }
        catch (FormatException exception)
        {
            throw CliException.Usage($"Invalid settings file: {exception.Message} Fix or remove the file in {folder}.");
        }
    }

    /// <summary>The site of spot ids given without one: the setting <c>DefaultSite</c>, else <c>weatherflow</c>.</summary>
    public static string DefaultSite(IConfiguration configuration) =>
        configuration[DefaultSiteKey] is { Length: > 0 } site ? site : BuiltInSiteProfiles.WeatherFlowId;

    /// <summary>The replay start from the setting <c>Clock</c>, or null when it is unset.</summary>
    /// <exception cref="CliException">The value is not an ISO 8601 time.</exception>
    public static DateTimeOffset? ReplayStart(IConfiguration configuration)
    {
        var text = configuration[ClockKey];
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var start))
        {
            return start;
        }

        throw CliException.Usage($"Invalid setting Clock '{text}' (WX_CLOCK): use an ISO 8601 UTC time such as 2022-04-28T18:00:00Z.");
    }
}
