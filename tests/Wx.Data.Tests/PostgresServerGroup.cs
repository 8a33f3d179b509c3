using Wx.Testing.Postgres;

namespace Wx.Data.Tests;

/// <summary>Shares one PostgreSQL server among all PostgreSQL test classes of this assembly.</summary>
[CollectionDefinition(PostgresServerFixture.CollectionName)]
public sealed class PostgresServerGroup : ICollectionFixture<PostgresServerFixture>;
