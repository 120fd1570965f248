namespace Rafael.Api.Tests.Support;

/// <summary>
/// Starts a PostgreSQL host of the given kind only when a server is configured, so that on a laptop the tests reach
/// their own skip (or, in CI, their failure) instead of failing in the fixture.
/// </summary>
/// <typeparam name="THost">The host: the plain Api, or one with services or settings of its own.</typeparam>
public class PostgresHostFixture<THost> : IAsyncLifetime
    where THost : PostgresApiHost, new()
{
    public THost Host { get; } = new();

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
