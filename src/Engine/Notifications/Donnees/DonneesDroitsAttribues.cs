namespace Rafael.Engine.Notifications.Donnees;

/// <summary>What the template <c>droits-attribues</c> receives (HAB-04): a préinscription right granted.</summary>
/// <param name="Structure">The prescriber structure that received the right.</param>
/// <param name="Financeur">The financeur of the dispositif.</param>
/// <param name="DispositifCode">The dispositif's code (PRF, POEC…).</param>
/// <param name="DispositifLibelle">The dispositif's name.</param>
/// <param name="MesureCode">The mesure's code.</param>
/// <param name="MesureLibelle">The mesure's name.</param>
/// <param name="AttribueLe">When, in words, Paris time.</param>
/// <param name="Lien">The platform's address.</param>
public sealed record DonneesDroitsAttribues(
    StructureNotifiee Structure,
    StructureNotifiee Financeur,
    string DispositifCode,
    string DispositifLibelle,
    string MesureCode,
    string MesureLibelle,
    string AttribueLe,
    string Lien);
