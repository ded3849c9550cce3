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

    /// <summary>Partitions the inner solutions by key (first-seen order), feeding each group's aggregates as the
    /// solutions stream by: a group keeps one running value per aggregate, not its rows, so only the number of
    /// groups counts against <see cref="QueryExecution.MaxRowsInMemory"/> (plus what DISTINCT and GROUP_CONCAT must
    /// hold). One loop over all solutions, compiled optimised up front, with a scratch key so that only a new
    /// group's key is allocated.</summary>
    public override IEnumerable<int[]> Run(int[] input, QueryExecution exec, ActiveGraph graph)
    {
        var (groups, order) = Partition(input, exec, graph);
        foreach (var row in Emit(input, exec, groups, order)) yield return row;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private (Dictionary<int[], AggregateAccumulator[]>, List<int[]>) Partition(int[] input, QueryExecution exec, ActiveGraph graph)
    {
        var groups = new Dictionary<int[], AggregateAccumulator[]>(RowComparer.Instance);
        var order = new List<int[]>();
        var key = new int[_keys.Length];
        foreach (var r in _inner.Run(input, exec, graph))
        {
            exec.Tick();
            FillKey(key, r, exec, graph);
            if (!groups.TryGetValue(key, out var accumulators))
            {
                exec.Keep();
                var owned = (int[])key.Clone();
                groups[owned] = accumulators = StartGroup();
                order.Add(owned);
            }
            for (int a = 0; a < _aggregates.Length; a++)
                AggregateFunctions.Add(accumulators[a], _aggregates[a], r, exec, graph);
        }
        if (order.Count == 0 && _keys.Length == 0)
        {
            order.Add(Array.Empty<int>());
            groups[order[0]] = StartGroup();
        }
        return (groups, order);
    }

    private AggregateAccumulator[] StartGroup()
    {
        var accumulators = new AggregateAccumulator[_aggregates.Length];
        for (int a = 0; a < accumulators.Length; a++) accumulators[a] = AggregateFunctions.Start(_aggregates[a]);
        return accumulators;
    }

    private IEnumerable<int[]> Emit(int[] input, QueryExecution exec, Dictionary<int[], AggregateAccumulator[]> groups, List<int[]> order)
    {
        foreach (var key in order)
        {
            var row = Copy(input);
            for (int i = 0; i < key.Length; i++)
                if (key[i] != 0) row[_keySlots[i]] = key[i];
            var accumulators = groups[key];
            for (int a = 0; a < _aggregates.Length; a++)
            {
                Term? value = accumulators[a].Result();
                if (value is not null) row[_aggregates[a].Slot] = exec.Terms.Intern(value);
            }
            yield return row;
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
