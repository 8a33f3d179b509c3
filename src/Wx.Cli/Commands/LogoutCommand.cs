using Spectre.Console;
using Spectre.Console.Cli;
using Wx.Cli.Infrastructure;

namespace Wx.Cli.Commands;

/// <summary>
/// <c>wx logout</c>: removes a site's credentials from credentials.json and deletes its saved login session
/// from the database. Only the data layer starts, not the service or the browser.
/// </summary>
public sealed class LogoutCommand : AsyncCommand<SiteSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, SiteSettings settings, CancellationToken cancellationToken)
    {
        var configuration = CliConfiguration.Build(settings);
        var file = new CredentialsFile(CliPaths.CredentialsFile(CliPaths.ConfigFolder()));
        var removedCredentials = file.Remove(settings.Site);

        await using var data = await DataLayer.OpenAsync(configuration, settings.Verbose, cancellationToken);
        var removedSession = await data.Store.DeleteSiteSessionAsync(settings.Site, cancellationToken);

        AnsiConsole.Console.WriteLine(
            $"{settings.Site}: {(removedCredentials ? "removed the stored credentials" : "no stored credentials")}, "
            + $"{(removedSession ? "deleted the saved login session" : "no saved login session")}.");
        if (configuration[$"Sites:{settings.Site}:UserName"] is { Length: > 0 })
        {
            AnsiConsole.Console.WriteLine($"Note: credentials of {settings.Site} are still set by config.json or a WX_SITES__ environment variable.");
        }

        return ExitCodes.Ok;
    }
}
