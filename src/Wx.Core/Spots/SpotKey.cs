using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Wx.Core.Spots;

/// <summary>
/// Identity of a spot: the site profile that serves it and the spot id on that site, written
/// <c>site/spot</c> (for example <c>weatherflow/1786</c>).
/// </summary>
public readonly partial record struct SpotKey
{
    public const int MaxSiteLength = 32;
    public const int MaxSpotIdLength = 32;

    private SpotKey(string site, string spotId)
    {
        Site = site;
        SpotId = spotId;
    }

    /// <summary>Site profile id: lower-case letters, digits and dashes, starting with a letter or digit.</summary>
    public string Site { get; }

    /// <summary>Spot id as the site writes it in its URLs: letters, digits, '-' and '_'.</summary>
    public string SpotId { get; }

    /// <summary>Creates a key after validating both parts.</summary>
    /// <exception cref="InvalidSpotKeyException">A part is empty, too long or has a character outside its set.</exception>
    public static SpotKey Create(string site, string spotId)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(spotId);

        var siteProblem = DescribeSiteProblem(site);
        if (siteProblem is not null)
        {
            throw new InvalidSpotKeyException(site, siteProblem);
        }

        var spotProblem = DescribeSpotIdProblem(spotId);
        if (spotProblem is not null)
        {
            throw new InvalidSpotKeyException(spotId, spotProblem);
        }

        return new SpotKey(site, spotId);
    }

    /// <summary>
    /// Parses <c>site/spot</c>, or a bare spot id that then belongs to <paramref name="defaultSite"/>.
    /// </summary>
    /// <exception cref="InvalidSpotKeyException">The text is not a valid key.</exception>
    public static SpotKey Parse(string text, string? defaultSite = null)
    {
        ArgumentNullException.ThrowIfNull(text);

        var trimmed = text.Trim();
        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            return Create(trimmed[..slash], trimmed[(slash + 1)..]);
        }

        if (defaultSite is null)
        {
            throw new InvalidSpotKeyException(text, "expected site/spot, for example weatherflow/1786");
        }

        return Create(defaultSite, trimmed);
    }

    /// <summary>Parses like <see cref="Parse"/> and returns false instead of throwing.</summary>
    public static bool TryParse(string? text, string? defaultSite, [NotNullWhen(true)] out SpotKey? key)
    {
        key = null;
        if (text is null)
        {
            return false;
        }

        try
        {
            key = Parse(text, defaultSite);
            return true;
        }
        catch (InvalidSpotKeyException)
        {
            return false;
        }
    }

    /// <summary>Returns null when <paramref name="spotId"/> is valid, else why it is not.</summary>
    public static string? DescribeSpotIdProblem(string spotId)
    {
        if (spotId.Length == 0)
        {
            return "a spot id must not be empty";
        }

        if (spotId.Length > MaxSpotIdLength)
        {
            return $"a spot id has at most {MaxSpotIdLength} characters";
        }

        return SpotIdPattern().IsMatch(spotId)
            ? null
            : "a spot id may contain only letters, digits, '-' and '_'";
    }

    /// <summary>Returns null when <paramref name="site"/> is a valid site profile id, else why it is not.</summary>
    public static string? DescribeSiteProblem(string site)
    {
        if (site.Length == 0)
        {
            return "a site id must not be empty";
        }

        if (site.Length > MaxSiteLength)
        {
            return $"a site id has at most {MaxSiteLength} characters";
        }

        return SitePattern().IsMatch(site)
            ? null
            : "a site id may contain only lower-case letters, digits and '-', and starts with a letter or digit";
    }

    public override string ToString() => $"{Site}/{SpotId}";

    [GeneratedRegex("^[A-Za-z0-9_-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex SpotIdPattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SitePattern();
}
