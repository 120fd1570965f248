using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Acteurs;
using Rafael.Engine.Common;
using Rafael.Engine.Notifications;
using Rafael.Engine.Persistence;
using Rafael.Engine.Rattachements;
using Rafael.Engine.Structures;

namespace Rafael.Engine.Habilitations;

/// <summary>Funders' dispositifs and mesures, and the préinscription rights of prescriber structures (HAB-01 to HAB-04).</summary>
public sealed class HabilitationsService(RafaelDbContext db, TimeProvider time)
{
    /// <summary>An administrator creates a dispositif of a funder (HAB-02).</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="code">Code, unique.</param>
    /// <param name="libelle">Label.</param>
    /// <param name="financeurId">The funder structure.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The dispositif.</returns>
    public async Task<Dispositif> CreerDispositifAsync(Acteur acteur, string code, string libelle, Guid financeurId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        acteur.ExigerAdministrateur();
        var financeur = await db.Structures.FindAsync([financeurId], cancellationToken);
        if (financeur is null || !financeur.Est(TypesStructure.Financeur))
        {
            throw new ChampsInvalidesException("financeurId", "Le financeur doit être une structure de type financeur.");
        }

        if (await db.Dispositifs.AnyAsync(d => d.Code == code, cancellationToken))
        {
            throw new ChampsInvalidesException("code", $"Le dispositif {code} existe déjà.");
        }

        var dispositif = new Dispositif(code, libelle, financeurId);
        db.Dispositifs.Add(dispositif);
        await db.SaveChangesAsync(cancellationToken);
        return dispositif;
    }

    /// <summary>An administrator adds a mesure to a dispositif (HAB-02).</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="dispositifId">The dispositif.</param>
    /// <param name="code">Code, unique within it.</param>
    /// <param name="libelle">Label.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The mesure.</returns>
    public async Task<Mesure> CreerMesureAsync(Acteur acteur, Guid dispositifId, string code, string libelle, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        acteur.ExigerAdministrateur();
        if (!await db.Dispositifs.AnyAsync(d => d.Id == dispositifId, cancellationToken))
        {
            throw new IntrouvableException("Dispositif introuvable.");
        }

        if (await db.Mesures.AnyAsync(m => m.DispositifId == dispositifId && m.Code == code, cancellationToken))
        {
            throw new ChampsInvalidesException("code", $"La mesure {code} existe déjà dans ce dispositif.");
        }

        var mesure = new Mesure(dispositifId, code, libelle);
        db.Mesures.Add(mesure);
        await db.SaveChangesAsync(cancellationToken);
        return mesure;
    }

    /// <summary>An administrator grants a prescriber structure the right to pre-register on a mesure; the funder and
    /// the structure are notified (HAB-02, HAB-04).</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="structureId">The prescriber structure.</param>
    /// <param name="mesureId">The mesure.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The right.</returns>
    public async Task<DroitPreinscription> AttribuerDroitAsync(Acteur acteur, Guid structureId, Guid mesureId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        acteur.ExigerAdministrateur();
        var structure = await db.Structures.FindAsync([structureId], cancellationToken)
            ?? throw new ChampsInvalidesException("structureId", "Cette structure n'existe pas.");
        if (!structure.Est(TypesStructure.Prescripteur))
        {
            throw new RegleRefuseeException("HAB-02", $"{structure.Nom} n'est pas un prescripteur : seuls les prescripteurs reçoivent des droits de préinscription.", "structureId");
        }

        var mesure = await db.Mesures.FindAsync([mesureId], cancellationToken)
            ?? throw new ChampsInvalidesException("mesureId", "Cette mesure n'existe pas.");
        if (await db.DroitsPreinscription.AnyAsync(d => d.StructureId == structureId && d.MesureId == mesureId, cancellationToken))
        {
            throw new RegleRefuseeException("HAB-02", $"{structure.Nom} a déjà le droit de préinscription sur la mesure {mesure.Code}.", "mesureId");
        }

        var maintenant = time.GetUtcNow();
        var droit = new DroitPreinscription(structureId, mesureId, maintenant);
        db.DroitsPreinscription.Add(droit);
        var financeurId = await db.Dispositifs.Where(d => d.Id == mesure.DispositifId).Select(d => d.FinanceurId).SingleAsync(cancellationToken);
        Evenements.Publier(db, "notification.droits-attribues", droit.Id.ToString(), new { droitId = droit.Id, structureId, mesureId, financeurId }, maintenant);
        await db.SaveChangesAsync(cancellationToken);
        return droit;
    }

    /// <summary>An administrator withdraws a right.</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="droitId">The right.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>A task.</returns>
    public async Task RetirerDroitAsync(Acteur acteur, Guid droitId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        acteur.ExigerAdministrateur();
        var droit = await db.DroitsPreinscription.FindAsync([droitId], cancellationToken) ?? throw new IntrouvableException("Droit introuvable.");
        db.DroitsPreinscription.Remove(droit);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>HAB-03: the caller, acting for their current structure with a prescriber profile, may pre-register on the mesure.</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="mesureId">The session's mesure.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Whether they may.</returns>
    public async Task<bool> PeutPreinscrireAsync(Acteur acteur, Guid mesureId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        return Profils.EstPrescripteur(acteur.Profil)
            && acteur.StructureCouranteId is { } structureId
            && await db.DroitsPreinscription.AnyAsync(d => d.StructureId == structureId && d.MesureId == mesureId, cancellationToken);
    }
}
