using System.Collections;
using System.Runtime.CompilerServices;
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
    private bool[]? _lastShared; // SharedSubjects' last answer, for inputs binding the subjects in _lastInputBound
    private ulong _lastInputBound;

    public BgpNode(SlotOrTerm[] terms, CompiledExpression[]?[]? filters = null)
    {
        _terms = terms;
        _filters = filters;
    }

    public override IEnumerable<int[]> Run(int[] input, QueryExecution exec, ActiveGraph graph)
    {
        if (_terms.Length == 0) return [input];
        var constants = new int[_terms.Length];
        for (int i = 0; i < _terms.Length; i++)
            if (_terms[i].Term is { } t)
            {
                // A constant the store does not hold (a negative id) matches nothing.
                constants[i] = exec.Terms.InternConstant(t);
                if (constants[i] < 0) return [];
            }
        return new Cursor(this, input, constants, exec, graph);
    }

    /// <summary>
    /// Per pattern: whether to look its subject up once and search its triples (see <see cref="Cursor"/>), which
    /// pays when at least two patterns look up the same bound subject, a star; otherwise a direct lookup is cheaper.
    /// A variable subject is bound at a pattern when the input binds it or an earlier pattern mentions it.
    /// </summary>
    private bool[] SharedSubjects(int[] input)
    {
        int n = _terms.Length / 3;
        // The answer depends on the input only through which subject variables it binds; a BGP run once per outer
        // solution usually sees the same ones every time, so the last answer is kept.
        ulong inputBound = 0;
        for (int k = 0; k < n && k < 64; k++)
            if (_terms[k * 3].IsVariable && input[_terms[k * 3].Slot] != 0) inputBound |= 1UL << k;
        if (_lastShared is not null && inputBound == _lastInputBound && n <= 64) return _lastShared;
        var shared = new bool[n];
        for (int k = 0; k < n; k++)
        {
            int lookups = 0;
            for (int j = 0; j < n; j++)
                if (SameSubject(j, k) && SubjectBoundAt(j, input)) lookups++;
            shared[k] = lookups >= 2;
        }
        _lastInputBound = inputBound;
        _lastShared = shared;
        return shared;
    }

    private bool SameSubject(int j, int k)
    {
        var a = _terms[j * 3];
        var b = _terms[k * 3];
        return a.IsVariable ? b.IsVariable && a.Slot == b.Slot : !b.IsVariable && a.Term!.Equals(b.Term);
    }

    private bool SubjectBoundAt(int level, int[] input)
    {
        var subject = _terms[level * 3];
        if (!subject.IsVariable || input[subject.Slot] != 0) return true;
        for (int i = 0; i < level * 3; i++)
            if (_terms[i].IsVariable && _terms[i].Slot == subject.Slot) return true;
        return false;
    }

    /// <summary>
    /// The nested loops as a hand-written enumerator rather than an iterator method, so that its loop can be
    /// compiled optimised from the first call (queries are short, and tiered compilation would otherwise run
    /// it unoptimised for most of a query's life).
    /// </summary>
    private sealed class Cursor : IEnumerable<int[]>, IEnumerator<int[]>
    {
        private readonly BgpNode _node;
        private readonly int[] _input;
        private readonly int[] _constants;
        private readonly QueryExecution _exec;
        private readonly ActiveGraph _graph;
        private readonly int[] _row;
        private readonly Storage.TripleRange[] _ranges;
        private readonly int[] _positions;
        private readonly int[] _assigned; // slot+1 of variables assigned at each level, 0 = none
        private readonly bool[] _sharedSubject;
        private int _level = -2; // -2 = not started, -1 = done
        private int _subject; // the subject whose triples _subjectRange holds, 0 = none
        private Storage.TripleRange _subjectRange;
        private bool _enumerated;

        public Cursor(BgpNode node, int[] input, int[] constants, QueryExecution exec, ActiveGraph graph)
        {
            _node = node;
            _input = input;
            _constants = constants;
            _exec = exec;
            _graph = graph;
            int n = node._terms.Length / 3;
            _row = Copy(input);
            _ranges = new Storage.TripleRange[n];
            _positions = new int[n];
            _assigned = new int[n * 3];
            _sharedSubject = node.SharedSubjects(input);
        }

        public int[] Current { get; private set; } = null!;

        object IEnumerator.Current => Current;

        public IEnumerator<int[]> GetEnumerator()
        {
            if (!_enumerated)
            {
                _enumerated = true;
                return this;
            }
            return new Cursor(_node, _input, _constants, _exec, _graph).GetEnumerator();
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool MoveNext()
        {
            var terms = _node._terms;
            var filters = _node._filters;
            var row = _row;
            int n = terms.Length / 3;
            int level = _level;
            if (level == -1) return false;
            if (level == -2)
            {
                level = 0;
                _ranges[0] = Lookup(0);
            }
            while (level >= 0)
            {
                _exec.Tick();
                // Undo the bindings this level made for its previous triple.
                for (int k = level * 3; k < level * 3 + 3; k++)
                {
                    if (_assigned[k] != 0)
                    {
                        row[_assigned[k] - 1] = 0;
                        _assigned[k] = 0;
                    }
                }
                if (_positions[level] >= _ranges[level].Length)
                {
                    _positions[level] = 0;
                    level--;
                    continue;
                }
                var triple = _ranges[level][_positions[level]++];
                if (!Bind(level * 3, triple.S, terms, row) || !Bind(level * 3 + 1, triple.P, terms, row) || !Bind(level * 3 + 2, triple.O, terms, row))
                    continue;
                if (filters?[level] is { } conditions && !Passes(conditions, row)) continue;
                if (level == n - 1)
                {
                    _level = level;
                    Current = Copy(row);
                    return true;
                }
                level++;
                _ranges[level] = Lookup(level);
                _positions[level] = 0;
            }
            _level = -1;
            return false;
        }

        private bool Passes(CompiledExpression[] conditions, int[] row)
        {
            foreach (var f in conditions)
                if (ExpressionCompiler.IsTrue(f(row, _exec, _graph)) != true) return false;
            return true;
        }

        private Storage.TripleRange Lookup(int level)
        {
            var terms = _node._terms;
            int i = level * 3;
            int s = terms[i].Term is null ? _row[terms[i].Slot] : _constants[i];
            int p = terms[i + 1].Term is null ? _row[terms[i + 1].Slot] : _constants[i + 1];
            int o = terms[i + 2].Term is null ? _row[terms[i + 2].Slot] : _constants[i + 2];
            // A computed (negative) id is not in the store.
            if (s < 0 || p < 0 || o < 0) return Storage.TripleRange.Empty;
            if (s == 0 || p == 0 || !_sharedSubject[level]) return _graph.Match(s, p, o);
            // Subject and predicate bound: search the subject's triples, found once for consecutive patterns on
            // the same subject (a star join binds ?c once and then looks up each of its properties).
            if (s != _subject)
            {
                _subject = s;
                _subjectRange = _graph.Match(s, 0, 0);
            }
            return _subjectRange.WithinSubject(p, o);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private bool Bind(int index, int value, SlotOrTerm[] terms, int[] row)
        {
            var term = terms[index];
            if (!term.IsVariable) return true;
            int slot = term.Slot;
            if (row[slot] == 0)
            {
                row[slot] = value;
                _assigned[index] = slot + 1;
                return true;
            }
            return row[slot] == value;
        }

        public void Reset() => throw new NotSupportedException();

        public void Dispose()
        {
        }
    }
}
