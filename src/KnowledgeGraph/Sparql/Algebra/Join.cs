namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>How the evaluator joins: chosen by the optimiser from the operands' shapes.</summary>
internal enum JoinStrategy
{
    /// <summary>Evaluate the right side once per left solution, with the left bindings substituted (index lookups).</summary>
    NestedLoop,
    /// <summary>Evaluate the right side once, hash it on the shared variables, probe with each left solution.</summary>
    Hash,
}

/// <summary>Join(Ω1, Ω2): compatible pairs merged.</summary>
internal sealed class Join : AlgebraNode
{
    public Join(AlgebraNode left, AlgebraNode right, JoinStrategy strategy = JoinStrategy.NestedLoop)
    {
        Left = left;
        Right = right;
        Strategy = strategy;
    }

    public AlgebraNode Left { get; }

    public AlgebraNode Right { get; }

    public JoinStrategy Strategy { get; }

    public override IReadOnlyList<AlgebraNode> Children => new[] { Left, Right };

    public override AlgebraNode WithChildren(IReadOnlyList<AlgebraNode> children) => new Join(children[0], children[1], Strategy);

    public Join WithStrategy(JoinStrategy strategy) => new(Left, Right, strategy);

    public override void CollectInScope(ISet<string> into)
    {
        Left.CollectInScope(into);
        Right.CollectInScope(into);
    }

    public override void CollectCertain(ISet<string> into)
    {
        Left.CollectCertain(into);
        Right.CollectCertain(into);
    }

    public override void Write(SExpressionWriter w)
    {
        w.Open(Strategy == JoinStrategy.Hash ? "join hash" : "join");
        w.Node(Left);
        w.Node(Right);
        w.Close();
    }
}
