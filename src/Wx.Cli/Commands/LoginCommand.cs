using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Wx.Cli.Infrastructure;
using Wx.Core.Spots;

namespace Wx.Cli.Commands;

public sealed class SiteSettings : GlobalSettings
{
    [CommandArgument(0, "<SITE>")]
    [Description("Site profile id, such as weatherflow.")]
    public string Site { get; init; } = string.Empty;

    public override ValidationResult Validate()
    {
        var result = base.Validate();
        if (!result.Successful)
        {
            return result;
        }

        return SpotKey.DescribeSiteProblem(Site) is { } problem
            ? ValidationResult.Error($"Invalid site '{Site}': {problem}.")
            : ValidationResult.Success();
    }
}

public sealed class LoginSettings : GlobalSettings
{
    [CommandArgument(0, "<SITE>")]
    [Description("Site profile id, such as weatherflow.")]
    public string Site { get; init; } = string.Empty;

    [CommandOption("--user <NAME>")]
    [Description("User name. Default: asked for on the terminal.")]
    public string? User { get; init; }

    [CommandOption("--password-stdin")]
    [Description("Read the password from the first line of stdin instead of asking for it. Requires --user.")]
    public bool PasswordStdin { get; init; }

    public override ValidationResult Validate()
    {
        var result = base.Validate();
        if (!result.Successful)
        {
            return result;
        }

        if (SpotKey.DescribeSiteProblem(Site) is { } problem)
        {
            return ValidationResult.Error($"Invalid site '{Site}': {problem}.");
        }

        return PasswordStdin && string.IsNullOrWhiteSpace(User)
            ? ValidationResult.Error("Missing --user: --password-stdin reads only the password, so pass the user name with --user NAME.")
            : ValidationResult.Success();
    }
}

/// <summary><c>wx login</c>: stores a site's user name and password in credentials.json (mode 0600).</summary>
public sealed class LoginCommand : Command<LoginSettings>
{
    public override int Execute(CommandContext context, LoginSettings settings, CancellationToken cancellationToken)
    {
        var configuration = CliConfiguration.Build(settings);
        ServiceLauncher.EnsureSiteKnown(configuration, settings.Site);
        var interactive = !Console.IsInputRedirected;
        if (!settings.PasswordStdin && (!interactive || !AnsiConsole.Profile.Capabilities.Interactive))
        {
            throw CliException.Usage("Cannot ask for the password because stdin is not a terminal. Pass --user NAME --password-stdin and write the password to stdin.");
        }

        var userName = settings.User ?? AnsiConsole.Prompt(new TextPrompt<string>($"User name for {Markup.Escape(settings.Site)}:"));
        var password = settings.PasswordStdin
            ? Console.In.ReadLine()?.TrimEnd('\r', '\n')
            : AnsiConsole.Prompt(new TextPrompt<string>("Password:").Secret(null));
        if (string.IsNullOrEmpty(password))
        {
            throw CliException.Usage("Missing password: stdin was empty. Write the password as the first line of stdin.");
        }

        var file = new CredentialsFile(CliPaths.CredentialsFile(CliPaths.ConfigFolder()));
        file.Save(settings.Site, userName.Trim(), password);
        AnsiConsole.Console.WriteLine($"Stored the credentials of {settings.Site} for user {userName.Trim()} in {file.Path}. The next read logs in with them.");
        return ExitCodes.Ok;
    }
}
