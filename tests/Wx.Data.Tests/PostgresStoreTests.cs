using Microsoft.EntityFrameworkCore;
using Wx.Data.Configuration;
using Wx.Data.Model;
using Wx.Testing.Postgres;

namespace Wx.Data.Tests;

/// <summary>The store tests on a new database of the shared PostgreSQL server.</summary>
[Collection(PostgresServerFixture.CollectionName)]
public sealed class PostgresStoreTests(PostgresServerFixture postgres) : StoreTestsBase
{
    private PostgresDatabase? database;

    protected override async Task<DataOptions> CreateDatabaseAsync()
    {
        database = await postgres.Server.CreateDatabaseAsync();
        return new DataOptions { Provider = "PostgreSQL", ConnectionString = database.ConnectionString };
    }

    protected override async Task DeleteDatabaseAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    protected override Task<List<string>> ReadTableNamesAsync(WxDbContext context) =>
        context.Database.SqlQueryRaw<string>("SELECT tablename AS \"Value\" FROM pg_tables WHERE schemaname = 'public'").ToListAsync();

    protected override Task<List<string>> ReadIndexNamesAsync(WxDbContext context) =>
        context.Database.SqlQueryRaw<string>("SELECT indexname AS \"Value\" FROM pg_indexes WHERE schemaname = 'public'").ToListAsync();

    [Fact]
    public async Task Times_use_timestamp_with_time_zone()
    {
        await using var context = Factory.CreateDbContext();

        var types = await context.Database.SqlQueryRaw<string>(
            "SELECT data_type AS \"Value\" FROM information_schema.columns WHERE table_name = 'observations' AND column_name = 'ObservedAt'").ToListAsync();

        Assert.Equal(DataProvider.PostgreSQL, Factory.Provider);
        Assert.Equal(["timestamp with time zone"], types);
    }
}
