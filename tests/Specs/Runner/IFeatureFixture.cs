namespace Rafael.Specs.Runner;

/// <summary>
/// Marks a class of which one instance serves every scenario of a feature file (a running Api, a database):
/// step classes get it by constructor injection. It may implement <see cref="Xunit.IAsyncLifetime"/> or
/// <see cref="IAsyncDisposable"/>; its own constructor may ask for other feature fixtures.
/// </summary>
#pragma warning disable CA1040 // A marker: the lifetime is the whole point.
public interface IFeatureFixture;
#pragma warning restore CA1040
