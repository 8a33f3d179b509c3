using Wx.Testing.Browsers;

namespace Wx.FixtureSite.Tests;

/// <summary>Shares one Chromium between the browser tests; xunit runs the tests of a collection one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class ChromiumGroup : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Chromium";
}
