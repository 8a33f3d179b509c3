namespace Wx.Testing.Postgres;

/// <summary>An empty database made for one test class or test; disposing it drops the database.</summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly PostgresServer server;

    internal PostgresDatabase(PostgresServer server, string name, string connectionString)
    {
        this.server = server;
        Name = name;
        ConnectionString = connectionString;
    }

    /// <summary>Database name, <c>wx_test_</c> and 32 hexadecimal digits.</summary>
    public string Name { get; }

    /// <summary>Connection string as the server's superuser. Contains a password: never print it.</summary>
    public string ConnectionString { get; }

    public async ValueTask DisposeAsync() => await server.DropDatabaseAsync(Name);
}
