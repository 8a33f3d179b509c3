using System.Diagnostics;
using Microsoft.Playwright;
using Wx.Testing.Browsers;

namespace Wx.FixtureSite.Tests;

/// <summary>The per-spot fault switches, seen from a real browser.</summary>
[Collection(ChromiumGroup.Name)]
public sealed class FaultTests(ChromiumFixture chromium)
{
    private static readonly Dictionary<SpotField, string> FieldSelectors = new()
    {
        [SpotField.ObservedAt] = ".jw-cc-data-date",
        [SpotField.Wind] = ".jw-cc-data-speed",
        [SpotField.Gust] = "div.jw-data-item.jw-data-gust",
        [SpotField.Lull] = "div.jw-data-item.jw-data-lull",
        [SpotField.AirTemperature] = "div.jw-data-item.jw-data-air-temp",
        [SpotField.Pressure] = "div.jw-data-item.jw-data-air-pressure",
        [SpotField.Gauge] = "svg.jw-cc-data-gauge",
        [SpotField.Graph] = "canvas#wind-graph",
    };

    public static TheoryData<SpotField> AllFields() => new(Enum.GetValues<SpotField>());

    [Fact]
    public async Task Hanging_iframe_blocks_load_event()
    {
        await using var site = await FixtureSite.StartAsync();
        site.Faults.Set("1786", new FixtureFault { HangingIframe = true });
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await SpotBrowsing.LogInAsync(page, site);
        var loadFired = false;
        page.Load += (_, _) => loadFired = true;

        await page.GotoAsync(site.SpotUrl("1786").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.WaitForSelectorAsync(SpotBrowsing.ReadySelector, new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });

        Assert.Equal(1, await page.Locator("iframe[src='/_fixture/hang']").CountAsync());
        Assert.Equal("interactive", await page.EvaluateAsync<string>("() => document.readyState"));
        Assert.False(loadFired);
        await Assert.ThrowsAsync<TimeoutException>(() =>
            page.WaitForLoadStateAsync(LoadState.Load, new PageWaitForLoadStateOptions { Timeout = 1000 }));

        // Without the fault the same page fires load.
        site.Faults.Clear("1786");
        await page.GotoAsync(site.SpotUrl("1786").ToString());
        Assert.True(loadFired);
    }

    [Theory]
    [MemberData(nameof(AllFields))]
    public async Task Missing_field_removes_one_element(SpotField missing)
    {
        await using var site = await FixtureSite.StartAsync();
        site.Faults.Set("1786", new FixtureFault { MissingField = missing });
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await SpotBrowsing.LogInAsync(page, site);

        await SpotBrowsing.OpenSpotAsync(page, site, "1786");

        foreach (var (field, selector) in FieldSelectors)
        {
            var expected = field == missing ? 0 : 1;
            Assert.True(expected == await page.Locator(selector).CountAsync(), $"{selector} should occur {expected} time(s) with {missing} missing.");
        }
    }

    [Fact]
    public async Task Data_delay_postpones_ready_state()
    {
        var delay = TimeSpan.FromSeconds(2);
        await using var site = await FixtureSite.StartAsync();
        site.Faults.Set("1786", new FixtureFault { DataDelay = delay });
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await SpotBrowsing.LogInAsync(page, site);

        var stopwatch = Stopwatch.StartNew();
        await page.GotoAsync(site.SpotUrl("1786").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal("loading", await page.GetAttributeAsync("#current-conditions", "data-state"));

        await page.WaitForSelectorAsync(SpotBrowsing.ReadySelector, new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });

        Assert.True(stopwatch.Elapsed >= delay, $"The page was ready after {stopwatch.Elapsed}, before the {delay} data delay.");
        Assert.Equal(1, site.Counters.GetDataRequests("1786"));
    }

    [Fact]
    public async Task Spin_after_render_stops_page()
    {
        await using var site = await FixtureSite.StartAsync(new FixtureSiteOptions { SpinDelay = TimeSpan.FromSeconds(1) });
        site.Faults.Set("1786", new FixtureFault { SpinAfterRender = true });
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await SpotBrowsing.LogInAsync(page, site);
        await SpotBrowsing.OpenSpotAsync(page, site, "1786");

        // Before the spin delay the page still answers.
        Assert.Equal(2, await page.EvaluateAsync<int>("() => 1 + 1").WaitAsync(TimeSpan.FromSeconds(5)));

        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var stuck = page.EvaluateAsync<int>("() => 1 + 1");

        await Assert.ThrowsAsync<TimeoutException>(() => stuck.WaitAsync(TimeSpan.FromSeconds(2)));

        // Closing the context ends the pending call; its exception is expected and not part of the test.
        await context.CloseAsync();
        await Assert.ThrowsAnyAsync<PlaywrightException>(() => stuck);
    }

    [Fact]
    public async Task Server_error_answers_500()
    {
        await using var site = await FixtureSite.StartAsync();
        site.Faults.Set("1786", new FixtureFault { ServerError = true });
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await SpotBrowsing.LogInAsync(page, site);

        var response = await page.GotoAsync(site.SpotUrl("1786").ToString());

        Assert.Equal(500, response?.Status);
        Assert.Equal("Server error", await SpotBrowsing.TextAsync(page, "main h1"));
        Assert.Equal(0, await page.Locator("#current-conditions").CountAsync());

        site.Faults.Clear("1786");
        var recovered = await SpotBrowsing.OpenSpotAsync(page, site, "1786");
        Assert.Equal(200, recovered?.Status);
    }
}
