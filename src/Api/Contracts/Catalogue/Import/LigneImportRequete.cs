using Rafael.Engine.Catalogue.Import;

namespace Rafael.Api.Contracts.Catalogue.Import;

/// <summary>
/// One line of a funded-offer import (CAT-04), typed: the funder's keys, the organisations by SIRET and the same
/// action and session forms as the Api's, so that a line is validated by the forms' own rules.
/// </summary>
/// <param name="Mesure">The mesure's code.</param>
/// <param name="NumeroMarche">The n° de marché.</param>
/// <param name="IdentifiantAction">The funder's identifier of the action.</param>
/// <param name="IdentifiantSession">The funder's identifier of the session.</param>
/// <param name="SiretResponsable">SIRET of the OF named Responsable.</param>
/// <param name="SiretFormateur">SIRET of the organisme formateur.</param>
/// <param name="SiretPositionneur">SIRET of the organisme positionneur.</param>
/// <param name="Action">The action form.</param>
/// <param name="Session">The session form, with its funded fields (their mesure id is resolved later from <paramref name="Mesure"/>).</param>
/// <param name="ErreursDeLecture">Fields that could not be read (a bad date, an unknown code), by column.</param>
public sealed record LigneImportRequete(
    string? Mesure,
    string? NumeroMarche,
    string? IdentifiantAction,
    string? IdentifiantSession,
    string? SiretResponsable,
    string? SiretFormateur,
    string? SiretPositionneur,
    ActionRequete Action,
    SessionRequete Session,
    IReadOnlyDictionary<string, string> ErreursDeLecture)
{
    /// <summary>The validated line, for the engine.</summary>
    public LigneOffre VersOffre() => new()
    {
        CodeMesure = Mesure!.Trim(),
        NumeroMarche = NumeroMarche?.Trim(),
        IdentifiantAction = IdentifiantAction!.Trim(),
        IdentifiantSession = IdentifiantSession!.Trim(),
        SiretResponsable = SiretResponsable!.Trim(),
        SiretFormateur = SiretFormateur?.Trim(),
        SiretPositionneur = SiretPositionneur?.Trim(),
        Action = Action.VersSaisie(),
        Session = Session.VersSaisie(),
    };
}
