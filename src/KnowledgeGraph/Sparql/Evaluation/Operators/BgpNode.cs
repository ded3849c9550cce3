using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sparql.Evaluation.Operators;

/// <summary>One position of a compiled triple pattern: a constant term or a variable slot.</summary>
internal readonly record struct SlotOrTerm(int Slot, Term? Term)
{
    public bool IsVariable => Term is null;
}

/// <summary>
/// A basic graph pattern as index nested loops, in the order the optimiser chose: each pattern is looked up with
/// the values bound so far. Runs as an explicit stack machine (no nested iterators), copying a row only to yield it.
/// Filter conjuncts pushed into the BGP run at the first pattern after which all their variables are bound, so
/// rejected partial solutions are not extended further.
/// </summary>
internal sealed class BgpNode : PlanNode
{
    private readonly SlotOrTerm[] _terms; // 3 per pattern
    private readonly CompiledExpression[]?[]? _filters; // per pattern level

    public BgpNode(SlotOrTerm[] terms, CompiledExpression[]?[]? filters = null)
    {
        _terms = terms;
        _filters = filters;
    }

    public override IEnumerable<int[]> Run(int[] input, QueryExecution exec, ActiveGraph graph)
    {
        int n = _terms.Length / 3;
        if (n == 0)
        {
            yield return input;
            yield break;
        }
        var constants = new int[_terms.Length];
        for (int i = 0; i < _terms.Length; i++)
            if (_terms[i].Term is { } t) constants[i] = exec.Terms.Intern(t);
        var row = Copy(input);
        var ranges = new Store.TripleRange[n];
        var positions = new int[n];
        var assigned = new int[n * 3]; // slot+1 of variables assigned at each level, 0 = none
        int level = 0;
        ranges[0] = Lookup(0, row, constants, graph);
        while (level >= 0)
        {
            exec.Tick();
            Undo(level, row, assigned);
            if (positions[level] >= ranges[level].Length)
            {
                positions[level] = 0;
                level--;
                continue;
            }
            var triple = ranges[level][positions[level]++];
            if (!Bind(level, triple.S, 0, row, assigned) || !Bind(level, triple.P, 1, row, assigned) || !Bind(level, triple.O, 2, row, assigned))
                continue;
            if (_filters?[level] is { } filters && !Passes(filters, row, exec, graph)) continue;
            if (level == n - 1)
            {
                yield return Copy(row);
                continue;
            }
            level++;
            ranges[level] = Lookup(level, row, constants, graph);
            positions[level] = 0;
        }
    }

    private static bool Passes(CompiledExpression[] filters, int[] row, QueryExecution exec, ActiveGraph graph)
    {
        foreach (var f in filters)
            if (ExpressionCompiler.IsTrue(f(row, exec, graph)) != true) return false;
        return true;
    }

    private Store.TripleRange Lookup(int level, int[] row, int[] constants, ActiveGraph graph)
    {
        int s = Key(level * 3, row, constants), p = Key(level * 3 + 1, row, constants), o = Key(level * 3 + 2, row, constants);
        if (s < 0 || p < 0 || o < 0) return Store.TripleRange.Empty;
        return graph.Match(s, p, o);
    }

    private int Key(int i, int[] row, int[] constants) => _terms[i].Term is null ? row[_terms[i].Slot] : constants[i];

    private bool Bind(int level, int value, int position, int[] row, int[] assigned)
    {
        var term = _terms[level * 3 + position];
        if (!term.IsVariable) return true;
        int slot = term.Slot;
        if (row[slot] == 0)
        {
            row[slot] = value;
            assigned[level * 3 + position] = slot + 1;
            return true;
        }
        return row[slot] == value;
    }

    private static void Undo(int level, int[] row, int[] assigned)
    {
        for (int k = level * 3; k < level * 3 + 3; k++)
        {
            if (assigned[k] != 0)
            {
                row[assigned[k] - 1] = 0;
                assigned[k] = 0;
            }
        }
    }
}
