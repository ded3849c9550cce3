using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sparql.Evaluation.Operators;

/// <summary>GRAPH: evaluates the inner pattern in one named graph, or in each of them binding the graph variable.</summary>
internal sealed class GraphNode : PlanNode
{
    private readonly PlanNode _inner;
    private readonly int _slot;
    private readonly Term? _name;

    public GraphNode(PlanNode inner, int slot, Term? name)
    {
        _inner = inner;
        _slot = slot;
        _name = name;
    }

    public override IEnumerable<int[]> Run(int[] input, QueryExecution exec, ActiveGraph graph)
    {
        var dataset = exec.Dataset;
        if (_name is not null)
        {
            int id = exec.Terms.Intern(_name);
            var g = dataset.NamedGraph(id);
            if (g is null) yield break;
            foreach (var r in _inner.Run(input, exec, g)) yield return r;
            yield break;
        }
        if (input[_slot] != 0)
        {
            var g = dataset.NamedGraph(input[_slot]);
            if (g is null) yield break;
            foreach (var r in _inner.Run(input, exec, g)) yield return r;
            yield break;
        }
        foreach (var id in dataset.NamedGraphIds)
        {
            var bound = Copy(input);
            bound[_slot] = id;
            var active = dataset.NamedGraph(id) ?? ActiveGraph.Empty;
            foreach (var r in _inner.Run(bound, exec, active)) yield return r;
        }
    }
}
