using System.Diagnostics;
using Wx.Scraper.Browser;
using Wx.Scraper.Worker;
using Wx.Testing.Fixture;

namespace Wx.Scraper.Tests;

/// <summary>Browsers left behind by a wx process that died are found by their mark and stopped.</summary>
public sealed class OrphanBrowserTests(FixtureSiteFixture fixture) : IClassFixture<FixtureSiteFixture>
{
    [Fact]
    public async Task Orphaned_browser_is_killed_at_start()
    {
        fixture.Reset();

        // A Chromium marked as started by a wx process that no longer exists (no process has that id).
        var start = new ProcessStartInfo(ScraperHarness.ChromiumPath)
        {
            ArgumentList = { "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + Directory.CreateTempSubdirectory("wx-orphan-").FullName, "about:blank" },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment[ChromiumProcessTracker.OwnerVariable] = "2147483000.12345.orphan";
        using var orphan = Process.Start(start)!;
        await Task.Delay(500);
        Assert.False(orphan.HasExited);

        await using (var worker = ScraperHarness.CreateWorker(fixture.Site, new MemorySessionStore()))
        {
            await worker.ExecuteAsync(new ReadSpotCommand(Core.Spots.SpotKey.Create("fixture", "1786")) { CaptureImages = false });
        }

        using var waited = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await orphan.WaitForExitAsync(waited.Token);
        Assert.True(orphan.HasExited);
        Assert.Empty(await ScraperHarness.WaitForNoOwnChromiumAsync());
    }
}
