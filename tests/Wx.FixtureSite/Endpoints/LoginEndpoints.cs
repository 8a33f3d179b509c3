using System.Security.Cryptography;
using Wx.FixtureSite.Hosting;
using Wx.FixtureSite.Pages;

namespace Wx.FixtureSite.Endpoints;

/// <summary><c>/login</c>, <c>/logout</c> and <c>/account</c>, with the real site's login quirk.</summary>
internal static class LoginEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        // GET sets no cookie, so the first POST from this form always lacks the visit cookie.
        routes.MapGet("/login", (HttpContext context, FixtureSiteState state, string? returnUrl) =>
            SiteHttp.Page(LoginPage.Render(SiteHttp.LocalReturnUrl(returnUrl), invalidCredentials: false, enteredUserName: null, SiteHttp.CurrentUser(context, state))));

        routes.MapPost("/login", LogInAsync);

        routes.MapGet("/logout", (HttpContext context, FixtureSiteState state) =>
        {
            state.Sessions.Remove(context.Request.Cookies[SiteHttp.AuthCookie]);
            context.Response.Cookies.Delete(SiteHttp.AuthCookie, SiteHttp.SessionCookieOptions());
            return Results.Redirect("/");
        });

        routes.MapGet("/account", (HttpContext context, FixtureSiteState state) =>
        {
            var userName = SiteHttp.CurrentUser(context, state);
            return userName is null
                ? SiteHttp.Page(LoginPage.Render("/account", invalidCredentials: false, enteredUserName: null, currentUser: null))
                : SiteHttp.Page(SitePages.Account(userName));
        });
    }

    private static async Task<IResult> LogInAsync(HttpContext context, FixtureSiteState state, CancellationToken cancellationToken)
    {
        state.Counters.CountLoginPost();

        var form = context.Request.HasFormContentType
            ? await context.Request.ReadFormAsync(cancellationToken)
            : FormCollection.Empty;
        var returnUrl = SiteHttp.LocalReturnUrl(form["returnUrl"].FirstOrDefault() ?? context.Request.Query["returnUrl"].FirstOrDefault());

        // The quirk: without the visit cookie the POST is silently sent back to the form, with no error text.
        if (!context.Request.Cookies.ContainsKey(SiteHttp.VisitCookie))
        {
            var visit = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            context.Response.Cookies.Append(SiteHttp.VisitCookie, visit, SiteHttp.SessionCookieOptions());
            return Results.Redirect("/login?returnUrl=" + Uri.EscapeDataString(returnUrl));
        }

        var userName = form["username"].ToString();
        var password = form["password"].ToString();
        if (!string.Equals(userName, state.Options.UserName, StringComparison.Ordinal)
            || !string.Equals(password, state.Options.Password, StringComparison.Ordinal))
        {
            return SiteHttp.Page(LoginPage.Render(returnUrl, invalidCredentials: true, userName, SiteHttp.CurrentUser(context, state)));
        }

        var token = state.Sessions.Create(userName);
        state.Counters.CountLoginAccepted();
        context.Response.Cookies.Append(SiteHttp.AuthCookie, token, SiteHttp.SessionCookieOptions());
        return Results.Redirect(returnUrl);
    }
}
