using System.Net;
using System.Text.Json;
using Wx.Testing;

namespace Wx.FixtureSite.Tests;

/// <summary>The <c>/_fixture/*</c> control endpoints, called over HTTP as another process would.</summary>
public sealed class ControlEndpointTests
{
    [Fact]
    public async Task Clock_endpoint_sets_clock()
    {
        await using var site = await FixtureSite.StartAsync();
        using var http = new HttpClient { BaseAddress = site.BaseUrl };

        using var response = await PostFormAsync(http, "_fixture/clock", "utc=2022-05-20T15:00:00Z");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TestTime.Utc("2022-05-20T15:00:00Z"), site.Clock.GetUtcNow());
        Assert.False(site.Clock.IsRunning);
    }

    [Fact]
    public async Task Clock_endpoint_rejects_bad_time()
    {
        await using var site = await FixtureSite.StartAsync();
        using var http = new HttpClient { BaseAddress = site.BaseUrl };

        using var response = await PostFormAsync(http, "_fixture/clock", "utc=yesterday");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("yesterday", await ErrorAsync(response), StringComparison.Ordinal);
        Assert.Equal(FixtureClock.DefaultInstant, site.Clock.GetUtcNow());
    }

    [Fact]
    public async Task Faults_endpoint_sets_faults()
    {
        await using var site = await FixtureSite.StartAsync();
        using var http = new HttpClient { BaseAddress = site.BaseUrl };

        using var response = await PostFormAsync(http, "_fixture/faults/1786", "missingField=Gust&dataDelayMs=1500&serverError=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fault = site.Faults.Get("1786");
        Assert.Equal(SpotField.Gust, fault.MissingField);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), fault.DataDelay);
        Assert.True(fault.ServerError);
        Assert.False(fault.HangingIframe);

        using var cleared = await http.DeleteAsync(new Uri("_fixture/faults/1786", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        Assert.Same(FixtureFault.None, site.Faults.Get("1786"));
    }

    [Theory]
    [InlineData("7")]
    [InlineData("gust, lull")]
    [InlineData("wind-speed")]
    public async Task Faults_endpoint_rejects_unknown_field(string field)
    {
        await using var site = await FixtureSite.StartAsync();
        using var http = new HttpClient { BaseAddress = site.BaseUrl };

        using var response = await PostFormAsync(http, "_fixture/faults/1786", "missingField=" + Uri.EscapeDataString(field));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("missingField", await ErrorAsync(response), StringComparison.Ordinal);
        Assert.Same(FixtureFault.None, site.Faults.Get("1786"));
    }

    [Theory]
    [InlineData("4294967295")]
    [InlineData("999999999999999")]
    [InlineData("-5")]
    public async Task Faults_endpoint_rejects_bad_delay(string milliseconds)
    {
        await using var site = await FixtureSite.StartAsync();
        using var http = new HttpClient { BaseAddress = site.BaseUrl };

        using var response = await PostFormAsync(http, "_fixture/faults/1786", "dataDelayMs=" + milliseconds);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("dataDelayMs", await ErrorAsync(response), StringComparison.Ordinal);
        Assert.Same(FixtureFault.None, site.Faults.Get("1786"));
    }

    [Fact]
    public async Task Faults_endpoint_accepts_max_delay()
    {
        await using var site = await FixtureSite.StartAsync();
        using var http = new HttpClient { BaseAddress = site.BaseUrl };

        using var response = await PostFormAsync(http, "_fixture/faults/1786", "dataDelayMs=4294967294");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(FixtureFault.MaxDataDelay, site.Faults.Get("1786").DataDelay);
    }

    [Fact]
    public async Task Faults_endpoint_rejects_unknown_spot()
    {
        await using var site = await FixtureSite.StartAsync();
        using var http = new HttpClient { BaseAddress = site.BaseUrl };

        using var response = await PostFormAsync(http, "_fixture/faults/5555", "serverError=true");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void Set_rejects_delay_beyond_maximum()
    {
        var faults = new FixtureFaults(new FixtureSpotCatalog(FixtureSpotCatalog.DefaultSpots));

        Assert.Throws<ArgumentOutOfRangeException>(() =>
            faults.Set("1786", new FixtureFault { DataDelay = FixtureFault.MaxDataDelay + TimeSpan.FromMilliseconds(1) }));
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            faults.Set("1786", new FixtureFault { DataDelay = TimeSpan.FromMilliseconds(-1) }));
        Assert.Throws<KeyNotFoundException>(() => faults.Set("5555", new FixtureFault { ServerError = true }));
        Assert.Same(FixtureFault.None, faults.Get("1786"));
    }

    [Fact]
    public async Task Expire_endpoint_ends_sessions()
    {
        await using var site = await FixtureSite.StartAsync();
        using var http = new HttpClient { BaseAddress = site.BaseUrl };
        site.Sessions.Create(site.Options.UserName);
        Assert.Equal(1, site.Sessions.ActiveCount);

        using var response = await http.PostAsync(new Uri("_fixture/sessions/expire", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, site.Sessions.ActiveCount);
    }

    [Fact]
    public async Task Dispose_ends_hanging_request()
    {
        var site = await FixtureSite.StartAsync();
        using var http = new HttpClient { BaseAddress = site.BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
        var hanging = http.GetAsync(new Uri("_fixture/hang", UriKind.Relative));
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.False(hanging.IsCompleted);

        await site.DisposeAsync();

        using var response = await hanging;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient http, string path, string form)
    {
        using var content = new StringContent(form, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
        return await http.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    private static async Task<string> ErrorAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("error").GetString() ?? string.Empty;
    }
}
