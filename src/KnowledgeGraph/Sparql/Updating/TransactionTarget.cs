using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Evaluation.Execution;
using KnowledgeGraph.Sparql.Optimization;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Sparql.Updating;

/// <summary>
/// An <see cref="IUpdateTarget"/> over a store's write transaction: every operation of a request changes the
/// transaction, whose reads see its own writes, and readers see the request only when it commits. For an update
/// on one graph, the transaction's graph <see cref="_defaultId"/> plays the default graph and there are no named
/// graphs.
/// </summary>
internal sealed class TransactionTarget : IUpdateTarget
{
    private readonly IStoreWriter _writer;
    private readonly int _defaultId;
    private readonly bool _namedGraphs;

    /// <param name="writer">The open transaction.</param>
    /// <param name="defaultId">The transaction's graph the request sees as its default graph (0: the store's default graph).</param>
    /// <param name="namedGraphs">Whether the request may see and change named graphs (a dataset: yes; one graph: no).</param>
    public TransactionTarget(IStoreWriter writer, int defaultId, bool namedGraphs)
    {
        _writer = writer;
        _defaultId = defaultId;
        _namedGraphs = namedGraphs;
    }

    public bool TryGetId(Term term, out int id) => _writer.TryGetId(term, out id);

    public int GetOrAddId(Term term) => _writer.GetOrAddId(term);

    public Term GetTerm(int id) => _writer.GetTerm(id);

    public TermKind KindOf(int id) => _writer.KindOf(id);

    public IReadOnlyList<int> NamedGraphIds => _namedGraphs ? _writer.NamedGraphIds : [];

    public bool HasGraph(int graph) => graph == 0 || (_namedGraphs && _writer.ContainsGraph(graph));

    public UpdateSolutions Evaluate(AlgebraNode pattern, NamedNode? with, IReadOnlyList<NamedNode> usingGraphs, IReadOnlyList<NamedNode> usingNamed,
        IReadOnlyList<string> variables, UpdateContext context)
    {
        IStoreReader reader = _namedGraphs && _defaultId == 0 ? _writer : new SingleGraphReader(_writer, _defaultId);
        var terms = new TermTable(reader);
        var view = QueryDatasetView.ForUpdate(reader, with, usingGraphs, usingNamed, terms);
        var plan = AlgebraOptimizer.Default.Optimize(pattern, new OptimizerContext(view.CountDefaultMatches));
        var (rows, decode) = QueryExecutor.Solutions(plan, view, terms, variables, context.Parameters, context.BaseIri, context.Token);
        return new UpdateSolutions(rows, decode);
    }

    public List<IdTriple> Triples(int graph) =>
        HasGraph(graph) ? _writer.Match(Map(graph), 0, 0, 0).Span.ToArray().ToList() : new List<IdTriple>();

    public bool Add(int graph, IdTriple triple)
    {
        if (!HasGraph(graph)) CreateGraph(graph);
        return _writer.Add(Map(graph), triple);
    }

    public bool Remove(int graph, IdTriple triple) => HasGraph(graph) && _writer.Remove(Map(graph), triple);

    public bool CreateGraph(int graph)
    {
        if (HasGraph(graph)) return false;
        if (!_namedGraphs)
            throw new SparqlEvaluationException($"the update writes to the named graph {_writer.GetTerm(graph)}, but a graph has no named graphs; run it on a dataset");
        return _writer.CreateGraph(graph);
    }

    public bool DropGraph(int graph) => graph != 0 && HasGraph(graph) && _writer.DropGraph(graph);

    public void Clear(int graph)
    {
        foreach (var t in Triples(graph)) _writer.Remove(Map(graph), t);
    }

    private int Map(int graph) => graph == 0 ? _defaultId : graph;
}
