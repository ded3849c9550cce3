namespace KnowledgeGraph.Sparql.Algebra.Expressions;

/// <summary>A function called by IRI (XSD casts, extension functions).</summary>
internal sealed class IriFunctionExpression : Expression
{
    public IriFunctionExpression(string iri, IReadOnlyList<Expression> args) : base(args) => Iri = iri;

    public string Iri { get; }

    public override Expression WithArgs(IReadOnlyList<Expression> args) => new IriFunctionExpression(Iri, args);

    public override string ToString() => "(<" + Iri + ">" + ArgsText() + ")";
}
