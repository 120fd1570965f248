using FluentValidation;
using Rafael.Api.Contracts.Catalogue;
using Rafael.Engine.Catalogue;
using Rafael.Engine.OffreInfo;

namespace Rafael.Api.Validation.Catalogue;

/// <summary>CAT-07, CAT-14, CIR-02: every missing or invalid field of the session form at once.</summary>
internal sealed class SessionRequeteValidator : AbstractValidator<SessionRequete>
{
    public const int MaxInformationsCollectives = 3;

    public SessionRequeteValidator()
    {
        RuleFor(s => s.VoieAcces).NotNull().WithMessage("Choisissez la voie d'accès (formation continue, contrat de professionnalisation, contrat d'apprentissage).");
        RuleFor(s => s.HorsAlternance)
            .Must(h => !h).When(s => s.VoieAcces is not null and not VoieAcces.FormationContinue)
            .WithMessage("« Formation continue hors alternance » ne vaut que pour la voie d'accès formation continue.");
        RuleFor(s => s.DateDebut).NotNull().WithMessage("La date de début est obligatoire.");
        RuleFor(s => s.DateFin).NotNull().WithMessage("La date de fin est obligatoire.");
        RuleFor(s => s.DateFin)
            .GreaterThanOrEqualTo(s => s.DateDebut).When(s => s.DateDebut is not null && s.DateFin is not null)
            .WithMessage("La date de fin ne peut pas précéder la date de début.");
        RuleFor(s => s.TypeEntree).NotNull().WithMessage("Choisissez le type d'entrée (dates fixes, entrées-sorties permanentes ou séquencées).");
        RuleFor(s => s.Commentaire).Texte("Commentaire", LongueursCatalogue.Commentaire);
        RuleFor(s => s.Lieu).NotNull().WithMessage("Le lieu de formation est obligatoire (rue, code postal et ville).");
        When(s => s.Lieu is not null, () =>
        {
            RuleFor(s => s.Lieu!.Ligne).NotEmpty().WithMessage("La rue du lieu de formation est obligatoire.").MaximumLength(200).WithName("La rue du lieu de formation");
            RuleFor(s => s.Lieu!.CodePostal).Matches("^[0-9]{5}$").WithMessage("Le code postal du lieu de formation compte 5 chiffres.");
            RuleFor(s => s.Lieu!.Ville).NotEmpty().WithMessage("La ville du lieu de formation est obligatoire.").MaximumLength(100).WithName("La ville du lieu de formation");
        });
        RuleFor(s => s.Contact!).SetValidator(new ContactValidator()).When(s => s.Contact is not null);
        RuleForEach(s => s.ContactsPositionneur).SetValidator(new ContactValidator());
        RuleFor(s => s.InformationsCollectives)
            .Must(i => i is null || i.Count <= MaxInformationsCollectives)
            .WithMessage($"Au plus {MaxInformationsCollectives} dates d'information collective (CAT-07).");
        RuleForEach(s => s.InformationsCollectives).ChildRules(i =>
            i.RuleFor(x => x.Lieu).NotEmpty().WithMessage("Le lieu de l'information collective est obligatoire.").MaximumLength(300));
        RuleFor(s => s.Certifications)
            .Must(c => c is null || c.Count <= ActionRequeteValidator.MaxCertifications)
            .WithMessage($"Une session vise au plus {ActionRequeteValidator.MaxCertifications} certifications.");
        RuleForEach(s => s.Certifications).ChildRules(c =>
        {
            c.RuleFor(x => x.Code).NotEmpty().WithMessage("Le code de la certification visée est obligatoire.");
            c.RuleFor(x => x.Blocs)
                .Must(b => b is { Count: > 0 })
                .When(x => x.TypeValidation is TypeValidationCertification.Partielle or TypeValidationCertification.Mixte)
                .WithMessage(x => $"Pour une validation {(x.TypeValidation == TypeValidationCertification.Partielle ? "partielle" : "mixte")} de la certification {x.Code}, indiquez les blocs de compétences couverts (CAT-07).");
        });
        RuleFor(s => s.HeuresHebdomadaires)
            .InclusiveBetween(1, 60).When(s => s.HeuresHebdomadaires is not null)
            .WithMessage("Les heures hebdomadaires vont de 1 à 60.");
        RuleFor(s => s.Financement!).SetValidator(new FinancementRequeteValidator()).When(s => s.Financement is not null);
    }
}
