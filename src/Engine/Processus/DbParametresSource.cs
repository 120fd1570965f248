using System.Text.Json;
using Rafael.Rules;

namespace Rafael.Engine.Processus;

/// <summary>
/// Parameters per dispositif from the database: <c>defaults</c>, and one document per dispositif code; each published
/// version parsed once (see <see cref="DocumentsPublies.LueAsync"/>), the number in force at every call.
/// </summary>
public sealed class DbParametresSource(DocumentsPublies documents) : IParametresSource
{
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
        return await documents.LueAsync(TypeDocument.Parametres, nom, numero, contenu => JsonSerializer.Deserialize<T>(contenu, Json), cancellationToken);
    }
}
