using Microsoft.Extensions.Configuration;
using Wx.Scraper.Sites;

namespace Wx.Scraper.Tests;

public class SiteProfileCatalogTests
{
    [Fact]
    public void Upper_case_key_configures_builtin_site()
    {
        // Environment variables such as WX_SITES__FIXTURE__BASEURL arrive as upper-case keys.
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["SITES:FIXTURE:BASEURL"] = "http://127.0.0.1:5080/" })
            .Build();

        var catalog = SiteProfileCatalog.FromConfiguration(configuration);

        Assert.Equal(new Uri("http://127.0.0.1:5080/"), catalog.Get(BuiltInSiteProfiles.FixtureId).BaseUrl);
        Assert.DoesNotContain(catalog.Profiles, profile => profile.Id == "FIXTURE");
    }
}
