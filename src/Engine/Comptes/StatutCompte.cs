namespace Rafael.Engine.Comptes;

/// <summary>Where an account stands; only an active account may sign in.</summary>
public enum StatutCompte
{
    /// <summary>Requested, awaiting the référent's or an administrator's decision (ACC-05).</summary>
    EnAttente = 0,

    /// <summary>Validated: may sign in.</summary>
    Actif = 1,

    /// <summary>The request was refused; a new request with the same email is allowed.</summary>
    Refuse = 2,

    /// <summary>Disabled by an administrator.</summary>
    Desactive = 3,
}
