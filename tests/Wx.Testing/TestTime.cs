using System.Globalization;

namespace Wx.Testing;

/// <summary>Instants written as ISO 8601 text in tests.</summary>
public static class TestTime
{
    /// <summary>Parses an ISO 8601 instant such as <c>2024-12-04T23:25:00Z</c> with the invariant culture.</summary>
    public static DateTimeOffset Utc(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUniversalTime();
}
