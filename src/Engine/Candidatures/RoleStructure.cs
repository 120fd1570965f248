namespace Rafael.Engine.Candidatures;

/// <summary>The role of an OF structure on a session (CAT-03), as the dashboards split it (DASH-01).</summary>
public enum RoleStructure
{
    /// <summary>Named on the action.</summary>
    Responsable = 1,

    /// <summary>Positions candidates on the session.</summary>
    Positionneur = 2,

    /// <summary>Trains; sees counts only (CAND-06).</summary>
    Formateur = 3,
}
