using Microsoft.Extensions.DependencyInjection;
using Rafael.Engine.Persistence;
using Rafael.Specs.Hosting;

namespace Rafael.Specs.Steps;

/// <summary>Reads the Api's database for what no request shows: the outbox, a request's decision seen by nobody.</summary>
public sealed class BaseDeDonnees(RafaelApplication application)
{
    public async Task<T> LireAsync<T>(Func<RafaelDbContext, Task<T>> lecture)
    {
        ArgumentNullException.ThrowIfNull(lecture);
        await using var scope = application.Services.CreateAsyncScope();
        return await lecture(scope.ServiceProvider.GetRequiredService<RafaelDbContext>());
    }
}
