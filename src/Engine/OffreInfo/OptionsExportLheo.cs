namespace Rafael.Engine.OffreInfo;

/// <summary>What to export.</summary>
/// <param name="Depuis">When given, only the actions created or changed (the action or one of its sessions) at or
/// after this instant: a feed of changes. Otherwise the whole published catalogue.</param>
public sealed record OptionsExportLheo(DateTimeOffset? Depuis = null);
