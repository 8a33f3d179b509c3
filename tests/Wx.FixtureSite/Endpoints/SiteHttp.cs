using System.Text;
using Wx.FixtureSite.Hosting;

namespace Wx.FixtureSite.Endpoints;

/// <summary>Cookie names and response helpers shared by the endpoints.</summary>
internal static class SiteHttp
{
    /// <summary>
    /// Cookie that the first <c>POST /login</c> sets. A login POST without it is sent back to the form, as the
    /// real site does when its visit cookie is missing.
    /// </summary>
    public const string VisitCookie = "fixture_visit";

    /// <summary>Cookie holding the session token.</summary>
    public const string AuthCookie = "fixture_auth";

    /// <summary>Returns the user of the request's session, or null when it has no valid session.</summary>
    public static string? CurrentUser(HttpContext context, FixtureSiteState state) =>
        state.Sessions.TryGetUser(context.Request.Cookies[AuthCookie], out var userName) ? userName : null;

    public static IResult Page(string html, int statusCode = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, statusCode);

    public static IResult JsonError(string message, int statusCode) =>
        Results.Json(new ErrorResponse(message), statusCode: statusCode);

    /// <summary>Returns <paramref name="value"/> when it is a path on this site, else <c>/</c>, so a login cannot redirect elsewhere.</summary>
    public static string LocalReturnUrl(string? value)
    {
        if (string.IsNullOrEmpty(value) || value[0] != '/' || value.StartsWith("//", StringComparison.Ordinal) || value.StartsWith("/\\", StringComparison.Ordinal))
        {
            return "/";
        }

        return value;
    }

    public static CookieOptions SessionCookieOptions() => new()
    {
        HttpOnly = true,
        Path = "/",
        SameSite = SameSiteMode.Lax,
        IsEssential = true,
    };

    private sealed record ErrorResponse(string Error);
}
