namespace Rafael.Engine.Catalogue.Import;

/// <summary>
/// One line of a funded-offer import, validated for format: a conventionnée session and its action, named by the
/// funder's stable keys. The funder follows from the mesure; the organisations are named by SIRET.
/// </summary>
public sealed record LigneOffre
{
    /// <summary>The mesure's code (its dispositif and funder follow).</summary>
    public required string CodeMesure { get; init; }

    /// <summary>The n° de marché, part of the session's key; empty when the funder has none.</summary>
    public string? NumeroMarche { get; init; }

    /// <summary>The funder's own identifier of the action: with the funder, the action's key.</summary>
    public required string IdentifiantAction { get; init; }

    /// <summary>The funder's own identifier of the session: with the funder and the marché, the session's key.</summary>
    public required string IdentifiantSession { get; init; }

    /// <summary>SIRET of the OF named Responsable.</summary>
    public required string SiretResponsable { get; init; }

    /// <summary>SIRET of the organisme formateur; the Responsable when not given.</summary>
    public string? SiretFormateur { get; init; }

    /// <summary>SIRET of the organisme positionneur; the Responsable when not given.</summary>
    public string? SiretPositionneur { get; init; }

    /// <summary>The action's fields.</summary>
    public required SaisieAction Action { get; init; }

    /// <summary>The session's fields; its organisations and mesure are resolved from the SIRETs and the mesure's code.</summary>
    public required SaisieSession Session { get; init; }
}
