namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Project(Ω, vars): keeps only the listed variables; everything else is a different scope.</summary>
internal sealed class Project : AlgebraNode
{
    public Project(AlgebraNode inner, IReadOnlyList<string> variables)
    {
        Inner = inner;
        Variables = variables;
    }

    public AlgebraNode Inner { get; }

    public IReadOnlyList<string> Variables { get; }

    public override IReadOnlyList<AlgebraNode> Children => new[] { Inner };

    public override AlgebraNode WithChildren(IReadOnlyList<AlgebraNode> children) => new Project(children[0], Variables);

    public override void CollectInScope(ISet<string> into)
    {
        foreach (var v in Variables) into.Add(v);
    }

    public override void CollectCertain(ISet<string> into)
    {
        var inner = Inner.CertainVariables();
        foreach (var v in Variables)
            if (inner.Contains(v)) into.Add(v);
    }

    public override void Write(SExpressionWriter w)
    {
        w.Open("project (" + string.Join(" ", Variables.Select(v => "?" + v)) + ")");
        w.Node(Inner);
        w.Close();
    }
}
