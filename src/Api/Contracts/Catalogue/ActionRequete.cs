using Rafael.Engine.Catalogue;
using Rafael.Engine.OffreInfo;

namespace Rafael.Api.Contracts.Catalogue;

/// <summary>The action form (CAT-05); every field optional here so that all missing ones are reported at once (CIR-02).</summary>
public sealed record ActionRequete(
    string? Intitule,
    string? PlusDeLaFormation,
    string? LienWeb,
    ObjectifGeneral? ObjectifGeneral,
    string? Objectifs,
    string? Programme,
    ValidationFormation? Validation,
    IReadOnlyList<CertificationAction>? Certifications,
    IReadOnlyList<DureeFormation>? Durees,
    string? ConditionsAcces,
    string? Prerequis,
    IReadOnlyList<ContactFormation>? Contacts)
{
    /// <summary>The validated form, for the engine.</summary>
    public SaisieAction VersSaisie() => new()
    {
        Intitule = Intitule!.Trim(),
        PlusDeLaFormation = PlusDeLaFormation,
        LienWeb = LienWeb,
        ObjectifGeneral = ObjectifGeneral!.Value,
        Objectifs = Objectifs!,
        Programme = Programme!,
        Validation = Validation!.Value,
        Certifications = Certifications ?? [],
        Durees = Durees ?? [],
        ConditionsAcces = ConditionsAcces!,
        Prerequis = Prerequis!,
        Contacts = Contacts ?? [],
    };
}
