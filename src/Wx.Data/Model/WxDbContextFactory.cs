using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Wx.Data.Configuration;

namespace Wx.Data.Model;

/// <summary>
/// Creates <see cref="WxDbContext"/> instances for the provider chosen in <see cref="DataOptions"/>.
/// Thread-safe. For the default SQLite file it creates the folder (mode 0700) and the file (mode 0600)
/// on first use.
/// </summary>
public sealed class WxDbContextFactory : IDbContextFactory<WxDbContext>
{
    private readonly Func<WxDbContext> createContext;
    private readonly Lazy<bool> sqliteFilePrepared;

    /// <summary>Checks <paramref name="options"/> and prepares the context options; opens no connection.</summary>
    /// <exception cref="InvalidDataOptionsException">The provider name is invalid, or PostgreSQL has no connection string.</exception>
    public WxDbContextFactory(DataOptions options, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);

        Provider = options.GetProvider();
        switch (Provider)
        {
            case DataProvider.PostgreSQL:
            {
                if (string.IsNullOrWhiteSpace(options.ConnectionString))
                {
                    throw new InvalidDataOptionsException(
                        $"Missing {DataOptions.SectionName}:ConnectionString: PostgreSQL needs one (environment variable WX_DATA__CONNECTIONSTRING).");
                }

                var builder = new DbContextOptionsBuilder<PostgresWxDbContext>().UseNpgsql(options.ConnectionString);
                UseLogging(builder, loggerFactory);
                var contextOptions = builder.Options;
                createContext = () => new PostgresWxDbContext(contextOptions);
                sqliteFilePrepared = new Lazy<bool>(false);
                break;
            }

            default:
            {
                var (connectionString, defaultFile) = BuildSqliteConnectionString(options);
                var builder = new DbContextOptionsBuilder<SqliteWxDbContext>().UseSqlite(connectionString);
                UseLogging(builder, loggerFactory);
                var contextOptions = builder.Options;
                createContext = () => new SqliteWxDbContext(contextOptions);
                sqliteFilePrepared = new Lazy<bool>(
                    () => defaultFile is not null && SqliteFile.Prepare(defaultFile),
                    LazyThreadSafetyMode.ExecutionAndPublication);
                break;
            }
        }
    }

    /// <summary>The provider every created context uses.</summary>
    public DataProvider Provider { get; }

    /// <summary>Creates a context; the caller disposes it.</summary>
    public WxDbContext CreateDbContext()
    {
        _ = sqliteFilePrepared.Value;
        return createContext();
    }

    private static (string ConnectionString, string? DefaultFile) BuildSqliteConnectionString(DataOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return (options.ConnectionString, null);
        }

        var file = Path.Combine(options.ResolveFolder(), DataOptions.DefaultSqliteFileName);
        var builder = new SqliteConnectionStringBuilder { DataSource = file };
        return (builder.ToString(), file);
    }

    private static void UseLogging(DbContextOptionsBuilder builder, ILoggerFactory? loggerFactory)
    {
        // Sensitive data logging stays off, so parameter values such as saved login state never reach the log.
        if (loggerFactory is not null)
        {
            builder.UseLoggerFactory(loggerFactory);
        }
    }
}
