using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Functions;

namespace KnowledgeGraph.Sparql.Evaluation.Operators;

/// <summary>ORDER BY: materialises, computes each key once per solution, and sorts stably.</summary>
internal sealed class OrderByNode : PlanNode
{
    private readonly PlanNode _inner;
    private readonly CompiledExpression[] _keys;
    private readonly bool[] _descending;

    public OrderByNode(PlanNode inner, CompiledExpression[] keys, bool[] descending)
    {
        _inner = inner;
        _keys = keys;
        _descending = descending;
    }

    public override IEnumerable<int[]> Run(int[] input, QueryExecution exec, ActiveGraph graph)
    {
        var rows = new List<(int[] Row, Term?[] Keys, int Index)>();
        foreach (var r in _inner.Run(input, exec, graph))
        {
            exec.Tick();
            var keys = new Term?[_keys.Length];
            for (int i = 0; i < keys.Length; i++) keys[i] = _keys[i](r, exec, graph);
            exec.Keep();
            rows.Add((r, keys, rows.Count));
        }
        rows.Sort((a, b) =>
        {
            for (int i = 0; i < _keys.Length; i++)
            {
                int c = SparqlOperators.OrderCompare(a.Keys[i], b.Keys[i]);
                if (c != 0) return _descending[i] ? -c : c;
            }
            return a.Index.CompareTo(b.Index);
        });
        foreach (var r in rows) yield return r.Row;
    }
}
