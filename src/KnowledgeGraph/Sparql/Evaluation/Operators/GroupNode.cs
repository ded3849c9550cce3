using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sparql.Evaluation.Operators;

/// <summary>A compiled aggregate: its function, argument and the slot its value goes to.</summary>
/// <remarks><paramref name="ArgumentSlot"/> is the slot of the argument when it is a plain variable, else -1.</remarks>
internal sealed record CompiledAggregate(string Name, bool Distinct, CompiledExpression? Argument, string Separator, int Slot, int ArgumentSlot = -1);

/// <summary>
/// GROUP BY with aggregates (§18.5 Group, Aggregation, AggregateJoin): partitions the inner solutions by the key
/// values (in first-seen order) and emits one solution per group with the keys and aggregate values bound.
/// </summary>
internal sealed class GroupNode : PlanNode
{
    private readonly PlanNode _inner;
    private readonly CompiledExpression[] _keys;
    private readonly int[] _keySlots;
    private readonly int[] _keySourceSlots; // per key: the slot of a plain-variable key, else -1
    private readonly CompiledAggregate[] _aggregates;

    public GroupNode(PlanNode inner, CompiledExpression[] keys, int[] keySlots, int[] keySourceSlots, CompiledAggregate[] aggregates)
    {
        _inner = inner;
        _keys = keys;
        _keySlots = keySlots;
        _keySourceSlots = keySourceSlots;
        _aggregates = aggregates;
    }

    public override IEnumerable<int[]> Run(int[] input, QueryExecution exec, ActiveGraph graph)
    {
        if (_aggregates.All(IsPlainCount)) return RunCounting(input, exec, graph);
        return RunKeepingRows(input, exec, graph);
    }

    /// <summary>COUNT(*) and COUNT(?v) without DISTINCT need only a number per group, not the group's rows.</summary>
    private static bool IsPlainCount(CompiledAggregate a) => a.Name == "COUNT" && !a.Distinct && (a.Argument is null || a.ArgumentSlot >= 0);

    private IEnumerable<int[]> RunCounting(int[] input, QueryExecution exec, ActiveGraph graph)
    {
        var counts = new Dictionary<int[], long[]>(RowComparer.Instance);
        var order = new List<int[]>();
        var key = new int[_keys.Length];
        foreach (var r in _inner.Run(input, exec, graph))
        {
            exec.Tick();
            FillKey(key, r, exec, graph);
            if (!counts.TryGetValue(key, out var perAggregate))
            {
                exec.Keep();
                var owned = (int[])key.Clone();
                counts[owned] = perAggregate = new long[_aggregates.Length];
                order.Add(owned);
            }
            for (int a = 0; a < _aggregates.Length; a++)
                if (_aggregates[a].ArgumentSlot < 0 || r[_aggregates[a].ArgumentSlot] != 0) perAggregate[a]++;
        }
        if (order.Count == 0 && _keys.Length == 0)
        {
            order.Add(Array.Empty<int>());
            counts[order[0]] = new long[_aggregates.Length];
        }
        foreach (var k in order)
        {
            var row = Copy(input);
            for (int i = 0; i < k.Length; i++)
                if (k[i] != 0) row[_keySlots[i]] = k[i];
            var perAggregate = counts[k];
            for (int a = 0; a < _aggregates.Length; a++)
                row[_aggregates[a].Slot] = exec.Terms.Intern(Literal.Integer(perAggregate[a]));
            yield return row;
        }
    }

    private IEnumerable<int[]> RunKeepingRows(int[] input, QueryExecution exec, ActiveGraph graph)
    {
        var groups = new Dictionary<int[], List<int[]>>(RowComparer.Instance);
        var order = new List<int[]>();
        Partition(input, exec, graph, groups, order);
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

    /// <summary>Sorts the inner solutions into groups (first-seen order); one loop over all solutions, compiled
    /// optimised up front, with a scratch key so that only a new group's key is allocated.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void Partition(int[] input, QueryExecution exec, ActiveGraph graph, Dictionary<int[], List<int[]>> groups, List<int[]> order)
    {
        var key = new int[_keys.Length];
        foreach (var r in _inner.Run(input, exec, graph))
        {
            exec.Tick();
            FillKey(key, r, exec, graph);
            if (!groups.TryGetValue(key, out var members))
            {
                var owned = (int[])key.Clone();
                groups[owned] = members = new List<int[]>();
                order.Add(owned);
            }
            exec.Keep();
            members.Add(r);
        }
    }

    private void FillKey(int[] key, int[] r, QueryExecution exec, ActiveGraph graph)
    {
        for (int i = 0; i < key.Length; i++)
        {
            // A variable's id is already canonical: no need to decode the term and intern it again.
            if (_keySourceSlots[i] >= 0)
            {
                key[i] = r[_keySourceSlots[i]];
                continue;
            }
            var v = _keys[i](r, exec, graph);
            key[i] = v is null ? 0 : exec.Terms.Intern(v);
        }
    }
}
