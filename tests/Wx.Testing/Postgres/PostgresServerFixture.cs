using Xunit;

namespace Wx.Testing.Postgres;

/// <summary>
/// xunit collection fixture that shares one <see cref="PostgresServer"/> among all test classes of the
/// collection <see cref="CollectionName"/>. xunit requires the collection definition in the test assembly:
/// <c>[CollectionDefinition(PostgresServerFixture.CollectionName)] public sealed class PostgresServerGroup
/// : ICollectionFixture&lt;PostgresServerFixture&gt;;</c>. When no server can be had, every test of the
/// collection fails with a message saying how to provide one; none is skipped.
/// </summary>
public sealed class PostgresServerFixture : IAsyncLifetime
{
    /// <summary>Name of the xunit collection whose test classes share the server.</summary>
    public const string CollectionName = "PostgreSQL";

    private PostgresServer? server;

    /// <summary>The shared server, available once xunit has initialized the fixture.</summary>
    public PostgresServer Server =>
        server ?? throw new InvalidOperationException("The PostgreSQL fixture is not initialized yet.");

    public async Task InitializeAsync() => server = await PostgresServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
