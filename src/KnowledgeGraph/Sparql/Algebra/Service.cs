namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// Service(endpoint, P, silent): federated query. <see cref="Inner"/> gives the pattern's variables; the endpoint is
/// sent the pattern as written (<see cref="PatternText"/>, after <see cref="Prologue"/>), not a rendering of the algebra.
/// </summary>
internal sealed class Service : AlgebraNode
{
    public Service(PatternTerm endpoint, AlgebraNode inner, bool silent, string prologue, string patternText)
    {
        Endpoint = endpoint;
        Inner = inner;
        Silent = silent;
        Prologue = prologue;
        PatternText = patternText;
    }

    public string Prologue { get; }

    public string PatternText { get; }

    public PatternTerm Endpoint { get; }

    public AlgebraNode Inner { get; }

    public bool Silent { get; }

    public override IReadOnlyList<AlgebraNode> Children => new[] { Inner };

    public override AlgebraNode WithChildren(IReadOnlyList<AlgebraNode> children) => new Service(Endpoint, children[0], Silent, Prologue, PatternText);

    public override void CollectInScope(ISet<string> into)
    {
        if (Endpoint.Variable is not null) into.Add(Endpoint.Variable);
        Inner.CollectInScope(into);
    }

    public override void CollectCertain(ISet<string> into) { }

    public override void Write(SExpressionWriter w)
    {
        w.Open((Silent ? "service silent " : "service ") + Endpoint);
        w.Node(Inner);
        w.Close();
    }
}
