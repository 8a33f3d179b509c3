namespace Wx.Scraper.Sites;

/// <summary>Where a field's text is on a page.</summary>
public sealed class FieldSelector
{
    /// <summary>CSS selector of the element whose text is read; the first match is used.</summary>
    public string Selector { get; set; } = string.Empty;

    /// <summary>Attribute to read instead of the element's text, such as <c>datetime</c>.</summary>
    public string? Attribute { get; set; }

    /// <summary>
    /// Regular expression applied to the text; its group named <c>value</c> (or the whole match) is kept. Use it
    /// where the element contains a label beside the value, such as <c>Gust 19</c>.
    /// </summary>
    public string? Pattern { get; set; }

    /// <summary>
    /// When true, a page without this element has a changed layout (an error). When false the element may be
    /// absent and the value is then missing.
    /// </summary>
    public bool Required { get; set; } = true;
}
