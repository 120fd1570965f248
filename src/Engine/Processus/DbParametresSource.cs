using System.Text.Json;
using Rafael.Rules;

namespace Rafael.Engine.Processus;

/// <summary>Parameters per dispositif from the database: <c>defaults</c>, and one document per dispositif code.</summary>
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
        where T : class =>
        await documents.NumeroPublieAsync(TypeDocument.Parametres, nom, cancellationToken) is { } numero
        && await documents.ContenuAsync(TypeDocument.Parametres, nom, numero, cancellationToken) is { } contenu
            ? JsonSerializer.Deserialize<T>(contenu, Json)
            : null;
}
