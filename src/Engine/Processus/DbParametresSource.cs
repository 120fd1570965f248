using System.Text.Json;
using Rafael.Rules;

namespace Rafael.Engine.Processus;

/// <summary>
/// Parameters per dispositif from the database: <c>defaults</c>, and one document per dispositif code; each published
/// version read once (it never changes), the number in force at every call.
/// </summary>
public sealed class DbParametresSource(DocumentsPublies documents) : IParametresSource
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, int), object?> lus = new();

    /// <summary>The name of the defaults document.</summary>
    public const string Defaults = "defaults";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <inheritdoc />
    public async ValueTask<Parametres> GetDefaultsAsync(CancellationToken cancellationToken = default) =>
        await LireAsync<Parametres>(Defaults, cancellationToken) ?? EmbeddedParametresSource.Defaults;

    /// <inheritdoc />
    public async ValueTask<ParametresOverride?> GetOverrideAsync(string dispositifCode, CancellationToken cancellationToken = default) =>
        await LireAsync<ParametresOverride>(dispositifCode, cancellationToken);

    private async Task<T?> LireAsync<T>(string nom, CancellationToken cancellationToken)
        where T : class
    {
        if (await documents.NumeroPublieAsync(TypeDocument.Parametres, nom, cancellationToken) is not { } numero)
        {
            return null;
        }

        // Parametres and ParametresOverride are immutable records: one instance per version is shared by every call.
        if (lus.TryGetValue((nom, numero), out var lu))
        {
            return (T?)lu;
        }

        var contenu = await documents.ContenuAsync(TypeDocument.Parametres, nom, numero, cancellationToken);
        return contenu is null ? null : (T?)lus.GetOrAdd((nom, numero), JsonSerializer.Deserialize<T>(contenu, Json));
    }
}
