namespace Rafael.Engine.Catalogue.Import;

/// <summary>A line as read from the file: either a line valid for format, or its rejection.</summary>
/// <param name="Numero">Its number in the file.</param>
/// <param name="Offre">The line, when it is valid for format.</param>
/// <param name="Rejet">Why it is refused, when it is not.</param>
public sealed record LigneImport(int Numero, LigneOffre? Offre, RejetImport? Rejet);
