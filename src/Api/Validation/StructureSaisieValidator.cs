using FluentValidation;
using Rafael.Api.Contracts;
using Rafael.Engine.Structures;

namespace Rafael.Api.Validation;

/// <summary>ACC-01: a structure's mandatory fields, SIRET with its Luhn key (or 0 for a public body), address.</summary>
internal sealed class StructureSaisieValidator : AbstractValidator<StructureSaisie>
{
    public StructureSaisieValidator()
    {
        RuleFor(s => s.RaisonSociale).NotEmpty().WithName("La raison sociale").MaximumLength(200);
        RuleFor(s => s.Nom).NotEmpty().WithName("Le nom").MaximumLength(200);
        RuleFor(s => s.Sigle).MaximumLength(50).WithName("Le sigle");
        RuleFor(s => s.Siret)
            .Must(s => Siret.EstValide(Siret.Normaliser(s)))
            .WithMessage("Le SIRET doit compter 14 chiffres avec une clé valide (ou 0 pour un organisme public qui n'en a pas).");
        RuleFor(s => s.Adresse).NotNull().WithMessage("L'adresse est obligatoire.");
        When(s => s.Adresse is not null, () =>
        {
            RuleFor(s => s.Adresse.Ligne).NotEmpty().WithName("L'adresse").MaximumLength(200);
            RuleFor(s => s.Adresse.CodePostal).Matches("^[0-9]{5}$").WithMessage("Le code postal compte 5 chiffres.");
            RuleFor(s => s.Adresse.Ville).NotEmpty().WithName("La ville").MaximumLength(100);
            RuleFor(s => s.Adresse.Departement).Matches("^([0-9]{2}|2A|2B|97[1-6])$").WithMessage("Le département est un code comme 33, 2A ou 971.");
        });
        RuleFor(s => s.NumeroActivite)
            .Matches("^[0-9]{11}$").When(s => !string.IsNullOrWhiteSpace(s.NumeroActivite))
            .WithMessage("Le numéro de déclaration d'activité compte 11 chiffres.");
        RuleFor(s => s.Types).NotEmpty().WithMessage("Indiquez au moins un type : organisme de formation, prescripteur, financeur ou employeur.");
    }
}
