using Microsoft.EntityFrameworkCore.Metadata;

namespace Rafael.Engine.Persistence;

/// <summary>A column of a set-based write: its property, its alias in the statement, and how a row gives its value.</summary>
/// <typeparam name="T">What a row is (a change tracker entry, a journal entry…).</typeparam>
internal sealed record ColonneEnsembliste<T>(IProperty Propriete, string Alias, Func<T, object?> Valeur);
