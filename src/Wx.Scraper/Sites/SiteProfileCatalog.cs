using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Wx.Core.Spots;

namespace Wx.Scraper.Sites;

/// <summary>
/// The site profiles in use: the built-in ones with their configured changes, plus profiles added in the
/// configuration section <c>Sites</c>. Every profile is validated when the catalog is built.
/// </summary>
public sealed class SiteProfileCatalog
{
    public const string SectionName = "Sites";

    private readonly Dictionary<string, SiteProfile> _profiles;

    public SiteProfileCatalog(IEnumerable<SiteProfile> profiles)
    {
        _profiles = new Dictionary<string, SiteProfile>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var profile in profiles)
        {
            problems.AddRange(Validate(profile));
            _profiles[profile.Id] = profile;
        }

        if (problems.Count > 0)
        {
            throw new InvalidSiteProfileException(problems);
        }
    }

    public IReadOnlyCollection<SiteProfile> Profiles => _profiles.Values;

    /// <summary>Builds the catalog from the built-in profiles and the <c>Sites</c> section of <paramref name="configuration"/>.</summary>
    /// <exception cref="InvalidSiteProfileException">A profile is incomplete or invalid.</exception>
    public static SiteProfileCatalog FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var profiles = BuiltInSiteProfiles.Create();
        foreach (var section in configuration.GetSection(SectionName).GetChildren())
        {
            // Configuration keys ignore case, and environment variables such as WX_SITES__FIXTURE__BASEURL
            // are usually upper case, so the key names the lower-case site id.
            var id = section.Key.ToLowerInvariant();
            if (!profiles.TryGetValue(id, out var profile))
            {
                profile = new SiteProfile();
                profiles[id] = profile;
            }

            section.Bind(profile);
            profile.Id = id;
        }

        return new SiteProfileCatalog(profiles.Values);
    }

    /// <summary>Returns the profile with id <paramref name="site"/>.</summary>
    /// <exception cref="UnknownSiteException">No profile has that id.</exception>
    public SiteProfile Get(string site) =>
        _profiles.TryGetValue(site, out var profile) ? profile : throw new UnknownSiteException(site, _profiles.Keys);

    public bool TryGet(string site, out SiteProfile? profile) => _profiles.TryGetValue(site, out profile);

    /// <summary>Returns the problems of a profile as sentences naming the setting, or none when it is valid.</summary>
    public static IEnumerable<string> Validate(SiteProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var prefix = $"{SectionName}:{profile.Id}";

        if (SpotKey.DescribeSiteProblem(profile.Id) is { } idProblem)
        {
            yield return $"{prefix}: {idProblem}";
        }

        if (profile.BaseUrl is { } baseUrl && (!baseUrl.IsAbsoluteUri || baseUrl.Scheme is not ("http" or "https")))
        {
            yield return $"{prefix}:BaseUrl must be an absolute http or https URL, not '{baseUrl}'";
        }

        if (!profile.SpotUrlTemplate.Contains("{spotId}", StringComparison.Ordinal))
        {
            yield return $"{prefix}:SpotUrlTemplate must contain {{spotId}}, not '{profile.SpotUrlTemplate}'";
        }

        foreach (var zone in profile.SpotTimeZones.Values.Prepend(profile.TimeZone))
        {
            if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
            {
                yield return $"{prefix}: time zone '{zone}' is unknown; use an IANA id such as America/Los_Angeles";
            }
        }

        if (string.IsNullOrWhiteSpace(profile.ReadySelector))
        {
            yield return $"{prefix}:ReadySelector is missing";
        }

        foreach (var (name, field) in profile.Fields.Enumerate())
        {
            if (string.IsNullOrWhiteSpace(field.Selector))
            {
                yield return $"{prefix}:Fields:{name}:Selector is missing";
            }

            if (field.Pattern is { } pattern && !IsValidPattern(pattern))
            {
                yield return $"{prefix}:Fields:{name}:Pattern is not a valid regular expression: '{pattern}'";
            }
        }

        if (profile.Login is { } login)
        {
            foreach (var (name, value) in new[]
            {
                ("UserNameSelector", login.UserNameSelector),
                ("PasswordSelector", login.PasswordSelector),
                ("SubmitSelector", login.SubmitSelector),
                ("LoggedInSelector", login.LoggedInSelector),
                ("FormSelector", login.FormSelector),
            })
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    yield return $"{prefix}:Login:{name} is missing";
                }
            }

            if (login.MaxAttempts is < 1 or > 5)
            {
                yield return $"{prefix}:Login:MaxAttempts must be from 1 to 5, not {login.MaxAttempts}";
            }
        }
    }

    private static bool IsValidPattern(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
