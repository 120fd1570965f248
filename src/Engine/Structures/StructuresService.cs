using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Acteurs;
using Rafael.Engine.Common;
using Rafael.Engine.Persistence;
using Rafael.Engine.Rattachements;

namespace Rafael.Engine.Structures;

/// <summary>Structures and the people attached to them (ACC-01, ACC-03, ACC-04, ACC-08).</summary>
public sealed class StructuresService(RafaelDbContext db, TimeProvider time)
{
    /// <summary>Searches structures by raison sociale, name, sigle or SIRET (ACC-05), for the account request form.</summary>
    /// <param name="texte">What was typed; at least 2 characters.</param>
    /// <param name="max">Maximum results.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Matching structures, by raison sociale.</returns>
    public async Task<IReadOnlyList<Structure>> RechercherAsync(string texte, int max, CancellationToken cancellationToken = default)
    {
        var t = (texte ?? string.Empty).Trim();
        if (t.Length < 2)
        {
            return [];
        }

        var siret = Siret.Normaliser(t);
        var motif = $"%{t.ToUpperInvariant()}%";
        return await db.Structures.AsNoTracking()
            .Where(s => EF.Functions.Like(s.RaisonSociale.ToUpper(), motif)
                || EF.Functions.Like(s.Nom.ToUpper(), motif)
                || (s.Sigle != null && EF.Functions.Like(s.Sigle.ToUpper(), motif))
                || s.Siret.StartsWith(siret))
            .OrderBy(s => s.RaisonSociale)
            .Take(Math.Clamp(max, 1, 50))
            .ToListAsync(cancellationToken);
    }

    /// <summary>An administrator creates a structure (HAB-02).</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="proposee">The structure.</param>
    /// <param name="qualiopiApprentissage">Qualiopi apprenticeship.</param>
    /// <param name="numeroActivite">The OF's numéro de déclaration d'activité, if any.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The structure.</returns>
    public async Task<Structure> CreerAsync(Acteur acteur, Demandes.StructureProposee proposee, bool qualiopiApprentissage, string? numeroActivite, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        ArgumentNullException.ThrowIfNull(proposee);
        acteur.ExigerAdministrateur();
        await ExigerSiretLibreAsync(db, proposee.Siret, null, "siret", cancellationToken);
        var structure = new Structure(proposee.RaisonSociale, proposee.Nom, proposee.Sigle, proposee.Siret, proposee.Adresse, proposee.Types, time.GetUtcNow());
        if (qualiopiApprentissage)
        {
            structure.Modifier(proposee.RaisonSociale, proposee.Nom, proposee.Sigle, proposee.Siret, proposee.Adresse, proposee.Types, true);
        }

        structure.DeclarerActivite(numeroActivite);
        db.Structures.Add(structure);
        await db.SaveChangesAsync(cancellationToken);
        return structure;
    }

    /// <summary>An administrator changes a structure's information.</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="structureId">The structure.</param>
    /// <param name="m">The new information.</param>
    /// <param name="qualiopiApprentissage">Qualiopi apprenticeship.</param>
    /// <param name="numeroActivite">The OF's numéro de déclaration d'activité, if any.</param>
    /// <param name="version">The version the caller read (optimistic concurrency).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The structure.</returns>
    public async Task<Structure> ModifierAsync(Acteur acteur, Guid structureId, Demandes.StructureProposee m, bool qualiopiApprentissage, string? numeroActivite, int version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        ArgumentNullException.ThrowIfNull(m);
        acteur.ExigerAdministrateur();
        var structure = await TrouverAsync(structureId, cancellationToken);
        db.Entry(structure).Property(s => s.Version).OriginalValue = version;
        await ExigerSiretLibreAsync(db, m.Siret, structureId, "siret", cancellationToken);
        structure.Modifier(m.RaisonSociale, m.Nom, m.Sigle, m.Siret, m.Adresse, m.Types, qualiopiApprentissage);
        structure.DeclarerActivite(numeroActivite);
        await db.SaveChangesAsync(cancellationToken);
        return structure;
    }

    /// <summary>A structure by id, or 404.</summary>
    /// <param name="structureId">The structure.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The tracked structure.</returns>
    public async Task<Structure> TrouverAsync(Guid structureId, CancellationToken cancellationToken = default) =>
        await db.Structures.FindAsync([structureId], cancellationToken) ?? throw new IntrouvableException("Structure introuvable.");

    /// <summary>The people of a structure with their profiles (ACC-08): its référent or an administrator.</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="structureId">The structure.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The people, by name.</returns>
    public async Task<IReadOnlyList<Membre>> MembresAsync(Acteur acteur, Guid structureId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        _ = await TrouverAsync(structureId, cancellationToken);
        acteur.ExigerReferentOuAdministrateur(structureId);
        return await (
            from r in db.Rattachements.AsNoTracking()
            join c in db.Users on r.CompteId equals c.Id
            where r.StructureId == structureId
            orderby c.NomFamille, c.Prenom
            select new Membre(c.Id, c.Prenom, c.NomFamille, c.Email, c.PhoneNumber, r.Profil, r.AutresProfils, r.EstReferent, r.RattacheLe, r.Version))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The référent assigns a management profile to a person of the structure (ACC-03, ACC-04, ACC-08).</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="structureId">The structure.</param>
    /// <param name="compteId">The person.</param>
    /// <param name="profil">The profile.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The attachment.</returns>
    public async Task<Rattachement> AttribuerProfilAsync(Acteur acteur, Guid structureId, Guid compteId, ProfilGestion profil, CancellationToken cancellationToken = default)
    {
        var (structure, rattachement) = await RattachementGereAsync(acteur, structureId, compteId, cancellationToken);
        rattachement.AttribuerProfil(profil, structure);
        await db.SaveChangesAsync(cancellationToken);
        return rattachement;
    }

    /// <summary>The référent removes a person's management profile (ACC-08).</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="structureId">The structure.</param>
    /// <param name="compteId">The person.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The attachment.</returns>
    public async Task<Rattachement> RetirerProfilAsync(Acteur acteur, Guid structureId, Guid compteId, CancellationToken cancellationToken = default)
    {
        var (_, rattachement) = await RattachementGereAsync(acteur, structureId, compteId, cancellationToken);
        if (rattachement.Profil is null)
        {
            throw new RegleRefuseeException("ACC-08", "Cette personne n'a pas de profil de gestion dans cette structure.", "profil");
        }

        rattachement.RetirerProfil();
        await db.SaveChangesAsync(cancellationToken);
        return rattachement;
    }

    /// <summary>The référent sets a person's other profiles (Employeur, Prestataire); Bénéficiaire stays (ACC-03).</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="structureId">The structure.</param>
    /// <param name="compteId">The person.</param>
    /// <param name="autres">The other profiles.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The attachment.</returns>
    public async Task<Rattachement> DefinirAutresProfilsAsync(Acteur acteur, Guid structureId, Guid compteId, AutresProfils autres, CancellationToken cancellationToken = default)
    {
        var (_, rattachement) = await RattachementGereAsync(acteur, structureId, compteId, cancellationToken);
        rattachement.DefinirAutresProfils(autres);
        await db.SaveChangesAsync(cancellationToken);
        return rattachement;
    }

    /// <summary>The référent detaches a person from the structure; nobody detaches themself (ACC-08).</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="structureId">The structure.</param>
    /// <param name="compteId">The person.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>A task.</returns>
    public async Task DetacherAsync(Acteur acteur, Guid structureId, Guid compteId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        var (_, rattachement) = await RattachementGereAsync(acteur, structureId, compteId, cancellationToken);
        if (compteId == acteur.CompteId)
        {
            throw new RegleRefuseeException("ACC-08", "Vous ne pouvez pas vous détacher vous-même de votre structure : demandez-le à un administrateur.", "compteId");
        }

        var compte = await db.Users.SingleAsync(c => c.Id == compteId, cancellationToken);
        if (compte.StructureCouranteId == structureId)
        {
            var autre = await db.Rattachements.Where(r => r.CompteId == compteId && r.StructureId != structureId).Select(r => (Guid?)r.StructureId).FirstOrDefaultAsync(cancellationToken);
            compte.ChoisirStructureCourante(autre);
        }

        db.Rattachements.Remove(rattachement);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>An administrator names the référent of a structure; the previous one loses the star.</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="structureId">The structure.</param>
    /// <param name="compteId">The new référent, who must be attached.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>A task.</returns>
    public async Task NommerReferentAsync(Acteur acteur, Guid structureId, Guid compteId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        acteur.ExigerAdministrateur();
        _ = await TrouverAsync(structureId, cancellationToken);
        var rattachements = await db.Rattachements.Where(r => r.StructureId == structureId).ToListAsync(cancellationToken);
        var nouveau = rattachements.SingleOrDefault(r => r.CompteId == compteId)
            ?? throw new ChampsInvalidesException("compteId", "Cette personne n'est pas rattachée à la structure.");
        foreach (var r in rattachements.Where(r => r.EstReferent && r.CompteId != compteId))
        {
            r.RetirerReferent();
        }

        nouveau.NommerReferent();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Refuses a SIRET another structure already has (0, for public bodies, may repeat).</summary>
    /// <param name="db">The unit of work.</param>
    /// <param name="siret">The normalised SIRET.</param>
    /// <param name="sauf">The structure being changed, if any.</param>
    /// <param name="champ">The field to report.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>A task.</returns>
    public static async Task ExigerSiretLibreAsync(RafaelDbContext db, string siret, Guid? sauf, string champ, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (siret == Siret.SansSiret)
        {
            return;
        }

        var existante = await db.Structures.AsNoTracking().Where(s => s.Siret == siret && s.Id != sauf).Select(s => s.Nom).FirstOrDefaultAsync(cancellationToken);
        if (existante is not null)
        {
            throw new RegleRefuseeException("ACC-01", $"Le SIRET {siret} est déjà celui de la structure « {existante} ».", champ);
        }
    }

    private async Task<(Structure Structure, Rattachement Rattachement)> RattachementGereAsync(Acteur acteur, Guid structureId, Guid compteId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        var structure = await TrouverAsync(structureId, cancellationToken);
        acteur.ExigerReferentOuAdministrateur(structureId);
        var rattachement = await db.Rattachements.SingleOrDefaultAsync(r => r.StructureId == structureId && r.CompteId == compteId, cancellationToken)
            ?? throw new IntrouvableException("Cette personne n'est pas rattachée à cette structure.");
        return (structure, rattachement);
    }
}
