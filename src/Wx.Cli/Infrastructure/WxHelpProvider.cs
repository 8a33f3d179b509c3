using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;
using Spectre.Console.Rendering;

namespace Wx.Cli.Infrastructure;

/// <summary>The standard help, with the exit codes and settings files in the footer.</summary>
public sealed class WxHelpProvider(ICommandAppSettings settings) : HelpProvider(settings)
{
    public override IEnumerable<IRenderable> GetFooter(ICommandModel model, ICommandInfo? command)
    {
        foreach (var line in base.GetFooter(model, command))
        {
            yield return line;
        }

        yield return new Markup(Environment.NewLine + "[yellow]EXIT CODES:[/]" + Environment.NewLine);
        foreach (var (code, meaning) in ExitCodes.Table)
        {
            yield return new Text($"    {code.ToString(CultureInfo.InvariantCulture),-5}{meaning}" + Environment.NewLine);
        }

        yield return new Markup(
            Environment.NewLine + "[yellow]SETTINGS:[/]" + Environment.NewLine
            + "    Later sources win: ~/.config/wx/config.json, ~/.config/wx/credentials.json," + Environment.NewLine
            + "    WX_ environment variables (WX_DATA__FOLDER sets Data:Folder), --set KEY=VALUE." + Environment.NewLine
            + "    docs/cli.md lists every setting." + Environment.NewLine);
    }
}
