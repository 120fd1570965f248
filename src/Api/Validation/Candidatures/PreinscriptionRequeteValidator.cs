using FluentValidation;
using Rafael.Api.Contracts.Candidatures;

namespace Rafael.Api.Validation.Candidatures;

/// <summary>CAND-01: the candidate's identity and contact.</summary>
internal sealed class PreinscriptionRequeteValidator : AbstractValidator<PreinscriptionRequete>
{
    public PreinscriptionRequeteValidator(TimeProvider time)
    {
        RuleFor(r => r.SessionId).NotEmpty().WithName("La session");
        RuleFor(r => r.Candidat).NotNull().WithName("Le candidat");
        RuleFor(r => r.Candidat.Nom).NotEmpty().WithName("Le nom").MaximumLength(100).When(r => r.Candidat is not null);
        RuleFor(r => r.Candidat.Prenom).NotEmpty().WithName("Le prénom").MaximumLength(100).When(r => r.Candidat is not null);
        RuleFor(r => r.Candidat.DateNaissance).NotNull().WithName("La date de naissance")
            .Must(d => d is null || (d.Value.Year >= 1900 && d.Value <= DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)))
            .WithMessage("La date de naissance est invalide.")
            .When(r => r.Candidat is not null);
        RuleFor(r => r.Candidat.Email).EmailAddress().WithMessage("L'adresse email est invalide.").MaximumLength(200).When(r => r.Candidat is not null && !string.IsNullOrEmpty(r.Candidat.Email));
        RuleFor(r => r.Candidat.Telephone).MaximumLength(20).WithName("Le téléphone").When(r => r.Candidat is not null);
        RuleFor(r => r.Candidat.IdentifiantFranceTravail).MaximumLength(20).WithName("L'identifiant France Travail")
            .Matches("^[0-9A-Za-z]*$").WithMessage("L'identifiant France Travail ne contient que des chiffres et des lettres.")
            .When(r => r.Candidat is not null);
        RuleFor(r => r.Candidat.Situation).MaximumLength(200).WithName("La situation").When(r => r.Candidat is not null);
    }
}
