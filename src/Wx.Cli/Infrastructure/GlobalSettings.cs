using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Wx.Cli.Infrastructure;

/// <summary>Options every verb accepts.</summary>
public class GlobalSettings : CommandSettings
{
    [CommandOption("--verbose")]
    [Description("Print service logs and full error details (stack traces) to stderr. Default: off.")]
    public bool Verbose { get; init; }

    [CommandOption("--data-folder <PATH>")]
    [Description("Folder of the SQLite database; overrides the setting Data:Folder. Default: $XDG_DATA_HOME/wx or ~/.local/share/wx.")]
    public string? DataFolder { get; init; }

    [CommandOption("--chromium <PATH>")]
    [Description("Chromium executable; overrides the setting Browser:ChromiumPath. Default: /usr/bin/chromium.")]
    public string? ChromiumPath { get; init; }

    [CommandOption("--set <KEY=VALUE>")]
    [Description("Sets any setting, such as --set Service:MinRefreshInterval=00:01:00. Repeatable; wins over the settings file and WX_ variables.")]
    public string[] Set { get; init; } = [];

    public override ValidationResult Validate()
    {
        foreach (var pair in Set)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return ValidationResult.Error($"Invalid --set '{pair}': use KEY=VALUE, for example --set Browser:Headless=false.");
            }
        }

        return ValidationResult.Success();
    }

    /// <summary>The settings given on the command line, as configuration keys and values.</summary>
    public IReadOnlyDictionary<string, string?> CommandLineSettings()
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (DataFolder is not null)
        {
            settings["Data:Folder"] = DataFolder;
        }

        if (ChromiumPath is not null)
        {
            settings["Browser:ChromiumPath"] = ChromiumPath;
        }

        foreach (var pair in Set)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            settings[pair[..equals].Trim()] = pair[(equals + 1)..];
        }

        return settings;
    }
}
