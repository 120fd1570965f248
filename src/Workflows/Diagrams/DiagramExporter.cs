using Rafael.Workflows.Definitions;
using Rafael.Workflows.Versions;
using Stateless;
using Stateless.Graph;

namespace Rafael.Workflows.Diagrams;

/// <summary>
/// Draws definitions as Mermaid or DOT, through Stateless' own <c>GetInfo()</c>: states and triggers appear with
/// their French labels, guards as the roles and rule sets that allow the transition.
/// </summary>
/// <param name="source">The definitions to draw, for <see cref="ExportPublishedAsync"/>.</param>
public sealed class DiagramExporter(IDefinitionSource source)
{
    /// <summary>A Mermaid state diagram of the definition.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The Mermaid text.</returns>
    public static string ToMermaid(ProcessDefinition definition)
    {
        // Mermaid ids cannot hold spaces, slashes or colons: states are drawn under safe ids, then given their labels.
        var graph = MermaidGraph.Format(Build(definition, MermaidId).GetInfo());
        var header = graph.IndexOf('\n', StringComparison.Ordinal) + 1;
        var labels = string.Concat(definition.States.Select(st => $"\t{MermaidId(st)} : {st.Label}\n"));
        return graph[..header] + labels + graph[header..];
    }

    /// <summary>A Graphviz DOT graph of the definition.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The DOT text.</returns>
    public static string ToDot(ProcessDefinition definition) => UmlDotGraph.Format(Build(definition, st => st.Label).GetInfo());

    /// <summary>Writes <c>{name}.mmd</c> and <c>{name}.dot</c> for the published version of every definition.</summary>
    /// <param name="directory">The folder, for example <c>docs/diagrams</c>; created if missing.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>The files written.</returns>
    public async Task<IReadOnlyList<string>> ExportPublishedAsync(string directory, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var version in await source.ListPublishedAsync(cancellationToken))
        {
            var mermaid = Path.Combine(directory, version.Name + ".mmd");
            var dot = Path.Combine(directory, version.Name + ".dot");
            await File.WriteAllTextAsync(mermaid, ToMermaid(version.Definition), cancellationToken);
            await File.WriteAllTextAsync(dot, ToDot(version.Definition), cancellationToken);
            written.Add(mermaid);
            written.Add(dot);
        }

        return written;
    }

    private static string MermaidId(StateDefinition state) =>
        string.Concat(state.Id.Split('-').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));

    private static StateMachine<string, string> Build(ProcessDefinition definition, Func<StateDefinition, string> nameOf)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var labels = definition.States.ToDictionary(s => s.Id, nameOf);
        var triggers = definition.Triggers.ToDictionary(t => t.Id, t => t.Label);
        var machine = new StateMachine<string, string>(labels[definition.InitialState]);
        foreach (var state in definition.States.Where(s => s.Parent is not null))
        {
            machine.Configure(labels[state.Id]).SubstateOf(labels[state.Parent!]);
        }

        foreach (var state in definition.States)
        {
            machine.Configure(labels[state.Id]);
        }

        foreach (var transition in definition.Transitions)
        {
            var description = Describe(transition);
            foreach (var from in transition.From)
            {
                var configuration = machine.Configure(labels[from]);
                var trigger = triggers[transition.Trigger];
                if (transition.To is null)
                {
                    configuration.InternalTransitionIf(trigger, _ => true, _ => { }, description);
                }
                else if (transition.To == from)
                {
                    configuration.PermitReentryIf(trigger, () => true, description);
                }
                else
                {
                    configuration.PermitIf(trigger, labels[transition.To], () => true, description);
                }
            }
        }

        return machine;
    }

    private static string Describe(TransitionDefinition transition)
    {
        var parts = new List<string> { string.Join(", ", transition.Roles) };
        parts.AddRange(transition.When.Select(w => $"{w.Key} = {w.Value.GetRawText()}"));
        parts.AddRange(transition.Guards);
        return string.Join(" ; ", parts);
    }
}
