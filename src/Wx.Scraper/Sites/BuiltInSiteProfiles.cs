using Wx.Core.Units;

namespace Wx.Scraper.Sites;

/// <summary>The site profiles wx ships; configuration can change any of their settings or add new profiles.</summary>
public static class BuiltInSiteProfiles
{
    /// <summary>Id of the profile for the local fixture site that replays recorded buoy data.</summary>
    public const string FixtureId = "fixture";

    /// <summary>Id of the profile for WeatherFlow spot pages (iKitesurf, iWindsurf).</summary>
    public const string WeatherFlowId = "weatherflow";

    /// <summary>Returns fresh copies of every built-in profile, keyed by id.</summary>
    public static Dictionary<string, SiteProfile> Create() => new(StringComparer.Ordinal)
    {
        [FixtureId] = CreateFixture(),
        [WeatherFlowId] = CreateWeatherFlow(),
    };

    /// <summary>
    /// Profile of wx's own fixture site. Its base URL is set when the site starts, because it listens on a free
    /// port of 127.0.0.1.
    /// </summary>
    public static SiteProfile CreateFixture() => new()
    {
        Id = FixtureId,
        DisplayName = "wx fixture site (replays NOAA buoy 44013)",
        SpotUrlTemplate = "/spot/{spotId}",
        TimeZone = "America/New_York",
        SpotTimeZones = new Dictionary<string, string>(StringComparer.Ordinal) { ["4242"] = "America/Los_Angeles" },
        Login = new LoginProfile
        {
            Url = "/login",
            UserNameSelector = "#login-username",
            PasswordSelector = "#login-password",
            SubmitSelector = "#login-submit",
            LoggedInSelector = "#user-menu .signed-in",
            FormSelector = "#login-form",
            ErrorSelector = ".login-error",
        },
        Cookies = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["SpeedUnits"] = "kts",
            ["TemperatureUnits"] = "c",
            ["PressureUnits"] = "mb",
        },
        Units = new PageUnits { Speed = SpeedUnit.Knots, Temperature = TemperatureUnit.Celsius, Pressure = PressureUnit.Millibars },
        ReadySelector = "#current-conditions[data-state=ready]",
        Fields = new PageFields
        {
            Title = new FieldSelector { Selector = "#spot-info-title" },
            ObservedAt = new FieldSelector { Selector = "#current-conditions .jw-cc-data-date" },
            Wind = new FieldSelector { Selector = "#current-conditions .jw-cc-data-speed" },
            Gust = new FieldSelector { Selector = "#current-conditions .jw-data-gust .jw-data-value" },
            Lull = new FieldSelector { Selector = "#current-conditions .jw-data-lull .jw-data-value" },
            AirTemperature = new FieldSelector { Selector = "#current-conditions .jw-data-air-temp .jw-data-value" },
            Pressure = new FieldSelector { Selector = "#current-conditions .jw-data-air-pressure .jw-data-value" },
        },
        Gauge = new ImageSelector { Selector = "svg.jw-cc-data-gauge" },
        Graph = new ImageSelector { Selector = "canvas#wind-graph" },
        NotFound = new NotFoundProfile { StatusCodes = [404, 410], Text = "Spot not found" },
        NoObservationText = "No recent observation",
    };

    /// <summary>
    /// Profile of WeatherFlow spot pages, written from what public scrapers have reported about their markup.
    /// </summary>
    /// <remarks>
    /// NOTE: not verified against the live site, which wx cannot reach from its test machines. Expect to adjust the
    /// login URL and selectors; the page-layout error names the field that no longer matches.
    /// </remarks>
    public static SiteProfile CreateWeatherFlow() => new()
    {
        Id = WeatherFlowId,
        DisplayName = "WeatherFlow spot pages (iKitesurf, iWindsurf; unverified)",
        BaseUrl = new Uri("https://wx.ikitesurf.com/"),
        SpotUrlTemplate = "/spot/{spotId}",
        TimeZone = "America/Los_Angeles",
        Login = new LoginProfile
        {
            Url = "/login",
            UserNameSelector = "#login-username, input[name=isun]",
            PasswordSelector = "#login-password, input[name=ispw]",
            SubmitSelector = "input[type=submit], input[name=iwok]",
            LoggedInSelector = ".signed-in, #main-menu a[href*=account]",
            FormSelector = "#login-username, input[name=isun]",
        },
        Cookies = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["SpeedUnits"] = "kts",
            ["TemperatureUnits"] = "f",
            ["DistanceUnits"] = "mi",
        },
        Units = new PageUnits { Speed = SpeedUnit.Knots, Temperature = TemperatureUnit.Fahrenheit },
        ReadySelector = "#current-conditions .spot-info-container .jw-cc-data-speed",
        Fields = new PageFields
        {
            Title = new FieldSelector { Selector = "#spot-info-title", Required = false },
            ObservedAt = new FieldSelector { Selector = "#current-conditions .jw-cc-data-date" },
            Wind = new FieldSelector { Selector = "#current-conditions .jw-cc-data-speed" },
            Gust = new FieldSelector { Selector = "#current-conditions div.jw-data-item.jw-data-gust", Pattern = @"(?<value>--|\d+(?:\.\d+)?(?:\s*[A-Za-z/]+)?)\s*$", Required = false },
            AirTemperature = new FieldSelector { Selector = "#current-conditions div.jw-data-item.jw-data-air-temp", Pattern = @"(?<value>--|-?\d+(?:\.\d+)?\s*°?\s*[CF]?)\s*$", Required = false },
            Pressure = new FieldSelector { Selector = "#current-conditions div.jw-data-item.jw-data-air-pressure", Pattern = @"(?<value>--|\d+(?:\.\d+)?\s*[A-Za-z""]*)\s*$", Required = false },
        },
        Gauge = new ImageSelector { Selector = "#current-conditions .jw-cc-data-gauge", Required = false },
        NotFound = new NotFoundProfile { StatusCodes = [404, 410] },
    };
}
