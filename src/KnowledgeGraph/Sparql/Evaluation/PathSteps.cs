using System.Runtime.CompilerServices;
using KnowledgeGraph.Sparql.Algebra.Paths;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// One step of a closure's inner path straight from the index, for the common shapes: a predicate, its inverse,
/// and alternatives of those (<c>ex:partOf+</c>, <c>(^ex:knows|^ex:employs)*</c>). Other inner paths go through
/// <see cref="PathEvaluator.Eval"/>. Steps may repeat a node; the closure's visited set absorbs that.
/// </summary>
internal static class PathSteps
{
    public static bool IsSimple(PathExpression path) => path switch
    {
        LinkPath => true,
        InversePath inv => IsSimple(inv.Inner),
        AlternativePath alt => IsSimple(alt.Left) && IsSimple(alt.Right),
        _ => false,
    };

    /// <summary>Appends the nodes one step from <paramref name="node"/> (forward: as subject; else as object).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Collect(PathExpression path, int node, bool forward, QueryExecution exec, ActiveGraph graph, List<int> output)
    {
        while (true)
        {
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            switch (path)
            {
                case LinkPath link:
                    {
                        int predicate = exec.Terms.InternConstant(link.Predicate);
                        if (predicate <= 0 || node <= 0) return;
                        var range = forward ? graph.Match(node, predicate, 0) : graph.Match(0, predicate, node);
                        foreach (var t in range.Span) output.Add(forward ? t.O : t.S);
                        return;
                    }
                case InversePath inv:
                    path = inv.Inner;
                    forward = !forward;
                    continue;
                case AlternativePath alt:
                    Collect(alt.Left, node, forward, exec, graph, output);
                    path = alt.Right;
                    continue;
                default:
                    throw new InvalidOperationException("Not a simple path: " + path);
            }
        }
    }
}
