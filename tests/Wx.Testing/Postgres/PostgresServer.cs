using Npgsql;

namespace Wx.Testing.Postgres;

/// <summary>
/// A PostgreSQL server for tests: the one named by the environment variable <c>WX_TEST_POSTGRES</c>, or
/// else a private server started from the local PostgreSQL binaries and deleted on dispose.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    /// <summary>Environment variable with an admin connection string of an existing server.</summary>
    public const string EnvironmentVariable = "WX_TEST_POSTGRES";

    internal const string HowToProvide =
        "Set " + EnvironmentVariable + " to the connection string of a PostgreSQL superuser "
        + "(for example Host=127.0.0.1;Port=5432;Username=postgres;Password=...), "
        + "or install the PostgreSQL server binaries (initdb and pg_ctl, Debian package postgresql) "
        + "so that the tests can start a private server.";

    private readonly LocalPostgresCluster? cluster;

    private PostgresServer(string adminConnectionString, LocalPostgresCluster? cluster)
    {
        AdminConnectionString = adminConnectionString;
        this.cluster = cluster;
    }

    /// <summary>Connection string of a superuser on the maintenance database. Contains a password: never print it.</summary>
    public string AdminConnectionString { get; }

    /// <summary>True when this object started the server and stops it on dispose.</summary>
    public bool IsPrivate => cluster is not null;

    /// <summary>
    /// Connects to the server in <c>WX_TEST_POSTGRES</c> when it is set, else starts a private server that
    /// listens only on 127.0.0.1.
    /// </summary>
    /// <exception cref="InvalidOperationException">No server could be reached or started. The message explains how to provide one.</exception>
    public static async Task<PostgresServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var external = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            var builder = new NpgsqlConnectionStringBuilder(external);
            if (string.IsNullOrEmpty(builder.Database))
            {
                builder.Database = "postgres";
            }

            var server = new PostgresServer(builder.ConnectionString, null);
            await server.CheckConnectionAsync(builder, cancellationToken);
            return server;
        }

        var started = await LocalPostgresCluster.StartAsync(cancellationToken);
        return new PostgresServer(started.AdminConnectionString, started);
    }

    /// <summary>Creates an empty database with a random name; dispose the result to drop it.</summary>
    public async Task<PostgresDatabase> CreateDatabaseAsync(CancellationToken cancellationToken = default)
    {
        var name = "wx_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var builder = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name };
        return new PostgresDatabase(this, name, builder.ConnectionString);
    }

    internal async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (cluster is not null)
        {
            await cluster.DisposeAsync();
        }
    }

    private async Task CheckConnectionAsync(NpgsqlConnectionStringBuilder builder, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(AdminConnectionString);
            await connection.OpenAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            // Host, port and user only: the connection string's password must not reach the test output.
            throw new InvalidOperationException(
                $"Cannot connect to the PostgreSQL server in {EnvironmentVariable} (host {builder.Host}, port {builder.Port}, "
                + $"user {builder.Username}): {exception.Message} {HowToProvide}",
                exception);
        }
    }
}
