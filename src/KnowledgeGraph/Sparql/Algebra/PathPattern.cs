using KnowledgeGraph.Sparql.Algebra.Paths;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Path(subject, path, object): a property path that did not reduce to triple patterns (§18.2.2.4).</summary>
internal sealed class PathPattern : AlgebraNode
{
    public PathPattern(PatternTerm subject, PathExpression path, PatternTerm @object)
    {
        Subject = subject;
        Path = path;
        Object = @object;
    }

    public PatternTerm Subject { get; }

    public PathExpression Path { get; }

    public PatternTerm Object { get; }

    public override IReadOnlyList<AlgebraNode> Children => Array.Empty<AlgebraNode>();

    public override AlgebraNode WithChildren(IReadOnlyList<AlgebraNode> children) => this;

    public override void CollectInScope(ISet<string> into) => CollectCertain(into);

    public override void CollectCertain(ISet<string> into)
    {
        if (Subject.Variable is not null) into.Add(Subject.Variable);
        if (Object.Variable is not null) into.Add(Object.Variable);
    }

    public override void Write(SExpressionWriter w)
    {
        w.Open("path");
        w.Atom(Subject + " " + Path + " " + Object);
        w.Close();
    }
}
