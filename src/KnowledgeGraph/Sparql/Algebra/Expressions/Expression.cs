namespace KnowledgeGraph.Sparql.Algebra.Expressions;

/// <summary>
/// A SPARQL expression (§17). The same tree serves the syntax tree and the algebra; the algebra builder replaces
/// aggregates by variables and EXISTS syntax by algebra. <see cref="Depth"/> is computed on construction so deep
/// trees can be refused without recursion.
/// </summary>
internal abstract class Expression
{
    private static readonly Expression[] NoArgs = Array.Empty<Expression>();

    protected Expression(IReadOnlyList<Expression>? args)
    {
        Args = args ?? NoArgs;
        int d = 0;
        foreach (var a in Args) d = Math.Max(d, a.Depth);
        Depth = d + 1;
    }

    public IReadOnlyList<Expression> Args { get; }

    public int Depth { get; }

    /// <summary>The same expression over new arguments.</summary>
    public abstract Expression WithArgs(IReadOnlyList<Expression> args);

    public virtual void CollectVariables(ISet<string> into)
    {
        foreach (var a in Args) a.CollectVariables(into);
    }

    public HashSet<string> Variables()
    {
        var s = new HashSet<string>();
        CollectVariables(s);
        return s;
    }

    /// <summary>Rewrites bottom-up.</summary>
    public Expression Transform(Func<Expression, Expression> rewrite)
    {
        if (Args.Count == 0) return rewrite(this);
        var newArgs = new Expression[Args.Count];
        bool changed = false;
        for (int i = 0; i < Args.Count; i++)
        {
            newArgs[i] = Args[i].Transform(rewrite);
            changed |= !ReferenceEquals(newArgs[i], Args[i]);
        }
        return rewrite(changed ? WithArgs(newArgs) : this);
    }

    public bool Any(Func<Expression, bool> predicate)
    {
        if (predicate(this)) return true;
        foreach (var a in Args)
            if (a.Any(predicate)) return true;
        return false;
    }

    /// <summary>The expression as an S-expression.</summary>
    public abstract override string ToString();

    protected string ArgsText() => Args.Count == 0 ? "" : " " + string.Join(" ", Args.Select(a => a.ToString()));
}
