using System.Buffers.Binary;
using System.Globalization;
using Microsoft.Playwright;
using Wx.Testing;
using Wx.Testing.Browsers;

namespace Wx.FixtureSite.Tests;

/// <summary>The wind graph canvas and the gauge SVG that the page script draws.</summary>
[Collection(ChromiumGroup.Name)]
public sealed class DrawingTests(ChromiumFixture chromium)
{
    // Lines of Data/ndbc-44013.txt.
    private const string WindyRecord = "2022 04 28 18 40 310  9.0 12.0    MM    MM    MM  MM 1009.5    MM   7.0    MM   MM   MM    MM";
    private const string CalmRecord = "2022 06 04 14 50  MM  0.0  2.0   0.5     5   4.4  93 1012.8    MM  14.5    MM   MM   MM    MM";

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task Graph_canvas_is_drawn()
    {
        await using var site = await FixtureSite.StartAsync(new FixtureSiteOptions { ClockStart = new NdbcLine(WindyRecord).TimeUtc });
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await SpotBrowsing.LogInAsync(page, site);
        await SpotBrowsing.OpenSpotAsync(page, site, "1786");

        var dataUrl = await page.EvaluateAsync<string>("() => document.querySelector('canvas#wind-graph').toDataURL('image/png')");
        var blankUrl = await page.EvaluateAsync<string>(
            "() => Object.assign(document.createElement('canvas'), { width: 600, height: 200 }).toDataURL('image/png')");

        const string prefix = "data:image/png;base64,";
        Assert.StartsWith(prefix, dataUrl, StringComparison.Ordinal);
        var png = Convert.FromBase64String(dataUrl[prefix.Length..]);
        Assert.Equal(PngSignature, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(600, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(200, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
        Assert.NotEqual(blankUrl, dataUrl);

        // The speed line is blue (#1c7ed6) and the gust line orange (#f08c00).
        var speedPixels = await CountPixelsAsync(page, "r < 80 && g > 100 && g < 160 && b > 190");
        var gustPixels = await CountPixelsAsync(page, "r > 220 && g > 120 && g < 160 && b < 40");
        Assert.True(speedPixels > 100, $"Only {speedPixels} pixels of the speed line were found.");
        Assert.True(gustPixels > 100, $"Only {gustPixels} pixels of the gust line were found.");
    }

    [Fact]
    public async Task Gauge_has_needle_in_wind()
    {
        var record = new NdbcLine(WindyRecord);
        await using var site = await FixtureSite.StartAsync(new FixtureSiteOptions { ClockStart = record.TimeUtc });
        await using var context = await chromium.NewContextAsync();
        await SpotBrowsing.SetUnitsAsync(context, site, "kts", "f", "mb");
        var page = await context.NewPageAsync();
        await SpotBrowsing.LogInAsync(page, site);
        await SpotBrowsing.OpenSpotAsync(page, site, "1786");

        var needle = page.Locator("svg.jw-cc-data-gauge g.jw-gauge-needle");
        Assert.Equal(1, await needle.CountAsync());
        Assert.Equal($"rotate({record.WindDirection} 100 100)", await needle.GetAttributeAsync("transform"));
        Assert.Equal(1, await needle.Locator("polygon").CountAsync());

        var knots = (long)Math.Round(record.WindSpeed * 1.943844, MidpointRounding.AwayFromZero);
        Assert.Equal(knots.ToString(CultureInfo.InvariantCulture), await SpotBrowsing.TextAsync(page, "svg.jw-cc-data-gauge .jw-gauge-speed"));
        Assert.Equal("kts", await SpotBrowsing.TextAsync(page, "svg.jw-cc-data-gauge .jw-gauge-unit"));
        Assert.Equal(16, await page.Locator("svg.jw-cc-data-gauge line.jw-gauge-tick").CountAsync());
    }

    [Fact]
    public async Task Gauge_has_no_needle_when_calm()
    {
        // WSPD 0.0 with WDIR MM: the page shows Calm and the gauge draws no needle.
        var record = new NdbcLine(CalmRecord);
        Assert.Equal(0.0, record.WindSpeed);
        await using var site = await FixtureSite.StartAsync(new FixtureSiteOptions { ClockStart = TestTime.Utc("2022-06-04T14:55:00Z") });
        await using var context = await chromium.NewContextAsync();
        await SpotBrowsing.SetUnitsAsync(context, site, "kts", "f", "mb");
        var page = await context.NewPageAsync();
        await SpotBrowsing.LogInAsync(page, site);
        await SpotBrowsing.OpenSpotAsync(page, site, "1786");

        Assert.Equal("Calm", await SpotBrowsing.TextAsync(page, ".jw-cc-data-speed"));
        Assert.Equal(0, await page.Locator("svg.jw-cc-data-gauge g.jw-gauge-needle").CountAsync());
        Assert.Equal("0", await SpotBrowsing.TextAsync(page, "svg.jw-cc-data-gauge .jw-gauge-speed"));
        Assert.Equal(1, await page.Locator("svg.jw-cc-data-gauge circle.jw-gauge-dial").CountAsync());
    }

    private static Task<int> CountPixelsAsync(IPage page, string condition) => page.EvaluateAsync<int>($$"""
        () => {
            const canvas = document.querySelector('canvas#wind-graph');
            const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            let count = 0;
            for (let index = 0; index < data.length; index += 4) {
                const r = data[index], g = data[index + 1], b = data[index + 2];
                if ({{condition}}) {
                    count++;
                }
            }
            return count;
        }
        """);
}
