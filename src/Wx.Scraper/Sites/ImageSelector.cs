namespace Wx.Scraper.Sites;

/// <summary>An image element of a spot page: an SVG, a canvas, or any other element (then screenshotted).</summary>
public sealed class ImageSelector
{
    public string Selector { get; set; } = string.Empty;

    /// <summary>When true, a page without this element has a changed layout.</summary>
    public bool Required { get; set; } = true;
}
