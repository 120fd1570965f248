namespace Rafael.Bench.Candidatures;

internal static class Tableau
{
    public static Task<bool> ExecuterAsync(string serveur, int candidatures, int tours) => throw new NotImplementedException();
}
