using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Common;
using Rafael.Engine.Notifications.Destinataires;
using Rafael.Engine.Notifications.Donnees;
using Rafael.Engine.Persistence;
using Rafael.Engine.Rattachements;

namespace Rafael.Engine.Notifications.Constructeurs;

/// <summary>
/// Préinscription rights granted (HAB-04, payload <c>{ droitId, structureId, mesureId, financeurId }</c>). Roles:
/// <c>financeur</c>, the financeur's référents and managers; <c>prescripteur</c>, the prescriber structure's référents
/// and prescribers.
/// </summary>
/// <param name="options">The platform's address, for links.</param>
public sealed class ConstructeurDroitsAttribues(OptionsNotifications options) : IConstructeurNotification
{
    /// <inheritdoc />
    public bool Accepte(DemandeNotification demande) => demande?.Modele == "droits-attribues";

    /// <inheritdoc />
    public async Task<ContexteNotification> ConstruireAsync(RafaelDbContext db, DemandeNotification demande, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(demande);
        var droitId = demande.Identifiant("droitId");
        var droit = await db.DroitsPreinscription.AsNoTracking().SingleOrDefaultAsync(d => d.Id == droitId, cancellationToken)
            ?? throw new NotificationImpossibleException($"Le droit de préinscription {droitId} a été retiré depuis.");
        var mesure = await db.Mesures.AsNoTracking().SingleAsync(m => m.Id == droit.MesureId, cancellationToken);
        var dispositif = await db.Dispositifs.AsNoTracking().SingleAsync(d => d.Id == mesure.DispositifId, cancellationToken);
        var structure = await db.Structures.AsNoTracking().SingleAsync(s => s.Id == droit.StructureId, cancellationToken);
        var financeur = await db.Structures.AsNoTracking().SingleAsync(s => s.Id == dispositif.FinanceurId, cancellationToken);
        var donnees = new DonneesDroitsAttribues(
            new StructureNotifiee(structure.Nom, structure.Siret),
            new StructureNotifiee(financeur.Nom, financeur.Siret),
            dispositif.Code,
            dispositif.Libelle,
            mesure.Code,
            mesure.Libelle,
            HeureDeParis.Texte(droit.AttribueLe),
            options.UrlPublique.TrimEnd('/'));

        var service = new DestinatairesService(db);
        var destinataires = new List<Destinataire>();
        foreach (var role in demande.Roles)
        {
            destinataires.AddRange(role switch
            {
                "financeur" => await service.MembresAsync(financeur.Id, role, referents: true, p => p == ProfilGestion.GestionnaireFinanceur, cancellationToken),
                "prescripteur" => await service.MembresAsync(structure.Id, role, referents: true, Profils.EstPrescripteur, cancellationToken),
                _ => throw new NotificationImpossibleException($"Le rôle « {role} » n'est pas un destinataire connu de droits attribués : financeur, prescripteur."),
            });
        }

        return new ContexteNotification(donnees, destinataires);
    }
}
