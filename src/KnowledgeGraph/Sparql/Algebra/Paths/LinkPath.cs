using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sparql.Algebra.Paths;

/// <summary>A single predicate IRI: link(iri).</summary>
internal sealed class LinkPath : PathExpression
{
    public LinkPath(NamedNode predicate) => Predicate = predicate;

    public NamedNode Predicate { get; }

    public override string ToString() => Predicate.ToString();
}
