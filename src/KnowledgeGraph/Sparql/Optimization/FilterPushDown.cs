using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Algebra.Expressions;

namespace KnowledgeGraph.Sparql.Optimization;

/// <summary>
/// Moves each conjunct of a filter as close to the data as its variables allow: into the side of a join (or the
/// left of OPTIONAL / MINUS, or below BIND) that binds all of them in every solution, and into both branches of a
/// UNION. A conjunct whose variables are always bound there has the same value there as after the join.
/// </summary>
internal sealed class FilterPushDown : IAlgebraOptimizer
{
    public AlgebraNode Optimize(AlgebraNode node, OptimizerContext context) =>
        node.TransformUp(n => n is Filter f ? Push(Conjuncts(f.Condition), f.Inner) : n);

    private static List<Expression> Conjuncts(Expression e)
    {
        var list = new List<Expression>();
        var stack = new Stack<Expression>();
        stack.Push(e);
        while (stack.Count > 0)
        {
            var x = stack.Pop();
            if (x is OperatorExpression { Operator: "&&" } and) { stack.Push(and.Args[1]); stack.Push(and.Args[0]); }
            else list.Add(x);
        }
        return list;
    }

    private static AlgebraNode Push(List<Expression> conjuncts, AlgebraNode inner)
    {
        var remaining = new List<Expression>();
        foreach (var c in conjuncts)
        {
            var pushed = TryPush(c, inner);
            if (pushed is null) remaining.Add(c);
            else inner = pushed;
        }
        if (remaining.Count == 0) return inner;
        var condition = remaining[0];
        for (int i = 1; i < remaining.Count; i++) condition = new OperatorExpression("&&", condition, remaining[i]);
        return new Filter(condition, inner);
    }

    private static AlgebraNode? TryPush(Expression c, AlgebraNode inner)
    {
        var vars = c.Variables();
        if (vars.Count == 0) return null;
        bool Covers(AlgebraNode n) => vars.IsSubsetOf(n.CertainVariables());
        switch (inner)
        {
            case Join j:
                if (Covers(j.Left)) return new Join(Push(new() { c }, j.Left), j.Right, j.Strategy);
                if (Covers(j.Right)) return new Join(j.Left, Push(new() { c }, j.Right), j.Strategy);
                return null;
            case LeftJoin lj when Covers(lj.Left):
                return new LeftJoin(Push(new() { c }, lj.Left), lj.Right, lj.Condition);
            case Minus m when Covers(m.Left):
                return new Minus(Push(new() { c }, m.Left), m.Right);
            case Extend e when !vars.Contains(e.Variable) && Covers(e.Inner):
                return new Extend(Push(new() { c }, e.Inner), e.Variable, e.Expression);
            case Union u:
                return new Union(Push(new() { c }, u.Left), Push(new() { c }, u.Right));
            case Filter f:
                return new Filter(f.Condition, Push(new() { c }, f.Inner));
        }
        return null;
    }
}
