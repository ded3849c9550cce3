using System.Text;
using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Functions;

namespace KnowledgeGraph.Sparql.Evaluation.Operators;

/// <summary>
/// The set functions of §18.5 (COUNT, SUM, AVG, MIN, MAX, GROUP_CONCAT, SAMPLE, with DISTINCT), computed as the
/// solutions stream by: a group keeps a running value, never its rows. Only what the result itself must hold is
/// counted against <see cref="QueryExecution.MaxRowsInMemory"/>: the distinct values or rows of a DISTINCT
/// aggregate and the values GROUP_CONCAT joins.
/// </summary>
internal static class AggregateFunctions
{
    /// <summary>A new, empty accumulator for one group.</summary>
    public static AggregateAccumulator Start(CompiledAggregate agg)
    {
        AggregateAccumulator plain = agg.Name switch
        {
            "COUNT" => new CountAccumulator(),
            "SUM" => new SumAccumulator(average: false),
            "AVG" => new SumAccumulator(average: true),
            "MIN" => new ExtremeAccumulator(max: false),
            "MAX" => new ExtremeAccumulator(max: true),
            "SAMPLE" => new SampleAccumulator(),
            "GROUP_CONCAT" => new ConcatAccumulator(agg.Separator),
            _ => throw new SparqlEvaluationException($"Unknown aggregate {agg.Name}."),
        };
        if (!agg.Distinct) return plain;
        return agg.Argument is null ? new DistinctRowsAccumulator(plain) : new DistinctValuesAccumulator(plain);
    }

    /// <summary>Feeds one solution of the group to <paramref name="accumulator"/>.</summary>
    public static void Add(AggregateAccumulator accumulator, CompiledAggregate agg, int[] row, QueryExecution exec, ActiveGraph graph)
    {
        if (agg.Argument is null)
        {
            accumulator.AddRow(row, exec);
            return;
        }
        if (agg.ArgumentSlot >= 0 && agg.Name == "COUNT" && !agg.Distinct)
        {
            // COUNT(?v) counts bound values: nothing is decoded.
            if (row[agg.ArgumentSlot] != 0) accumulator.AddValue(Zero, exec);
            return;
        }
        // ListEval: the argument per solution; null marks an error or unbound value.
        accumulator.AddValue(agg.Argument(row, exec, graph), exec);
    }

    private static readonly Literal Zero = Literal.Integer(0);

    private sealed class CountAccumulator : AggregateAccumulator
    {
        private long _count;

        public override void AddRow(int[] row, QueryExecution exec) => _count++;

        public override void AddValue(Term? value, QueryExecution exec)
        {
            if (value is not null) _count++;
        }

        public override Term? Result() => Literal.Integer(_count);
    }

    /// <summary>SUM and AVG: an error or unbound value makes the result an error (unbound).</summary>
    private sealed class SumAccumulator(bool average) : AggregateAccumulator
    {
        private Term? _sum = Zero;
        private long _count;

        public override void AddValue(Term? value, QueryExecution exec)
        {
            _count++;
            if (_sum is null) return;
            _sum = value is null ? null : SparqlOperators.Arithmetic('+', _sum, value);
        }

        public override Term? Result()
        {
            if (!average || _sum is null) return _sum;
            return _count == 0 ? Zero : SparqlOperators.Arithmetic('/', _sum, Literal.Integer(_count));
        }
    }

    /// <summary>MIN and MAX skip errors and unbound values.</summary>
    private sealed class ExtremeAccumulator(bool max) : AggregateAccumulator
    {
        private Term? _best;

        public override void AddValue(Term? value, QueryExecution exec)
        {
            if (value is null) return;
            if (_best is null) { _best = value; return; }
            int c = SparqlOperators.OrderCompare(value, _best);
            if (max ? c > 0 : c < 0) _best = value;
        }

        public override Term? Result() => _best;
    }

    private sealed class SampleAccumulator : AggregateAccumulator
    {
        private Term? _first;

        public override void AddValue(Term? value, QueryExecution exec) => _first ??= value;

        public override Term? Result() => _first;
    }

    /// <summary>GROUP_CONCAT keeps the joined text, which grows with the group: each value counts as a kept row.</summary>
    private sealed class ConcatAccumulator(string separator) : AggregateAccumulator
    {
        private StringBuilder? _text = new();
        private bool _any;

        public override void AddValue(Term? value, QueryExecution exec)
        {
            if (_text is null) return;
            // The result is a simple literal even when every value has the same language tag (agg-groupconcat-04).
            if (value is not Literal l)
            {
                _text = null;
                return;
            }
            exec.Keep();
            if (_any) _text.Append(separator);
            _text.Append(l.LexicalForm);
            _any = true;
        }

        public override Term? Result() => _text is null ? null : Literal.Create(_text.ToString());
    }

    /// <summary>DISTINCT over an argument: each value reaches the inner accumulator once (errors count as one value).</summary>
    private sealed class DistinctValuesAccumulator(AggregateAccumulator inner) : AggregateAccumulator
    {
        private readonly HashSet<Term> _seen = [];
        private bool _seenError;

        public override void AddValue(Term? value, QueryExecution exec)
        {
            if (value is null)
            {
                if (_seenError) return;
                _seenError = true;
            }
            else if (!_seen.Add(value)) return;
            exec.Keep();
            inner.AddValue(value, exec);
        }

        public override Term? Result() => inner.Result();
    }

    /// <summary>COUNT(DISTINCT *): the distinct solutions must be kept to be told apart.</summary>
    private sealed class DistinctRowsAccumulator(AggregateAccumulator inner) : AggregateAccumulator
    {
        private readonly HashSet<int[]> _seen = new(RowComparer.Instance);

        public override void AddRow(int[] row, QueryExecution exec)
        {
            if (!_seen.Add(row)) return;
            exec.Keep();
            inner.AddRow(row, exec);
        }

        public override Term? Result() => inner.Result();
    }
}

/// <summary>The running state of one aggregate over one group.</summary>
internal abstract class AggregateAccumulator
{
    /// <summary>One solution, for an aggregate without an argument (<c>COUNT(*)</c>).</summary>
    public virtual void AddRow(int[] row, QueryExecution exec) => throw new InvalidOperationException("This aggregate takes an argument.");

    /// <summary>One value of the argument; null for an error or unbound value.</summary>
    public virtual void AddValue(Term? value, QueryExecution exec) => throw new InvalidOperationException("This aggregate takes no argument.");

    /// <summary>The aggregate's value for the group, or null (an error, left unbound).</summary>
    public abstract Term? Result();
}
