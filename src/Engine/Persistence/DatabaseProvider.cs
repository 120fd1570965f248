namespace Rafael.Engine.Persistence;

/// <summary>The database providers Rafael runs on, chosen by configuration (<c>Rafael:Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>SQLite: the default, a file under the data folder.</summary>
    Sqlite,

    /// <summary>PostgreSQL.</summary>
    PostgreSQL,

    /// <summary>SQL Server.</summary>
    SqlServer,
}
