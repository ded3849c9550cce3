namespace KnowledgeGraph.Sparql.Algebra.Expressions;

/// <summary>
/// A built-in call by its upper-case keyword: the functions of §17.4 and the special forms the evaluator handles
/// itself (BOUND, IF, COALESCE, BNODE, SAMETERM).
/// </summary>
internal sealed class FunctionExpression : Expression
{
    public FunctionExpression(string name, IReadOnlyList<Expression> args) : base(args) => Name = name;

    public string Name { get; }

    public override Expression WithArgs(IReadOnlyList<Expression> args) => new FunctionExpression(Name, args);

    /// <summary>Functions whose value changes between calls, which constant folding must leave alone.</summary>
    public bool IsNonDeterministic => Name is "RAND" or "UUID" or "STRUUID" or "BNODE" or "NOW";

    public override string ToString() => "(" + Name.ToLowerInvariant() + ArgsText() + ")";
}
