namespace Wx.Data.Configuration;

/// <summary>Database engine behind the store.</summary>
public enum DataProvider
{
    /// <summary>A local SQLite file, the default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server.</summary>
    PostgreSQL,
}
