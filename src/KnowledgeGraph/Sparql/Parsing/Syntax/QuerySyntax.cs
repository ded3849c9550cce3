using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Algebra.Expressions;

namespace KnowledgeGraph.Sparql.Parsing.Syntax;

/// <summary>One SELECT item: a variable, or an expression bound with AS.</summary>
internal sealed record ProjectionItem(string Variable, Expression? Expression, int Offset);

/// <summary>A GROUP BY condition, with its AS variable if any.</summary>
internal sealed record GroupCondition(Expression Expression, string? Variable);

/// <summary>
/// The syntax tree of a query or sub-select, as the grammar (§19) reads it. The algebra builder turns it into
/// algebra (§18.2).
/// </summary>
internal sealed class QuerySyntax
{
    public SparqlQueryForm Form { get; set; }

    public string? BaseIri { get; set; }

    /// <summary>Every variable name the query text mentions (top-level syntax only), to validate parameters.</summary>
    public HashSet<string> Variables { get; } = new(StringComparer.Ordinal);

    /// <summary>The prologue's PREFIX declarations, in order (a prefix declared twice keeps its place and last IRI).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Prefixes { get; set; } = [];

    public bool Distinct { get; set; }

    public bool Reduced { get; set; }

    /// <summary>SELECT * (or DESCRIBE *).</summary>
    public bool SelectAll { get; set; }

    public List<ProjectionItem> Projection { get; } = new();

    /// <summary>The CONSTRUCT template (blank nodes are <see cref="BlankNode"/> constants, fresh per solution).</summary>
    public List<TriplePattern>? Template { get; set; }

    public List<PatternTerm> DescribeTargets { get; } = new();

    public List<NamedNode> From { get; } = new();

    public List<NamedNode> FromNamed { get; } = new();

    public GroupSyntax? Where { get; set; }

    public List<GroupCondition> GroupBy { get; } = new();

    public List<Expression> Having { get; } = new();

    public List<OrderCondition> OrderBy { get; } = new();

    public long? Limit { get; set; }

    public long Offset { get; set; }

    /// <summary>The trailing VALUES clause.</summary>
    public Table? Values { get; set; }

    /// <summary>Where SELECT begins, for scope errors.</summary>
    public int Position { get; set; }
}
