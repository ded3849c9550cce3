using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Updating.Operations;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Sparql.Updating;

/// <summary>
/// Runs the operations of a request in order against an <see cref="IUpdateTarget"/>, each seeing the effects of the
/// ones before it (SPARQL 1.1 Update §3). The first failing operation that is not SILENT stops the request with
/// <see cref="SparqlEvaluationException"/>; making the request atomic is the caller's part (roll the target back).
/// </summary>
internal sealed partial class UpdateExecutor
{
    private readonly IUpdateTarget _target;
    private readonly UpdateContext _context;
    private readonly Func<NamedNode, CancellationToken, Graph>? _loader;

    public UpdateExecutor(IUpdateTarget target, UpdateContext context, Func<NamedNode, CancellationToken, Graph>? loader)
    {
        _target = target;
        _context = context;
        _loader = loader;
    }

    /// <summary>Runs the operations in order; a failure names the position of its operation.</summary>
    public void Run(IReadOnlyList<UpdateOperation> operations, Func<int, (int Line, int Column)> position)
    {
        foreach (var op in operations)
        {
            _context.Token.ThrowIfCancellationRequested();
            try
            {
                Run(op);
            }
            catch (SparqlEvaluationException e) when (e.Line is null)
            {
                var (line, column) = position(op.Offset);
                throw new SparqlEvaluationException(e.Message, line, column, e.InnerException);
            }
        }
    }

    private void Run(UpdateOperation op)
    {
        switch (op)
        {
            case InsertDataOperation insert: InsertData(insert); break;
            case DeleteDataOperation delete: DeleteData(delete); break;
            case ModifyOperation modify: Modify(modify); break;
            case LoadOperation load: Load(load); break;
            case ClearOperation clear: Clear(clear); break;
            case DropOperation drop: Drop(drop); break;
            case CreateOperation create: Create(create); break;
            case TransferOperation transfer: Transfer(transfer); break;
            default: throw new InvalidOperationException($"Unknown update operation {op.GetType().Name}.");
        }
    }

    /// <summary>INSERT DATA: the quads as written; each blank node label becomes one fresh blank node.</summary>
    private void InsertData(InsertDataOperation op)
    {
        var fresh = new Dictionary<BlankNode, BlankNode>();
        var none = Array.Empty<Term?>();
        foreach (var q in op.Quads)
            if (Instantiate(q, none, EmptyIndex, fresh, null) is { } quad) _target.Add(quad.Graph, quad.Triple);
    }

    private void DeleteData(DeleteDataOperation op)
    {
        var none = Array.Empty<Term?>();
        foreach (var q in op.Quads)
            if (Instantiate(q, none, EmptyIndex, null, null) is { } quad) _target.Remove(quad.Graph, quad.Triple);
    }

    /// <summary>
    /// DELETE/INSERT (§3.1.3): all solutions of WHERE first, then every instantiated DELETE quad is removed, then every
    /// INSERT quad added. Template quads with an unbound variable or that are not valid RDF are left out.
    /// </summary>
    private void Modify(ModifyOperation op)
    {
        var variables = op.Delete.Concat(op.Insert).SelectMany(q => q.Terms)
            .Where(t => t.Variable is not null).Select(t => t.Variable!).Distinct().ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < variables.Count; i++) index[variables[i]] = i;
        var rows = _target.Evaluate(op.Where!, op.With, op.Using, op.UsingNamed, variables, _context);

        var deletes = new List<(Term?, Triple)>();
        var inserts = new List<(Term?, Triple)>();
        foreach (var row in rows)
        {
            _context.Token.ThrowIfCancellationRequested();
            foreach (var q in op.Delete)
                if (Instantiate(q, row, index, null, op.With) is { } d) deletes.Add(d);
            // Blank nodes of the INSERT template are fresh for every solution (§3.1.3, as in CONSTRUCT).
            Dictionary<BlankNode, BlankNode>? fresh = null;
            foreach (var q in op.Insert)
                if (Instantiate(q, row, index, fresh ??= new(), op.With) is { } a) inserts.Add(a);
        }
        foreach (var (graph, triple) in deletes) _target.Remove(graph, triple);
        foreach (var (graph, triple) in inserts) _target.Add(graph, triple);
    }

    private static readonly Dictionary<string, int> EmptyIndex = new();

    /// <summary>A template quad under one solution, or null when a position is unbound or the result is not RDF
    /// (a literal subject, a predicate that is not an IRI, a graph name that is not an IRI).</summary>
    private (Term? Graph, Triple Triple)? Instantiate(QuadTemplate q, Term?[] row, Dictionary<string, int> index,
        Dictionary<BlankNode, BlankNode>? fresh, NamedNode? defaultGraph)
    {
        var s = Value(q.Subject, row, index, fresh);
        var p = Value(q.Predicate, row, index, fresh);
        var o = Value(q.Object, row, index, fresh);
        if (s is null || s.IsLiteral || p is not NamedNode predicate || o is null) return null;
        Term? graph = defaultGraph;
        if (q.Graph is not null)
        {
            if (Value(q.Graph, row, index, fresh) is not NamedNode g) return null;
            graph = g;
        }
        return (graph, new Triple(s, predicate, o));
    }

    private Term? Value(PatternTerm p, Term?[] row, Dictionary<string, int> index, Dictionary<BlankNode, BlankNode>? fresh)
    {
        if (p.Term is BlankNode b && fresh is not null)
        {
            if (!fresh.TryGetValue(b, out var n)) fresh[b] = n = BlankNode.CreateNew();
            return n;
        }
        if (p.Term is not null) return p.Term;
        if (index.TryGetValue(p.Variable!, out int i) && row[i] is { } bound) return bound;
        return _context.Parameters.TryGetValue(p.Variable!, out var value) ? value : null;
    }
}
