namespace Rafael.Api.Tests.Support;

/// <summary>The plain Api on PostgreSQL, started only when a server is configured (see <see cref="PostgresHostFixture{THost}"/>).</summary>
public sealed class PostgresApiHostFixture : PostgresHostFixture<PostgresApiHost>;
