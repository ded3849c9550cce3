using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Updating.Operations;
using KnowledgeGraph.Storage;

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
    private readonly Func<NamedNode, CancellationToken, IEnumerable<Triple>>? _loader;

    public UpdateExecutor(IUpdateTarget target, UpdateContext context, Func<NamedNode, CancellationToken, IEnumerable<Triple>>? loader)
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
        var template = new TemplateInstance(this, op.Quads, EmptyIndex, null, forInsert: true);
        template.BeginSolution();
        foreach (var (graph, triple) in template.Instantiate(Array.Empty<int>(), null)) _target.Add(graph, triple);
    }

    private void DeleteData(DeleteDataOperation op)
    {
        var template = new TemplateInstance(this, op.Quads, EmptyIndex, null, forInsert: false);
        foreach (var (graph, triple) in template.Instantiate(Array.Empty<int>(), null)) _target.Remove(graph, triple);
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
        var solutions = _target.Evaluate(op.Where!, op.With, op.Using, op.UsingNamed, variables, _context);

        var delete = new TemplateInstance(this, op.Delete, index, op.With, forInsert: false);
        var insert = new TemplateInstance(this, op.Insert, index, op.With, forInsert: true);
        var deletes = new List<(int, IdTriple)>();
        var inserts = new List<(int, IdTriple)>();
        foreach (var row in solutions.Rows)
        {
            _context.Token.ThrowIfCancellationRequested();
            deletes.AddRange(delete.Instantiate(row, solutions.Decode));
            // Blank nodes of the INSERT template are fresh for every solution (§3.1.3, as in CONSTRUCT).
            insert.BeginSolution();
            inserts.AddRange(insert.Instantiate(row, solutions.Decode));
        }
        foreach (var (graph, triple) in deletes) _target.Remove(graph, triple);
        foreach (var (graph, triple) in inserts) _target.Add(graph, triple);
    }

    private static readonly Dictionary<string, int> EmptyIndex = new();
}
