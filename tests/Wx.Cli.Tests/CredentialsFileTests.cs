using System.Text.Json.Nodes;
using Wx.Cli.Infrastructure;

namespace Wx.Cli.Tests;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class CredentialsFileTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("wx-credentials-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Save_writes_private_file()
    {
        var path = Path.Combine(_root, "wx", "credentials.json");
        var file = new CredentialsFile(path);
        file.Save("weatherflow", "rider", "s3cret");
        file.Save("fixture", "demo", "fixture-demo");

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(path)!));
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        Assert.Equal("rider", json["Sites"]!["weatherflow"]!["UserName"]!.GetValue<string>());
        Assert.Equal("s3cret", json["Sites"]!["weatherflow"]!["Password"]!.GetValue<string>());
        Assert.Equal("demo", file.UserName("fixture"));
    }

    [Fact]
    public void Remove_keeps_other_sites()
    {
        var path = Path.Combine(_root, "credentials.json");
        var file = new CredentialsFile(path);
        file.Save("weatherflow", "rider", "s3cret");
        file.Save("fixture", "demo", "fixture-demo");

        Assert.True(file.Remove("weatherflow"));
        Assert.False(file.Remove("weatherflow"));
        Assert.Null(file.UserName("weatherflow"));
        Assert.Equal("demo", file.UserName("fixture"));
        Assert.DoesNotContain("s3cret", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Remove_last_site_deletes_file()
    {
        var path = Path.Combine(_root, "credentials.json");
        var file = new CredentialsFile(path);
        file.Save("fixture", "demo", "fixture-demo");

        Assert.True(file.Remove("fixture"));

        Assert.False(File.Exists(path));
        Assert.False(file.Remove("fixture"));
    }

    [Fact]
    public void Remove_keeps_file_with_other_keys()
    {
        var path = Path.Combine(_root, "credentials.json");
        File.WriteAllText(path, """{"Sites":{"fixture":{"UserName":"demo","Password":"fixture-demo"}},"DefaultSite":"fixture"}""");
        var file = new CredentialsFile(path);

        Assert.True(file.Remove("fixture"));

        Assert.True(File.Exists(path));
        Assert.Equal("fixture", JsonNode.Parse(File.ReadAllText(path))!["DefaultSite"]!.GetValue<string>());
        Assert.DoesNotContain("fixture-demo", File.ReadAllText(path), StringComparison.Ordinal);
    }
}
