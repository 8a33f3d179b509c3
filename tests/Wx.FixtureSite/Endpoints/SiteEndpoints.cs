using Wx.FixtureSite.Hosting;
using Wx.FixtureSite.Pages;

namespace Wx.FixtureSite.Endpoints;

/// <summary>Maps every route of the fixture site.</summary>
internal static class SiteEndpoints
{
    public static void Map(WebApplication app)
    {
        // Every answer depends on the clock, the session or a fault switch, so nothing may be cached.
        app.Use(async (context, next) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            await next(context);
        });

        AssetEndpoints.Map(app);
        LoginEndpoints.Map(app);
        SpotEndpoints.Map(app);
        ControlEndpoints.Map(app);

        app.MapFallback((HttpContext context, FixtureSiteState state) =>
            SiteHttp.Page(SitePages.NotFound(context.Request.Path, SiteHttp.CurrentUser(context, state)), StatusCodes.Status404NotFound));
    }
}
