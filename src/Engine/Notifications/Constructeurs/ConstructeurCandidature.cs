using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Candidatures;
using Rafael.Engine.Notifications.Destinataires;
using Rafael.Engine.Notifications.Donnees;
using Rafael.Engine.Persistence;

namespace Rafael.Engine.Notifications.Constructeurs;

/// <summary>
/// Candidatures (sujet <c>candidature</c>: received, verdict given, verdict due in 7 days, session cancelled). Roles:
/// <c>of-responsable</c> and <c>of-positionneur</c>, the OF users with the préinscription profile (préinscription or
/// général) of the session's Responsable and Positionneur structures (CAT-03); <c>prescripteur</c>, the adviser who
/// made the candidature.
/// </summary>
/// <param name="options">The platform's address, for links.</param>
public sealed class ConstructeurCandidature(OptionsNotifications options) : IConstructeurNotification
{
    /// <summary>AVIS-07: the OF has until 3 weeks after the session's end to give every verdict.</summary>
    private const int JoursPourDonnerLAvis = 21;

    /// <inheritdoc />
    public bool Accepte(DemandeNotification demande) => demande?.Sujet == CandidaturesService.TypeSujet;

    /// <inheritdoc />
    public async Task<ContexteNotification> ConstruireAsync(RafaelDbContext db, DemandeNotification demande, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(demande);
        var id = demande.Identifiant("id");
        var candidature = await db.Set<Candidature>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new NotificationImpossibleException($"La candidature {id} n'existe plus.");
        var structures = await db.Structures.AsNoTracking()
            .Where(s => s.Id == candidature.ResponsableId || s.Id == candidature.PrescripteurStructureId)
            .ToDictionaryAsync(s => s.Id, s => new StructureNotifiee(s.Nom, s.Siret), cancellationToken);
        var vide = new StructureNotifiee(string.Empty, string.Empty);
        var prescripteur = await db.Users.AsNoTracking().Where(c => c.Id == candidature.CreeeParId)
            .Select(c => new PersonneNotifiee(c.Prenom, c.NomFamille, c.Email ?? string.Empty)).SingleOrDefaultAsync(cancellationToken);
        var enAttente = Candidature.StatutsEnAttente.Contains(candidature.Status);
        var donnees = new DonneesCandidature(
            new PersonneNotifiee(candidature.Candidat.Prenom, candidature.Candidat.Nom, string.Empty),
            new ActionNotifiee(string.Empty, candidature.SessionIntitule, structures.GetValueOrDefault(candidature.ResponsableId) ?? vide),
            new SessionNotifiee(candidature.SessionReference, DatesEnLettres.De(candidature.SessionDateDebut), DatesEnLettres.De(candidature.SessionDateFin), string.Empty),
            prescripteur ?? new PersonneNotifiee(string.Empty, string.Empty, string.Empty),
            structures.GetValueOrDefault(candidature.PrescripteurStructureId) ?? vide,
            enAttente ? string.Empty : LibellesEtats.De(candidature.Etat),
            MotifsRefus.Libelle(candidature.MotifRefus) ?? string.Empty,
            DatesEnLettres.De(candidature.SessionDateFin.AddDays(JoursPourDonnerLAvis)),
            $"{options.UrlPublique.TrimEnd('/')}/candidatures/{candidature.Id}");
        var service = new DestinatairesService(db);
        var destinataires = new List<Destinataire>();
        foreach (var role in demande.Roles)
        {
            destinataires.AddRange(role switch
            {
                "of-responsable" => await service.PreinscriptionAsync(candidature.ResponsableId, role, cancellationToken),
                "of-positionneur" => candidature.PositionneurId is { } positionneur ? await service.PreinscriptionAsync(positionneur, role, cancellationToken) : [],
                "prescripteur" => await service.CompteAsync(candidature.CreeeParId, role, cancellationToken),
                _ => throw new NotificationImpossibleException($"Le rôle « {role} » n'est pas un destinataire connu d'une candidature : of-responsable, of-positionneur, prescripteur."),
            });
        }

        return new ContexteNotification(donnees, destinataires);
    }
}
