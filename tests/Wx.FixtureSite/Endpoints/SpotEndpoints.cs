using Wx.FixtureSite.Display;
using Wx.FixtureSite.Hosting;
using Wx.FixtureSite.Pages;

namespace Wx.FixtureSite.Endpoints;

/// <summary>The spot page, its data endpoints and the endpoint behind the hanging-iframe fault.</summary>
internal static class SpotEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/", (HttpContext context, FixtureSiteState state) =>
            SiteHttp.Page(SitePages.Home(state.Spots.All, SiteHttp.CurrentUser(context, state))));

        routes.MapGet("/spot/{id}", GetSpotPage);

        routes.MapGet("/api/spot/{id}/current", async (string id, HttpContext context, FixtureSiteState state, SpotConditions conditions, IHostApplicationLifetime lifetime) =>
        {
            if (!state.Spots.TryGet(id, out var spot))
            {
                return SiteHttp.JsonError($"Spot {id} not found.", StatusCodes.Status404NotFound);
            }

            state.Counters.CountData(spot.Id);
            return await AnswerDataRequestAsync(context, state, spot, lifetime, () => Results.Json(conditions.Current(spot, DisplayUnits.FromCookies(context.Request.Cookies))));
        });

        routes.MapGet("/api/spot/{id}/history", async (string id, HttpContext context, FixtureSiteState state, SpotConditions conditions, IHostApplicationLifetime lifetime) =>
        {
            if (!state.Spots.TryGet(id, out var spot))
            {
                return SiteHttp.JsonError($"Spot {id} not found.", StatusCodes.Status404NotFound);
            }

            state.Counters.CountHistory(spot.Id);
            return await AnswerDataRequestAsync(context, state, spot, lifetime, () => Results.Json(conditions.History(spot, DisplayUnits.FromCookies(context.Request.Cookies))));
        });

        // Never answers before the site stops, so a page that embeds it never fires its load event.
        routes.MapGet("/_fixture/hang", async (HttpContext context, IHostApplicationLifetime lifetime) =>
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, stop.Token);
            }
            catch (OperationCanceledException)
            {
                // The site is stopping or the browser went away; end the response.
            }

            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        });
    }

    private static IResult GetSpotPage(string id, HttpContext context, FixtureSiteState state)
    {
        var userName = SiteHttp.CurrentUser(context, state);
        if (!FixtureSpotCatalog.IsValidId(id))
        {
            return SiteHttp.Page(SitePages.NotFound(context.Request.Path, userName), StatusCodes.Status404NotFound);
        }

        state.Counters.CountSpotPage(id);
        if (!state.Spots.TryGet(id, out var spot))
        {
            return FixtureSpotCatalog.IsNotFoundPageId(id)
                ? SiteHttp.Page(SpotPage.RenderNotFound(id, userName))
                : SiteHttp.Page(SitePages.NotFound(context.Request.Path, userName), StatusCodes.Status404NotFound);
        }

        var fault = state.Faults.Get(spot.Id);
        if (fault.ServerError)
        {
            return SiteHttp.Page(SitePages.ServerError(context.Request.Path, userName), StatusCodes.Status500InternalServerError);
        }

        // Like the real site: no session gives status 200 with the login form in place of the data.
        return userName is null
            ? SiteHttp.Page(SpotPage.RenderLoginRequired(spot))
            : SiteHttp.Page(SpotPage.Render(spot, userName, fault, state.Options));
    }

    /// <summary>Checks the session and applies the spot's data delay before producing the JSON.</summary>
    private static async Task<IResult> AnswerDataRequestAsync(
        HttpContext context,
        FixtureSiteState state,
        FixtureSpot spot,
        IHostApplicationLifetime lifetime,
        Func<IResult> answer)
    {
        if (SiteHttp.CurrentUser(context, state) is null)
        {
            return SiteHttp.JsonError("Not logged in.", StatusCodes.Status401Unauthorized);
        }

        var delay = state.Faults.Get(spot.Id).DataDelay;
        if (delay > TimeSpan.Zero)
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
            try
            {
                await Task.Delay(delay, state.Options.TimeProvider, stop.Token);
            }
            catch (OperationCanceledException)
            {
                return SiteHttp.JsonError("The fixture site is stopping.", StatusCodes.Status503ServiceUnavailable);
            }
        }

        return answer();
    }
}
