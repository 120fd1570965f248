namespace Rafael.Engine.Demo;

/// <summary>Completes 13 digits with the Luhn key, so that demo structures carry valid but fictitious SIRETs.</summary>
internal static class DemoSiret
{
    public static string Completer(string treizeChiffres)
    {
        for (var cle = 0; cle < 10; cle++)
        {
            var siret = treizeChiffres + cle;
            if (Structures.Siret.EstValide(siret))
            {
                return siret;
            }
        }

        throw new InvalidOperationException("Aucune clé de Luhn trouvée.");
    }
}
