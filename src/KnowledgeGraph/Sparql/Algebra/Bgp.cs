namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A basic graph pattern: triple patterns matched together (§18.2.1 BGP).</summary>
internal sealed class Bgp : AlgebraNode
{
    public Bgp(IReadOnlyList<TriplePattern> patterns) => Patterns = patterns;

    public static readonly Bgp Empty = new(Array.Empty<TriplePattern>());

    public IReadOnlyList<TriplePattern> Patterns { get; }

    /// <summary>Set once the optimiser has chosen the evaluation order.</summary>
    public bool Ordered { get; init; }

    public override IReadOnlyList<AlgebraNode> Children => Array.Empty<AlgebraNode>();

    public override AlgebraNode WithChildren(IReadOnlyList<AlgebraNode> children) => this;

    public override void CollectInScope(ISet<string> into) => CollectCertain(into);

    public override void CollectCertain(ISet<string> into)
    {
        foreach (var p in Patterns)
            foreach (var t in p.Terms)
                if (t.Variable is not null) into.Add(t.Variable);
    }

    public override void Write(SExpressionWriter w)
    {
        w.Open("bgp");
        foreach (var p in Patterns) w.Atom("(triple " + p.Subject + " " + p.Predicate + " " + p.Object + ")");
        w.Close();
    }
}
