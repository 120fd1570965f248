using Rafael.Engine.Catalogue;
using Rafael.Engine.OffreInfo;

namespace Rafael.Api.Contracts.Catalogue.Import;

/// <summary>
/// An LHEO feed as a source of funded offer (issue 8): each <c>session</c> of a <c>formation</c> is one import line,
/// keyed by the feed's own numbers (the formation's and the session's <c>numero</c>), its funding read from the
/// <c>organisme-financeur</c> and the <c>extras</c> Rafael writes (dispositif, mesure, n° de marché…).
/// </summary>
internal static class LigneImportLheo
{
    /// <summary>The import lines of one formation, numbered on from <paramref name="numero"/>.</summary>
    /// <param name="action">The formation as read by <see cref="LheoImporter"/>.</param>
    /// <param name="numero">The number of the feed's first session not yet numbered.</param>
    /// <returns>One line per session; a session without funding is a line refused for that reason.</returns>
    public static IEnumerable<(int Numero, LigneImportRequete? Ligne, string? Refus)> Lignes(ActionPubliee action, int numero)
    {
        if (action.Sessions.Count == 0)
        {
            yield return (numero, null, $"La formation {action.Reference} n'a aucune session : rien à importer (CAT-01).");
            yield break;
        }

        var formulaire = Action(action);
        foreach (var s in action.Sessions)
        {
            if (s.Financement is not { } f || string.IsNullOrEmpty(f.Mesure))
            {
                yield return (numero++, null, $"La session {s.Reference} de la formation {action.Reference} n'est pas conventionnée (pas de financeur ni de mesure) : l'import ne porte que l'offre financée (CAT-04).");
                continue;
            }

            var session = new SessionRequete(
                s.VoieAcces,
                s.FormationContinueHorsAlternance,
                null,
                null,
                s.Contact is null ? null : Contact(s.Contact),
                [],
                [.. s.Certifications.Select(c => new CertificationSession(Code(c.Certification), c.TypeValidation, [.. c.Blocs.Select(b => b.Code)]))],
                s.Debut,
                s.Fin,
                s.TypeEntree,
                s.Commentaire,
                s.InformationCollective is { } i
                    ? [.. i.Dates.Select(d => new ReunionInformation(DatesCatalogue.MinuitParis(d), LieuInformation(i.Lieu, s.LieuFormation)))]
                    : [],
                new LieuFormation(s.LieuFormation.Ligne, s.LieuFormation.CodePostal, s.LieuFormation.Ville),
                null,
                new FinancementRequete(
                    Guid.Empty,
                    f.NumeroMarche,
                    f.EffectifMinimal,
                    f.EffectifVise,
                    f.CapaciteAccueil,
                    f.Coefficient,
                    f.DateLimiteInscription,
                    f.DateLimiteEntreeTardive,
                    f.RatioSuiteParcours));
            var ligne = new LigneImportRequete(
                f.Mesure,
                f.NumeroMarche,
                action.Reference,
                s.Reference,
                action.OrganismeResponsable.Siret,
                s.OrganismeFormateur.Siret,
                null,
                formulaire,
                session,
                new Dictionary<string, string>());
            yield return (numero++, ligne, null);
        }
    }

    private static ActionRequete Action(ActionPubliee a) => new(
        a.Intitule,
        a.PlusFormation,
        a.LienWeb,
        a.ObjectifGeneral,
        a.Objectifs,
        a.Programme,
        a.Validation,
        [.. a.Certifications.Select(c => new CertificationAction(Code(c), Code(c)))],
        [.. a.Durees.Select(d => new DureeFormation(d.Modalite, d.Heures))],
        a.ConditionsAcces,
        a.Prerequis,
        [.. a.Contacts.Select(Contact)]);

    /// <summary>The catalogue's code of a certification: <c>RNCP…</c>, <c>RS…</c> or the Certif Info number (the inverse of the export).</summary>
    private static string Code(CertificationOffre c) =>
        c.CodeRncp is { } rncp ? "RNCP" + rncp : c.CodeRs is { } rs ? "RS" + rs : c.CodeCertifInfo ?? string.Empty;

    private static ContactFormation Contact(ContactOffre c) =>
        new(string.Join(' ', new[] { c.Prenom, c.Nom }.Where(x => !string.IsNullOrWhiteSpace(x))), c.Telephone, c.Courriel);

    private static string LieuInformation(AdresseOffre? lieu, AdresseOffre lieuFormation)
    {
        var a = lieu ?? lieuFormation;
        return $"{a.Ligne}, {a.CodePostal} {a.Ville}".Trim(' ', ',');
    }
}
