using Rafael.Engine.Notifications.Destinataires;
using Rafael.Engine.Notifications.Rendu;
using Rafael.Engine.Processus;

namespace Rafael.Engine.Notifications;

/// <summary>
/// Templates: the name is one of the catalogue's, the text parses (errors with line and column), and it renders
/// against the model's sample data, so that a misspelt variable is refused at save rather than parked at send.
/// </summary>
public sealed class ValidateurModele(OptionsNotifications options) : IValidateurDocument
{
    /// <inheritdoc />
    public TypeDocument Type => TypeDocument.Modele;

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ValiderAsync(string nom, string contenu, CancellationToken cancellationToken) =>
        Task.FromResult(Valider(nom, contenu, options));

    /// <summary>Checks a template without saving it.</summary>
    /// <param name="nom">The template's name.</param>
    /// <param name="contenu">Its text.</param>
    /// <param name="options">The platform's name and address, for the sample rendering.</param>
    /// <returns>French errors, each saying where; empty when valid.</returns>
    public static IReadOnlyList<string> Valider(string nom, string contenu, OptionsNotifications options)
    {
        ArgumentNullException.ThrowIfNull(nom);
        var type = CatalogueNotifications.DuModele(nom);
        if (type is null)
        {
            return [$"« {nom} » n'est pas un modèle connu : {string.Join(", ", CatalogueNotifications.Tous.Values.SelectMany(t => t.Modeles))}."];
        }

        var (modele, erreurs) = MoteurModeles.Analyser(contenu ?? string.Empty);
        if (modele is null)
        {
            return [.. erreurs.Select(e => e.ToString())];
        }

        try
        {
            var role = nom.Contains('@', StringComparison.Ordinal) ? nom[(nom.IndexOf('@', StringComparison.Ordinal) + 1)..] : type.Destinataires.FirstOrDefault() ?? "destinataire";
            MoteurModeles.Rendre(modele, DonneesModele.Construire(type.Exemple, new Destinataire(null, "camille.martin@exemple.fr", "Camille", "Martin", role), options));
            return [];
        }
        catch (RenduModeleException e)
        {
            return [$"{e.Message} (avec les données d'exemple du modèle)"];
        }
    }
}
