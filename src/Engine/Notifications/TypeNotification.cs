namespace Rafael.Engine.Notifications;

/// <summary>One kind of email of NOTIF-01: its template's name, its model and who receives it.</summary>
/// <param name="Nom">The template's name, also the outbox type after <c>notification.</c>.</param>
/// <param name="Description">What it says and when, in French.</param>
/// <param name="Regles">The DOMAIN.md rules it serves.</param>
/// <param name="Essentielle">Essential emails cannot be turned off; the others can, per person.</param>
/// <param name="TypeDonnees">The model the template receives (a DTO, never an entity).</param>
/// <param name="Exemple">Sample data for previews and for checking a template at save.</param>
/// <param name="Destinataires">The recipient roles: for process events, those the definition names.</param>
/// <param name="Variantes">Roles that have a template of their own, named <c>nom@role</c>.</param>
public sealed record TypeNotification(
    string Nom,
    string Description,
    string Regles,
    bool Essentielle,
    Type TypeDonnees,
    object Exemple,
    IReadOnlyList<string> Destinataires,
    IReadOnlyList<string> Variantes)
{
    /// <summary>The name of the template a role receives: its own variant, or the event's template.</summary>
    /// <param name="role">The recipient's role.</param>
    /// <returns>The template's name.</returns>
    public string ModelePour(string role) => Variantes.Contains(role) ? $"{Nom}@{role}" : Nom;

    /// <summary>Every template name of this event (the event's and its variants').</summary>
    public IEnumerable<string> Modeles => Variantes.Select(v => $"{Nom}@{v}").Prepend(Nom);
}
