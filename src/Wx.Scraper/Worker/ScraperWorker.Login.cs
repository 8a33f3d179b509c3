using Microsoft.Playwright;
using Wx.Core.Spots;
using Wx.Scraper.Errors;
using Wx.Scraper.Sites;

namespace Wx.Scraper.Worker;

public sealed partial class ScraperWorker
{
    internal async Task<LoginResult> LogInAsync(LogInCommand command, CancellationToken cancellationToken)
    {
        var profile = _sites.Get(command.Site);
        if (profile.Login is null)
        {
            SetSiteStatus(profile.Id, SiteLoginState.LoggedIn, null);
            return new LoginResult(profile.Id, 0);
        }

        // An explicit login is the way out of an earlier failure, so it does not check for one.
        var loginUrl = profile.Resolve(profile.Login.Url);
        return await RetryOnceAfterCrashAsync(
            profile.Id,
            null,
            loginUrl,
            () => RunWithDeadlineAsync("Logging in", profile.Id, null, loginUrl, () => LogInCoreAsync(profile, null, cancellationToken), cancellationToken));
    }

    /// <summary>Stops work for a site whose login failed, until a <see cref="LogInCommand"/> succeeds.</summary>
    private void ThrowIfLoginFailed(SiteProfile profile, SpotKey spot)
    {
        if (GetSiteStatus(profile.Id) is { State: SiteLoginState.Failed } failed)
        {
            throw new LoginFailedException(
                profile.Id,
                $"{failed.LastError} Reads of this site are paused until a login succeeds.",
                profile.Resolve(profile.Login?.Url ?? "/"),
                spot);
        }
    }

    /// <summary>
    /// Submits the login form at most <see cref="LoginProfile.MaxAttempts"/> times, checking the logged-in marker
    /// after each submission, then saves the browser's storage state as the site's session.
    /// </summary>
    private async Task<LoginResult> LogInCoreAsync(SiteProfile profile, SpotKey? spot, CancellationToken cancellationToken)
    {
        var login = profile.Login!;
        var loginUrl = profile.Resolve(login.Url);
        var credentials = await _credentials.GetAsync(profile.Id, cancellationToken)
            ?? throw FailLogin(profile, spot, loginUrl, $"no user name and password are configured for it. Run 'wx login {profile.Id}', or set Sites:{profile.Id}:UserName and Sites:{profile.Id}:PasswordFile.", null);

        IBrowserContext context;
        IPage page;
        await _setup.WaitAsync(cancellationToken);
        try
        {
            context = await GetContextAsync(profile, cancellationToken);
            page = await context.NewPageAsync();
        }
        finally
        {
            _setup.Release();
        }

        try
        {
            CountNavigation();
            await page.GotoAsync(loginUrl.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
            for (var attempt = 1; attempt <= Math.Max(1, login.MaxAttempts); attempt++)
            {
                var state = await WaitForLoginStateAsync(page, login);
                if (state == "logged-in")
                {
                    return await CompleteLoginAsync(profile, context, attempt - 1, cancellationToken);
                }

                if (state == "error")
                {
                    throw FailLogin(profile, spot, loginUrl, "the site rejected the user name or password. Check them with 'wx login " + profile.Id + "'.", null);
                }

                if (attempt > 1)
                {
                    Log.LoginFormReturned(_logger, profile.Id, attempt - 1);
                }

                await page.FillAsync(login.UserNameSelector, credentials.UserName);
                await page.FillAsync(login.PasswordSelector, credentials.Password);

                // Mark this document, so that the next state is read from the page the submission leads to.
                await page.EvaluateAsync("() => { window.wxSubmitted = true; }");
                CountNavigation();
                await page.ClickAsync(login.SubmitSelector);
            }

            var final = await WaitForLoginStateAsync(page, login);
            if (final == "logged-in")
            {
                return await CompleteLoginAsync(profile, context, login.MaxAttempts, cancellationToken);
            }

            throw FailLogin(
                profile,
                spot,
                loginUrl,
                final == "error"
                    ? "the site rejected the user name or password. Check them with 'wx login " + profile.Id + "'."
                    : $"the site still showed the login form after {login.MaxAttempts} attempts, without an error message.",
                null);
        }
        catch (TimeoutException exception)
        {
            throw FailLogin(profile, spot, loginUrl, "the login page did not show the form or the logged-in marker in time; check the site's login selectors.", exception);
        }
        finally
        {
            await CloseWithinAsync(() => page.CloseAsync(new PageCloseOptions { RunBeforeUnload = false }), "the login tab of site " + profile.Id);
        }
    }

    /// <summary>Waits until the login page shows the logged-in marker, an error, or the form.</summary>
    private static async Task<string> WaitForLoginStateAsync(IPage page, LoginProfile login)
    {
        const string script = """
            ([loggedIn, error, form]) => {
                if (window.wxSubmitted) return false;
                if (document.querySelector(loggedIn)) return 'logged-in';
                if (error && document.querySelector(error)) return 'error';
                if (document.querySelector(form)) return 'form';
                return false;
            }
            """;
        var handle = await page.WaitForFunctionAsync(script, new[] { login.LoggedInSelector, login.ErrorSelector, login.UserNameSelector }, new PageWaitForFunctionOptions { PollingInterval = 50 });
        return await handle.JsonValueAsync<string>();
    }

    private async Task<LoginResult> CompleteLoginAsync(SiteProfile profile, IBrowserContext context, int attempts, CancellationToken cancellationToken)
    {
        if (attempts > 0)
        {
            var state = await context.StorageStateAsync();
            await _sessions.SaveAsync(profile.Id, state, cancellationToken);
        }

        SetSiteStatus(profile.Id, SiteLoginState.LoggedIn, null);
        Interlocked.Increment(ref _logins);
        Log.LoggedIn(_logger, profile.Id, attempts);
        return new LoginResult(profile.Id, attempts);
    }

    /// <summary>Marks the site's login as failed, deletes its saved session, and returns the error to throw.</summary>
    private LoginFailedException FailLogin(SiteProfile profile, SpotKey? spot, Uri url, string reason, Exception? innerException)
    {
        SetSiteStatus(profile.Id, SiteLoginState.Failed, reason);
        Log.LoginFailed(_logger, profile.Id, reason);
        _sessions.DeleteAsync(profile.Id, CancellationToken.None).ContinueWith(
            deletion => Log.SavedSessionNotDeleted(_logger, profile.Id, deletion.Exception!),
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted,
            TaskScheduler.Default);
        return new LoginFailedException(profile.Id, reason, url, spot, innerException);
    }
}
