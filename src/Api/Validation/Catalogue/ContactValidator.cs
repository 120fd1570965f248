using FluentValidation;
using Rafael.Engine.Catalogue;

namespace Rafael.Api.Validation.Catalogue;

/// <summary>A contact: a name, and a valid email and phone when given.</summary>
internal sealed class ContactValidator : AbstractValidator<ContactFormation>
{
    public ContactValidator()
    {
        RuleFor(c => c.Nom).NotEmpty().WithMessage("Le nom du contact est obligatoire.").MaximumLength(200).WithName("Le nom du contact");
        RuleFor(c => c.Email).EmailAddress().WithMessage("L'email du contact est invalide.").MaximumLength(200).WithName("L'email du contact");
        RuleFor(c => c.Telephone).MaximumLength(20).WithName("Le téléphone du contact");
    }
}
