namespace Rafael.Engine.Catalogue;

/// <summary>Maximum lengths of the catalogue's text fields (CAT-06), shared by the validators and the mapping.</summary>
public static class LongueursCatalogue
{
    /// <summary>Intitulé.</summary>
    public const int Intitule = 250;

    /// <summary>"Le + de cette formation".</summary>
    public const int PlusDeLaFormation = 1000;

    /// <summary>Web link.</summary>
    public const int LienWeb = 400;

    /// <summary>Objectifs.</summary>
    public const int Objectifs = 3000;

    /// <summary>Programme.</summary>
    public const int Programme = 6000;

    /// <summary>Conditions d'accès.</summary>
    public const int ConditionsAcces = 1000;

    /// <summary>Prérequis.</summary>
    public const int Prerequis = 1000;

    /// <summary>Session comment.</summary>
    public const int Commentaire = 1000;
}
