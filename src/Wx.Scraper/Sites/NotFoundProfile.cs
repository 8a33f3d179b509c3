namespace Wx.Scraper.Sites;

/// <summary>How a site shows that a spot does not exist.</summary>
public sealed class NotFoundProfile
{
    /// <summary>HTTP statuses of the spot page that mean "no such spot".</summary>
    public IList<int> StatusCodes { get; set; } = [404, 410];

    /// <summary>An element that a 200 "spot not found" page has.</summary>
    public string? Selector { get; set; }

    /// <summary>Text that a 200 "spot not found" page shows, matched case-insensitively in the page body.</summary>
    public string? Text { get; set; }
}
