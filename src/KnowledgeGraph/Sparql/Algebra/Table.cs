using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A literal solution table: VALUES data (null = UNDEF), or the unit table with one empty solution.</summary>
internal sealed class Table : AlgebraNode
{
    public Table(IReadOnlyList<string> variables, IReadOnlyList<Term?[]> rows)
    {
        Variables = variables;
        Rows = rows;
    }

    /// <summary>The join identity: one solution with no bindings.</summary>
    public static Table Unit { get; } = new(Array.Empty<string>(), new[] { Array.Empty<Term?>() });

    public IReadOnlyList<string> Variables { get; }

    public IReadOnlyList<Term?[]> Rows { get; }

    public bool IsUnit => Variables.Count == 0 && Rows.Count == 1;

    public override IReadOnlyList<AlgebraNode> Children => Array.Empty<AlgebraNode>();

    public override AlgebraNode WithChildren(IReadOnlyList<AlgebraNode> children) => this;

    public override void CollectInScope(ISet<string> into)
    {
        foreach (var v in Variables) into.Add(v);
    }

    public override void CollectCertain(ISet<string> into)
    {
        for (int i = 0; i < Variables.Count; i++)
            if (Rows.All(r => r[i] is not null)) into.Add(Variables[i]);
    }

    public override void Write(SExpressionWriter w)
    {
        if (IsUnit) { w.Open("table unit"); w.Close(); return; }
        w.Open("table (vars" + string.Concat(Variables.Select(v => " ?" + v)) + ")");
        foreach (var r in Rows)
            w.Atom("(row" + string.Concat(r.Select((t, i) => t is null ? "" : " [?" + Variables[i] + " " + t + "]")) + ")");
        w.Close();
    }
}
