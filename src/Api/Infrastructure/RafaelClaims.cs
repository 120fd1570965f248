namespace Rafael.Api.Infrastructure;

/// <summary>Rafael's own claims.</summary>
internal static class RafaelClaims
{
    /// <summary>Set when an administrator has taken control of the account (ACC-10): the administrator's account id.</summary>
    public const string Administrateur = "rafael:administrateur";
}
