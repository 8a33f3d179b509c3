using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Wx.Cli.Infrastructure;

namespace Wx.Cli.Commands;

public sealed class ImageSettings : GlobalSettings
{
    [CommandArgument(0, "<SPOT>")]
    [Description("Spot id such as 1786 (on the default site) or site/spot such as fixture/1786.")]
    public string Spot { get; init; } = string.Empty;

    [CommandArgument(1, "<KIND>")]
    [Description("Image to write: meter (the wind gauge) or graph.")]
    public string Kind { get; init; } = string.Empty;

    [CommandOption("-o|--output <FILE>")]
    [Description("PNG file to write; an existing file is replaced. Required.")]
    public string? Output { get; init; }

    [CommandOption("--wait <SECONDS>")]
    [Description("When no image is stored: how long to wait for the page read, in seconds. Default: 90.")]
    [DefaultValue(90)]
    public int Wait { get; init; } = 90;

    public override ValidationResult Validate()
    {
        var result = base.Validate();
        if (!result.Successful)
        {
            return result;
        }

        if (Kind.ToUpperInvariant() is not ("METER" or "GAUGE" or "GRAPH"))
        {
            return ValidationResult.Error($"Invalid image kind '{Kind}': use meter or graph.");
        }

        if (string.IsNullOrWhiteSpace(Output))
        {
            return ValidationResult.Error("Missing output file: pass -o FILE, for example -o graph.png.");
        }

        return Wait < 0
            ? ValidationResult.Error($"Invalid value '{Wait}' for --wait: use a number of seconds, 0 or more.")
            : SpotArguments.Validate(Spot);
    }
}

/// <summary><c>wx image</c>: writes the stored meter or graph PNG of a spot, reading the spot first when none is stored.</summary>
public sealed class ImageCommand : AsyncCommand<ImageSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ImageSettings settings, CancellationToken cancellationToken)
    {
        var configuration = CliConfiguration.Build(settings);
        var spot = SpotArguments.Parse(settings.Spot, CliConfiguration.DefaultSite(configuration));
        ServiceLauncher.EnsureSiteKnown(configuration, spot.Site);

        await using var service = await ServiceLauncher.StartAsync(configuration, settings.Verbose, clock: null, cancellationToken);
        var image = await service.Client.GetImageAsync(spot, settings.Kind, cancellationToken);
        if (image is null)
        {
            ServiceLauncher.EnsureChromium(configuration);
            var response = await service.Client.ReadAsync(spot, TimeSpan.FromSeconds(settings.Wait), cancellationToken);
            if (response.Reading is null || response.Outcome is Contracts.SpotReadOutcome.Pending or Contracts.SpotReadOutcome.Failed)
            {
                throw ReadFailures.Describe(spot, response, settings.Wait);
            }

            image = await service.Client.GetImageAsync(spot, settings.Kind, cancellationToken)
                ?? throw new CliException(ExitCodes.NoReading, $"The page of '{spot}' was read, but it has no {settings.Kind} image.");
        }

        var path = Path.GetFullPath(settings.Output!);
        await File.WriteAllBytesAsync(path, image.Png, cancellationToken);
        AnsiConsole.Console.WriteLine($"Wrote {path}: {image.Kind} of {spot}, {image.Width}×{image.Height} px, last seen {image.LastSeenAt.ToUniversalTime():yyyy-MM-dd HH:mm:ss}Z.");
        return ExitCodes.Ok;
    }
}
