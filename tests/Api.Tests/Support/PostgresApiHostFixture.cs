namespace Rafael.Api.Tests.Support;

/// <summary>
/// Starts the PostgreSQL host only when a server is configured, so that on a laptop the tests reach their own
/// skip (or, in CI, their failure) instead of failing in the fixture.
/// </summary>
public sealed class PostgresApiHostFixture : IAsyncLifetime
{
    public PostgresApiHost Host { get; } = new();

    public async ValueTask InitializeAsync()
    {
        if (!string.IsNullOrWhiteSpace(PostgresEnvironment.ConnectionString))
        {
            await Host.InitializeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!string.IsNullOrWhiteSpace(PostgresEnvironment.ConnectionString))
        {
            await Host.DisposeAsync();
        }
    }
}
