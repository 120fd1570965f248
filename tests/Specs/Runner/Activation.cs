using System.Reflection;
using Xunit;

namespace Rafael.Specs.Runner;

/// <summary>Builds an object by its widest public constructor, asking a resolver for each parameter.</summary>
internal static class Activation
{
    public static async ValueTask<object> CreateAsync(Type type, Func<Type, ValueTask<object>> resolve)
    {
        var constructor = type.GetConstructors()
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault()
            ?? throw new InvalidOperationException($"{type.Name} n'a pas de constructeur public.");
        var arguments = new List<object>();
        foreach (var parameter in constructor.GetParameters())
        {
            arguments.Add(await resolve(parameter.ParameterType));
        }

        object instance;
        try
        {
            instance = constructor.Invoke([.. arguments]);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw new InvalidOperationException($"Le constructeur de {type.Name} a échoué : {e.InnerException.Message}", e.InnerException);
        }

        if (instance is IAsyncLifetime lifetime)
        {
            await lifetime.InitializeAsync();
        }

        return instance;
    }

    /// <summary>Disposes in reverse order of creation, so that nothing outlives what it depends on.</summary>
    public static async ValueTask<List<Exception>> DisposeAllAsync(IEnumerable<object> instancesInCreationOrder)
    {
        var errors = new List<Exception>();
        foreach (var instance in instancesInCreationOrder.Reverse())
        {
            try
            {
                switch (instance)
                {
                    case IAsyncDisposable asyncDisposable:
                        await asyncDisposable.DisposeAsync();
                        break;
                    case IDisposable disposable:
                        disposable.Dispose();
                        break;
                }
            }
#pragma warning disable CA1031 // Every instance must get its chance to release what it holds; errors are reported.
            catch (Exception e)
#pragma warning restore CA1031
            {
                errors.Add(e);
            }
        }

        return errors;
    }
}
