namespace Rafael.Bench.Candidatures;

internal static class Soumission
{
    public static Task<bool> ExecuterAsync(string serveur, int duree, int clients) => throw new NotImplementedException();
}
