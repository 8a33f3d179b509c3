using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Wx.Data.Model;

/// <summary>The wx model on PostgreSQL, with the migrations in Migrations/Postgres.</summary>
public sealed class PostgresWxDbContext : WxDbContext
{
    public PostgresWxDbContext(DbContextOptions<PostgresWxDbContext> options)
        : base(options)
    {
    }

    internal override bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is PostgresException postgres
        && postgres.SqlState == PostgresErrorCodes.UniqueViolation;
}
