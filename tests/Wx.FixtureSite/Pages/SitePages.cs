namespace Wx.FixtureSite.Pages;

/// <summary>The pages outside the spot and login flows: home, account and errors.</summary>
internal static class SitePages
{
    public static string Home(IReadOnlyList<FixtureSpot> spots, string? userName)
    {
        var items = string.Concat(spots.Select(spot =>
            $"""<li><a href="/spot/{Html.Encode(spot.Id)}">{Html.Encode(spot.Title)}</a></li>"""));
        var body = $"""
            <h1>Spots</h1>
            <ul class="spot-list">{items}</ul>
            """;
        return PageLayout.Render("Spots", userName, "/", body);
    }

    public static string Account(string userName)
    {
        var body = $"""
            <h1>My account</h1>
            <p>Signed in as {Html.Encode(userName)}.</p>
            <p><a id="log-out" href="/logout">Log out</a></p>
            """;
        return PageLayout.Render("My account", userName, "/account", body);
    }

    public static string NotFound(string path, string? userName) =>
        PageLayout.Render("Page not found", userName, path, "<h1>Page not found</h1>");

    public static string ServerError(string path, string? userName) =>
        PageLayout.Render("Server error", userName, path, "<h1>Server error</h1><p>The server could not show this page.</p>");
}
