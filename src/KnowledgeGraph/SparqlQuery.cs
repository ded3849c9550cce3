using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Evaluation.Execution;
using KnowledgeGraph.Sparql.Optimization;
using KnowledgeGraph.Sparql.Parsing;
using KnowledgeGraph.Sparql.Parsing.Syntax;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph;

/// <summary>
/// A parsed (prepared) <see href="https://www.w3.org/TR/sparql11-query/">SPARQL 1.1</see> query, translated to the
/// SPARQL algebra. Parse once, execute many times: the query also keeps its optimised plan for the data it runs on,
/// so a repeated query pays neither parsing nor planning, and plans again by itself when an update changes the
/// statistics the plan was chosen on. Parameters (<see cref="SparqlQueryOptions.Parameters"/>) are bound per
/// execution without planning again. Instances are thread-safe: the same query may run on several threads at once.
/// </summary>
public sealed class SparqlQuery
{
    private SparqlQuery(QuerySyntax syntax, AlgebraNode algebra)
    {
        Syntax = syntax;
        Algebra = algebra;
        Form = syntax.Form;
        Variables = syntax.Form == SparqlQueryForm.Select
            ? ((Project)FindProject(algebra)).Variables
            : Array.Empty<string>();
        Shape = new QueryShape(Form, syntax.BaseIri, Variables, syntax.Template, syntax.DescribeTargets,
            syntax.Where is null ? []
            : syntax.SelectAll ? AlgebraBuilder.ProjectAll(algebra)
            : syntax.DescribeTargets.Where(t => t.IsVariable).Select(t => t.Variable!).ToList(),
            syntax.From, syntax.FromNamed);
    }

    /// <summary>Optimised plans of this query, reused while the data's statistics still fit them.</summary>
    private readonly PlanCache _plans = new();

    /// <summary>What evaluation needs besides the algebra.</summary>
    internal QueryShape Shape { get; }

    internal QuerySyntax Syntax { get; }

    /// <summary>What in this query conflicts with pre-binding <paramref name="preBound"/> (MINUS, SERVICE, VALUES, a
    /// BIND or sub-select that rebinds or drops one of them), described for a message; null when nothing does.</summary>
    internal string? PreBindingConflict(IReadOnlySet<string> preBound) => PreBindingCheck.Violation(Syntax, preBound);

    internal AlgebraNode Algebra { get; }

    /// <summary>The query form.</summary>
    public SparqlQueryForm Form { get; }

    /// <summary>The SELECT projection, without '?'; empty for the other forms.</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <summary>
    /// The query's <c>PREFIX</c> declarations (prefix without the colon, namespace IRI), in the order declared; a
    /// prefix declared twice appears once, with its last IRI. Writers of CONSTRUCT and DESCRIBE results use them to
    /// print prefixed names.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Prefixes => Syntax.Prefixes;

    /// <summary>True when the query text names the variable <paramref name="name"/> (without '?'), so a parameter of that
    /// name would bind something.</summary>
    public bool MentionsVariable(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Syntax.Variables.Contains(name);
    }

    /// <summary>Parses a query.</summary>
    /// <param name="text">The query text.</param>
    /// <param name="baseIri">The base IRI for relative IRIs, unless the query has a BASE.</param>
    /// <exception cref="SparqlSyntaxException">The text is not a valid SPARQL 1.1 query; carries line and column.</exception>
    public static SparqlQuery Parse(string text, string? baseIri = null) => Parse(text, baseIri, null);

    /// <summary>Parses a query with prefixes declared in advance (a graph's prefix map, say); the query's own PREFIX
    /// declarations take precedence.</summary>
    /// <param name="text">The query text.</param>
    /// <param name="baseIri">The base IRI for relative IRIs, unless the query has a BASE.</param>
    /// <param name="prefixes">Prefix → namespace IRI pairs usable in the query without a PREFIX line.</param>
    /// <exception cref="SparqlSyntaxException">The text is not a valid SPARQL 1.1 query; carries line and column.</exception>
    public static SparqlQuery Parse(string text, string? baseIri, IEnumerable<KeyValuePair<string, string>>? prefixes)
    {
        var syntax = SparqlParser.Parse(text, baseIri, prefixes);
        // Positions are mapped back through a lexer made only when there is an error to report (a query run once
        // per request would otherwise pay for unescaping its text twice).
        SparqlLexer? lexer = null;
        SparqlSyntaxException Error(int offset, string message) => (lexer ??= new SparqlLexer(text)).Error(offset, message);
        BlankNodeScopeCheck.Check(syntax, Error);
        AlgebraNode algebra;
        try
        {
            algebra = new AlgebraBuilder(Error).TranslateQuery(syntax);
        }
        catch (InsufficientExecutionStackException)
        {
            throw new SparqlSyntaxException("the query is nested too deeply", 1, 1);
        }
        if (algebra.Depth() > MaxAlgebraDepth)
            throw new SparqlSyntaxException($"the query is too deeply nested to evaluate (more than {MaxAlgebraDepth} levels of operators)", 1, 1);
        return new SparqlQuery(syntax, algebra);
    }

    /// <summary>Deepest algebra accepted, so evaluation cannot overflow the stack.</summary>
    internal const int MaxAlgebraDepth = 2000;

    /// <summary>Runs the query over a dataset. The whole query reads one snapshot of it.</summary>
    /// <exception cref="SparqlEvaluationException">The query cannot be evaluated (e.g. SERVICE without SILENT).</exception>
    /// <exception cref="SparqlTimeoutException"><see cref="SparqlQueryOptions.Timeout"/> elapsed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="ArgumentException">A parameter names no variable of the query.</exception>
    public SparqlResult Execute(Dataset dataset, SparqlQueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        using var reader = dataset.Store.Read();
        return Execute(reader, options, cancellationToken);
    }

    /// <summary>Runs the query over a graph (its default graph; there are no named graphs). The whole query reads one
    /// snapshot of it.</summary>
    /// <exception cref="SparqlEvaluationException">The query cannot be evaluated (e.g. SERVICE without SILENT).</exception>
    /// <exception cref="SparqlTimeoutException"><see cref="SparqlQueryOptions.Timeout"/> elapsed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="ArgumentException">A parameter names no variable of the query.</exception>
    public SparqlResult Execute(Graph graph, SparqlQueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        using var reader = graph.Owner.Store.Read();
        int? id = graph.GraphId(reader);
        IStoreReader view = id == 0 && reader.NamedGraphIds.Count == 0 ? reader : new SingleGraphReader(reader, id);
        return Execute(view, options, cancellationToken);
    }

    /// <summary>Runs the query over a store snapshot (the dataset interface every store implements).</summary>
    /// <exception cref="SparqlEvaluationException">The query cannot be evaluated (e.g. SERVICE without SILENT).</exception>
    /// <exception cref="SparqlTimeoutException"><see cref="SparqlQueryOptions.Timeout"/> elapsed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="ArgumentException">A parameter names no variable of the query.</exception>
    public SparqlResult Execute(IStoreReader snapshot, SparqlQueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var (from, fromNamed) = DatasetClauses(options);
        if (options?.GraphResolver is { } resolver && NeedsResolver(snapshot, from, fromNamed))
        {
            using var resolved = ResolvedDataset(snapshot, resolver, from, fromNamed);
            using var resolvedReader = resolved.Store.Read();
            return Run(resolvedReader, options, cancellationToken);
        }
        return Run(snapshot, options, cancellationToken);
    }

    private SparqlResult Run(IStoreReader reader, SparqlQueryOptions? options, CancellationToken cancellationToken)
    {
        var terms = new TermTable(reader);
        var (from, fromNamed) = DatasetClauses(options);
        var view = QueryDatasetView.Create(reader, from, fromNamed, terms);
        // The optimised plan is kept between runs while the counts it was chosen for still hold (PlanCache).
        var plan = _plans.GetOrPlan(Algebra, view.CountDefaultMatches);
        var outcome = QueryExecutor.Execute(plan, Shape, view, terms, options, cancellationToken);
        return Form switch
        {
            SparqlQueryForm.Ask => SparqlResult.FromBoolean(outcome.Boolean),
            SparqlQueryForm.Select => SparqlResult.FromResultSet(outcome.Rows!),
            _ => SparqlResult.FromGraph(ResultGraph(outcome)),
        };
    }

    /// <summary>A CONSTRUCT/DESCRIBE answer as a graph: over the store's own dictionary when every term came from it.</summary>
    private static Graph ResultGraph(QueryOutcome outcome)
    {
        if (outcome.SharedDictionary is { } dictionary)
        {
            var shared = Graph.OverDictionary(dictionary);
            shared.AddBulk(outcome.IdTriples!);
            return shared;
        }
        var graph = new Graph();
        // Already free of duplicates: queued for one index merge instead of inserted one by one.
        foreach (var t in outcome.Triples!) graph.AddBulk(t);
        return graph;
    }

    /// <summary>The dataset clauses: the protocol's graphs when the options name any (they replace FROM / FROM NAMED,
    /// SPARQL 1.1 Protocol §2.1.4), else the query's own.</summary>
    private (IReadOnlyList<NamedNode> From, IReadOnlyList<NamedNode> FromNamed) DatasetClauses(SparqlQueryOptions? options) =>
        options is not null && (options.DefaultGraphs.Count > 0 || options.NamedGraphs.Count > 0)
            ? (options.DefaultGraphs.ToList(), options.NamedGraphs.ToList())
            : (Syntax.From, Syntax.FromNamed);

    private static bool NeedsResolver(IStoreReader reader, IReadOnlyList<NamedNode> from, IReadOnlyList<NamedNode> fromNamed) =>
        from.Concat(fromNamed).Any(iri => !reader.TryGetId(iri, out int id) || !reader.ContainsGraph(id));

    /// <summary>
    /// A private dataset holding every graph FROM / FROM NAMED names, from the snapshot where it has the graph and from
    /// the resolver otherwise: the query then never adds a term to the caller's store.
    /// </summary>
    private static Dataset ResolvedDataset(IStoreReader reader, Func<NamedNode, IEnumerable<Triple>?> resolver,
        IReadOnlyList<NamedNode> from, IReadOnlyList<NamedNode> fromNamed)
    {
        var dataset = new Dataset();
        foreach (var iri in from.Concat(fromNamed).Distinct())
        {
            var graph = dataset.GetOrCreateGraph(iri);
            if (reader.TryGetId(iri, out int id) && reader.ContainsGraph(id))
            {
                var decoder = new TermDecoder(reader);
                foreach (var t in reader.Match(id, 0, 0, 0).AsEnumerable()) graph.AddBulk(decoder.Triple(t));
            }
            else if (resolver(iri) is { } triples)
                foreach (var t in triples) graph.AddBulk(t);
        }
        return dataset;
    }

    /// <summary>The algebra as an S-expression, for debugging.</summary>
    public override string ToString() => Algebra.ToString();

    private static AlgebraNode FindProject(AlgebraNode node)
    {
        while (node is not Project) node = node.Children[0];
        return node;
    }
}
