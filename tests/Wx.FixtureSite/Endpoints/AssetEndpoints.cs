using System.Collections.Concurrent;

namespace Wx.FixtureSite.Endpoints;

/// <summary>Serves the page script and style sheet from embedded resources, so no files need to sit next to the assembly.</summary>
internal static class AssetEndpoints
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/assets/spot.js", () => Results.Text(Load("spot.js"), "text/javascript; charset=utf-8"));
        routes.MapGet("/assets/site.css", () => Results.Text(Load("site.css"), "text/css; charset=utf-8"));
    }

    private static string Load(string fileName) => Cache.GetOrAdd(fileName, name =>
    {
        var resourceName = "Wx.FixtureSite.Assets." + name;
        using var stream = typeof(AssetEndpoints).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded resource {resourceName} is missing from the fixture site assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}
