using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Wx.Data.Configuration;
using Wx.Data.Model;

namespace Wx.Data.Tests;

/// <summary>The store tests on a SQLite file in a new temporary folder.</summary>
public sealed class SqliteStoreTests : StoreTestsBase
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "wx-data-tests-" + Guid.NewGuid().ToString("N"));

    protected override Task<DataOptions> CreateDatabaseAsync() =>
        Task.FromResult(new DataOptions { Provider = "Sqlite", Folder = folder });

    protected override Task DeleteDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return Task.CompletedTask;
    }

    protected override Task<List<string>> ReadTableNamesAsync(WxDbContext context) =>
        context.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table'").ToListAsync();

    protected override Task<List<string>> ReadIndexNamesAsync(WxDbContext context) =>
        context.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'index'").ToListAsync();

    [Fact]
    public void Default_file_is_private_to_owner()
    {
        Assert.Equal(DataProvider.Sqlite, Factory.Provider);
        var file = Path.Combine(folder, DataOptions.DefaultSqliteFileName);

        Assert.True(File.Exists(file));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }
}
