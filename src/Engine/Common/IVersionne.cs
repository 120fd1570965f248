namespace Rafael.Engine.Common;

/// <summary>
/// An aggregate under optimistic concurrency: <see cref="Version"/> is a concurrency token that the DbContext
/// increments on every save, so that two writers of the same row never both win, on every provider (SQLite has no
/// rowversion).
/// </summary>
public interface IVersionne
{
    /// <summary>The row's version, incremented at each change.</summary>
    int Version { get; }

    /// <summary>Called by the DbContext when the aggregate is saved with changes.</summary>
    void IncrementerVersion();
}
