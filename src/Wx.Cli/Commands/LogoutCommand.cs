using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;
using Wx.Cli.Infrastructure;
using Wx.Data;
using Wx.Data.Configuration;
using Wx.Data.Model;
using Wx.Data.Store;

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

        var services = new ServiceCollection();
        services.AddLogging(logging => ServiceLauncher.ConfigureLogging(logging, settings.Verbose));
        try
        {
            services.AddWxData(configuration);
        }
        catch (InvalidDataOptionsException exception)
        {
            throw CliException.Usage(exception.Message);
        }

        await using var provider = services.BuildServiceProvider();
        await WxDatabase.MigrateAsync(provider.GetRequiredService<IDbContextFactory<WxDbContext>>(), cancellationToken);
        var removedSession = await provider.GetRequiredService<WxStore>().DeleteSiteSessionAsync(settings.Site, cancellationToken);

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
