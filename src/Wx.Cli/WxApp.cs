using System.Reflection;
using Spectre.Console;
using Spectre.Console.Cli;
using Wx.Cli.Commands;
using Wx.Cli.Infrastructure;

namespace Wx.Cli;

/// <summary>Defines the verbs of <c>wx</c>.</summary>
public static class WxApp
{
    public static string Version =>
        typeof(WxApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>Creates the app; <paramref name="console"/> replaces the terminal in tests.</summary>
    public static CommandApp Create(IAnsiConsole? console = null)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("wx");
            config.SetApplicationVersion(Version);
            config.PropagateExceptions();

            // Reject unknown options instead of passing them on as remaining arguments.
            config.UseStrictParsing();
            config.SetHelpProvider(new WxHelpProvider(config.Settings));
            if (console is not null)
            {
                config.ConfigureConsole(console);
            }

            config.AddCommand<WatchCommand>("watch")
                .WithDescription("Shows a live view of spots that updates with every new reading.")
                .WithExample("watch", "1786", "1787", "--units", "kmh");
            config.AddCommand<ShowCommand>("show")
                .WithDescription("Reads one spot now and prints its reading.")
                .WithExample("show", "1786", "--json");
            config.AddCommand<HistoryCommand>("history")
                .WithDescription("Prints the stored readings of a spot.")
                .WithExample("history", "1786", "--since", "6h", "--format", "csv");
            config.AddCommand<ImageCommand>("image")
                .WithDescription("Writes the stored wind meter or graph image of a spot to a PNG file.")
                .WithExample("image", "1786", "graph", "-o", "graph.png");
            config.AddCommand<SpotsCommand>("spots")
                .WithDescription("Lists the spots the service knows, with their state.");
            config.AddCommand<StatusCommand>("status")
                .WithDescription("Shows the state of the service: browser, queues, logins and recent errors.");
            config.AddCommand<LoginCommand>("login")
                .WithDescription("Stores the user name and password of a site in ~/.config/wx/credentials.json.")
                .WithExample("login", "weatherflow");
            config.AddCommand<LogoutCommand>("logout")
                .WithDescription("Removes the stored credentials and the saved login session of a site.")
                .WithExample("logout", "weatherflow");
            config.AddCommand<ServeCommand>("serve")
                .WithDescription("Runs the spot service until stopped, refreshing the spots that clients read.")
                .WithExample("serve");
            config.AddCommand<DemoCommand>("demo")
                .WithDescription("Watches two spots of a local fixture site that replays NOAA buoy 44013; needs no account.")
                .WithExample("demo", "--for", "45s");
        });
        return app;
    }
}
