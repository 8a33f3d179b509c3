using Wx.Core.Spots;

namespace Wx.Core.Tests;

public sealed class SpotKeyTests
{
    [Theory]
    [InlineData("weatherflow/1786", "weatherflow", "1786")]
    [InlineData(" fixture/Test_Beach-2 ", "fixture", "Test_Beach-2")]
    public void Parse_reads_site_and_spot(string text, string site, string spot)
    {
        var key = SpotKey.Parse(text);

        Assert.Equal(site, key.Site);
        Assert.Equal(spot, key.SpotId);
        Assert.Equal($"{site}/{spot}", key.ToString());
    }

    [Fact]
    public void Bare_id_takes_default_site()
    {
        Assert.Equal(SpotKey.Create("weatherflow", "1786"), SpotKey.Parse("1786", "weatherflow"));
    }

    [Theory]
    [InlineData("1786", "expected site/spot")]
    [InlineData("weatherflow/", "must not be empty")]
    [InlineData("weatherflow/17 86", "only letters, digits")]
    [InlineData("weatherflow/../etc", "only letters, digits")]
    [InlineData("Weather/1786", "lower-case")]
    [InlineData("weatherflow/123456789012345678901234567890123", "at most 32")]
    public void Invalid_keys_name_value_and_rule(string text, string rule)
    {
        var error = Assert.Throws<InvalidSpotKeyException>(() => SpotKey.Parse(text));

        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
        Assert.Contains('\'', error.Message);
    }

    [Fact]
    public void TryParse_returns_false_for_invalid()
    {
        Assert.False(SpotKey.TryParse("fixture/a b", null, out var key));
        Assert.Null(key);
        Assert.True(SpotKey.TryParse("fixture/1786", null, out key));
        Assert.Equal("1786", key.Value.SpotId);
    }
}
