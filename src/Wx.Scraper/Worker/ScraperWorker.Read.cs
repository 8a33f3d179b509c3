using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Wx.Core.Parsing;
using Wx.Core.Readings;
using Wx.Core.Spots;
using Wx.Scraper.Errors;
using Wx.Scraper.Sites;

namespace Wx.Scraper.Worker;

public sealed partial class ScraperWorker
{
    private enum PageKind
    {
        Ready,
        NotFound,
        LoginRequired,
    }

    internal async Task<SpotReadResult> ReadSpotAsync(ReadSpotCommand command, CancellationToken cancellationToken)
    {
        var spot = command.Spot;
        var profile = _sites.Get(spot.Site);
        var url = profile.SpotUrl(spot.SpotId);
        ThrowIfLoginFailed(profile, spot);
        var startTimestamp = Stopwatch.GetTimestamp();
        try
        {
            var result = await RetryOnceAfterCrashAsync(
                spot.Site,
                spot,
                url,
                () => RunWithDeadlineAsync("Reading the page", spot.Site, spot, url, () => ReadOnceAsync(command, profile, url, cancellationToken), cancellationToken));
            result = result with { Duration = Stopwatch.GetElapsedTime(startTimestamp) };
            Log.SpotRead(_logger, spot, (long)result.Duration.TotalMilliseconds, result.Reading.ObservedAt, result.IsNewObservation ? "new observation" : "unchanged");
            return result;
        }
        catch (ScrapeException exception)
        {
            Log.SpotReadFailed(_logger, spot, exception.Kind, exception);
            throw;
        }
    }

    internal async Task<SpotImages> CaptureImagesAsync(CaptureImagesCommand command, CancellationToken cancellationToken)
    {
        var spot = command.Spot;
        var profile = _sites.Get(spot.Site);
        var url = profile.SpotUrl(spot.SpotId);
        ThrowIfLoginFailed(profile, spot);
        return await RetryOnceAfterCrashAsync(
            spot.Site,
            spot,
            url,
            () => RunWithDeadlineAsync("Capturing the images", spot.Site, spot, url, async () =>
            {
                var page = await OpenSpotPageAsync(profile, spot, url, cancellationToken);
                return await CaptureImagesAsync(page, profile, spot, url);
            }, cancellationToken));
    }

    private async Task<T> RetryOnceAfterCrashAsync<T>(string site, SpotKey? spot, Uri url, Func<Task<T>> attempt)
    {
        try
        {
            return await attempt();
        }
        catch (Exception exception) when (exception is PlaywrightException or TimeoutException && IsBrowserGone(exception))
        {
            var target = spot?.ToString() ?? site;
            Log.RetryingAfterCrash(_logger, target);
            await ForgetBrokenPageAsync(spot);
        }

        try
        {
            return await attempt();
        }
        catch (Exception exception) when (exception is PlaywrightException or TimeoutException && IsBrowserGone(exception))
        {
            await ForgetBrokenPageAsync(spot);
            throw new BrowserCrashedException(site, spot, url, exception);
        }
    }

    /// <summary>After a crash: a lost browser is stopped (and relaunched by the next call); a crashed tab is closed.</summary>
    private async Task ForgetBrokenPageAsync(SpotKey? spot)
    {
        if (_browserLost || _browser is null || !_browser.IsConnected)
        {
            await StopBrowserAsync();
        }
        else if (spot is { } key)
        {
            await CloseTabAsync(key);
        }
    }

    private async Task<SpotReadResult> ReadOnceAsync(ReadSpotCommand command, SiteProfile profile, Uri url, CancellationToken cancellationToken)
    {
        var spot = command.Spot;
        var page = await OpenSpotPageAsync(profile, spot, url, cancellationToken);
        var text = await ReadFieldsAsync(page, profile, spot, url);
        if (ShowsNoObservation(text, profile))
        {
            throw new NoObservationException(spot, url, text.Wind);
        }

        WindReading reading;
        try
        {
            reading = SpotPageParser.Parse(text, new SpotPageContext
            {
                Spot = spot,
                TimeZone = profile.TimeZoneOf(spot.SpotId),
                Now = _time.GetUtcNow(),
                LastObserved = command.LastObservedAt,
                PageSpeedUnit = profile.Units.Speed,
                PageTemperatureUnit = profile.Units.Temperature,
                PagePressureUnit = profile.Units.Pressure,
                PageUrl = url,
            });
        }
        catch (PageTextFormatException exception)
        {
            throw new PageLayoutChangedException(
                spot,
                url,
                exception.Field,
                $"shows '{exception.Text}' where {exception.Expected} was expected",
                await TryScreenshotAsync(page, spot),
                exception);
        }

        var images = command.CaptureImages ? await CaptureImagesAsync(page, profile, spot, url) : null;
        return new SpotReadResult
        {
            Reading = reading,
            IsNewObservation = command.LastObservedAt is not { } last || last != reading.ObservedAt,
            Images = images,
        };
    }

    /// <summary>
    /// Shows the spot's page in its tab (reloading an open tab in place) and waits until it shows the data. Logs in
    /// once if the page shows the login form.
    /// </summary>
    private async Task<IPage> OpenSpotPageAsync(SiteProfile profile, SpotKey spot, Uri url, CancellationToken cancellationToken)
    {
        var kind = await LoadSpotPageAsync(profile, spot, url, cancellationToken);
        if (kind == PageKind.LoginRequired)
        {
            if (profile.Login is null)
            {
                throw new LoginRequiredException(spot, url);
            }

            Log.SessionExpired(_logger, profile.Id);
            var loginsBefore = Volatile.Read(ref _logins);
            await _login.WaitAsync(cancellationToken);
            try
            {
                // A read running beside this one may have logged in while this one waited.
                ThrowIfLoginFailed(profile, spot);
                if (Volatile.Read(ref _logins) == loginsBefore)
                {
                    await LogInCoreAsync(profile, spot, cancellationToken);
                }
            }
            finally
            {
                _login.Release();
            }

            kind = await LoadSpotPageAsync(profile, spot, url, cancellationToken);
            if (kind == PageKind.LoginRequired)
            {
                throw FailLogin(profile, spot, url, "the spot page still shows the login form after a successful login", null);
            }
        }

        if (kind == PageKind.NotFound)
        {
            await CloseTabAsync(spot);
            throw new SpotNotFoundException(spot, url, statusCode: null);
        }

        if (profile.Login is not null)
        {
            SetSiteStatus(profile.Id, SiteLoginState.LoggedIn, null);
        }

        return FindTab(spot)!.Page;
    }

    private async Task<PageKind> LoadSpotPageAsync(SiteProfile profile, SpotKey spot, Uri url, CancellationToken cancellationToken)
    {
        Tab tab;
        bool reused;
        await _setup.WaitAsync(cancellationToken);
        try
        {
            var context = await GetContextAsync(profile, cancellationToken);
            (tab, reused) = await GetTabAsync(spot, context);
        }
        finally
        {
            _setup.Release();
        }

        var page = tab.Page;
        IResponse? response;
        try
        {
            CountNavigation();
            response = reused && page.Url == url.AbsoluteUri
                ? await page.ReloadAsync(new PageReloadOptions { WaitUntil = WaitUntilState.DOMContentLoaded })
                : await page.GotoAsync(url.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        }
        catch (TimeoutException exception)
        {
            await CloseTabAsync(spot);
            throw new PageTimedOutException(spot.Site, spot, url, "Loading the page", _options.NavigationTimeout, exception);
        }
        catch (PlaywrightException exception) when (!IsBrowserGone(exception) && exception.Message.Contains("net::ERR_", StringComparison.Ordinal))
        {
            await CloseTabAsync(spot);
            throw new SiteUnavailableException(spot, url, statusCode: null, exception);
        }

        if (response is { } answer)
        {
            if (profile.NotFound.StatusCodes.Contains(answer.Status))
            {
                await CloseTabAsync(spot);
                throw new SpotNotFoundException(spot, url, answer.Status);
            }

            if (answer.Status >= 500)
            {
                await CloseTabAsync(spot);
                throw new SiteUnavailableException(spot, url, answer.Status);
            }
        }

        string? kind;
        try
        {
            var handle = await page.WaitForFunctionAsync(
                PageScripts.Classify,
                new[] { profile.ReadySelector, profile.NotFound.Selector, profile.NotFound.Text, profile.Login?.FormSelector },
                new PageWaitForFunctionOptions { PollingInterval = 50, Timeout = (float)_options.DataTimeout.TotalMilliseconds });
            kind = await handle.JsonValueAsync<string>();
        }
        catch (TimeoutException exception)
        {
            throw new PageLayoutChangedException(
                spot,
                url,
                "ready",
                $"did not appear within {_options.DataTimeout.TotalSeconds:0.#} s (selector '{profile.ReadySelector}'), and the page shows neither a login form nor a not-found message",
                await TryScreenshotAsync(page, spot),
                exception);
        }

        return kind switch
        {
            "ready" => PageKind.Ready,
            "not-found" => PageKind.NotFound,
            _ => PageKind.LoginRequired,
        };
    }

    private async Task<SpotPageText> ReadFieldsAsync(IPage page, SiteProfile profile, SpotKey spot, Uri url)
    {
        var fields = profile.Fields.Enumerate().ToList();
        var request = fields.Select(field => new[] { field.Name, field.Selector.Selector, field.Selector.Attribute }).ToArray();
        var values = await page.EvaluateAsync<Dictionary<string, string?>>(PageScripts.ReadFields, request);
        var texts = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, selector) in fields)
        {
            var raw = values.GetValueOrDefault(name);
            var text = raw is null ? null : Normalize(raw);
            if (text is not null && selector.Pattern is { } pattern)
            {
                var match = Regex.Match(text, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                text = !match.Success ? null
                    : match.Groups["value"].Success ? match.Groups["value"].Value.Trim()
                    : match.Value.Trim();
                if (text is null && selector.Required)
                {
                    throw new PageLayoutChangedException(spot, url, name, $"shows '{Normalize(raw!)}', which does not match the pattern '{pattern}'", await TryScreenshotAsync(page, spot));
                }
            }

            if (raw is null && selector.Required)
            {
                throw new PageLayoutChangedException(spot, url, name, $"was not found on the page (selector '{selector.Selector}')", await TryScreenshotAsync(page, spot));
            }

            texts[name] = text;
        }

        return new SpotPageText
        {
            Title = texts.GetValueOrDefault("title"),
            ObservedAt = texts.GetValueOrDefault("observedAt"),
            Wind = texts.GetValueOrDefault("wind"),
            Gust = texts.GetValueOrDefault("gust"),
            Lull = texts.GetValueOrDefault("lull"),
            AirTemperature = texts.GetValueOrDefault("airTemperature"),
            Pressure = texts.GetValueOrDefault("pressure"),
        };
    }

    private async Task<SpotImages> CaptureImagesAsync(IPage page, SiteProfile profile, SpotKey spot, Uri url) =>
        new(
            await CaptureImageAsync(page, profile.Gauge, SpotImageKind.Gauge, "gauge", spot, url),
            await CaptureImageAsync(page, profile.Graph, SpotImageKind.Graph, "graph", spot, url));

    private async Task<SpotImage?> CaptureImageAsync(IPage page, ImageSelector? selector, SpotImageKind kind, string name, SpotKey spot, Uri url)
    {
        if (selector is null)
        {
            return null;
        }

        JsonElement? captured;
        try
        {
            captured = await page.EvaluateAsync<JsonElement?>(PageScripts.CaptureElement, selector.Selector);
        }
        catch (PlaywrightException exception) when (!IsBrowserGone(exception))
        {
            Log.CanvasCaptureFailed(_logger, name, spot, exception);
            captured = JsonDocument.Parse("""{"data":null}""").RootElement;
        }

        if (captured is not { ValueKind: JsonValueKind.Object } element)
        {
            return selector.Required
                ? throw new PageLayoutChangedException(spot, url, name, $"was not found on the page (selector '{selector.Selector}')", await TryScreenshotAsync(page, spot))
                : null;
        }

        if (element.TryGetProperty("data", out var data) && data.GetString() is { } dataUrl)
        {
            const string prefix = "data:image/png;base64,";
            if (dataUrl.StartsWith(prefix, StringComparison.Ordinal))
            {
                return new SpotImage(kind, Convert.FromBase64String(dataUrl[prefix.Length..]), element.GetProperty("width").GetInt32(), element.GetProperty("height").GetInt32());
            }
        }

        // Neither a canvas nor an SVG, or the canvas refused: an element screenshot is slower but always works.
        var png = await page.Locator(selector.Selector).First.ScreenshotAsync(new LocatorScreenshotOptions { Type = ScreenshotType.Png });
        var (width, height) = PngSize(png);
        return new SpotImage(kind, png, width, height);
    }

    private async Task<byte[]?> TryScreenshotAsync(IPage page, SpotKey spot)
    {
        try
        {
            return await page.ScreenshotAsync(new PageScreenshotOptions { Type = ScreenshotType.Png, Timeout = (float)_options.CloseTimeout.TotalMilliseconds });
        }
        catch (Exception exception) when (exception is PlaywrightException or TimeoutException)
        {
            Log.ScreenshotFailed(_logger, spot, exception);
            return null;
        }
    }

    /// <summary>True when the page has no observation time and its wind field is empty, dashes or the profile's no-data text.</summary>
    private static bool ShowsNoObservation(SpotPageText text, SiteProfile profile)
    {
        if (!string.IsNullOrWhiteSpace(text.ObservedAt))
        {
            return false;
        }

        var wind = text.Wind?.Trim();
        return string.IsNullOrEmpty(wind)
            || wind == "--"
            || (profile.NoObservationText is { Length: > 0 } noData && wind.Contains(noData, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Reads the width and height from a PNG's IHDR chunk.</summary>
    private static (int Width, int Height) PngSize(byte[] png) =>
        png.Length >= 24
            ? (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)))
            : (0, 0);

    /// <summary>Collapses runs of white space, as a rider would read the text.</summary>
    private static string Normalize(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
