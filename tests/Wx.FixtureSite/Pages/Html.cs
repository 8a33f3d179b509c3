using System.Text.Encodings.Web;

namespace Wx.FixtureSite.Pages;

/// <summary>Encoding helpers for the hand-written page markup.</summary>
internal static class Html
{
    /// <summary>Encodes text for an element body or a quoted attribute value.</summary>
    public static string Encode(string text) => HtmlEncoder.Default.Encode(text);

    /// <summary>Encodes a value for a URL query string, then for HTML.</summary>
    public static string EncodeQueryValue(string value) => Encode(Uri.EscapeDataString(value));
}
