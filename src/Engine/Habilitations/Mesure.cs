using Rafael.Engine.Common;

namespace Rafael.Engine.Habilitations;

/// <summary>A sub-measure of a dispositif (HAB-01); funded sessions belong to one, and préinscription rights are given on it.</summary>
public sealed class Mesure : IVersionne
{
    private Mesure()
    {
        Code = string.Empty;
        Libelle = string.Empty;
    }

    /// <summary>Creates a mesure.</summary>
    /// <param name="dispositifId">Its dispositif.</param>
    /// <param name="code">Code, unique within the dispositif.</param>
    /// <param name="libelle">Label.</param>
    public Mesure(Guid dispositifId, string code, string libelle)
    {
        Id = Guid.NewGuid();
        DispositifId = dispositifId;
        Code = code;
        Libelle = libelle;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>Its dispositif.</summary>
    public Guid DispositifId { get; private set; }

    /// <summary>Code, unique within the dispositif.</summary>
    public string Code { get; private set; }

    /// <summary>Label.</summary>
    public string Libelle { get; private set; }

    /// <inheritdoc />
    public int Version { get; private set; }

    /// <summary>Renames the mesure.</summary>
    /// <param name="libelle">New label.</param>
    public void Renommer(string libelle) => Libelle = libelle;

    /// <inheritdoc />
    public void IncrementerVersion() => Version++;
}
