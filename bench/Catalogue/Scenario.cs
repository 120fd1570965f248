namespace Rafael.Bench.Catalogue;

/// <summary>One list as the Api serves it, and the same rows read by bare SQL (the baseline).</summary>
/// <param name="Nom">What is listed.</param>
/// <param name="Produit">Through the product's read service; returns the number of rows read.</param>
/// <param name="Brut">The equivalent bare SQL through Npgsql; returns the number of rows read.</param>
internal sealed record Scenario(string Nom, Func<Task<int>> Produit, Func<Task<int>> Brut);
