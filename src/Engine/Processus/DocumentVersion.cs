using Rafael.Engine.Common;

namespace Rafael.Engine.Processus;

/// <summary>
/// One numbered version of a definition, rule set, parameters or template (Elsa's definition / version / published
/// flag). Entities stay pinned to the version they started on, so a published version is immutable.
/// </summary>
public sealed class DocumentVersion : IVersionne
{
    private DocumentVersion()
    {
        Nom = string.Empty;
        Contenu = string.Empty;
    }

    /// <summary>Creates a draft.</summary>
    /// <param name="type">What it is.</param>
    /// <param name="nom">The document's name.</param>
    /// <param name="numero">Its number, one more than the last.</param>
    /// <param name="contenu">Its JSON (or template text).</param>
    /// <param name="parId">Who wrote it; null for what Rafael ships.</param>
    /// <param name="le">When.</param>
    public DocumentVersion(TypeDocument type, string nom, int numero, string contenu, Guid? parId, DateTimeOffset le)
    {
        Id = Guid.NewGuid();
        Type = type;
        Nom = nom;
        Numero = numero;
        Contenu = contenu;
        CreeParId = parId;
        CreeLe = le;
        ModifieLe = le;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>What it is.</summary>
    public TypeDocument Type { get; private set; }

    /// <summary>The document's name (<c>candidature</c>, <c>candidature.preinscription</c>, <c>POEC</c>…).</summary>
    public string Nom { get; private set; }

    /// <summary>The version number.</summary>
    public int Numero { get; private set; }

    /// <summary>Draft or published.</summary>
    public StatutDocument Statut { get; private set; }

    /// <summary>The content.</summary>
    public string Contenu { get; private set; }

    /// <summary>The publication's comment (mandatory to publish).</summary>
    public string? Commentaire { get; private set; }

    /// <summary>Who created the draft.</summary>
    public Guid? CreeParId { get; private set; }

    /// <summary>When the draft was created.</summary>
    public DateTimeOffset CreeLe { get; private set; }

    /// <summary>When the draft was last saved.</summary>
    public DateTimeOffset ModifieLe { get; private set; }

    /// <summary>Who published it.</summary>
    public Guid? PublieeParId { get; private set; }

    /// <summary>When it was published.</summary>
    public DateTimeOffset? PublieeLe { get; private set; }

    /// <inheritdoc />
    public int Version { get; private set; }

    /// <summary>Saves new content into the draft.</summary>
    /// <param name="contenu">The content, already validated.</param>
    /// <param name="le">When.</param>
    public void Modifier(string contenu, DateTimeOffset le)
    {
        ExigerBrouillon();
        Contenu = contenu;
        ModifieLe = le;
    }

    /// <summary>Publishes the draft: from now on it is in force for new entities, and immutable.</summary>
    /// <param name="parId">Who publishes.</param>
    /// <param name="commentaire">Why.</param>
    /// <param name="le">When.</param>
    public void Publier(Guid? parId, string commentaire, DateTimeOffset le)
    {
        ExigerBrouillon();
        Statut = StatutDocument.Publiee;
        PublieeParId = parId;
        PublieeLe = le;
        Commentaire = commentaire;
    }

    /// <inheritdoc />
    public void IncrementerVersion() => Version++;

    private void ExigerBrouillon()
    {
        if (Statut != StatutDocument.Brouillon)
        {
            throw new RegleRefuseeException("VERSION", $"La version {Numero} de « {Nom} » est publiée : elle ne change plus. Créez un brouillon.");
        }
    }
}
