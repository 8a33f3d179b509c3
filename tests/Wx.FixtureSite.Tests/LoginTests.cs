using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using Wx.Testing.Browsers;

namespace Wx.FixtureSite.Tests;

/// <summary>The login form, the "log in twice" quirk and session expiry.</summary>
[Collection(ChromiumGroup.Name)]
public sealed class LoginTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task First_post_returns_to_form()
    {
        await using var site = await FixtureSite.StartAsync();
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await SpotBrowsing.OpenLoginFormAsync(page, site, "/spot/1786");

        await SpotBrowsing.SubmitLoginAsync(page, site.Options.UserName, site.Options.Password);

        Assert.Equal("/login", new Uri(page.Url).AbsolutePath);
        Assert.Equal(1, await page.Locator("#login-form").CountAsync());
        Assert.Equal(0, await page.Locator(".login-error").CountAsync());
        Assert.Equal(0, await page.Locator("#user-menu .signed-in").CountAsync());
        Assert.Equal(1, site.Counters.LoginPosts);
        Assert.Equal(0, site.Counters.LoginsAccepted);
        Assert.Equal(0, site.Sessions.ActiveCount);

        await SpotBrowsing.SubmitLoginAsync(page, site.Options.UserName, site.Options.Password);

        Assert.Equal("/spot/1786", new Uri(page.Url).AbsolutePath);
        Assert.Equal("Signed in as demo", await SpotBrowsing.TextAsync(page, "#user-menu .signed-in"));
        Assert.Equal(2, site.Counters.LoginPosts);
        Assert.Equal(1, site.Counters.LoginsAccepted);
        Assert.Equal(1, site.Sessions.ActiveCount);
    }

    [Fact]
    public async Task Wrong_password_shows_error()
    {
        await using var site = await FixtureSite.StartAsync();
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await SpotBrowsing.OpenLoginFormAsync(page, site, "/spot/1786");

        // The quirk hides even a wrong password on the first POST.
        await SpotBrowsing.SubmitLoginAsync(page, site.Options.UserName, "wrong-password");
        Assert.Equal(0, await page.Locator(".login-error").CountAsync());

        await SpotBrowsing.SubmitLoginAsync(page, site.Options.UserName, "wrong-password");

        Assert.Equal("Invalid user name or password.", await SpotBrowsing.TextAsync(page, ".login-error"));
        Assert.Equal(1, await page.Locator("#login-form").CountAsync());
        Assert.Equal(site.Options.UserName, await page.InputValueAsync("#login-username"));
        Assert.Equal(0, await page.Locator("#user-menu .signed-in").CountAsync());
        Assert.Equal(0, site.Counters.LoginsAccepted);
    }

    [Fact]
    public async Task Spot_page_without_login_shows_form()
    {
        await using var site = await FixtureSite.StartAsync();
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(site.SpotUrl("1786").ToString());

        Assert.Equal(200, response?.Status);
        Assert.Equal(1, await page.Locator("#login-form").CountAsync());
        Assert.Equal(0, await page.Locator("#current-conditions").CountAsync());
        Assert.Equal("Boston Approach (NOAA 44013)", await SpotBrowsing.TextAsync(page, "#spot-info-title"));
    }

    [Fact]
    public async Task Expired_session_shows_form()
    {
        var time = new FakeTimeProvider();
        await using var site = await FixtureSite.StartAsync(new FixtureSiteOptions
        {
            TimeProvider = time,
            SessionLifetime = TimeSpan.FromMinutes(30),
        });
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await SpotBrowsing.LogInAsync(page, site);

        time.Advance(TimeSpan.FromMinutes(29));
        await SpotBrowsing.OpenSpotAsync(page, site, "1786");
        Assert.Equal(1, site.Sessions.ActiveCount);

        time.Advance(TimeSpan.FromMinutes(1));
        var response = await page.GotoAsync(site.SpotUrl("1786").ToString());

        Assert.Equal(200, response?.Status);
        Assert.Equal(1, await page.Locator("#login-form").CountAsync());
        Assert.Equal(0, await page.Locator("#current-conditions").CountAsync());
        Assert.Equal(0, await page.Locator("#user-menu .signed-in").CountAsync());
        Assert.Equal(0, site.Sessions.ActiveCount);
    }

    [Fact]
    public async Task Expire_all_ends_session()
    {
        await using var site = await FixtureSite.StartAsync();
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await SpotBrowsing.LogInAsync(page, site);
        await SpotBrowsing.OpenSpotAsync(page, site, "1786");

        site.Sessions.ExpireAll();
        var response = await page.GotoAsync(site.SpotUrl("1786").ToString());

        Assert.Equal(200, response?.Status);
        Assert.Equal(1, await page.Locator("#login-form").CountAsync());
        Assert.Equal(0, await page.Locator("#current-conditions").CountAsync());
    }

    [Fact]
    public async Task Login_from_spot_page_form()
    {
        await using var site = await FixtureSite.StartAsync();
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.SpotUrl("4242").ToString());

        await SpotBrowsing.SubmitLoginAsync(page, site.Options.UserName, site.Options.Password);
        await SpotBrowsing.SubmitLoginAsync(page, site.Options.UserName, site.Options.Password);

        Assert.Equal("/spot/4242", new Uri(page.Url).AbsolutePath);
        await page.WaitForSelectorAsync(SpotBrowsing.ReadySelector, new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        Assert.Equal("Test Beach", await SpotBrowsing.TextAsync(page, "#spot-info-title"));
    }
}
