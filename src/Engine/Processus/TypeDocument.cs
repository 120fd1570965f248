namespace Rafael.Engine.Processus;

/// <summary>What analysts version without a release.</summary>
public enum TypeDocument
{
    /// <summary>A process definition (Workflows).</summary>
    Definition = 1,

    /// <summary>A rule set (Rules).</summary>
    RegleSet = 2,

    /// <summary>Parameters: the defaults (name <c>defaults</c>) or a dispositif's overrides (name = its code).</summary>
    Parametres = 3,

    /// <summary>An email template.</summary>
    Modele = 4,
}
