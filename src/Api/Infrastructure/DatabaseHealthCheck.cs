using Microsoft.Extensions.Diagnostics.HealthChecks;
using Rafael.Engine.Persistence;

namespace Rafael.Api.Infrastructure;

/// <summary>Healthy when the database answers.</summary>
internal sealed class DatabaseHealthCheck(RafaelDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy("La base de données répond.")
            : HealthCheckResult.Unhealthy("La base de données ne répond pas.");
}
