namespace Rafael.Engine.Catalogue;

/// <summary>The last reference handed out for one kind (CAT-02); only ever incremented, so a reference is never reused.</summary>
public sealed class CompteurReference
{
    /// <summary>The counter of action references.</summary>
    public const string Action = "action";

    /// <summary>The counter of session references.</summary>
    public const string Session = "session";

    private CompteurReference()
    {
        Nom = string.Empty;
    }

    /// <summary>Creates a counter.</summary>
    /// <param name="nom">Its kind.</param>
    /// <param name="valeur">The last value handed out.</param>
    public CompteurReference(string nom, long valeur)
    {
        Nom = nom;
        Valeur = valeur;
    }

    /// <summary>Its kind.</summary>
    public string Nom { get; private set; }

    /// <summary>The last value handed out.</summary>
    public long Valeur { get; private set; }
}
