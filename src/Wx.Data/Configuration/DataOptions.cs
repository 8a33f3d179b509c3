namespace Wx.Data.Configuration;

/// <summary>
/// Database settings, bound from the configuration section <c>Data</c> (environment variables
/// <c>WX_DATA__PROVIDER</c>, <c>WX_DATA__CONNECTIONSTRING</c> and <c>WX_DATA__FOLDER</c>).
/// </summary>
public sealed class DataOptions
{
    /// <summary>Name of the configuration section these options are bound from.</summary>
    public const string SectionName = "Data";

    /// <summary>Name of the SQLite file created in <see cref="Folder"/> when no connection string is set.</summary>
    public const string DefaultSqliteFileName = "wx.db";

    /// <summary>Database provider name: <c>Sqlite</c> (the default) or <c>PostgreSQL</c>, compared ignoring case.</summary>
    public string Provider { get; set; } = nameof(DataProvider.Sqlite);

    /// <summary>
    /// ADO.NET connection string. Required for PostgreSQL. For SQLite it replaces the default file
    /// <c>wx.db</c> in <see cref="Folder"/>. It may contain a password, so wx never logs it.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Folder of the default SQLite file. When unset: <c>$XDG_DATA_HOME/wx</c>, or <c>~/.local/share/wx</c>
    /// when <c>XDG_DATA_HOME</c> is unset or empty.
    /// </summary>
    public string? Folder { get; set; }

    /// <summary>Parses <see cref="Provider"/>.</summary>
    /// <exception cref="InvalidDataOptionsException">The name is not one of the allowed provider names.</exception>
    public DataProvider GetProvider()
    {
        var name = Provider?.Trim() ?? string.Empty;
        foreach (var provider in Enum.GetValues<DataProvider>())
        {
            if (string.Equals(name, provider.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return provider;
            }
        }

        throw new InvalidDataOptionsException(
            $"Invalid {SectionName}:Provider '{Provider}': allowed values are {string.Join(", ", Enum.GetNames<DataProvider>())}.");
    }

    /// <summary>
    /// Returns the folder of the default SQLite file: <see cref="Folder"/> when set, else the XDG data folder
    /// read through <paramref name="getEnvironmentVariable"/> (the process environment when null).
    /// </summary>
    /// <exception cref="InvalidDataOptionsException">No folder is set and the home folder is unknown.</exception>
    public string ResolveFolder(Func<string, string?>? getEnvironmentVariable = null)
    {
        if (!string.IsNullOrWhiteSpace(Folder))
        {
            return Path.GetFullPath(Folder);
        }

        getEnvironmentVariable ??= Environment.GetEnvironmentVariable;
        var dataHome = getEnvironmentVariable("XDG_DATA_HOME");
        if (!string.IsNullOrEmpty(dataHome))
        {
            return Path.Combine(dataHome, "wx");
        }

        var home = getEnvironmentVariable("HOME");
        if (string.IsNullOrEmpty(home))
        {
            home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        }

        if (string.IsNullOrEmpty(home))
        {
            throw new InvalidDataOptionsException(
                $"Missing {SectionName}:Folder: set it (environment variable WX_DATA__FOLDER) because neither XDG_DATA_HOME nor HOME is set.");
        }

        return Path.Combine(home, ".local", "share", "wx");
    }
}
