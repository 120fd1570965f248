using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rafael.Api.Contracts;
using Rafael.Api.Contracts.Notifications;
using Rafael.Api.Infrastructure;
using Rafael.Engine.Common;
using Rafael.Engine.Notifications;
using Rafael.Engine.Notifications.Destinataires;
using Rafael.Engine.Notifications.Rendu;
using Rafael.Engine.Persistence;
using Rafael.Engine.Processus;

namespace Rafael.Api.Endpoints;

/// <summary>
/// Email templates for the Studio (NOTIF-01): the catalogue with each template's model, checking a text (errors
/// with line and column), previews, and drafts, publication, history and rollback as for definitions. A draft
/// changes nothing sent until it is published.
/// </summary>
internal static class ModelesEndpoints
{
    public static IEndpointRouteBuilder MapModelesEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/modeles").WithTags("Modèles d'email").RequireAuthorization(AdministrateurRequirement.Policy);
        group.MapGet("/", Lister).WithSummary("Les modèles d'email : événement, destinataires, modèle de données, version en vigueur, brouillon.");
        group.MapGet("/{nom}", Lire).WithSummary("Un modèle, ses données (variables utilisables, avec des valeurs d'exemple) et son texte en vigueur.");
        group.MapPost("/{nom}/valider", Valider).WithSummary("Vérifie un texte sans l'enregistrer : erreurs avec ligne et colonne.");
        group.MapPost("/{nom}/apercu", Apercu).WithSummary("Rend un texte, une version, le brouillon ou la version en vigueur, sur les données d'exemple ou une vraie entité (reference).");
        group.MapGet("/{nom}/versions", Historique).WithSummary("Toutes les versions, de la plus récente à la plus ancienne.");
        group.MapPut("/{nom}/brouillon", EnregistrerBrouillon).WithSummary("Enregistre le brouillon, refusé avec ligne et colonne s'il ne se lit pas ou ne se rend pas sur les données d'exemple ; rien n'est envoyé avec lui avant sa publication.");
        group.MapPost("/{nom}/publier", Publier).WithSummary("Publie le brouillon (commentaire obligatoire) : les emails suivants l'utilisent.");
        group.MapPost("/{nom}/versions/{numero:int}/restaurer", Restaurer).WithSummary("Repart d'une ancienne version dans un nouveau brouillon.");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<ModeleResumeDto>>> Lister(ActeurCourant courant, DocumentsService documents, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("modeles.lister", ct);
        var versions = (await documents.ListerAsync(acteur, TypeDocument.Modele, ct)).ToDictionary(v => v.Nom, StringComparer.Ordinal);
        return TypedResults.Ok<IReadOnlyList<ModeleResumeDto>>([.. CatalogueNotifications.Tous.Values
            .SelectMany(t => t.Modeles.Select(nom => Resume(t, nom, versions.GetValueOrDefault(nom))))]);
    }

    private static async Task<Ok<ModeleDetailDto>> Lire(string nom, ActeurCourant courant, DocumentsService documents, NotificationsService notifications, RafaelDbContext db, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("modeles.lire", ct);
        var type = Type(nom);
        var versions = (await documents.ListerAsync(acteur, TypeDocument.Modele, ct)).ToDictionary(v => v.Nom, StringComparer.Ordinal);
        var contenu = await db.Set<DocumentVersion>().AsNoTracking()
            .Where(d => d.Type == TypeDocument.Modele && d.Nom == nom && d.Statut == StatutDocument.Publiee)
            .OrderByDescending(d => d.Numero).Select(d => d.Contenu).FirstOrDefaultAsync(ct);
        var donnees = DonneesModele.Construire(type.Exemple, new Destinataire(null, "camille.martin@exemple.fr", "Camille", "Martin", type.Destinataires.FirstOrDefault() ?? "destinataire"), notifications.Options);
        return TypedResults.Ok(new ModeleDetailDto(Resume(type, nom, versions.GetValueOrDefault(nom)), donnees, contenu));
    }

    private static async Task<Ok<ValidationModeleDto>> Valider(string nom, ValidationModeleRequete requete, ActeurCourant courant, NotificationsService notifications, CancellationToken ct)
    {
        await courant.ExigerAsync("modeles.valider", ct);
        Type(nom);
        var erreurs = ValidateurModele.Valider(nom, requete.Contenu ?? string.Empty, notifications.Options);
        return TypedResults.Ok(new ValidationModeleDto(erreurs.Count == 0, erreurs));
    }

    private static async Task<Ok<ApercuDto>> Apercu(string nom, ApercuRequete requete, ActeurCourant courant, ApercuService apercus, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("modeles.apercu", ct);
        var apercu = await apercus.RendreAsync(acteur, nom, requete.Contenu, requete.Version, requete.Brouillon ?? false, requete.Reference, ct);
        return TypedResults.Ok(new ApercuDto(apercu.Modele, apercu.Version, apercu.Destinataire.Email, apercu.Destinataire.Role, apercu.Email.Sujet, apercu.Email.Html, apercu.Email.Texte, apercu.Donnees));
    }

    private static async Task<Ok<IReadOnlyList<DocumentVersionDto>>> Historique(string nom, ActeurCourant courant, DocumentsService documents, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("modeles.historique", ct);
        Type(nom);
        return TypedResults.Ok<IReadOnlyList<DocumentVersionDto>>([.. (await documents.HistoriqueAsync(acteur, TypeDocument.Modele, nom, ct)).Select(Dto)]);
    }

    private static async Task<Ok<DocumentVersionDto>> EnregistrerBrouillon(string nom, BrouillonRequete r, ActeurCourant courant, DocumentsService documents, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("modeles.brouillon", ct);
        return TypedResults.Ok(Dto(await documents.EnregistrerBrouillonAsync(acteur, TypeDocument.Modele, nom, r.Contenu ?? string.Empty, ct)));
    }

    private static async Task<Ok<DocumentVersionDto>> Publier(string nom, PublicationRequete r, ActeurCourant courant, DocumentsService documents, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("modeles.publier", ct);
        return TypedResults.Ok(Dto(await documents.PublierAsync(acteur, TypeDocument.Modele, nom, r.Commentaire ?? string.Empty, ct)));
    }

    private static async Task<Ok<DocumentVersionDto>> Restaurer(string nom, int numero, ActeurCourant courant, DocumentsService documents, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("modeles.restaurer", ct);
        return TypedResults.Ok(Dto(await documents.RestaurerAsync(acteur, TypeDocument.Modele, nom, numero, ct)));
    }

    private static TypeNotification Type(string nom) =>
        CatalogueNotifications.DuModele(nom) ?? throw new IntrouvableException($"« {nom} » n'est pas un modèle d'email.");

    private static ModeleResumeDto Resume(TypeNotification type, string nom, (string Nom, int? Publiee, int? Brouillon) versions) =>
        new(nom, type.Nom, type.Description, type.Regles, type.Essentielle, nom.Contains('@', StringComparison.Ordinal) ? [nom[(nom.IndexOf('@', StringComparison.Ordinal) + 1)..]] : type.Destinataires, type.TypeDonnees.Name, versions.Publiee, versions.Brouillon);

    private static DocumentVersionDto Dto(DocumentVersion d) =>
        new(d.Id, d.Nom, d.Numero, d.Statut.ToString(), d.Contenu, d.Commentaire, d.CreeLe, d.ModifieLe, d.PublieeLe, d.PublieeParId);
}
