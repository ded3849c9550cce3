namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Graph(name, P): evaluates P in a named graph; a variable name ranges over all named graphs.</summary>
internal sealed class GraphPattern : AlgebraNode
{
    public GraphPattern(PatternTerm name, AlgebraNode inner)
    {
        Name = name;
        Inner = inner;
    }

    public PatternTerm Name { get; }

    public AlgebraNode Inner { get; }

    public override IReadOnlyList<AlgebraNode> Children => new[] { Inner };

    public override AlgebraNode WithChildren(IReadOnlyList<AlgebraNode> children) => new GraphPattern(Name, children[0]);

    public override void CollectInScope(ISet<string> into)
    {
        if (Name.Variable is not null) into.Add(Name.Variable);
        Inner.CollectInScope(into);
    }

    public override void CollectCertain(ISet<string> into)
    {
        if (Name.Variable is not null) into.Add(Name.Variable);
        Inner.CollectCertain(into);
    }

    public override void Write(SExpressionWriter w)
    {
        w.Open("graph " + Name);
        w.Node(Inner);
        w.Close();
    }
}
