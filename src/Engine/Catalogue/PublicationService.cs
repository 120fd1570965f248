using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Acteurs;
using Rafael.Engine.Common;
using Rafael.Engine.Persistence;
using Rafael.Engine.Processus;
using Rafael.Rules;
using Rafael.Workflows.Runtime;

namespace Rafael.Engine.Catalogue;

/// <summary>
/// Editing an action and its publication circuit (CIR-01 to CIR-07, CAT-03, CAT-12): every change of status is a
/// trigger of the action's definition, which checks the caller's role and the rules.
/// </summary>
public sealed class PublicationService(RafaelDbContext db, ProcessusService processus, CatalogueService catalogue, SessionsService sessions, TimeProvider time)
{
    private static readonly Dictionary<string, object?> SansArgument = [];

    /// <summary>Edits an action. An OF edits its draft, its action in Alerte, or its published action (published at
    /// once, except a certification change which waits in Modifiée while the published version stays online, CIR-04);
    /// never while Créée or Modifiée (CIR-03). On a conventionnée action the Responsable edits only "le + de cette
    /// formation" and the web link, and for POEC also objectifs, programme, certifications, durées, conditions and
    /// prérequis (CAT-12); the funder and the administrators edit everything.</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="actionId">The action.</param>
    /// <param name="saisie">The form.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The action.</returns>
    public async Task<ActionFormation> ModifierAsync(Acteur acteur, Guid actionId, SaisieAction saisie, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        ArgumentNullException.ThrowIfNull(saisie);
        var action = await catalogue.TrouverAsync(actionId, cancellationToken);
        var roles = RolesCatalogue.SurAction(acteur, action);
        var responsable = RolesCatalogue.EstResponsable(acteur, action);
        var gestionnaire = acteur.EstAdministrateur || RolesCatalogue.EstFinanceur(acteur, action.FinanceurId);
        if (!responsable && !(gestionnaire && (action.Conventionnee || acteur.EstAdministrateur)))
        {
            throw new InterditException("CAT-03", "Seul l'organisme responsable de l'action modifie ses données.");
        }

        if (action.Status is "archivee" or "supprimee")
        {
            throw new RegleRefuseeException("CIR-01", "Une action archivée ou supprimée ne se modifie plus ; seul un administrateur la republie.");
        }

        if (responsable && !gestionnaire && action.EnAttenteDeVerification)
        {
            throw new RegleRefuseeException("CIR-03", "L'action attend la vérification d'un administrateur (Créée ou Modifiée) : vous ne pouvez pas la modifier pour l'instant.");
        }

        var certificationsChangent = !MemesCertifications(action.Certifications, saisie.Certifications);
        if (action.Conventionnee && !gestionnaire)
        {
            var poec = await db.Sessions.AnyAsync(s => s.ActionId == action.Id && s.CodeDispositif == "POEC", cancellationToken);
            new ChampsLectureSeule()
                .Verifier("Intitulé", action.Intitule, saisie.Intitule.Trim(), false)
                .Verifier("Objectif général", action.ObjectifGeneral, saisie.ObjectifGeneral, false)
                .Verifier("Validation", action.Validation, saisie.Validation, false)
                .Verifier("Contacts", action.Contacts, saisie.Contacts, false)
                .Verifier("Objectifs", action.Objectifs, saisie.Objectifs, poec)
                .Verifier("Programme", action.Programme, saisie.Programme, poec)
                .Verifier("Certifications", action.Certifications, saisie.Certifications, poec)
                .Verifier("Durées", action.Durees, saisie.Durees, poec)
                .Verifier("Conditions d'accès", action.ConditionsAcces, saisie.ConditionsAcces, poec)
                .Verifier("Prérequis", action.Prerequis, saisie.Prerequis, poec)
                .Exiger("CAT-12", poec
                    ? "sur une action POEC conventionnée, l'organisme responsable ne modifie que le + de la formation, le lien web, les objectifs, le programme, la certification, les durées, les conditions d'accès et les prérequis ; le reste passe par le financeur"
                    : "sur une action conventionnée, l'organisme responsable ne modifie que « Le + de cette formation » et le lien web ; le reste passe par le financeur");
        }

        var le = time.GetUtcNow();
        if (action.Status == ActionFormation.Publiee && certificationsChangent && !gestionnaire)
        {
            // CIR-04: the published version stays online; the new certifications wait for the administrators' check.
            var proposees = saisie.Certifications;
            action.Modifier(saisie with { Certifications = action.Certifications }, le);
            action.ProposerCertifications(proposees, le);
            await DeclencherAsync(action, "modifierCertification", roles, SansArgument, cancellationToken);
        }
        else
        {
            action.Modifier(saisie, le);
            if (action.Status == ActionFormation.Publiee)
            {
                await DeclencherAsync(action, action.Conventionnee && gestionnaire ? "mettreAJour" : "modifier", roles, SansArgument, cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return action;
    }

    /// <summary>Fires one step of the circuit: <c>valider</c> (double validation: <paramref name="confirme"/> must be
    /// true, CIR-01), <c>publier</c>, <c>demanderComplements</c> (with the request text), <c>completer</c>,
    /// <c>archiver</c>, <c>supprimer</c> (with all its sessions, CIR-06) or <c>republier</c>.</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="actionId">The action.</param>
    /// <param name="declencheur">The trigger.</param>
    /// <param name="texte">The request text of an Alerte.</param>
    /// <param name="confirme">The second click of the double validation.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The action.</returns>
    public async Task<ActionFormation> FaireAsync(Acteur acteur, Guid actionId, string declencheur, string? texte, bool confirme, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        var action = await catalogue.TrouverAsync(actionId, cancellationToken);
        var roles = RolesCatalogue.SurAction(acteur, action);
        if (declencheur == "valider" && !action.Conventionnee && !confirme)
        {
            throw new RegleRefuseeException("CIR-01", "Confirmez la validation : une fois validée, l'action part à la vérification des administrateurs et vous ne pourrez plus la modifier avant sa publication.", "confirmation");
        }

        var arguments = declencheur == "demanderComplements" ? new Dictionary<string, object?> { ["demande"] = texte } : SansArgument;
        await DeclencherAsync(action, declencheur, roles, arguments, cancellationToken);
        var le = time.GetUtcNow();
        switch (declencheur)
        {
            case "publier" or "republier":
                action.EnregistrerPublication(le);
                break;
            case "demanderComplements":
                action.DemanderComplements(texte!);
                break;
            case "supprimer":
                await SupprimerSessionsAsync(action, cancellationToken);
                break;
        }

        await db.SaveChangesAsync(cancellationToken);
        return action;
    }

    private async Task SupprimerSessionsAsync(ActionFormation action, CancellationToken cancellationToken)
    {
        var liste = await db.Sessions.Where(s => s.ActionId == action.Id && s.Status != Session.Supprimee && s.Status != Session.SuppressionDemandee).ToListAsync(cancellationToken);
        foreach (var session in liste)
        {
            // CIR-06: the buttons of the action apply to all its sessions; deleting the action is the decision.
            await sessions.DeclencherAsync(session, "supprimer", [RolesCatalogue.Administrateur], new RuleInputs(), SansArgument, cancellationToken);
        }
    }

    private async Task DeclencherAsync(ActionFormation action, string declencheur, IReadOnlyCollection<string> roles, IReadOnlyDictionary<string, object?> arguments, CancellationToken cancellationToken)
    {
        var contexte = new WorkflowContext { Roles = roles, RuleInputs = await catalogue.EntreesPublicationAsync(action, cancellationToken) };
        await processus.DeclencherAsync(action, CatalogueService.TypeSujet, action.Id.ToString(), declencheur, arguments, contexte, cancellationToken);
    }

    private static bool MemesCertifications(IReadOnlyList<CertificationAction> a, IReadOnlyList<CertificationAction> b) =>
        a.Select(c => c.Code).Order(StringComparer.OrdinalIgnoreCase).SequenceEqual(b.Select(c => c.Code).Order(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
}
