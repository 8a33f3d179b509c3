using Wx.FixtureSite;
using Wx.Scraper.Errors;
using Wx.Scraper.Worker;
using Wx.Testing.Fixture;

namespace Wx.Scraper.Tests;

/// <summary>Logging in to the fixture site: its log-in-twice quirk, saved sessions, expiry and wrong passwords.</summary>
public sealed class LoginTests(FixtureSiteFixture fixture) : IClassFixture<FixtureSiteFixture>, IAsyncLifetime
{
    private static readonly Core.Spots.SpotKey Boston = Core.Spots.SpotKey.Create("fixture", "1786");
    private readonly MemorySessionStore _sessions = new();

    public Task InitializeAsync()
    {
        fixture.Reset();
        fixture.Site.Counters.Reset();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => Assert.Empty(await ScraperHarness.WaitForNoOwnChromiumAsync());

    [Fact]
    public async Task Login_posts_twice_and_saves_session()
    {
        await using var worker = ScraperHarness.CreateWorker(fixture.Site, _sessions);

        var result = await worker.ExecuteAsync(new LogInCommand("fixture"));

        Assert.Equal(2, result.Attempts);
        Assert.Equal(2, fixture.Site.Counters.LoginPosts);
        Assert.Equal(1, fixture.Site.Counters.LoginsAccepted);
        Assert.Contains("fixture_auth", _sessions.Get("fixture"), StringComparison.Ordinal);
        var site = Assert.Single(worker.GetStatus().Sites);
        Assert.Equal(SiteLoginState.LoggedIn, site.State);
    }

    [Fact]
    public async Task Login_form_on_page_logs_in_once()
    {
        await using var worker = ScraperHarness.CreateWorker(fixture.Site, _sessions);

        var result = await worker.ExecuteAsync(new ReadSpotCommand(Boston) { CaptureImages = false });

        Assert.Equal(FixtureSiteFixture.Start, result.Reading.ObservedAt);
        Assert.Equal(2, fixture.Site.Counters.LoginPosts);
        Assert.Equal(1, fixture.Site.Counters.LoginsAccepted);
    }

    [Fact]
    public async Task Restarted_worker_reuses_saved_session()
    {
        await using (var first = ScraperHarness.CreateWorker(fixture.Site, _sessions))
        {
            await first.ExecuteAsync(new ReadSpotCommand(Boston) { CaptureImages = false });
        }

        var postsBefore = fixture.Site.Counters.LoginPosts;
        await using var second = ScraperHarness.CreateWorker(fixture.Site, _sessions);
        var result = await second.ExecuteAsync(new ReadSpotCommand(Boston) { CaptureImages = false });

        Assert.Equal(FixtureSiteFixture.Start, result.Reading.ObservedAt);
        Assert.Equal(postsBefore, fixture.Site.Counters.LoginPosts);
    }

    [Fact]
    public async Task Expired_session_logs_in_once_more()
    {
        await using var worker = ScraperHarness.CreateWorker(fixture.Site, _sessions);
        await worker.ExecuteAsync(new ReadSpotCommand(Boston) { CaptureImages = false });
        var accepted = fixture.Site.Counters.LoginsAccepted;

        // Spot pages now return 200 with the login form, as the real site does.
        fixture.Site.Sessions.ExpireAll();
        fixture.Site.Clock.Set(FixtureSiteFixture.Start.AddMinutes(10));
        var result = await worker.ExecuteAsync(new ReadSpotCommand(Boston) { CaptureImages = false });

        Assert.Equal(FixtureSiteFixture.Start.AddMinutes(10), result.Reading.ObservedAt);
        Assert.Equal(accepted + 1, fixture.Site.Counters.LoginsAccepted);
    }

    [Fact]
    public async Task Rejected_password_pauses_the_site()
    {
        await using var worker = ScraperHarness.CreateWorker(fixture.Site, _sessions, password: "not-the-password");

        var error = await Assert.ThrowsAsync<LoginFailedException>(() => worker.ExecuteAsync(new ReadSpotCommand(Boston)));

        Assert.Equal("fixture", error.Site);
        Assert.Equal(Boston, error.Spot);
        Assert.False(error.IsTransient);
        Assert.Contains("rejected the user name or password", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-password", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, fixture.Site.Counters.LoginPosts);

        // Further reads of the site fail at once, without another post to the login page.
        var again = await Assert.ThrowsAsync<LoginFailedException>(() => worker.ExecuteAsync(new ReadSpotCommand(Boston)));
        Assert.Contains("paused until a login succeeds", again.Message, StringComparison.Ordinal);
        Assert.Equal(2, fixture.Site.Counters.LoginPosts);
        Assert.Equal(SiteLoginState.Failed, Assert.Single(worker.GetStatus().Sites).State);
    }

    [Fact]
    public async Task Missing_credentials_name_the_fix()
    {
        await using var worker = ScraperHarness.CreateWorker(
            fixture.Site,
            _sessions,
            settings: new Dictionary<string, string?> { ["Sites:fixture:UserName"] = null, ["Sites:fixture:Password"] = null });

        var error = await Assert.ThrowsAsync<LoginFailedException>(() => worker.ExecuteAsync(new ReadSpotCommand(Boston)));

        Assert.Contains("wx login fixture", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, fixture.Site.Counters.LoginPosts);
    }

    [Fact]
    public async Task Password_file_supplies_password()
    {
        var file = Path.Combine(Path.GetTempPath(), $"wx-password-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(file, FixtureSiteOptions.DefaultPassword + "\n");
        try
        {
            await using var worker = ScraperHarness.CreateWorker(
                fixture.Site,
                _sessions,
                settings: new Dictionary<string, string?> { ["Sites:fixture:Password"] = null, ["Sites:fixture:PasswordFile"] = file });

            var result = await worker.ExecuteAsync(new LogInCommand("fixture"));

            Assert.Equal(2, result.Attempts);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
