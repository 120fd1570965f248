namespace Rafael.Engine.Candidatures;

/// <summary>
/// The candidate as the prescriber describes them (CAND-01): identity, contact, France Travail registration and
/// situation. A candidate is recognised by their France Travail identifier when given, else by name and birth date
/// (CAND-02): <see cref="Cle"/> is that identity, normalised.
/// </summary>
public sealed class Candidat
{
    private Candidat()
    {
        Nom = string.Empty;
        Prenom = string.Empty;
    }

    /// <summary>Describes a candidate.</summary>
    /// <param name="nom">Family name.</param>
    /// <param name="prenom">First name.</param>
    /// <param name="dateNaissance">Birth date.</param>
    /// <param name="email">Email.</param>
    /// <param name="telephone">Phone.</param>
    /// <param name="identifiantFranceTravail">France Travail identifier, if registered.</param>
    /// <param name="situation">Situation (job seeker, RSA…), free text.</param>
    public Candidat(string nom, string prenom, DateOnly dateNaissance, string? email, string? telephone, string? identifiantFranceTravail, string? situation)
    {
        Nom = nom.Trim();
        Prenom = prenom.Trim();
        DateNaissance = dateNaissance;
        Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        Telephone = string.IsNullOrWhiteSpace(telephone) ? null : telephone.Trim();
        IdentifiantFranceTravail = string.IsNullOrWhiteSpace(identifiantFranceTravail) ? null : identifiantFranceTravail.Trim().ToUpperInvariant();
        Situation = string.IsNullOrWhiteSpace(situation) ? null : situation.Trim();
    }

    /// <summary>Family name.</summary>
    public string Nom { get; private set; }

    /// <summary>First name.</summary>
    public string Prenom { get; private set; }

    /// <summary>Birth date.</summary>
    public DateOnly DateNaissance { get; private set; }

    /// <summary>Email.</summary>
    public string? Email { get; private set; }

    /// <summary>Phone.</summary>
    public string? Telephone { get; private set; }

    /// <summary>France Travail identifier.</summary>
    public string? IdentifiantFranceTravail { get; private set; }

    /// <summary>Situation.</summary>
    public string? Situation { get; private set; }

    /// <summary>The identity CAND-02 counts by.</summary>
    public string Cle => CleDe(Nom, DateNaissance, IdentifiantFranceTravail);

    /// <summary>The identity CAND-02 counts by: <c>ft:ID</c>, else <c>nd:NOM|yyyy-MM-dd</c> in upper case without accents.</summary>
    /// <param name="nom">Family name.</param>
    /// <param name="dateNaissance">Birth date.</param>
    /// <param name="identifiantFranceTravail">France Travail identifier, if any.</param>
    /// <returns>The key.</returns>
    public static string CleDe(string nom, DateOnly dateNaissance, string? identifiantFranceTravail)
    {
        if (!string.IsNullOrWhiteSpace(identifiantFranceTravail))
        {
            return "ft:" + identifiantFranceTravail.Trim().ToUpperInvariant();
        }

        var normalise = new string([.. nom.Trim().Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .Where(c => !char.IsWhiteSpace(c) && c != '-' && c != '\'')])
            .ToUpperInvariant();
        return $"nd:{normalise}|{dateNaissance:yyyy-MM-dd}";
    }
}
