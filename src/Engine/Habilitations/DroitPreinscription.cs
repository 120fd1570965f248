namespace Rafael.Engine.Habilitations;

/// <summary>A prescriber structure may pre-register candidates on a mesure (HAB-02, HAB-03).</summary>
public sealed class DroitPreinscription
{
    private DroitPreinscription()
    {
    }

    /// <summary>Grants the right.</summary>
    /// <param name="structureId">The prescriber structure.</param>
    /// <param name="mesureId">The mesure.</param>
    /// <param name="attribueLe">When.</param>
    public DroitPreinscription(Guid structureId, Guid mesureId, DateTimeOffset attribueLe)
    {
        Id = Guid.NewGuid();
        StructureId = structureId;
        MesureId = mesureId;
        AttribueLe = attribueLe;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>The prescriber structure.</summary>
    public Guid StructureId { get; private set; }

    /// <summary>The mesure.</summary>
    public Guid MesureId { get; private set; }

    /// <summary>When it was granted.</summary>
    public DateTimeOffset AttribueLe { get; private set; }
}
