namespace Wx.Scraper.Sites;

/// <summary>One or more site profiles in the configuration are incomplete or invalid.</summary>
public sealed class InvalidSiteProfileException : Exception
{
    public InvalidSiteProfileException(IReadOnlyList<string> problems)
        : base("Invalid site profile settings: " + string.Join("; ", problems) + ".")
    {
        Problems = problems;
    }

    /// <summary>Each problem as a sentence that names the setting.</summary>
    public IReadOnlyList<string> Problems { get; }
}
