using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Sparql.Parsing;
using KnowledgeGraph.Sparql.Parsing.Syntax;
using KnowledgeGraph.Sparql.Updating;
using KnowledgeGraph.Sparql.Updating.Operations;

namespace KnowledgeGraph;

/// <summary>
/// A parsed <see href="https://www.w3.org/TR/sparql11-update/">SPARQL 1.1 Update</see> request: one or more
/// operations (INSERT DATA, DELETE DATA, DELETE/INSERT … WHERE, DELETE WHERE, LOAD, CLEAR, DROP, CREATE, ADD, MOVE,
/// COPY) separated by ';'. Parse once, execute many times; instances are immutable and thread-safe.
/// </summary>
/// <remarks>
/// A request is atomic: every operation applies, or none does (a failing operation, a cancellation or a timeout
/// puts the data back as it was). Operations see the effects of the operations before them. Executions on one
/// dataset run one after another; readers see the request entirely or not at all (it is one transaction).
/// </remarks>
public sealed class SparqlUpdate
{
    private readonly IReadOnlyList<UpdateOperation> _operations;
    private readonly HashSet<string> _variables;
    private readonly string? _baseIri;
    private readonly string _text;

    private SparqlUpdate(string text, UpdateSyntax syntax, IReadOnlyList<UpdateOperation> operations)
    {
        _text = text;
        _operations = operations;
        _variables = syntax.Variables;
        _baseIri = syntax.BaseIri;
    }

    /// <summary>The number of operations in the request (0 for a request of only a prologue).</summary>
    public int OperationCount => _operations.Count;

    /// <summary>Parses an update request.</summary>
    /// <param name="text">The request text.</param>
    /// <param name="baseIri">The base IRI for relative IRIs, unless the request has a BASE.</param>
    /// <exception cref="SparqlSyntaxException">The text is not a valid SPARQL 1.1 Update request; carries line and column
    /// (source name "update").</exception>
    public static SparqlUpdate Parse(string text, string? baseIri = null) => Parse(text, baseIri, null);

    /// <summary>Parses an update sent to <c>Graph.Update</c>/<c>Dataset.Update</c>, with the data's prefixes.</summary>
    internal static SparqlUpdate ParseForData(string text, PrefixMap dataPrefixes) =>
        Parse(text ?? throw new ArgumentNullException(nameof(text)), null, dataPrefixes);

    /// <summary>Parses an update request with prefixes declared in advance (a graph's prefix map, say); the request's
    /// own PREFIX declarations take precedence.</summary>
    /// <param name="text">The request text.</param>
    /// <param name="baseIri">The base IRI for relative IRIs, unless the request has a BASE.</param>
    /// <param name="prefixes">Prefix → namespace IRI pairs usable without a PREFIX line.</param>
    /// <exception cref="SparqlSyntaxException">The text is not a valid SPARQL 1.1 Update request; carries line and column.</exception>
    public static SparqlUpdate Parse(string text, string? baseIri, IEnumerable<KeyValuePair<string, string>>? prefixes)
    {
        var syntax = SparqlParser.ParseUpdate(text, baseIri, prefixes);
        // Positions are mapped back through a lexer of their own, made only when there is an error to report:
        // unescaping a large INSERT DATA a second time would cost as much as parsing it.
        SparqlLexer? lexer = null;
        SparqlSyntaxException Error(int offset, string message) => (lexer ??= new SparqlLexer(text, "update")).Error(offset, message);
        var operations = new List<UpdateOperation>(syntax.Operations.Count);
        foreach (var op in syntax.Operations)
        {
            if (op is not ModifyOperation modify)
            {
                operations.Add(op);
                continue;
            }
            BlankNodeScopeCheck.Check(new QuerySyntax { Where = modify.WhereSyntax }, Error);
            Sparql.Algebra.AlgebraNode where;
            try
            {
                where = new AlgebraBuilder(Error).TranslateGroup(modify.WhereSyntax);
            }
            catch (InsufficientExecutionStackException)
            {
                throw Error(modify.Offset, "the update is nested too deeply");
            }
            if (where.Depth() > SparqlQuery.MaxAlgebraDepth)
                throw Error(modify.Offset, $"the WHERE pattern is too deeply nested to evaluate (more than {SparqlQuery.MaxAlgebraDepth} levels of operators)");
            operations.Add(modify with { Where = where });
        }
        return new SparqlUpdate(text, syntax, operations);
    }

    /// <summary>Runs the request against a dataset; atomic (see the remarks on <see cref="SparqlUpdate"/>).</summary>
    /// <exception cref="ArgumentException">A parameter names a variable the request does not use.</exception>
    /// <exception cref="SparqlEvaluationException">An operation failed (a graph that does not exist, a LOAD that cannot be
    /// read); nothing was changed.</exception>
    /// <exception cref="OperationCanceledException">Cancelled, or <see cref="SparqlUpdateOptions.Timeout"/> elapsed; nothing
    /// was changed.</exception>
    public void Execute(Dataset dataset, SparqlUpdateOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        using var writer = dataset.Store.Write();
        Run(new TransactionTarget(writer, 0, namedGraphs: true), options, cancellationToken);
        writer.Commit();
    }

    /// <summary>Runs the request against a graph, which is the default graph; operations on named graphs fail.</summary>
    /// <exception cref="ArgumentException">A parameter names a variable the request does not use.</exception>
    /// <exception cref="SparqlEvaluationException">An operation failed; nothing was changed.</exception>
    /// <exception cref="OperationCanceledException">Cancelled, or the timeout elapsed; nothing was changed.</exception>
    public void Execute(Graph graph, SparqlUpdateOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        using var writer = graph.Owner.Store.Write();
        int id = graph.Name is null ? 0 : writer.GetOrAddId(graph.Name);
        if (id != 0) writer.CreateGraph(id);
        Run(new TransactionTarget(writer, id, namedGraphs: false), options, cancellationToken);
        writer.Commit();
    }

    private void Run(TransactionTarget target, SparqlUpdateOptions? options, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, Term>(StringComparer.Ordinal);
        if (options is not null)
            foreach (var (name, value) in options.Parameters)
            {
                ArgumentNullException.ThrowIfNull(value, nameof(options.Parameters));
                if (!_variables.Contains(name))
                    throw new ArgumentException($"The update has no variable ?{name} to bind.", nameof(options));
                parameters[name] = value;
            }
        using var timeout = options?.Timeout is { } t ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken) : null;
        // A timeout of zero (or less) has elapsed already; the timer would only fire after the work had begun.
        if (timeout is not null && options!.Timeout!.Value <= TimeSpan.Zero) timeout.Cancel();
        else timeout?.CancelAfter(options!.Timeout!.Value);
        var token = timeout?.Token ?? cancellationToken;
        var executor = new UpdateExecutor(target, new UpdateContext(parameters, _baseIri, token), options?.Loader);
        // A failure leaves the transaction uncommitted: disposing it rolls every operation back.
        executor.Run(_operations, Position);
    }

    /// <summary>The 1-based line and column of an offset in the request (offsets count the unescaped text).</summary>
    private (int Line, int Column) Position(int offset)
    {
        var at = new SparqlLexer(_text, "update").Error(offset, "");
        return (at.Line, at.Column);
    }

    /// <summary>The request text as parsed.</summary>
    public override string ToString() => _text;
}
