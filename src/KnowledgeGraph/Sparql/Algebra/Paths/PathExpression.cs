namespace KnowledgeGraph.Sparql.Algebra.Paths;

/// <summary>A property path expression (§9, §18.2.2.4).</summary>
internal abstract class PathExpression
{
    /// <summary>Levels of the expression tree (1 for a single IRI): the parser bounds it, since every later stage recurses on it.</summary>
    public int Depth { get; protected init; } = 1;

    public abstract override string ToString();
}
