using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rafael.Engine.Catalogue;

/// <summary>Stores a small value object or list as one JSON text column, the same way on every provider.</summary>
internal static class JsonColonne
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>Maps the property to a JSON text column compared by value.</summary>
    public static PropertyBuilder<T> EnJson<T>(this PropertyBuilder<T> propriete, string colonne)
    {
        propriete
            .HasColumnName(colonne)
            .HasConversion(
                v => JsonSerializer.Serialize(v, Options),
                v => JsonSerializer.Deserialize<T>(v, Options)!,
                new ValueComparer<T>(
                    (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
                    v => JsonSerializer.Serialize(v, Options).GetHashCode(StringComparison.Ordinal),
                    v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, Options), Options)!));
        return propriete;
    }
}
