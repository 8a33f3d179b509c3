using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Wx.Data.Model;

/// <summary>Builds the SQLite context for <c>dotnet ef</c>; adding a migration opens no database.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteWxDbContext>
{
    public SqliteWxDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteWxDbContext>().UseSqlite("Data Source=wx-design-time.db").Options);
}

/// <summary>Builds the PostgreSQL context for <c>dotnet ef</c>; adding a migration opens no connection.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresWxDbContext>
{
    public PostgresWxDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresWxDbContext>().UseNpgsql("Host=127.0.0.1;Database=wx_design_time").Options);
}
