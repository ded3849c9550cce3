using System.Text;
using KnowledgeGraph.Sparql.Algebra.Expressions;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// An operator of the SPARQL algebra (SPARQL 1.1 §18.2). Nodes are immutable; optimiser rules build new trees with
/// <see cref="WithChildren"/>. Printed as S-expressions for debugging.
/// </summary>
internal abstract class AlgebraNode
{
    /// <summary>The operands, left to right.</summary>
    public abstract IReadOnlyList<AlgebraNode> Children { get; }

    /// <summary>The same operator over new operands (same count and order as <see cref="Children"/>).</summary>
    public abstract AlgebraNode WithChildren(IReadOnlyList<AlgebraNode> children);

    /// <summary>The expressions this operator evaluates directly (not those of its operands).</summary>
    public virtual IEnumerable<Expression> Expressions => Array.Empty<Expression>();

    /// <summary>The same operator with its own expressions replaced (same count and order as <see cref="Expressions"/>).</summary>
    public virtual AlgebraNode WithExpressions(IReadOnlyList<Expression> expressions) => this;

    /// <summary>Variables that may be bound in a solution (in-scope variables, §18.2.1).</summary>
    public abstract void CollectInScope(ISet<string> into);

    /// <summary>Variables bound in every solution.</summary>
    public abstract void CollectCertain(ISet<string> into);

    public HashSet<string> InScopeVariables()
    {
        var s = new HashSet<string>();
        CollectInScope(s);
        return s;
    }

    public HashSet<string> CertainVariables()
    {
        var s = new HashSet<string>();
        CollectCertain(s);
        return s;
    }

    public abstract void Write(SExpressionWriter w);

    public override string ToString()
    {
        var w = new SExpressionWriter();
        Write(w);
        return w.ToString();
    }

    /// <summary>Rewrites bottom-up with an explicit stack, so deep trees do not overflow.</summary>
    public AlgebraNode TransformUp(Func<AlgebraNode, AlgebraNode> rewrite)
    {
        var results = new Dictionary<AlgebraNode, AlgebraNode>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(AlgebraNode Node, bool Expanded)>();
        stack.Push((this, false));
        while (stack.Count > 0)
        {
            var (node, expanded) = stack.Pop();
            if (!expanded)
            {
                stack.Push((node, true));
                foreach (var c in node.Children) stack.Push((c, false));
                continue;
            }
            if (results.ContainsKey(node)) continue;
            var kids = node.Children;
            AlgebraNode rebuilt = node;
            if (kids.Count > 0)
            {
                var newKids = new AlgebraNode[kids.Count];
                bool changed = false;
                for (int i = 0; i < kids.Count; i++)
                {
                    newKids[i] = results[kids[i]];
                    changed |= !ReferenceEquals(newKids[i], kids[i]);
                }
                if (changed) rebuilt = node.WithChildren(newKids);
            }
            results[node] = rewrite(rebuilt);
        }
        return results[this];
    }

    /// <summary>The depth of the tree (iteratively), to refuse trees too deep to evaluate safely.</summary>
    public int Depth()
    {
        int max = 0;
        var stack = new Stack<(AlgebraNode, int)>();
        stack.Push((this, 1));
        while (stack.Count > 0)
        {
            var (n, d) = stack.Pop();
            if (d > max) max = d;
            foreach (var c in n.Children) stack.Push((c, d + 1));
            foreach (var e in n.Expressions)
            {
                int ed = d + e.Depth;
                if (ed > max) max = ed;
                foreach (var p in e.Patterns()) stack.Push((p, ed));
            }
        }
        return max;
    }
}

/// <summary>Builds the indented S-expression text of an algebra tree.</summary>
internal sealed class SExpressionWriter
{
    private readonly StringBuilder _sb = new();
    private int _indent;

    public void Open(string name)
    {
        if (_sb.Length > 0) _sb.Append('\n').Append(' ', _indent * 2);
        _sb.Append('(').Append(name);
        _indent++;
    }

    public void Atom(string text) => _sb.Append(' ').Append(text);

    public void Close()
    {
        _indent--;
        _sb.Append(')');
    }

    public void Node(AlgebraNode node) => node.Write(this);

    public override string ToString() => _sb.ToString();
}
