using Rafael.Engine.Processus;

namespace Rafael.Api.Infrastructure;

/// <summary>
/// Every Api request decides on one snapshot of the published versions' numbers, read in one query at its first
/// decision (see <see cref="DocumentsPublies.Instantane"/>), instead of one query per rule set, definition and
/// parameter document: every read of a published document within a request is consistent. A request that publishes
/// forgets its snapshot (<see cref="DocumentsService"/>), so it reads what it has just published. A request that
/// reads no published document makes no query.
/// </summary>
internal static class VersionsFigees
{
    public static WebApplication UseVersionsFigees(this WebApplication app)
    {
        app.Use(async (contexte, suivant) =>
        {
            using (DocumentsPublies.Instantane())
            {
                await suivant(contexte);
            }
        });
        return app;
    }
}
