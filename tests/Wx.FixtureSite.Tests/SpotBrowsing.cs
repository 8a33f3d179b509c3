using Microsoft.Playwright;

namespace Wx.FixtureSite.Tests;

/// <summary>Browser steps that many fixture site tests share: logging in, setting unit cookies, waiting for data.</summary>
internal static class SpotBrowsing
{
    public const string ReadySelector = "#current-conditions[data-state=ready]";

    /// <summary>Longest wait for a page to render its data; the site's render delay is 200 ms.</summary>
    public static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Logs in through <c>/login</c>, submitting the form twice because the site sends the first POST
    /// without its visit cookie back to the form. Ends on <paramref name="returnPath"/>.
    /// </summary>
    public static async Task LogInAsync(IPage page, FixtureSite site, string returnPath = "/")
    {
        await OpenLoginFormAsync(page, site, returnPath);
        await SubmitLoginAsync(page, site.Options.UserName, site.Options.Password);
        await SubmitLoginAsync(page, site.Options.UserName, site.Options.Password);
        await page.WaitForSelectorAsync("#user-menu .signed-in", new PageWaitForSelectorOptions { Timeout = 5000 });
    }

    public static async Task<IResponse?> OpenLoginFormAsync(IPage page, FixtureSite site, string returnPath = "/") =>
        await page.GotoAsync(new Uri(site.BaseUrl, "login?returnUrl=" + Uri.EscapeDataString(returnPath)).ToString());

    /// <summary>Fills and submits <c>#login-form</c>, then waits until the document that the POST led to has loaded.</summary>
    public static async Task SubmitLoginAsync(IPage page, string userName, string password)
    {
        await page.FillAsync("#login-username", userName);
        await page.FillAsync("#login-password", password);

        // The quirk sends the browser back to the same URL, so wait for a new document, not for a URL.
        await page.EvaluateAsync("() => { window.wxOldDocument = true; }");
        await page.ClickAsync("#login-submit");
        await page.WaitForFunctionAsync(
            "() => window.wxOldDocument === undefined && document.readyState !== 'loading'",
            null,
            new PageWaitForFunctionOptions { Timeout = 10_000 });
    }

    /// <summary>Sets the display unit cookies the site reads: SpeedUnits, TemperatureUnits and PressureUnits.</summary>
    public static Task SetUnitsAsync(IBrowserContext context, FixtureSite site, string speed, string temperature, string pressure)
    {
        var url = site.BaseUrl.ToString();
        return context.AddCookiesAsync(
        [
            new Cookie { Name = "SpeedUnits", Value = speed, Url = url },
            new Cookie { Name = "TemperatureUnits", Value = temperature, Url = url },
            new Cookie { Name = "PressureUnits", Value = pressure, Url = url },
        ]);
    }

    /// <summary>Opens the page of <paramref name="spotId"/> and waits for its ready marker.</summary>
    public static async Task<IResponse?> OpenSpotAsync(IPage page, FixtureSite site, string spotId)
    {
        var response = await page.GotoAsync(site.SpotUrl(spotId).ToString());
        await page.WaitForSelectorAsync(ReadySelector, new PageWaitForSelectorOptions
        {
            State = WaitForSelectorState.Attached,
            Timeout = (float)ReadyTimeout.TotalMilliseconds,
        });
        return response;
    }

    /// <summary>Returns the trimmed text of the one element that matches <paramref name="selector"/>.</summary>
    public static async Task<string> TextAsync(IPage page, string selector) =>
        (await page.Locator(selector).TextContentAsync(new LocatorTextContentOptions { Timeout = 2000 }) ?? string.Empty).Trim();
}
