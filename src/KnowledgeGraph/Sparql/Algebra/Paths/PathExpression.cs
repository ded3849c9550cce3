namespace KnowledgeGraph.Sparql.Algebra.Paths;

/// <summary>A property path expression (§9, §18.2.2.4).</summary>
internal abstract class PathExpression
{
    public abstract override string ToString();
}
