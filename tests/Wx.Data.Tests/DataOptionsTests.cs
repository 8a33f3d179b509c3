using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wx.Data.Configuration;
using Wx.Data.Model;

namespace Wx.Data.Tests;

public sealed class DataOptionsTests
{
    [Theory]
    [InlineData("Sqlite", DataProvider.Sqlite)]
    [InlineData("sqlite", DataProvider.Sqlite)]
    [InlineData("PostgreSQL", DataProvider.PostgreSQL)]
    [InlineData(" postgresql ", DataProvider.PostgreSQL)]
    public void Provider_name_parses_ignoring_case(string name, DataProvider expected)
    {
        Assert.Equal(expected, new DataOptions { Provider = name }.GetProvider());
    }

    [Fact]
    public void Default_provider_is_Sqlite()
    {
        Assert.Equal(DataProvider.Sqlite, new DataOptions().GetProvider());
    }

    [Fact]
    public void Bad_provider_name_is_rejected()
    {
        var exception = Assert.Throws<InvalidDataOptionsException>(() => new DataOptions { Provider = "MySql" }.GetProvider());

        Assert.Equal("Invalid Data:Provider 'MySql': allowed values are Sqlite, PostgreSQL.", exception.Message);
    }

    [Fact]
    public void AddWxData_rejects_bad_provider()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Data:Provider"] = "Oracle" })
            .Build();

        var exception = Assert.Throws<InvalidDataOptionsException>(() => new ServiceCollection().AddWxData(configuration));

        Assert.Contains("'Oracle'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Sqlite, PostgreSQL", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PostgreSQL_without_connection_string_is_rejected()
    {
        var exception = Assert.Throws<InvalidDataOptionsException>(() => new WxDbContextFactory(new DataOptions { Provider = "PostgreSQL" }));

        Assert.Contains("Data:ConnectionString", exception.Message, StringComparison.Ordinal);
        Assert.Contains("WX_DATA__CONNECTIONSTRING", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_defaults_to_XDG_data_home()
    {
        var environment = new Dictionary<string, string?> { ["XDG_DATA_HOME"] = "/data/alice", ["HOME"] = "/home/alice" };

        Assert.Equal("/data/alice/wx", new DataOptions().ResolveFolder(name => environment.GetValueOrDefault(name)));
    }

    [Fact]
    public void Folder_falls_back_to_local_share()
    {
        var environment = new Dictionary<string, string?> { ["XDG_DATA_HOME"] = string.Empty, ["HOME"] = "/home/alice" };

        Assert.Equal("/home/alice/.local/share/wx", new DataOptions().ResolveFolder(name => environment.GetValueOrDefault(name)));
    }

    [Fact]
    public void Configured_folder_wins()
    {
        Assert.Equal("/srv/wx", new DataOptions { Folder = "/srv/wx" }.ResolveFolder(_ => "/ignored"));
    }

    [Fact]
    public void AddWxData_registers_store_and_factory()
    {
        var folder = Path.Combine(Path.GetTempPath(), "wx-options-" + Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Data:Folder"] = folder })
            .Build();

        using var services = new ServiceCollection().AddWxData(configuration).BuildServiceProvider();

        var factory = services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<WxDbContext>>();
        Assert.IsType<WxDbContextFactory>(factory);
        Assert.Equal(DataProvider.Sqlite, ((WxDbContextFactory)factory).Provider);
        Assert.NotNull(services.GetRequiredService<Store.WxStore>());
        Assert.Same(TimeProvider.System, services.GetRequiredService<TimeProvider>());
        Assert.False(Directory.Exists(folder));
    }
}
