namespace Rafael.Portal.Models;

/// <summary>A préinscription right.</summary>
public sealed record DroitDto(Guid Id, Guid StructureId, string Structure, Guid MesureId, string Mesure, string Dispositif, DateTimeOffset AttribueLe);
