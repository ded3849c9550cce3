using KnowledgeGraph.Sparql.Algebra.Expressions;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A GROUP BY key: the expression and the variable its value is bound to.</summary>
internal sealed record GroupKey(Expression Expression, string Variable);

/// <summary>An aggregate computed per group and bound to a (usually hidden) variable.</summary>
internal sealed record GroupAggregate(AggregateExpression Aggregate, string Variable);

/// <summary>
/// Group + Aggregation + AggregateJoin of §18.2.4.1 in one operator: partitions Ω by the keys and produces one
/// solution per group binding the key variables and the aggregate variables. With no keys, an empty Ω still
/// makes one group.
/// </summary>
internal sealed class Group : AlgebraNode
{
    public Group(AlgebraNode inner, IReadOnlyList<GroupKey> keys, IReadOnlyList<GroupAggregate> aggregates)
    {
        Inner = inner;
        Keys = keys;
        Aggregates = aggregates;
    }

    public AlgebraNode Inner { get; }

    public IReadOnlyList<GroupKey> Keys { get; }

    public IReadOnlyList<GroupAggregate> Aggregates { get; }

    public override IReadOnlyList<AlgebraNode> Children => new[] { Inner };

    public override AlgebraNode WithChildren(IReadOnlyList<AlgebraNode> children) => new Group(children[0], Keys, Aggregates);

    public override IEnumerable<Expression> Expressions =>
        Keys.Select(k => k.Expression).Concat(Aggregates.Select(a => (Expression)a.Aggregate));

    public override AlgebraNode WithExpressions(IReadOnlyList<Expression> expressions)
    {
        var keys = Keys.Select((k, i) => k with { Expression = expressions[i] }).ToList();
        var aggs = Aggregates.Select((a, i) => a with { Aggregate = (AggregateExpression)expressions[Keys.Count + i] }).ToList();
        return new Group(Inner, keys, aggs);
    }

    public override void CollectInScope(ISet<string> into)
    {
        foreach (var k in Keys) into.Add(k.Variable);
        foreach (var a in Aggregates) into.Add(a.Variable);
    }

    public override void CollectCertain(ISet<string> into)
    {
        var inner = Inner.CertainVariables();
        foreach (var k in Keys)
            if (k.Expression is VariableExpression v && inner.Contains(v.Name)) into.Add(k.Variable);
    }

    public override void Write(SExpressionWriter w)
    {
        w.Open("group");
        w.Atom("(" + string.Join(" ", Keys.Select(k => "(?" + k.Variable + " " + k.Expression + ")")) + ")");
        w.Atom("(" + string.Join(" ", Aggregates.Select(a => "(?" + a.Variable + " " + a.Aggregate + ")")) + ")");
        w.Node(Inner);
        w.Close();
    }
}
