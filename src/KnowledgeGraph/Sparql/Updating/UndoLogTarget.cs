using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Sparql.Updating;

/// <summary>
/// An <see cref="IUpdateTarget"/> over an in-memory <see cref="Dataset"/> (or a lone <see cref="Graph"/>, which has
/// no named graphs) that records every effective change, so that <see cref="Rollback"/> puts the data back as it
/// was when a later operation of the request fails. Readers running at the same time may see a request half
/// applied; the transactional store gives the stronger guarantee.
/// </summary>
internal sealed class UndoLogTarget : IUpdateTarget
{
    private abstract record Change;
    private sealed record Added(Term? Graph, Triple Triple) : Change;
    private sealed record Removed(Term? Graph, Triple Triple) : Change;
    private sealed record Created(Term Graph) : Change;
    private sealed record Dropped(Term Graph, List<Triple> Triples) : Change;

    private readonly Dataset? _dataset;
    private readonly Graph? _graph;
    private readonly List<Change> _log = new();

    public UndoLogTarget(Dataset dataset) => _dataset = dataset;

    public UndoLogTarget(Graph graph) => _graph = graph;

    public IReadOnlyList<Term> NamedGraphs => _dataset?.GraphNames ?? Array.Empty<Term>();

    public bool HasGraph(Term name) => _dataset is not null && _dataset.TryGetGraph(name, out _);

    public List<Term?[]> Evaluate(AlgebraNode pattern, NamedNode? with, IReadOnlyList<NamedNode> usingGraphs, IReadOnlyList<NamedNode> usingNamed,
        IReadOnlyList<string> variables, UpdateContext context)
    {
        var view = _dataset is not null
            ? QueryDatasetView.ForUpdate(_dataset, with, usingGraphs, usingNamed)
            : QueryDatasetView.ForUpdate(_graph!, with, usingGraphs, usingNamed);
        return QueryExecutor.Solutions(pattern, view, variables, context.Parameters, context.BaseIri, context.Token);
    }

    public List<Triple> Triples(Term? graph) => Existing(graph)?.ToList() ?? new List<Triple>();

    public bool Add(Term? graph, Triple triple)
    {
        var g = Existing(graph);
        if (g is null)
        {
            if (_dataset is null) throw NoNamedGraphs(graph!);
            g = _dataset.GetOrCreateGraph(graph!);
            _log.Add(new Created(graph!));
        }
        if (!g.Add(triple)) return false;
        _log.Add(new Added(graph, triple));
        return true;
    }

    public bool Remove(Term? graph, Triple triple)
    {
        var g = Existing(graph);
        if (g is null || !g.Remove(triple)) return false;
        _log.Add(new Removed(graph, triple));
        return true;
    }

    public bool CreateGraph(Term name)
    {
        if (_dataset is null) throw NoNamedGraphs(name);
        if (HasGraph(name)) return false;
        _dataset.GetOrCreateGraph(name);
        _log.Add(new Created(name));
        return true;
    }

    public bool DropGraph(Term name)
    {
        var g = Existing(name);
        if (g is null) return false;
        var triples = g.ToList();
        _dataset!.RemoveGraph(name);
        _log.Add(new Dropped(name, triples));
        return true;
    }

    public void Clear(Term? graph)
    {
        foreach (var t in Triples(graph)) Remove(graph, t);
    }

    /// <summary>Undoes every change, newest first.</summary>
    public void Rollback()
    {
        for (int i = _log.Count - 1; i >= 0; i--)
        {
            switch (_log[i])
            {
                case Added a: Existing(a.Graph)?.Remove(a.Triple); break;
                case Removed r: GraphFor(r.Graph).Add(r.Triple); break;
                case Created c: _dataset!.RemoveGraph(c.Graph); break;
                case Dropped d:
                    var g = _dataset!.GetOrCreateGraph(d.Graph);
                    foreach (var t in d.Triples) g.Add(t);
                    break;
            }
        }
        _log.Clear();
    }

    private Graph? Existing(Term? name)
    {
        if (name is null) return _dataset?.DefaultGraph ?? _graph;
        return _dataset is not null && _dataset.TryGetGraph(name, out var g) ? g : null;
    }

    private Graph GraphFor(Term? name) => name is null ? (_dataset?.DefaultGraph ?? _graph!) : _dataset!.GetOrCreateGraph(name);

    private static SparqlEvaluationException NoNamedGraphs(Term name) =>
        new($"the update writes to the named graph {name}, but a graph has no named graphs; run it on a dataset");
}
