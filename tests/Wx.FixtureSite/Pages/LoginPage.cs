namespace Wx.FixtureSite.Pages;

/// <summary>The login form, alone on <c>/login</c> or in place of the data on a spot page.</summary>
internal static class LoginPage
{
    public const string InvalidCredentialsMessage = "Invalid user name or password.";

    /// <param name="enteredUserName">User name to fill in again after a failed attempt, or null.</param>
    /// <param name="currentUser">Logged-in user for the user menu, or null.</param>
    public static string Render(string returnUrl, bool invalidCredentials, string? enteredUserName, string? currentUser)
    {
        var body = $"""
            <h1>Log in</h1>
            {Form(returnUrl, invalidCredentials, enteredUserName)}
            """;
        return PageLayout.Render("Log in", currentUser, returnUrl, body);
    }

    /// <param name="enteredUserName">User name to fill in again after a failed attempt, or null.</param>
    public static string Form(string returnUrl, bool invalidCredentials, string? enteredUserName)
    {
        var error = invalidCredentials ? $"""<p class="login-error">{InvalidCredentialsMessage}</p>""" : string.Empty;
        var userValue = enteredUserName is null ? string.Empty : " value=\"" + Html.Encode(enteredUserName) + "\"";
        return $"""
            <section class="login">
            {error}
            <form id="login-form" method="post" action="/login">
            <input type="hidden" name="returnUrl" value="{Html.Encode(returnUrl)}">
            <p><label for="login-username">User name</label>
            <input id="login-username" name="username" type="text" autocomplete="username"{userValue}></p>
            <p><label for="login-password">Password</label>
            <input id="login-password" name="password" type="password" autocomplete="current-password"></p>
            <p><input id="login-submit" type="submit" value="Log in"></p>
            </form>
            </section>
            """;
    }
}
