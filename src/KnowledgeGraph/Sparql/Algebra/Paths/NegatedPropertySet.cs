using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sparql.Algebra.Paths;

/// <summary>
/// NPS(iris): one forward step by any predicate not in the set. Inverse members of <c>!(…|^iri)</c> become
/// <c>inv(NPS(…))</c> and mixed sets an alternative of both (§18.2.2.4).
/// </summary>
internal sealed class NegatedPropertySet : PathExpression
{
    public NegatedPropertySet(IReadOnlyList<NamedNode> excluded) => Excluded = excluded;

    public IReadOnlyList<NamedNode> Excluded { get; }

    public override string ToString() => "(notoneof" + string.Concat(Excluded.Select(f => " " + f)) + ")";
}
