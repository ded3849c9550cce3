using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// What the evaluator needs of a query besides its algebra: the form and how to shape the answer. Built once by the
/// parser's caller, so evaluation never reads the syntax tree.
/// </summary>
internal sealed record QueryShape(
    SparqlQueryForm Form,
    string? BaseIri,
    IReadOnlyList<string> Variables,
    IReadOnlyList<TriplePattern>? Template,
    IReadOnlyList<PatternTerm> DescribeTargets,
    IReadOnlyList<string> DescribeVariables,
    IReadOnlyList<NamedNode> From,
    IReadOnlyList<NamedNode> FromNamed);
