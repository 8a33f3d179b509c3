using System.Globalization;
using System.Text.Json;
using Wx.FixtureSite.Hosting;

namespace Wx.FixtureSite.Endpoints;

/// <summary>
/// <c>/_fixture/*</c>: the C# control API over HTTP, for a site running in another process. They need no
/// login, which is acceptable only because the site binds to 127.0.0.1.
/// </summary>
internal static class ControlEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/_fixture/clock", async (HttpRequest request, FixtureSiteState state, CancellationToken cancellationToken) =>
            await HandleAsync(request, parameters =>
            {
                var text = parameters.GetString("utc");
                if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
                {
                    throw new ControlRequestException($"Parameter utc is '{text}', expected an ISO 8601 time such as 2022-05-20T15:00:00Z.");
                }

                if (parameters.GetBoolean("run"))
                {
                    state.Clock.Run(instant);
                }
                else
                {
                    state.Clock.Set(instant);
                }

                return Results.Json(ClockState(state));
            }, cancellationToken));

        routes.MapPost("/_fixture/faults/{spotId}", async (string spotId, HttpRequest request, FixtureSiteState state, CancellationToken cancellationToken) =>
            await HandleAsync(request, parameters =>
            {
                if (!state.Spots.TryGet(spotId, out var spot))
                {
                    return SiteHttp.JsonError($"Spot {spotId} is not in the fixture catalogue.", StatusCodes.Status404NotFound);
                }

                var fault = new FixtureFault
                {
                    HangingIframe = parameters.GetBoolean("hangingIframe"),
                    SpinAfterRender = parameters.GetBoolean("spinAfterRender"),
                    DataDelay = parameters.GetMilliseconds("dataDelayMs", FixtureFault.MaxDataDelay),
                    MissingField = ParseField(parameters.GetString("missingField")),
                    ServerError = parameters.GetBoolean("serverError"),
                };
                state.Faults.Set(spot.Id, fault);
                return Results.Json(FaultState(fault));
            }, cancellationToken));

        routes.MapDelete("/_fixture/faults/{spotId}", (string spotId, FixtureSiteState state) =>
        {
            if (!state.Spots.TryGet(spotId, out var spot))
            {
                return SiteHttp.JsonError($"Spot {spotId} is not in the fixture catalogue.", StatusCodes.Status404NotFound);
            }

            state.Faults.Clear(spot.Id);
            return Results.NoContent();
        });

        routes.MapPost("/_fixture/sessions/expire", (FixtureSiteState state) =>
        {
            state.Sessions.ExpireAll();
            return Results.Json(new { activeSessions = state.Sessions.ActiveCount });
        });

        routes.MapGet("/_fixture/state", (FixtureSiteState state) => Results.Json(new
        {
            clock = ClockState(state),
            activeSessions = state.Sessions.ActiveCount,
            counters = new
            {
                loginPosts = state.Counters.LoginPosts,
                loginsAccepted = state.Counters.LoginsAccepted,
                spotPageRequests = state.Counters.SpotPageRequestsSnapshot(),
                dataRequests = state.Counters.DataRequestsSnapshot(),
                historyRequests = state.Counters.HistoryRequestsSnapshot(),
            },
            faults = state.Faults.Snapshot().ToDictionary(entry => entry.Key, entry => FaultState(entry.Value), StringComparer.Ordinal),
        }));
    }

    private static async Task<IResult> HandleAsync(HttpRequest request, Func<ControlParameters, IResult> handle, CancellationToken cancellationToken)
    {
        try
        {
            var parameters = await ControlParameters.ReadAsync(request, cancellationToken);
            return handle(parameters);
        }
        catch (ControlRequestException exception)
        {
            return SiteHttp.JsonError(exception.Message, StatusCodes.Status400BadRequest);
        }
        catch (JsonException exception)
        {
            return SiteHttp.JsonError("The body is not valid JSON: " + exception.Message, StatusCodes.Status400BadRequest);
        }
    }

    private static SpotField? ParseField(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        // Enum.TryParse also accepts numbers and comma-separated lists such as "gust, lull", so only a single name passes.
        var trimmed = name.Trim();
        if (!trimmed.All(char.IsAsciiLetter) || !Enum.TryParse<SpotField>(trimmed, ignoreCase: true, out var field) || !Enum.IsDefined(field))
        {
            var names = string.Join(", ", Enum.GetNames<SpotField>().Select(JsonNamingPolicy.CamelCase.ConvertName));
            throw new ControlRequestException($"Parameter missingField is '{name}', expected one of {names}.");
        }

        return field;
    }

    private static object ClockState(FixtureSiteState state) => new
    {
        utc = state.Clock.GetUtcNow(),
        running = state.Clock.IsRunning,
    };

    private static object FaultState(FixtureFault fault) => new
    {
        hangingIframe = fault.HangingIframe,
        spinAfterRender = fault.SpinAfterRender,
        dataDelayMs = (long)fault.DataDelay.TotalMilliseconds,
        missingField = fault.MissingField is { } field ? JsonNamingPolicy.CamelCase.ConvertName(field.ToString()) : null,
        serverError = fault.ServerError,
    };
}
