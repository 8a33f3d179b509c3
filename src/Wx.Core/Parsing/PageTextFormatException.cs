namespace Wx.Core.Parsing;

/// <summary>Raised when the text of a page field cannot be read as the value it should hold.</summary>
public sealed class PageTextFormatException : FormatException
{
    public PageTextFormatException(string field, string? text, string expected)
        : base($"Cannot read the {field} text '{text}': expected {expected}.")
    {
        Field = field;
        Text = text;
        Expected = expected;
    }

    /// <summary>The field whose text was rejected, such as "wind" or "observation time".</summary>
    public string Field { get; }

    /// <summary>The rejected text; null when the element was missing.</summary>
    public string? Text { get; }

    /// <summary>What the text should have looked like.</summary>
    public string Expected { get; }
}
