using Spectre.Console;
using Wx.Core.Spots;

namespace Wx.Cli.Commands;

/// <summary>Checks and parses spot arguments.</summary>
public static class SpotArguments
{
    /// <summary>Checks the syntax of <paramref name="spot"/>; the site is checked once the settings are known.</summary>
    public static ValidationResult Validate(string? spot)
    {
        if (string.IsNullOrWhiteSpace(spot))
        {
            return ValidationResult.Error("Missing spot: give a spot id such as 1786 or site/spot such as fixture/1786.");
        }

        try
        {
            SpotKey.Parse(spot, "placeholder");
            return ValidationResult.Success();
        }
        catch (InvalidSpotKeyException exception)
        {
            return ValidationResult.Error(Describe(exception));
        }
    }

    public static SpotKey Parse(string spot, string defaultSite)
    {
        try
        {
            return SpotKey.Parse(spot, defaultSite);
        }
        catch (InvalidSpotKeyException exception)
        {
            throw CliException.Usage(Describe(exception));
        }
    }

    private static string Describe(InvalidSpotKeyException exception) =>
        $"{exception.Message.TrimEnd('.')}. Give a spot id such as 1786 or site/spot such as fixture/1786.";
}
