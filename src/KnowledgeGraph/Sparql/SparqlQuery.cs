using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Parsing;
using KnowledgeGraph.Sparql.Parsing.Syntax;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Sparql;

/// <summary>The four SPARQL query forms.</summary>
public enum SparqlQueryForm
{
    /// <summary>SELECT: a sequence of solutions.</summary>
    Select,
    /// <summary>ASK: whether there is a solution.</summary>
    Ask,
    /// <summary>CONSTRUCT: a graph built from a template.</summary>
    Construct,
    /// <summary>DESCRIBE: a graph describing resources.</summary>
    Describe,
}

/// <summary>
/// A parsed <see href="https://www.w3.org/TR/sparql11-query/">SPARQL 1.1</see> query, translated to the SPARQL
/// algebra. Parse once, execute many times; instances are immutable and thread-safe.
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
    }

    internal QuerySyntax Syntax { get; }

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

    /// <summary>Parses a query.</summary>
    /// <param name="text">The query text.</param>
    /// <param name="baseIri">The base IRI for relative IRIs, unless the query has a BASE.</param>
    /// <exception cref="SparqlSyntaxException">The text is not a valid SPARQL 1.1 query; carries line and column.</exception>
    public static SparqlQuery Parse(string text, string? baseIri = null)
    {
        var syntax = SparqlParser.Parse(text, baseIri);
        var lexer = new SparqlLexer(text);
        SparqlSyntaxException Error(int offset, string message) => lexer.Error(offset, message);
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

    /// <summary>Runs the query over a dataset.</summary>
    /// <exception cref="SparqlEvaluationException">The query cannot be evaluated (e.g. SERVICE without SILENT).</exception>
    /// <exception cref="OperationCanceledException">Cancelled, or <see cref="SparqlQueryOptions.Timeout"/> elapsed.</exception>
    public SparqlResult Execute(Dataset dataset, SparqlQueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return QueryExecutor.Execute(this, QueryDatasetView.Create(dataset, Syntax, options), options, cancellationToken);
    }

    /// <summary>Runs the query over a graph (its default graph; there are no named graphs).</summary>
    /// <exception cref="SparqlEvaluationException">The query cannot be evaluated (e.g. SERVICE without SILENT).</exception>
    /// <exception cref="OperationCanceledException">Cancelled, or <see cref="SparqlQueryOptions.Timeout"/> elapsed.</exception>
    public SparqlResult Execute(Graph graph, SparqlQueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return QueryExecutor.Execute(this, QueryDatasetView.Create(graph, Syntax, options), options, cancellationToken);
    }

    /// <summary>The algebra as an S-expression, for debugging.</summary>
    public override string ToString() => Algebra.ToString();

    private static AlgebraNode FindProject(AlgebraNode node)
    {
        while (node is not Project) node = node.Children[0];
        return node;
    }
}
