using FluentValidation;
using Rafael.Api.Contracts.Catalogue;
using Rafael.Engine.Catalogue;

namespace Rafael.Api.Validation.Catalogue;

/// <summary>CAT-05, CAT-06, CIR-02: every missing or invalid field of the action form at once.</summary>
internal sealed class ActionRequeteValidator : AbstractValidator<ActionRequete>
{
    public const int MaxCertifications = 5;

    public ActionRequeteValidator()
    {
        RuleFor(a => a.Intitule).TexteObligatoire("Intitulé", LongueursCatalogue.Intitule);
        RuleFor(a => a.PlusDeLaFormation).Texte("Le + de cette formation", LongueursCatalogue.PlusDeLaFormation);
        RuleFor(a => a.LienWeb)
            .MaximumLength(LongueursCatalogue.LienWeb).WithName("Le lien web")
            .Must(l => l is null || (Uri.TryCreate(l, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps)))
            .WithMessage("Le lien web doit être une adresse commençant par http:// ou https://.");
        RuleFor(a => a.ObjectifGeneral).NotNull().WithMessage("Choisissez l'objectif général de la formation.");
        RuleFor(a => a.Objectifs).TexteObligatoire("Objectifs", LongueursCatalogue.Objectifs);
        RuleFor(a => a.Programme).TexteObligatoire("Programme", LongueursCatalogue.Programme);
        RuleFor(a => a.Validation).NotNull().WithMessage("Choisissez la validation de la formation (attestation, certification RNCP, autre certification RS).");
        RuleFor(a => a.ConditionsAcces).TexteObligatoire("Conditions d'accès réglementaires", LongueursCatalogue.ConditionsAcces);
        RuleFor(a => a.Prerequis).TexteObligatoire("Prérequis pédagogiques", LongueursCatalogue.Prerequis);
        RuleFor(a => a.Certifications)
            .Must(c => c is null || c.Count <= MaxCertifications)
            .WithMessage($"Une action vise au plus {MaxCertifications} certifications (CAT-05).")
            .Must(c => c is null || c.Select(x => x.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count() == c.Count)
            .WithMessage("Une certification est citée deux fois.");
        RuleForEach(a => a.Certifications).ChildRules(c =>
        {
            c.RuleFor(x => x.Code).NotEmpty().WithMessage("Le code de la certification (Certif Info, RNCP ou RS) est obligatoire.").MaximumLength(20);
            c.RuleFor(x => x.Libelle).NotEmpty().WithMessage("Le libellé de la certification est obligatoire.").MaximumLength(400);
        });
        RuleFor(a => a.Certifications)
            .Must(c => c is { Count: > 0 })
            .When(a => a.Validation is Engine.OffreInfo.ValidationFormation.CertificationRncp or Engine.OffreInfo.ValidationFormation.AutreCertification)
            .WithMessage("Une formation validée par une certification (RNCP ou RS) en cite au moins une.");
        RuleFor(a => a.Durees).Must(d => d is { Count: > 0 }).WithMessage("Indiquez la durée en heures d'au moins une modalité (CAT-05).");
        RuleForEach(a => a.Durees).ChildRules(d =>
            d.RuleFor(x => x.Heures).GreaterThan(0).WithMessage("Une durée se compte en heures, plus de zéro.").LessThanOrEqualTo(10000).WithMessage("Une durée ne dépasse pas 10 000 heures."));
        RuleFor(a => a.Durees)
            .Must(d => d is null || d.Select(x => x.Modalite).Distinct().Count() == d.Count)
            .WithMessage("Une modalité est citée deux fois dans les durées.");
        RuleForEach(a => a.Contacts).SetValidator(new ContactValidator());
    }
}
