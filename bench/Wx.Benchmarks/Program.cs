// Measures the scraper's speed and memory choices against a baseline run in the same process, on the local
// fixture site and Debian's Chromium, and prints a Markdown table of ratios.
// Run: dotnet run -c Release --project bench/Wx.Benchmarks [-- --rounds N]
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Wx.Core.Spots;
using Wx.FixtureSite;
using Wx.Scraper.Browser;
using Wx.Scraper.Login;
using Wx.Scraper.Sites;
using Wx.Scraper.Worker;

var rounds = args.Length == 2 && args[0] == "--rounds" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 30;
var chromium = Environment.GetEnvironmentVariable("WX_BROWSER__CHROMIUMPATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

// Ten more spots replaying the same buoy give the memory measure one tab each.
var extraSpots = Enumerable.Range(2001, 10).Select(id => new FixtureSpot(id.ToString(CultureInfo.InvariantCulture), "Bench spot " + id, "America/New_York", TimeSpan.Zero));
await using var site = await FixtureSite.StartAsync(new FixtureSiteOptions
{
    ClockStart = new DateTimeOffset(2022, 4, 28, 18, 0, 0, TimeSpan.Zero),
    Spots = [.. FixtureSpotCatalog.DefaultSpots, .. extraSpots],
});
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Sites:fixture:BaseUrl"] = site.BaseUrl.AbsoluteUri,
    ["Sites:fixture:UserName"] = FixtureSiteOptions.DefaultUserName,
    ["Sites:fixture:Password"] = FixtureSiteOptions.DefaultPassword,
}).Build();
var sessions = new MemorySessions();
var options = new BrowserOptions { ChromiumPath = chromium, StateDirectory = Path.Combine(Path.GetTempPath(), "wx-benchmarks") };
await using var worker = new ScraperWorker(
    Options.Create(options),
    SiteProfileCatalog.FromConfiguration(configuration),
    new ConfiguredCredentialSource(configuration),
    sessions,
    site.Clock,
    NullLogger<ScraperWorker>.Instance);

var spot = SpotKey.Create("fixture", "1786");
await worker.ExecuteAsync(new ReadSpotCommand(spot) { CaptureImages = false });
var rows = new List<string[]>();

// 1. Refresh: the worker reloads the spot's open tab in place. The baseline opens a new tab in the same
// context for every read, waits for the same marker, reads the same fields and closes the tab.
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = chromium,
    Args = Environment.UserName == "root" ? ["--no-sandbox", "--disable-gpu"] : ["--disable-gpu"],
});
var context = await browser.NewContextAsync(new BrowserNewContextOptions { StorageState = sessions.State });
await context.AddCookiesAsync([new Cookie { Name = "SpeedUnits", Value = "kts", Url = site.BaseUrl.GetLeftPart(UriPartial.Authority) }]);
var newTab = await MeasureAsync(rounds, async () =>
{
    var page = await context.NewPageAsync();
    await page.GotoAsync(site.SpotUrl("1786").AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
    await page.WaitForSelectorAsync("#current-conditions[data-state=ready]");
    await page.EvaluateAsync<string[]>("() => ['.jw-cc-data-date', '.jw-cc-data-speed', '.jw-data-gust .jw-data-value'].map(s => document.querySelector(s).textContent)");
    await page.CloseAsync();
});
var reload = await MeasureAsync(rounds, () => worker.ExecuteAsync(new ReadSpotCommand(spot) { CaptureImages = false }));
rows.Add(Row("Read a spot: reload its open tab (worker) / new tab per read", reload, newTab));

// 2. Images: the worker's canvas toDataURL and SVG-to-canvas capture, against element screenshots of the same two elements.
var pageForShots = await context.NewPageAsync();
await pageForShots.GotoAsync(site.SpotUrl("1786").AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
await pageForShots.WaitForSelectorAsync("#current-conditions[data-state=ready]");
var screenshots = await MeasureAsync(rounds, async () =>
{
    await pageForShots.Locator("svg.jw-cc-data-gauge").ScreenshotAsync();
    await pageForShots.Locator("canvas#wind-graph").ScreenshotAsync();
});
var scripted = await MeasureAsync(rounds, async () =>
{
    await pageForShots.EvaluateAsync<System.Text.Json.JsonElement>(PageScripts.CaptureElement, "svg.jw-cc-data-gauge");
    await pageForShots.EvaluateAsync<System.Text.Json.JsonElement>(PageScripts.CaptureElement, "canvas#wind-graph");
});
rows.Add(Row("Gauge and graph images: worker's page script / two element screenshots", scripted, screenshots));
await worker.ExecuteAsync(new CaptureImagesCommand(spot));
var capture = await MeasureAsync(rounds, () => worker.ExecuteAsync(new CaptureImagesCommand(spot)));
var readOnly = await MeasureAsync(rounds, () => worker.ExecuteAsync(new ReadSpotCommand(spot) { CaptureImages = false }));
rows.Add(Row("Images command (reload + capture) / read without images", capture, readOnly));

// 3. Memory: proportional set size of the worker's browser with 10 spot tabs open against 1.
await using var memoryWorker = new ScraperWorker(
    Options.Create(new BrowserOptions { ChromiumPath = chromium, MaxOpenTabs = 10, StateDirectory = options.StateDirectory }),
    SiteProfileCatalog.FromConfiguration(configuration),
    new ConfiguredCredentialSource(configuration),
    sessions,
    site.Clock,
    NullLogger<ScraperWorker>.Instance);
await memoryWorker.ExecuteAsync(new ReadSpotCommand(spot) { CaptureImages = false });
await Task.Delay(500);
var oneTab = memoryWorker.GetStatus().MemoryBytes ?? 0;
foreach (var id in Enumerable.Range(2001, 9))
{
    await memoryWorker.ExecuteAsync(new ReadSpotCommand(SpotKey.Create("fixture", id.ToString(CultureInfo.InvariantCulture))) { CaptureImages = false });
}

await Task.Delay(500);
var tenTabs = memoryWorker.GetStatus();

// 4. Concurrency: eight spots read at once through a worker that allows three pages at a time, against one at a time.
var eightSpots = Enumerable.Range(2001, 8).Select(id => SpotKey.Create("fixture", id.ToString(CultureInfo.InvariantCulture))).ToList();
async Task<TimeSpan> ReadAllAsync(int pages)
{
    await using var concurrent = new ScraperWorker(
        Options.Create(new BrowserOptions { ChromiumPath = chromium, MaxOpenTabs = 10, MaxConcurrentPages = pages, StateDirectory = options.StateDirectory }),
        SiteProfileCatalog.FromConfiguration(configuration),
        new ConfiguredCredentialSource(configuration),
        sessions,
        site.Clock,
        NullLogger<ScraperWorker>.Instance);
    return await MeasureAsync(Math.Max(3, rounds / 5), () => Task.WhenAll(eightSpots.Select(spot => concurrent.ExecuteAsync(new ReadSpotCommand(spot) { CaptureImages = false }))));
}

var serial = await ReadAllAsync(1);
var threeAtOnce = await ReadAllAsync(3);
rows.Add(Row("Read 8 spots: 3 pages at once / 1 page at a time", threeAtOnce, serial));
Console.WriteLine("| Measure | wx | Baseline | Ratio |");
Console.WriteLine("|---|---|---|---|");
foreach (var row in rows)
{
    Console.WriteLine("| " + string.Join(" | ", row) + " |");
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"| Browser memory (PSS): {tenTabs.OpenTabs} tabs / 1 tab | {tenTabs.MemoryBytes / 1048576.0:0} MB | {oneTab / 1048576.0:0} MB | {(double)(tenTabs.MemoryBytes ?? 0) / oneTab:0.00} |"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\nMedians of {rounds} rounds each, Chromium {tenTabs.Version}, {Environment.ProcessorCount} cores."));
return 0;

static async Task<TimeSpan> MeasureAsync(int rounds, Func<Task> action)
{
    await action();
    var samples = new List<TimeSpan>();
    for (var i = 0; i < rounds; i++)
    {
        var start = Stopwatch.GetTimestamp();
        await action();
        samples.Add(Stopwatch.GetElapsedTime(start));
    }

    samples.Sort();
    return samples[samples.Count / 2];
}

static string[] Row(string name, TimeSpan measured, TimeSpan baseline) =>
[
    name,
    string.Create(CultureInfo.InvariantCulture, $"{measured.TotalMilliseconds:0.0} ms"),
    string.Create(CultureInfo.InvariantCulture, $"{baseline.TotalMilliseconds:0.0} ms"),
    string.Create(CultureInfo.InvariantCulture, $"{measured / baseline:0.00}"),
];

/// <summary>Keeps the login state in memory and hands it to the baseline's context.</summary>
internal sealed class MemorySessions : ISessionStateStore
{
    public string? State { get; private set; }

    public Task<string?> LoadAsync(string site, CancellationToken cancellationToken) => Task.FromResult(State);

    public Task SaveAsync(string site, string storageStateJson, CancellationToken cancellationToken)
    {
        State = storageStateJson;
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string site, CancellationToken cancellationToken)
    {
        State = null;
        return Task.CompletedTask;
    }
}
