namespace Rafael.Engine.OffreInfo;

/// <summary>What to export.</summary>
/// <param name="Depuis">When given, only the actions created or changed (the action or one of its sessions) at or
/// after this instant: a feed of changes. Otherwise the whole published catalogue.</param>
/// <param name="Kairos">The feed for France Travail's Kairos (CIR-08): only the non-funded sessions flagged
/// "formation continue hors alternance"; actions left without such a session are not part of it.</param>
public sealed record OptionsExportLheo(DateTimeOffset? Depuis = null, bool Kairos = false);
