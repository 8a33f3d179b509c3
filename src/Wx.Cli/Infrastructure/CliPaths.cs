namespace Wx.Cli.Infrastructure;

/// <summary>Locations of the settings and credentials files, following the XDG base directory rules.</summary>
public static class CliPaths
{
    /// <summary>
    /// Returns <c>$XDG_CONFIG_HOME/wx</c>, or <c>~/.config/wx</c> when <c>XDG_CONFIG_HOME</c> is unset or empty.
    /// </summary>
    /// <exception cref="CliException">Neither XDG_CONFIG_HOME nor HOME is set.</exception>
    public static string ConfigFolder(Func<string, string?>? getEnvironmentVariable = null)
    {
        getEnvironmentVariable ??= Environment.GetEnvironmentVariable;
        var configHome = getEnvironmentVariable("XDG_CONFIG_HOME");
        if (!string.IsNullOrEmpty(configHome))
        {
            return Path.Combine(configHome, "wx");
        }

        var home = getEnvironmentVariable("HOME");
        if (string.IsNullOrEmpty(home))
        {
            home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        }

        if (string.IsNullOrEmpty(home))
        {
            throw CliException.Usage("Cannot find the settings folder because neither XDG_CONFIG_HOME nor HOME is set. Set one of them.");
        }

        return Path.Combine(home, ".config", "wx");
    }

    public static string SettingsFile(string configFolder) => Path.Combine(configFolder, "config.json");

    public static string CredentialsFile(string configFolder) => Path.Combine(configFolder, "credentials.json");
}
