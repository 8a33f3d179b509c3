using Wx.Testing.Browsers;

namespace Wx.FixtureSite.Tests;

/// <summary>Ids outside the catalogue: six digits starting with 9 get a 200 "Spot not found" page, all others 404.</summary>
[Collection(ChromiumGroup.Name)]
public sealed class UnknownSpotTests(ChromiumFixture chromium)
{
    [Theory]
    [InlineData("1234")]
    [InlineData("99999")]
    [InlineData("9000000")]
    [InlineData("812345")]
    [InlineData("bad.id")]
    public async Task Unknown_id_answers_404(string spotId)
    {
        await using var site = await FixtureSite.StartAsync();
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await SpotBrowsing.LogInAsync(page, site);

        var response = await page.GotoAsync(site.SpotUrl(spotId).ToString());

        Assert.Equal(404, response?.Status);
        Assert.Equal("Page not found", await SpotBrowsing.TextAsync(page, "main h1"));
        Assert.Equal(0, await page.Locator("#current-conditions").CountAsync());
    }

    [Theory]
    [InlineData("900000")]
    [InlineData("912345")]
    [InlineData("999999")]
    public async Task Unknown_id_shows_not_found_page(string spotId)
    {
        await using var site = await FixtureSite.StartAsync();
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await SpotBrowsing.LogInAsync(page, site);

        var response = await page.GotoAsync(site.SpotUrl(spotId).ToString());

        Assert.Equal(200, response?.Status);
        Assert.Equal("Spot not found", await SpotBrowsing.TextAsync(page, ".spot-not-found h1"));
        Assert.Contains(spotId, await SpotBrowsing.TextAsync(page, ".spot-not-found p"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#current-conditions").CountAsync());
    }
}
