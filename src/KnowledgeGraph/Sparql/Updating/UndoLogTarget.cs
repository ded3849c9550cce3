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
    private enum ChangeKind : byte { Added, Removed, Created, Dropped }

    private readonly record struct Change(ChangeKind Kind, int Graph, IdTriple Triple, List<IdTriple>? Dropped = null);

    private readonly Dataset? _dataset;
    private readonly Graph? _graph;
    private readonly TermDictionary _dictionary;
    private readonly List<Change> _log = new();
    private readonly Dictionary<int, Graph> _named = new();

    public UndoLogTarget(Dataset dataset)
    {
        _dataset = dataset;
        _dictionary = dataset.Dictionary;
        foreach (var g in dataset.NamedGraphs) _named[_dictionary.GetOrAdd(g.Name!)] = g;
    }

    public UndoLogTarget(Graph graph)
    {
        _graph = graph;
        _dictionary = graph.Dictionary;
    }

    public bool TryGetId(Term term, out int id) => _dictionary.TryGetId(term, out id);

    public int GetOrAddId(Term term) => _dictionary.GetOrAdd(term);

    public Term GetTerm(int id) => _dictionary[id];

    public TermKind KindOf(int id) => _dictionary.KindOf(id);

    public IReadOnlyList<int> NamedGraphIds => _named.Keys.ToList();

    public bool HasGraph(int graph) => graph == 0 || _named.ContainsKey(graph);

    public UpdateSolutions Evaluate(AlgebraNode pattern, NamedNode? with, IReadOnlyList<NamedNode> usingGraphs, IReadOnlyList<NamedNode> usingNamed,
        IReadOnlyList<string> variables, UpdateContext context)
    {
        var view = _dataset is not null
            ? QueryDatasetView.ForUpdate(_dataset, with, usingGraphs, usingNamed)
            : QueryDatasetView.ForUpdate(_graph!, with, usingGraphs, usingNamed);
        var (rows, decode) = QueryExecutor.Solutions(pattern, view, variables, context.Parameters, context.BaseIri, context.Token);
        return new UpdateSolutions(rows, decode);
    }

    public List<IdTriple> Triples(int graph)
    {
        var g = Existing(graph);
        return g is null ? new List<IdTriple>() : g.Index.Match(0, 0, 0).Span.ToArray().ToList();
    }

    public bool Add(int graph, IdTriple triple)
    {
        var g = Existing(graph);
        if (g is null)
        {
            CreateGraph(graph);
            g = _named[graph];
        }
        if (!g.Index.Add(triple)) return false;
        _log.Add(new Change(ChangeKind.Added, graph, triple));
        return true;
    }

    public bool Remove(int graph, IdTriple triple)
    {
        var g = Existing(graph);
        if (g is null || !g.Index.Remove(triple)) return false;
        _log.Add(new Change(ChangeKind.Removed, graph, triple));
        return true;
    }

    public bool CreateGraph(int graph)
    {
        if (HasGraph(graph)) return false;
        if (_dataset is null)
            throw new SparqlEvaluationException($"the update writes to the named graph {_dictionary[graph]}, but a graph has no named graphs; run it on a dataset");
        _named[graph] = _dataset.GetOrCreateGraph(_dictionary[graph]);
        _log.Add(new Change(ChangeKind.Created, graph, default));
        return true;
    }

    public bool DropGraph(int graph)
    {
        if (graph == 0 || !_named.TryGetValue(graph, out var g)) return false;
        var triples = Triples(graph);
        _dataset!.RemoveGraph(g.Name!);
        _named.Remove(graph);
        _log.Add(new Change(ChangeKind.Dropped, graph, default, triples));
        return true;
    }

    public void Clear(int graph)
    {
        foreach (var t in Triples(graph)) Remove(graph, t);
    }

    /// <summary>Undoes every change, newest first.</summary>
    public void Rollback()
    {
        for (int i = _log.Count - 1; i >= 0; i--)
        {
            var c = _log[i];
            switch (c.Kind)
            {
                case ChangeKind.Added: Existing(c.Graph)?.Index.Remove(c.Triple); break;
                case ChangeKind.Removed: Existing(c.Graph)?.Index.Add(c.Triple); break;
                case ChangeKind.Created:
                    _dataset!.RemoveGraph(_dictionary[c.Graph]);
                    _named.Remove(c.Graph);
                    break;
                case ChangeKind.Dropped:
                    var g = _dataset!.GetOrCreateGraph(_dictionary[c.Graph]);
                    _named[c.Graph] = g;
                    foreach (var t in c.Dropped!) g.Index.Add(t);
                    break;
            }
        }
        _log.Clear();
    }

    private Graph? Existing(int graph) =>
        graph == 0 ? _dataset?.DefaultGraph ?? _graph : _named.GetValueOrDefault(graph);
}
