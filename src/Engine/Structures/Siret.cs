namespace Rafael.Engine.Structures;

/// <summary>
/// SIRET checks (ACC-01): 14 digits whose Luhn sum is a multiple of 10. Public bodies that have none are entered
/// as <c>0</c>. La Poste's establishments (SIREN 356000000) follow their own rule: the digit sum is a multiple of 5.
/// </summary>
public static class Siret
{
    /// <summary>The value shown for public bodies without a SIRET.</summary>
    public const string SansSiret = "0";

    private const string SirenLaPoste = "356000000";

    /// <summary>Removes spaces, so that "123 456 789 00012" is accepted as typed from a Kbis.</summary>
    /// <param name="saisie">The SIRET as typed.</param>
    /// <returns>The digits only, or the input unchanged when it holds other characters.</returns>
    public static string Normaliser(string? saisie) =>
        (saisie ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Trim();

    /// <summary>True when <paramref name="siret"/> (normalised) is a valid SIRET or the public-body value 0.</summary>
    /// <param name="siret">The normalised SIRET.</param>
    /// <returns>Whether it is acceptable.</returns>
    public static bool EstValide(string siret)
    {
        if (siret == SansSiret)
        {
            return true;
        }

        if (siret.Length != 14 || !siret.All(char.IsAsciiDigit))
        {
            return false;
        }

        if (siret.StartsWith(SirenLaPoste, StringComparison.Ordinal))
        {
            return siret.Sum(c => c - '0') % 5 == 0;
        }

        var somme = 0;
        for (var i = 0; i < 14; i++)
        {
            var chiffre = siret[13 - i] - '0';
            if (i % 2 == 1)
            {
                chiffre *= 2;
                if (chiffre > 9)
                {
                    chiffre -= 9;
                }
            }

            somme += chiffre;
        }

        return somme % 10 == 0;
    }
}
