using Rafael.Engine.Catalogue;

namespace Rafael.Engine.Candidatures;

/// <summary>The French labels of a session's states, as the list by session shows and filters them (DASH-02).</summary>
public static class LibellesEtatsSession
{
    /// <summary>The states a session line may be in, with their labels (deleted sessions are not listed).</summary>
    public static readonly IReadOnlyDictionary<string, string> Tous = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Session.Ouverte] = "Ouverte aux candidatures",
        [Session.Fermee] = "Fermée aux candidatures",
        [Session.Terminee] = "Terminée",
        [Session.Annulee] = "Annulée",
        [Session.SuppressionDemandee] = "Suppression demandée",
    };

    /// <summary>The label of a status.</summary>
    /// <param name="status">A status of the <c>session</c> definition.</param>
    /// <returns>Its French label, or the status itself when unknown.</returns>
    public static string De(string status) => Tous.GetValueOrDefault(status, status);
}
