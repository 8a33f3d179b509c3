namespace Wx.FixtureSite.Pages;

/// <summary>The frame around every page: head, header with the user menu, footer.</summary>
internal static class PageLayout
{
    /// <summary>Wraps <paramref name="body"/> (trusted markup) in the site frame.</summary>
    /// <param name="userName">Logged-in user, or null to show a "Log in" link back to <paramref name="currentPath"/>.</param>
    public static string Render(string title, string? userName, string currentPath, string body, string scripts = "") => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{Html.Encode(title)}} | Fixture Wind</title>
        <link rel="stylesheet" href="/assets/site.css">
        </head>
        <body>
        <header class="site-header">
        <a class="site-name" href="/">Fixture Wind</a>
        {{UserMenu(userName, currentPath)}}
        </header>
        <main>
        {{body}}
        </main>
        <footer class="site-footer">A local test fixture that replays NOAA NDBC buoy observations. It is not a WeatherFlow site.</footer>
        {{scripts}}
        </body>
        </html>
        """;

    // The markup of both variants is what the real site shows and what the scraper looks for.
    private static string UserMenu(string? userName, string currentPath) => userName is null
        ? $"""<div id="user-menu"><a class="log-in" href="/login?returnUrl={Html.EncodeQueryValue(currentPath)}">Log in</a></div>"""
        : $"""<div id="user-menu"><span class="signed-in">Signed in as {Html.Encode(userName)}</span> <a href="/account">My account</a></div>""";
}
