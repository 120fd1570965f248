using System.Runtime.CompilerServices;
using Rafael.Engine.OffreInfo;

namespace Rafael.OffreInfo.Tests.Support;

/// <summary>The published catalogue of a test, streamed as the Catalogue's source will stream it.</summary>
public sealed class SourceEnMemoire(IEnumerable<ActionPubliee> actions) : ISourceOffreInfo
{
    public async IAsyncEnumerable<ActionPubliee> LireAsync(DateTimeOffset? depuis, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var action in actions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return action;
        }
    }
}
