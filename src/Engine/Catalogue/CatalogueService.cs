using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Acteurs;
using Rafael.Engine.Common;
using Rafael.Engine.Persistence;
using Rafael.Engine.Processus;
using Rafael.Engine.Structures;
using Rafael.Rules;
using Rafael.Workflows.Runtime;

namespace Rafael.Engine.Catalogue;

/// <summary>
/// Actions de formation: creation by an OF or a funder (CAT-04), reading, and the publication circuit's triggers
/// (CIR-01 to CIR-07). Each method is one command: it changes the unit of work and saves once.
/// </summary>
public sealed class CatalogueService(RafaelDbContext db, ProcessusService processus, TimeProvider time)
{
    /// <summary>The kind of subject actions are, for deadlines and messages.</summary>
    public const string TypeSujet = "action";

    /// <summary>An OF creates a non-conventionnée action as a draft, for its current structure (CAT-04, CIR-01).</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="saisie">The form, validated for format by the caller.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The action.</returns>
    public async Task<ActionFormation> CreerActionAsync(Acteur acteur, SaisieAction saisie, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        ArgumentNullException.ThrowIfNull(saisie);
        if (acteur.StructureCouranteId is not { } structureId || !RolesCatalogue.ProfilCatalogue(acteur))
        {
            throw new InterditException("CAT-04", "Seul un gestionnaire OF (catalogue formation ou général) crée une action, pour sa structure courante.");
        }

        var structure = await db.Structures.AsNoTracking().SingleAsync(s => s.Id == structureId, cancellationToken);
        if (!structure.Est(TypesStructure.OrganismeFormation))
        {
            throw new InterditException("CAT-04", "Seul un organisme de formation crée des actions de formation.");
        }

        var action = ActionFormation.CreerNonConventionnee(await ReferencesCatalogue.ProchaineActionAsync(db, cancellationToken), structureId, saisie, time.GetUtcNow());
        db.Actions.Add(action);
        await processus.DemarrerAsync(action, ActionFormation.DefinitionNonConventionnee, TypeSujet, action.Id.ToString(), new WorkflowContext { Roles = [] }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return action;
    }

    /// <summary>A funder (or an administrator for it) enters a conventionnée action; an OF never can (CAT-04).</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="responsableId">The OF named Responsable.</param>
    /// <param name="financeurId">The funder; the caller's structure for a funder.</param>
    /// <param name="saisie">The form.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The action.</returns>
    public Task<ActionFormation> CreerActionConventionneeAsync(Acteur acteur, Guid responsableId, Guid? financeurId, SaisieAction saisie, CancellationToken cancellationToken = default) =>
        CreerActionConventionneeAsync(acteur, responsableId, financeurId, saisie, null, cancellationToken);

    /// <summary>The same, from a funder's feed: the funder's own identifier makes later imports find it again.</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="responsableId">The OF named Responsable.</param>
    /// <param name="financeurId">The funder; the caller's structure for a funder.</param>
    /// <param name="saisie">The form.</param>
    /// <param name="referenceExterne">The funder's identifier, if any.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The action.</returns>
    public async Task<ActionFormation> CreerActionConventionneeAsync(Acteur acteur, Guid responsableId, Guid? financeurId, SaisieAction saisie, string? referenceExterne, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        ArgumentNullException.ThrowIfNull(saisie);
        var financeur = ExigerFinanceurOuAdministrateur(acteur, financeurId);
        await ExigerStructureAsync(responsableId, TypesStructure.OrganismeFormation, "responsableId", "L'organisme responsable doit être un organisme de formation.", cancellationToken);
        await ExigerStructureAsync(financeur, TypesStructure.Financeur, "financeurId", "Le financeur doit être une structure financeur.", cancellationToken);
        var action = ActionFormation.CreerConventionnee(await ReferencesCatalogue.ProchaineActionAsync(db, cancellationToken), responsableId, financeur, referenceExterne, saisie, time.GetUtcNow());
        db.Actions.Add(action);
        await processus.DemarrerAsync(action, ActionFormation.DefinitionConventionnee, TypeSujet, action.Id.ToString(), new WorkflowContext { Roles = [] }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return action;
    }

    /// <summary>Reads an action: published ones (and Modifiée, whose published version stays online, CIR-04) for everyone signed in, the others for their Responsable, Formateurs,
    /// funder and the administrators; 404 otherwise, so that a draft's existence does not leak.</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="actionId">The action.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The action and its sessions (cancelled and deleted ones included).</returns>
    public async Task<(ActionFormation Action, IReadOnlyList<Session> Sessions)> LireAsync(Acteur acteur, Guid actionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        var action = await db.Actions.AsNoTracking().SingleOrDefaultAsync(a => a.Id == actionId, cancellationToken)
            ?? throw new IntrouvableException("Action introuvable.");
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.ActionId == actionId).OrderBy(s => s.Reference).ToListAsync(cancellationToken);
        var visible = action.Status is ActionFormation.Publiee or "modifiee"
            || acteur.EstAdministrateur
            || acteur.StructureCouranteId == action.ResponsableId
            || RolesCatalogue.EstFinanceur(acteur, action.FinanceurId)
            || sessions.Any(s => s.FormateurId == acteur.StructureCouranteId || s.PositionneurId == acteur.StructureCouranteId);
        if (!visible)
        {
            throw new IntrouvableException("Action introuvable.");
        }

        return (action, sessions);
    }

    /// <summary>The tracked action, or 404.</summary>
    /// <param name="actionId">The action.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The action.</returns>
    public async Task<ActionFormation> TrouverAsync(Guid actionId, CancellationToken cancellationToken = default) =>
        await db.Actions.SingleOrDefaultAsync(a => a.Id == actionId, cancellationToken)
            ?? throw new IntrouvableException("Action introuvable.");

    /// <summary>The inputs of <c>action.publication</c>.</summary>
    /// <param name="action">The action.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The rule inputs.</returns>
    public async Task<RuleInputs> EntreesPublicationAsync(ActionFormation action, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        var nombre = await db.Sessions.CountAsync(s => s.ActionId == action.Id && s.Status != Session.Annulee && s.Status != Session.Supprimee, cancellationToken)
            + db.Sessions.Local.Count(s => s.ActionId == action.Id && db.Entry(s).State == EntityState.Added);
        return new RuleInputs { ["action"] = new ActionFaits(nombre) };
    }

    private Guid ExigerFinanceurOuAdministrateur(Acteur acteur, Guid? financeurId)
    {
        if (acteur.EstAdministrateur)
        {
            return financeurId ?? throw new ChampsInvalidesException("financeurId", "Indiquez le financeur de l'action conventionnée.");
        }

        if (acteur.Profil == Rattachements.ProfilGestion.GestionnaireFinanceur && acteur.StructureCouranteId is { } structure
            && (financeurId is null || financeurId == structure))
        {
            return structure;
        }

        throw new InterditException("CAT-04", "Une offre conventionnée vient d'un financeur (ou de ses flux) : un organisme de formation ne peut pas en créer.");
    }

    private async Task ExigerStructureAsync(Guid id, TypesStructure type, string champ, string message, CancellationToken cancellationToken)
    {
        var structure = await db.Structures.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (structure is null || !structure.Est(type))
        {
            throw new ChampsInvalidesException(champ, message);
        }
    }
}
