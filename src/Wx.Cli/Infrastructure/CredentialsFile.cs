using System.Text.Json;
using System.Text.Json.Nodes;

namespace Wx.Cli.Infrastructure;

/// <summary>
/// The file <c>credentials.json</c>, shaped <c>{"Sites":{"SITE":{"UserName":..,"Password":..}}}</c> so that it
/// is read as a configuration source. wx keeps the file at mode 0600 in a folder at mode 0700.
/// </summary>
public sealed class CredentialsFile(string path)
{
    private const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode PrivateFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public string Path { get; } = path;

    /// <summary>Stores the credentials of <paramref name="site"/>, replacing earlier ones and keeping other sites.</summary>
    public void Save(string site, string userName, string password)
    {
        var root = Load();
        var sites = root["Sites"] as JsonObject ?? [];
        root["Sites"] = sites;
        sites[site] = new JsonObject { ["UserName"] = userName, ["Password"] = password };
        Write(root);
    }

    /// <summary>
    /// Removes the credentials of <paramref name="site"/>, and deletes the file when it contains nothing else.
    /// Returns false when none were stored.
    /// </summary>
    public bool Remove(string site)
    {
        if (!File.Exists(Path))
        {
            return false;
        }

        var root = Load();
        if (root["Sites"] is not JsonObject sites || !sites.Remove(site))
        {
            return false;
        }

        if (sites.Count == 0 && root.Count == 1)
        {
            File.Delete(Path);
        }
        else
        {
            Write(root);
        }

        return true;
    }

    /// <summary>The stored user name of <paramref name="site"/>, or null.</summary>
    public string? UserName(string site) => Load()["Sites"]?[site]?["UserName"]?.GetValue<string>();

    private JsonObject Load()
    {
        if (!File.Exists(Path))
        {
            return [];
        }

        try
        {
            return JsonNode.Parse(File.ReadAllText(Path)) as JsonObject
                ?? throw CliException.Usage($"Invalid credentials file '{Path}': it must contain a JSON object. Fix or remove it.");
        }
        catch (JsonException exception)
        {
            throw CliException.Usage($"Invalid credentials file '{Path}': {exception.Message} Fix or remove it.");
        }
    }

    private void Write(JsonObject root)
    {
        var folder = System.IO.Path.GetDirectoryName(Path)!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, PrivateFolder);
            File.SetUnixFileMode(folder, PrivateFolder);
        }

        // Write a private temporary file and rename it, so the password is never readable by others, even briefly.
        var temporary = Path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = PrivateFile;
        }

        using (var stream = new FileStream(temporary, options))
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            root.WriteTo(writer);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, PrivateFile);
        }

        File.Move(temporary, Path, overwrite: true);
    }
}
