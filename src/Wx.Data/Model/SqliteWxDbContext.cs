using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Wx.Data.Model;

/// <summary>The wx model on SQLite, with the migrations in Migrations/Sqlite.</summary>
public sealed class SqliteWxDbContext : WxDbContext
{
    // SQLITE_CONSTRAINT_PRIMARYKEY and SQLITE_CONSTRAINT_UNIQUE, from https://www.sqlite.org/rescode.html.
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    public SqliteWxDbContext(DbContextOptions<SqliteWxDbContext> options)
        : base(options)
    {
    }

    internal override bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is SqliteException sqlite
        && sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey;
}
