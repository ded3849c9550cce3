using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sparql.Evaluation.Operators;

/// <summary>A compiled aggregate: its function, argument and the slot its value goes to.</summary>
internal sealed record CompiledAggregate(string Name, bool Distinct, CompiledExpression? Argument, string Separator, int Slot);

/// <summary>
/// GROUP BY with aggregates (§18.5 Group, Aggregation, AggregateJoin): partitions the inner solutions by the key
/// values (in first-seen order) and emits one solution per group with the keys and aggregate values bound.
/// </summary>
internal sealed class GroupNode : PlanNode
{
    private readonly PlanNode _inner;
    private readonly CompiledExpression[] _keys;
    private readonly int[] _keySlots;
    private readonly CompiledAggregate[] _aggregates;

    public GroupNode(PlanNode inner, CompiledExpression[] keys, int[] keySlots, CompiledAggregate[] aggregates)
    {
        _inner = inner;
        _keys = keys;
        _keySlots = keySlots;
        _aggregates = aggregates;
    }

    public override IEnumerable<int[]> Run(int[] input, QueryExecution exec, ActiveGraph graph)
    {
        var groups = new Dictionary<int[], List<int[]>>(RowComparer.Instance);
        var order = new List<int[]>();
        foreach (var r in _inner.Run(input, exec, graph))
        {
            exec.Tick();
            var key = new int[_keys.Length];
            for (int i = 0; i < key.Length; i++)
            {
                var v = _keys[i](r, exec, graph);
                key[i] = v is null ? 0 : exec.Terms.Intern(v);
            }
            if (!groups.TryGetValue(key, out var members))
            {
                groups[key] = members = new List<int[]>();
                order.Add(key);
            }
            members.Add(r);
        }
        if (order.Count == 0 && _keys.Length == 0)
        {
            order.Add(Array.Empty<int>());
            groups[order[0]] = new List<int[]>();
        }
        foreach (var key in order)
        {
            var members = groups[key];
            var row = Copy(input);
            for (int i = 0; i < key.Length; i++)
                if (key[i] != 0) row[_keySlots[i]] = key[i];
            foreach (var agg in _aggregates)
            {
                Term? value = AggregateFunctions.Compute(agg, members, exec, graph);
                if (value is not null) row[agg.Slot] = exec.Terms.Intern(value);
            }
            yield return row;
        }
    }
}
