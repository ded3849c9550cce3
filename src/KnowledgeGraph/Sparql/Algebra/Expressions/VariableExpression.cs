namespace KnowledgeGraph.Sparql.Algebra.Expressions;

/// <summary>A variable reference.</summary>
internal sealed class VariableExpression : Expression
{
    public VariableExpression(string name) : base(null) => Name = name;

    public string Name { get; }

    public override Expression WithArgs(IReadOnlyList<Expression> args) => this;

    public override void CollectVariables(ISet<string> into) => into.Add(Name);

    public override string ToString() => "?" + Name;
}
