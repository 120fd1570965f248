using Rafael.Engine.Processus;

namespace Rafael.Api.Infrastructure;

/// <summary>
/// Each request of a group decides on one snapshot of the published versions' numbers, read in one query at its
/// first decision (see <see cref="DocumentsPublies.Instantane"/>), instead of one query per rule set, definition and
/// parameter document.
/// </summary>
internal static class VersionsFigees
{
    public static RouteGroupBuilder AvecVersionsFigees(this RouteGroupBuilder group) =>
        group.AddEndpointFilter(async (contexte, suivant) =>
        {
            using (DocumentsPublies.Instantane())
            {
                return await suivant(contexte);
            }
        });
}
