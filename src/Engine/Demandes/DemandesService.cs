using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Acteurs;
using Rafael.Engine.Common;
using Rafael.Engine.Comptes;
using Rafael.Engine.Processus;
using Rafael.Engine.Persistence;
using Rafael.Engine.Rattachements;
using Rafael.Engine.Structures;
using Rafael.Workflows.Runtime;

namespace Rafael.Engine.Demandes;

/// <summary>
/// Account, affiliation and structure requests and their decisions (ACC-05 to ACC-08). Each method is one command:
/// it changes the unit of work and saves once.
/// </summary>
public sealed class DemandesService(RafaelDbContext db, UserManager<Compte> comptes, ProcessusService processus, TimeProvider time)
{
    /// <summary>A person without an account asks for one, on an existing structure or with a new one (ACC-05, ACC-06).</summary>
    /// <param name="demande">What they typed (validated for format by the caller).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The request.</returns>
    public async Task<Demande> DemanderCompteAsync(NouvelleDemandeCompte demande, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(demande);
        var maintenant = time.GetUtcNow();
        if (demande.StructureId is { } structureId && !await db.Structures.AnyAsync(s => s.Id == structureId, cancellationToken))
        {
            throw new ChampsInvalidesException("structureId", "Cette structure n'existe pas : cherchez-la par raison sociale, sigle ou SIRET, ou demandez sa création.");
        }

        if (demande.NouvelleStructure is { } nouvelle)
        {
            await StructuresService.ExigerSiretLibreAsync(db, nouvelle.Siret, null, "nouvelleStructure.siret", cancellationToken);
        }

        var compte = await CreerOuReprendreCompteAsync(demande);
        var creee = demande.StructureId is { } id
            ? Demande.DemanderCompte(compte.Id, id, demande.Message, maintenant)
            : Demande.DemanderCreationStructure(compte.Id, demande.NouvelleStructure!, demande.Message, maintenant);
        await DeposerAsync(creee, cancellationToken);
        return creee;
    }

    /// <summary>A signed-in person asks to be attached to another structure (ACC-07).</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="structureId">The structure to join.</param>
    /// <param name="message">A word to the référent.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The request.</returns>
    public async Task<Demande> DemanderRattachementAsync(Acteur acteur, Guid structureId, string? message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        if (!await db.Structures.AnyAsync(s => s.Id == structureId, cancellationToken))
        {
            throw new ChampsInvalidesException("structureId", "Cette structure n'existe pas.");
        }

        if (await db.Rattachements.AnyAsync(r => r.CompteId == acteur.CompteId && r.StructureId == structureId, cancellationToken))
        {
            throw new RegleRefuseeException("ACC-07", "Vous êtes déjà rattaché à cette structure.", "structureId");
        }

        if (await db.Demandes.AnyAsync(d => d.CompteId == acteur.CompteId && d.StructureId == structureId && d.Status == Demande.EnAttente, cancellationToken))
        {
            throw new RegleRefuseeException("ACC-07", "Vous avez déjà une demande de rattachement en attente pour cette structure.", "structureId");
        }

        var maintenant = time.GetUtcNow();
        var demande = Demande.DemanderRattachement(acteur.CompteId, structureId, message, maintenant);
        await DeposerAsync(demande, cancellationToken);
        return demande;
    }

    /// <summary>The référent reports changes of the structure's information; an administrator applies them (ACC-08).</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="structureId">The structure.</param>
    /// <param name="changements">The new information.</param>
    /// <param name="message">Explanation.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The request.</returns>
    public async Task<Demande> SignalerModificationAsync(Acteur acteur, Guid structureId, StructureProposee changements, string? message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        _ = await db.Structures.FindAsync([structureId], cancellationToken) ?? throw new IntrouvableException("Structure introuvable.");
        acteur.ExigerReferentOuAdministrateur(structureId);
        await StructuresService.ExigerSiretLibreAsync(db, changements.Siret, structureId, "siret", cancellationToken);
        var maintenant = time.GetUtcNow();
        var demande = Demande.SignalerModification(acteur.CompteId, structureId, changements, message, maintenant);
        await DeposerAsync(demande, cancellationToken);
        return demande;
    }

    /// <summary>The requests the caller may decide: those of the structure they are référent of, or for administrators
    /// those of structures without a référent, the structure creations and the reported changes.</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="statut">Which status to list.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The requests, oldest first.</returns>
    public async Task<IReadOnlyList<Demande>> ListerADeciderAsync(Acteur acteur, StatutDemande statut, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        var etat = statut switch
        {
            StatutDemande.Acceptee => Demande.Acceptee,
            StatutDemande.Refusee => Demande.Refusee,
            _ => Demande.EnAttente,
        };
        var demandes = db.Demandes.AsNoTracking().Where(d => d.Status == etat);
        if (acteur.EstAdministrateur)
        {
            var avecReferent = db.Rattachements.Where(r => r.EstReferent).Select(r => r.StructureId);
            demandes = demandes.Where(d =>
                d.Type == TypeDemande.CreationStructure
                || d.Type == TypeDemande.ModificationStructure
                || !avecReferent.Contains(d.StructureId!.Value));
        }
        else if (acteur.EstReferent && acteur.StructureCouranteId is { } structureId)
        {
            demandes = demandes.Where(d => d.StructureId == structureId && (d.Type == TypeDemande.Compte || d.Type == TypeDemande.Rattachement));
        }
        else
        {
            throw new InterditException("ACC-08", "Seuls les référents et les administrateurs valident des demandes.");
        }

        var liste = await demandes.ToListAsync(cancellationToken);
        return [.. liste.OrderBy(d => d.DeposeeLe)];
    }

    /// <summary>Finds a request the caller may decide; 404 for the others, so that their existence does not leak.</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="demandeId">The request.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The tracked request.</returns>
    public async Task<Demande> TrouverADeciderAsync(Acteur acteur, Guid demandeId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        var demande = await db.Demandes.FindAsync([demandeId], cancellationToken);
        if (demande is null || !await PeutDeciderAsync(acteur, demande, cancellationToken))
        {
            throw new IntrouvableException("Demande introuvable.");
        }

        return demande;
    }

    /// <summary>Accepts a request; for account and affiliation requests the decider gives the profile (ACC-05, ACC-07).</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="demandeId">The request.</param>
    /// <param name="profil">The management profile to give, if any.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The request.</returns>
    public async Task<Demande> AccepterAsync(Acteur acteur, Guid demandeId, ProfilGestion? profil, CancellationToken cancellationToken = default)
    {
        var demande = await TrouverADeciderAsync(acteur, demandeId, cancellationToken);
        demande.ExigerEnAttente();
        var maintenant = time.GetUtcNow();
        var compte = await db.Users.SingleAsync(c => c.Id == demande.CompteId, cancellationToken);
        Guid? structureCreee = null;
        switch (demande.Type)
        {
            case TypeDemande.Compte:
            case TypeDemande.Rattachement:
                await RattacherAsync(compte, demande.StructureId!.Value, profil, maintenant, cancellationToken);
                break;
            case TypeDemande.CreationStructure:
                var proposee = demande.StructureProposee!;
                await StructuresService.ExigerSiretLibreAsync(db, proposee.Siret, null, "siret", cancellationToken);
                var structure = new Structure(proposee.RaisonSociale, proposee.Nom, proposee.Sigle, proposee.Siret, proposee.Adresse, proposee.Types, maintenant);
                db.Structures.Add(structure);
                structureCreee = structure.Id;
                await RattacherAsync(compte, structure.Id, profil, maintenant, cancellationToken, structure);
                break;
            case TypeDemande.ModificationStructure:
                var cible = await db.Structures.SingleAsync(s => s.Id == demande.StructureId, cancellationToken);
                var m = demande.StructureProposee!;
                await StructuresService.ExigerSiretLibreAsync(db, m.Siret, cible.Id, "siret", cancellationToken);
                cible.Modifier(m.RaisonSociale, m.Nom, m.Sigle, m.Siret, m.Adresse, m.Types, cible.QualiopiApprentissage);
                break;
        }

        if (demande.Type is TypeDemande.Compte or TypeDemande.CreationStructure)
        {
            compte.Activer();
        }

        await processus.DeclencherAsync(demande, TypeSujet, demande.Id.ToString(), "accepter", SansArgument, Contexte(acteur, demande), cancellationToken);
        demande.EnregistrerAcceptation(acteur.CompteId, profil, structureCreee, maintenant);
        await db.SaveChangesAsync(cancellationToken);
        return demande;
    }

    /// <summary>Refuses a request with a reason (ACC-05 to ACC-08).</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="demandeId">The request.</param>
    /// <param name="motif">Why, shown to the requester.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The request.</returns>
    public async Task<Demande> RefuserAsync(Acteur acteur, Guid demandeId, string motif, CancellationToken cancellationToken = default)
    {
        var demande = await TrouverADeciderAsync(acteur, demandeId, cancellationToken);
        demande.ExigerEnAttente();
        var maintenant = time.GetUtcNow();
        await processus.DeclencherAsync(demande, TypeSujet, demande.Id.ToString(), "refuser", new Dictionary<string, object?> { ["motif"] = motif }, Contexte(acteur, demande), cancellationToken);
        demande.EnregistrerRefus(acteur.CompteId, motif, maintenant);
        if (demande.Type is TypeDemande.Compte or TypeDemande.CreationStructure)
        {
            var compte = await db.Users.SingleAsync(c => c.Id == demande.CompteId, cancellationToken);
            compte.Refuser();
        }

        await db.SaveChangesAsync(cancellationToken);
        return demande;
    }

    private const string TypeSujet = "demande";

    private static readonly Dictionary<string, object?> SansArgument = [];

    /// <summary>Files a request: it starts on the published <c>demande-compte</c> definition, whose entry notifies the deciders.</summary>
    private async Task DeposerAsync(Demande demande, CancellationToken cancellationToken)
    {
        db.Demandes.Add(demande);
        await processus.DemarrerAsync(demande, Demande.Definition, TypeSujet, demande.Id.ToString(), new WorkflowContext { Roles = [] }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The roles the <c>demande-compte</c> definition knows: the structure's référent, an administrator.</summary>
    private static WorkflowContext Contexte(Acteur acteur, Demande demande)
    {
        var roles = new List<string>();
        if (acteur.EstAdministrateur)
        {
            roles.Add("administrateur");
        }

        if (demande.StructureId is { } structureId && acteur.EstReferentDe(structureId))
        {
            roles.Add("referent");
        }

        return new WorkflowContext { Roles = roles };
    }

    private async Task<bool> PeutDeciderAsync(Acteur acteur, Demande demande, CancellationToken cancellationToken)
    {
        if (demande.Type is TypeDemande.CreationStructure or TypeDemande.ModificationStructure)
        {
            return acteur.EstAdministrateur;
        }

        var structureId = demande.StructureId!.Value;
        if (acteur.EstReferentDe(structureId))
        {
            return true;
        }

        // Without a référent the administrators decide (ACC-05); with one, they do only through taking control.
        return acteur.EstAdministrateur
            && !await db.Rattachements.AnyAsync(r => r.StructureId == structureId && r.EstReferent, cancellationToken);
    }

    private async Task RattacherAsync(Compte compte, Guid structureId, ProfilGestion? profil, DateTimeOffset maintenant, CancellationToken cancellationToken, Structure? nouvelle = null)
    {
        var structure = nouvelle ?? await db.Structures.SingleAsync(s => s.Id == structureId, cancellationToken);
        if (nouvelle is null && await db.Rattachements.AnyAsync(r => r.CompteId == compte.Id && r.StructureId == structureId, cancellationToken))
        {
            throw new RegleRefuseeException("ACC-07", "Cette personne est déjà rattachée à cette structure.");
        }

        var rattachement = new Rattachement(compte.Id, structureId, maintenant);
        if (profil is { } p)
        {
            rattachement.AttribuerProfil(p, structure);
        }

        var aUnReferent = nouvelle is null && await db.Rattachements.AnyAsync(r => r.StructureId == structureId && r.EstReferent, cancellationToken);
        if (!aUnReferent)
        {
            rattachement.NommerReferent();
        }

        db.Rattachements.Add(rattachement);
        if (compte.StructureCouranteId is null)
        {
            compte.ChoisirStructureCourante(structureId);
        }
    }

    private async Task<Compte> CreerOuReprendreCompteAsync(NouvelleDemandeCompte demande)
    {
        var existant = await comptes.FindByEmailAsync(demande.Email);
        if (existant is not null && existant.Statut != StatutCompte.Refuse)
        {
            throw new RegleRefuseeException(
                "ACC-07",
                "Un compte existe déjà pour cette adresse email : connectez-vous, puis demandez un rattachement à la structure. Une personne n'a qu'un compte.",
                "email");
        }

        if (existant is not null)
        {
            existant.RedemanderAcces(demande.Prenom, demande.Nom, demande.Telephone);
            ExigerSucces(await comptes.RemovePasswordAsync(existant));
            ExigerSucces(await comptes.AddPasswordAsync(existant, demande.MotDePasse));
            return existant;
        }

        var compte = new Compte(demande.Email, demande.Prenom, demande.Nom, demande.Telephone, time.GetUtcNow());
        ExigerSucces(await comptes.CreateAsync(compte, demande.MotDePasse));
        return compte;
    }

    /// <summary>Turns Identity's refusals into per-field French errors.</summary>
    /// <param name="resultat">Identity's result.</param>
    internal static void ExigerSucces(IdentityResult resultat)
    {
        if (resultat.Succeeded)
        {
            return;
        }

        var erreurs = resultat.Errors
            .GroupBy(e => e.Code.Contains("Password", StringComparison.Ordinal) ? "motDePasse" : "email")
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());
        throw new ChampsInvalidesException(erreurs);
    }
}
