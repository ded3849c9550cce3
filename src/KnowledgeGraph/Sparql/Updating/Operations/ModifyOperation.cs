using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Parsing.Syntax;

namespace KnowledgeGraph.Sparql.Updating.Operations;

/// <summary>
/// DELETE/INSERT … WHERE (§3.1.3), which DELETE WHERE (§3.1.3.3) is a short form of. <see cref="With"/> is the graph
/// templates without GRAPH write to and, without USING, the WHERE pattern's default graph; USING / USING NAMED set
/// the WHERE pattern's dataset like FROM / FROM NAMED.
/// </summary>
internal sealed record ModifyOperation(
    int Offset,
    NamedNode? With,
    IReadOnlyList<QuadTemplate> Delete,
    IReadOnlyList<QuadTemplate> Insert,
    IReadOnlyList<NamedNode> Using,
    IReadOnlyList<NamedNode> UsingNamed,
    GroupSyntax WhereSyntax) : UpdateOperation(Offset)
{
    /// <summary>The WHERE pattern as algebra, once translated.</summary>
    public AlgebraNode? Where { get; init; }

    /// <summary>Whether USING or USING NAMED replace the dataset of the WHERE pattern.</summary>
    public bool HasUsing => Using.Count > 0 || UsingNamed.Count > 0;
}
