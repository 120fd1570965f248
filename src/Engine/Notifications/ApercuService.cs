using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Acteurs;
using Rafael.Engine.Common;
using Rafael.Engine.Notifications.Destinataires;
using Rafael.Engine.Notifications.Rendu;
using Rafael.Engine.Persistence;
using Rafael.Engine.Processus;

namespace Rafael.Engine.Notifications;

/// <summary>
/// Previews for the Studio: renders a template (unsaved text, its draft, a version or the one in force) against its
/// sample data or a real entity chosen by reference. Administrators only; nothing is written or sent.
/// </summary>
/// <param name="db">The unit of work.</param>
/// <param name="notifications">Builds the model of a real entity.</param>
public sealed class ApercuService(RafaelDbContext db, NotificationsService notifications)
{
    private static readonly Destinataire Exemple = new(null, "camille.martin@exemple.fr", "Camille", "Martin", "destinataire");

    /// <summary>Renders a template.</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="nom">The template's name.</param>
    /// <param name="contenu">Unsaved text to render; null to read a saved version.</param>
    /// <param name="version">The version to render; with neither, the draft if <paramref name="brouillon"/>, else the one in force.</param>
    /// <param name="brouillon">Whether to render the draft.</param>
    /// <param name="reference">The identifier of a real entity (a request, a right, an account…); null for the sample data.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The rendered email.</returns>
    /// <exception cref="IntrouvableException">No such template, version or entity.</exception>
    /// <exception cref="ChampsInvalidesException">The template does not parse or render (with line and column).</exception>
    public async Task<Apercu> RendreAsync(Acteur acteur, string nom, string? contenu, int? version, bool brouillon, string? reference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        acteur.ExigerAdministrateur();
        var type = CatalogueNotifications.DuModele(nom) ?? throw new IntrouvableException($"« {nom} » n'est pas un modèle d'email.");
        int? numero = null;
        if (contenu is null)
        {
            var document = await db.Set<DocumentVersion>().AsNoTracking()
                .Where(d => d.Type == TypeDocument.Modele && d.Nom == nom)
                .Where(d => version != null ? d.Numero == version : brouillon ? d.Statut == StatutDocument.Brouillon : d.Statut == StatutDocument.Publiee)
                .OrderByDescending(d => d.Numero)
                .FirstOrDefaultAsync(cancellationToken)
                ?? throw new IntrouvableException(version is { } v ? $"La version {v} de « {nom} » n'existe pas." : brouillon ? $"« {nom} » n'a pas de brouillon." : $"« {nom} » n'a pas de version publiée.");
            contenu = document.Contenu;
            numero = document.Numero;
        }

        var role = nom.Contains('@', StringComparison.Ordinal) ? nom[(nom.IndexOf('@', StringComparison.Ordinal) + 1)..] : type.Destinataires.FirstOrDefault() ?? Exemple.Role;
        var (donnees, destinataire) = reference is null
            ? (type.Exemple, Exemple with { Role = role })
            : await EntiteAsync(type, role, reference, cancellationToken);
        try
        {
            var (email, erreurs) = notifications.Rendre(contenu, donnees, destinataire);
            if (email is null)
            {
                throw new ChampsInvalidesException(new Dictionary<string, string[]> { ["contenu"] = [.. erreurs.Select(e => e.ToString())] });
            }

            return new Apercu(nom, numero, destinataire, DonneesModele.Construire(donnees, destinataire, notifications.Options), email);
        }
        catch (RenduModeleException e)
        {
            throw new ChampsInvalidesException("contenu", e.Message);
        }
    }

    private async Task<(object Donnees, Destinataire Destinataire)> EntiteAsync(TypeNotification type, string role, string reference, CancellationToken cancellationToken)
    {
        var email = Guid.TryParse(reference, out var compteId)
            ? await db.Users.Where(c => c.Id == compteId).Select(c => c.Email).FirstOrDefaultAsync(cancellationToken)
            : null;
        var contenu = JsonSerializer.SerializeToElement(new Dictionary<string, string?>
        {
            ["sujet"] = Sujet(type.Nom),
            ["id"] = reference,
            ["droitId"] = reference,
            ["compteId"] = reference,
            ["email"] = email,
            ["jeton"] = "jeton-d-apercu",
        });
        try
        {
            var contexte = await notifications.ConstruireAsync(db, new DemandeNotification(type.Nom, Sujet(type.Nom), reference, contenu, type.Destinataires), cancellationToken);
            var destinataire = contexte.Destinataires.FirstOrDefault(d => d.Role == role) ?? contexte.Destinataires.FirstOrDefault() ?? Exemple with { Role = role };
            return (contexte.Donnees, destinataire);
        }
        catch (NotificationImpossibleException e)
        {
            throw new IntrouvableException($"Aperçu de « {type.Nom} » pour « {reference} » : {e.Message}");
        }
    }

    private static string? Sujet(string modele) => modele.Split('.')[0] switch
    {
        "compte" when modele != "compte.mot-de-passe-oublie" => "demande",
        "action" => "action",
        "session" => "session",
        "candidature" => "candidature",
        _ => null,
    };
}
