using FluentValidation;
using Rafael.Api.Contracts;

namespace Rafael.Api.Validation;

/// <summary>Sign-in.</summary>
internal sealed class ConnexionRequeteValidator : AbstractValidator<ConnexionRequete>
{
    public ConnexionRequeteValidator()
    {
        RuleFor(r => r.Email).NotEmpty().WithName("L'email");
        RuleFor(r => r.MotDePasse).NotEmpty().WithName("Le mot de passe");
    }
}

/// <summary>ACC-05, ACC-06: an account request names a structure or describes a new one, not both.</summary>
internal sealed class DemandeCompteRequeteValidator : AbstractValidator<DemandeCompteRequete>
{
    public DemandeCompteRequeteValidator()
    {
        RuleFor(r => r.Email).NotEmpty().WithName("L'email").EmailAddress().WithMessage("L'adresse email est invalide.").MaximumLength(200);
        RuleFor(r => r.MotDePasse).NotEmpty().WithName("Le mot de passe");
        RuleFor(r => r.Prenom).NotEmpty().WithName("Le prénom").MaximumLength(100);
        RuleFor(r => r.Nom).NotEmpty().WithName("Le nom").MaximumLength(100);
        RuleFor(r => r.Telephone).MaximumLength(20).WithName("Le téléphone");
        RuleFor(r => r.Message).MaximumLength(1000).WithName("Le message");
        RuleFor(r => r.StructureId)
            .NotNull().When(r => r.NouvelleStructure is null)
            .WithMessage("Choisissez votre structure, ou décrivez-la si elle n'est pas dans la liste.");
        RuleFor(r => r.NouvelleStructure)
            .Null().When(r => r.StructureId is not null)
            .WithMessage("Choisissez une structure existante ou décrivez-en une nouvelle, pas les deux.");
        RuleFor(r => r.NouvelleStructure!).SetValidator(new StructureSaisieValidator()).When(r => r.NouvelleStructure is not null);
    }
}

/// <summary>ACC-07.</summary>
internal sealed class DemandeRattachementRequeteValidator : AbstractValidator<DemandeRattachementRequete>
{
    public DemandeRattachementRequeteValidator()
    {
        RuleFor(r => r.StructureId).NotEmpty().WithMessage("Choisissez la structure.");
        RuleFor(r => r.Message).MaximumLength(1000).WithName("Le message");
    }
}

/// <summary>A refusal says why.</summary>
internal sealed class RefusRequeteValidator : AbstractValidator<RefusRequete>
{
    public RefusRequeteValidator() => RuleFor(r => r.Motif).NotEmpty().WithMessage("Indiquez le motif du refus.").MaximumLength(500).WithName("Le motif");
}

/// <summary>ACC-08.</summary>
internal sealed class SignalementRequeteValidator : AbstractValidator<SignalementRequete>
{
    public SignalementRequeteValidator()
    {
        RuleFor(r => r.Structure).NotNull().SetValidator(new StructureSaisieValidator());
        RuleFor(r => r.Message).MaximumLength(1000).WithName("Le message");
    }
}

/// <summary>Administrators' structure form.</summary>
internal sealed class StructureModificationValidator : AbstractValidator<StructureModification>
{
    public StructureModificationValidator() => RuleFor(r => r.Structure).NotNull().SetValidator(new StructureSaisieValidator());
}

/// <summary>ACC-09.</summary>
internal sealed class MoiModificationValidator : AbstractValidator<MoiModification>
{
    public MoiModificationValidator()
    {
        RuleFor(r => r.Email).NotEmpty().WithName("L'email").EmailAddress().WithMessage("L'adresse email est invalide.").MaximumLength(200);
        RuleFor(r => r.Prenom).NotEmpty().WithName("Le prénom").MaximumLength(100);
        RuleFor(r => r.Nom).NotEmpty().WithName("Le nom").MaximumLength(100);
        RuleFor(r => r.Telephone).MaximumLength(20).WithName("Le téléphone");
    }
}

/// <summary>ACC-09.</summary>
internal sealed class MotDePasseModificationValidator : AbstractValidator<MotDePasseModification>
{
    public MotDePasseModificationValidator()
    {
        RuleFor(r => r.MotDePasseActuel).NotEmpty().WithName("Le mot de passe actuel");
        RuleFor(r => r.NouveauMotDePasse).NotEmpty().WithName("Le nouveau mot de passe");
    }
}

/// <summary>HAB-02.</summary>
internal sealed class CompteCreationValidator : AbstractValidator<CompteCreation>
{
    public CompteCreationValidator()
    {
        RuleFor(r => r.Email).NotEmpty().WithName("L'email").EmailAddress().WithMessage("L'adresse email est invalide.");
        RuleFor(r => r.MotDePasse).NotEmpty().WithName("Le mot de passe");
        RuleFor(r => r.Prenom).NotEmpty().WithName("Le prénom").MaximumLength(100);
        RuleFor(r => r.Nom).NotEmpty().WithName("Le nom").MaximumLength(100);
        RuleFor(r => r.StructureId).NotEmpty().WithMessage("Choisissez la structure.");
    }
}

/// <summary>HAB-01.</summary>
internal sealed class DispositifCreationValidator : AbstractValidator<DispositifCreation>
{
    public DispositifCreationValidator()
    {
        RuleFor(r => r.Code).Matches("^[A-Z0-9-]{2,20}$").WithMessage("Le code compte 2 à 20 majuscules, chiffres ou tirets (par exemple PRF).");
        RuleFor(r => r.Libelle).NotEmpty().WithName("Le libellé").MaximumLength(200);
        RuleFor(r => r.FinanceurId).NotEmpty().WithMessage("Choisissez le financeur.");
    }
}

/// <summary>HAB-01.</summary>
internal sealed class MesureCreationValidator : AbstractValidator<MesureCreation>
{
    public MesureCreationValidator()
    {
        RuleFor(r => r.Code).Matches("^[A-Z0-9-]{2,30}$").WithMessage("Le code compte 2 à 30 majuscules, chiffres ou tirets.");
        RuleFor(r => r.Libelle).NotEmpty().WithName("Le libellé").MaximumLength(200);
    }
}

/// <summary>HAB-02.</summary>
internal sealed class DroitCreationValidator : AbstractValidator<DroitCreation>
{
    public DroitCreationValidator()
    {
        RuleFor(r => r.StructureId).NotEmpty().WithMessage("Choisissez la structure prescriptrice.");
        RuleFor(r => r.MesureId).NotEmpty().WithMessage("Choisissez la mesure.");
    }
}
