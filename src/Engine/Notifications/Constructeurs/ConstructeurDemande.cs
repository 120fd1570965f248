using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Common;
using Rafael.Engine.Demandes;
using Rafael.Engine.Notifications.Destinataires;
using Rafael.Engine.Notifications.Donnees;
using Rafael.Engine.Persistence;
using Rafael.Engine.Rattachements;

namespace Rafael.Engine.Notifications.Constructeurs;

/// <summary>
/// Account, affiliation and structure requests (sujet <c>demande</c>). Roles: <c>demandeur</c>; <c>referent</c>, the
/// référents of the structure; <c>administrateurs</c>, only when no référent can decide (the request lists of ACC-05
/// show it to administrators only then).
/// </summary>
/// <param name="options">The platform's address, for links.</param>
public sealed class ConstructeurDemande(OptionsNotifications options) : IConstructeurNotification
{
    /// <inheritdoc />
    public bool Accepte(DemandeNotification demande) => demande?.Sujet == "demande";

    /// <inheritdoc />
    public async Task<ContexteNotification> ConstruireAsync(RafaelDbContext db, DemandeNotification demande, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(demande);
        var id = demande.Identifiant("id");
        var entite = await db.Demandes.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken)
            ?? throw new NotificationImpossibleException($"La demande {id} n'existe plus.");
        var demandeur = await db.Users.AsNoTracking().SingleOrDefaultAsync(c => c.Id == entite.CompteId, cancellationToken)
            ?? throw new NotificationImpossibleException($"Le compte {entite.CompteId} de la demande {id} n'existe plus.");
        var structure = entite.StructureId is { } structureId
            ? await db.Structures.AsNoTracking().Where(s => s.Id == structureId).Select(s => new StructureNotifiee(s.Nom, s.Siret)).SingleOrDefaultAsync(cancellationToken)
            : null;
        structure ??= entite.StructureProposee is { } proposee ? new StructureNotifiee(proposee.Nom, proposee.Siret) : new StructureNotifiee(string.Empty, string.Empty);
        var url = options.UrlPublique.TrimEnd('/');
        var donnees = new DonneesDemande(
            Code(entite.Type),
            Libelle(entite.Type),
            new PersonneNotifiee(demandeur.Prenom, demandeur.NomFamille, demandeur.Email ?? string.Empty),
            structure,
            entite.Message ?? string.Empty,
            HeureDeParis.Texte(entite.DeposeeLe),
            entite.DecideeLe is { } le ? HeureDeParis.Texte(le) : string.Empty,
            entite.MotifRefus ?? string.Empty,
            entite.ProfilAttribue is { } profil ? Profils.Libelle(profil) : string.Empty,
            demande.Modele == "compte.demande-a-valider" ? $"{url}/demandes" : $"{url}/connexion");

        var service = new DestinatairesService(db);
        var destinataires = new List<Destinataire>();
        foreach (var role in demande.Roles)
        {
            destinataires.AddRange(role switch
            {
                "demandeur" => await service.CompteAsync(entite.CompteId, role, cancellationToken),
                "referent" => entite.StructureId is { } s ? await service.ReferentsAsync(s, role, cancellationToken) : [],
                "administrateurs" => entite.StructureId is { } s && (await service.ReferentsAsync(s, role, cancellationToken)).Count > 0
                    ? []
                    : await service.AdministrateursAsync(role, cancellationToken),
                _ => throw new NotificationImpossibleException($"Le rôle « {role} » n'est pas un destinataire connu d'une demande : demandeur, referent, administrateurs."),
            });
        }

        return new ContexteNotification(donnees, destinataires);
    }

    private static string Code(TypeDemande type) => type switch
    {
        TypeDemande.CreationStructure => "creation-structure",
        TypeDemande.Rattachement => "rattachement",
        TypeDemande.ModificationStructure => "modification-structure",
        _ => "compte",
    };

    private static string Libelle(TypeDemande type) => type switch
    {
        TypeDemande.CreationStructure => "demande de création de structure",
        TypeDemande.Rattachement => "demande de rattachement",
        TypeDemande.ModificationStructure => "demande de modification de structure",
        _ => "demande de compte",
    };
}
