using System.Globalization;

namespace Wx.FixtureSite.Pages;

/// <summary>The markup of <c>/spot/{id}</c> in its variants: with data, behind the login form, and unknown spot.</summary>
internal static class SpotPage
{
    /// <summary>
    /// Renders the page of a logged-in user: the title and the empty current-conditions block that
    /// <c>/assets/spot.js</c> fills in. <paramref name="fault"/> can drop an element, add a hanging iframe or make
    /// the script spin after rendering.
    /// </summary>
    public static string Render(FixtureSpot spot, string userName, FixtureFault fault, FixtureSiteOptions options)
    {
        var spin = fault.SpinAfterRender
            ? " data-spin-after-render-ms=\"" + Milliseconds(options.SpinDelay) + "\""
            : string.Empty;
        var hangingFrame = fault.HangingIframe
            ? """<iframe class="jw-ad-frame" src="/_fixture/hang" title="Advertisement" width="300" height="50"></iframe>"""
            : string.Empty;
        var graphHours = options.GraphWindow.TotalHours.ToString("0.#", CultureInfo.InvariantCulture);

        var body = $"""
            <h1 id="spot-info-title">{Html.Encode(spot.Title)}</h1>
            <section id="current-conditions" data-state="loading" data-spot-id="{Html.Encode(spot.Id)}" data-render-delay-ms="{Milliseconds(options.RenderDelay)}"{spin}>
            <div class="spot-info-container">
            {Unless(fault, SpotField.ObservedAt, """<div class="jw-cc-data-date"></div>""")}
            {Unless(fault, SpotField.Wind, """<div class="jw-cc-data-speed"></div>""")}
            {Unless(fault, SpotField.Gust, DataItem("jw-data-gust", "Gust"))}
            {Unless(fault, SpotField.Lull, DataItem("jw-data-lull", "Lull"))}
            {Unless(fault, SpotField.AirTemperature, DataItem("jw-data-air-temp", "Air Temp"))}
            {Unless(fault, SpotField.Pressure, DataItem("jw-data-air-pressure", "Pressure"))}
            {Unless(fault, SpotField.Gauge, """<svg class="jw-cc-data-gauge" xmlns="http://www.w3.org/2000/svg" width="200" height="200" viewBox="0 0 200 200" role="img" aria-label="Wind gauge"></svg>""")}
            {Unless(fault, SpotField.Graph, $"""<figure class="jw-graph"><figcaption>Wind speed and gust, last {graphHours} hours</figcaption><canvas id="wind-graph" width="600" height="200"></canvas></figure>""")}
            </div>
            </section>
            {hangingFrame}
            """;
        return PageLayout.Render(spot.Title, userName, "/spot/" + spot.Id, body, """<script src="/assets/spot.js"></script>""");
    }

    /// <summary>
    /// Renders the page of a visitor without a valid session: status 200, the spot title and the login form,
    /// and no current-conditions block, as the real site does.
    /// </summary>
    public static string RenderLoginRequired(FixtureSpot spot)
    {
        var returnUrl = "/spot/" + spot.Id;
        var body = $"""
            <h1 id="spot-info-title">{Html.Encode(spot.Title)}</h1>
            <p class="login-required">Log in to see the current conditions.</p>
            {LoginPage.Form(returnUrl, invalidCredentials: false, enteredUserName: null)}
            """;
        return PageLayout.Render(spot.Title, userName: null, returnUrl, body);
    }

    /// <summary>Renders the 200 "Spot not found" page that the real site shows for some unknown ids.</summary>
    public static string RenderNotFound(string spotId, string? userName)
    {
        var body = $"""
            <div class="spot-not-found">
            <h1>Spot not found</h1>
            <p>There is no spot with the id {Html.Encode(spotId)}.</p>
            </div>
            """;
        return PageLayout.Render("Spot not found", userName, "/spot/" + spotId, body);
    }

    private static string DataItem(string itemClass, string label) =>
        $"""<div class="jw-data-item {itemClass}"><span class="jw-data-label">{label}</span> <span class="jw-data-value"></span></div>""";

    private static string Unless(FixtureFault fault, SpotField field, string markup) =>
        fault.MissingField == field ? string.Empty : markup;

    private static string Milliseconds(TimeSpan span) =>
        ((long)span.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
}
