using Rafael.Engine.Common;

namespace Rafael.Engine.Habilitations;

/// <summary>A funding programme (HAB-01): PRF, HSP, POEC, AIF… funded by a financeur structure.</summary>
public sealed class Dispositif : IVersionne
{
    private Dispositif()
    {
        Code = string.Empty;
        Libelle = string.Empty;
    }

    /// <summary>Creates a dispositif.</summary>
    /// <param name="code">Short code, unique (for example <c>PRF</c>).</param>
    /// <param name="libelle">Label.</param>
    /// <param name="financeurId">The funder structure.</param>
    public Dispositif(string code, string libelle, Guid financeurId)
    {
        Id = Guid.NewGuid();
        Code = code;
        Libelle = libelle;
        FinanceurId = financeurId;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>Short code, unique.</summary>
    public string Code { get; private set; }

    /// <summary>Label.</summary>
    public string Libelle { get; private set; }

    /// <summary>The funder structure.</summary>
    public Guid FinanceurId { get; private set; }

    /// <inheritdoc />
    public int Version { get; private set; }

    /// <summary>Renames the dispositif.</summary>
    /// <param name="libelle">New label.</param>
    public void Renommer(string libelle) => Libelle = libelle;

    /// <inheritdoc />
    public void IncrementerVersion() => Version++;
}
