using System.Text;
using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql;

namespace KnowledgeGraph.Conformance.Sparql.Support;

/// <summary>
/// Compares SELECT results the way the DAWG tests require: as multisets of solutions, under one blank-node
/// bijection across the whole result; literals exactly by term (lexical form and datatype; language tags
/// case-insensitive, as RDF 1.1 defines them), so computed values must come out in their XSD canonical forms. An
/// expected number or boolean written non-canonically in the result file also matches its canonical form (see
/// <see cref="CanonicalLiteral"/>); our side is never rewritten unless <c>byValue</c> is set. With <c>ORDER BY</c>, the sequence of the sort-key columns must match too; with
/// <c>mf:LaxCardinality</c> (REDUCED), duplicates may be partly removed.
/// </summary>
internal static class ResultSetComparer
{
    private const int SearchBudget = 2_000_000;

    /// <summary>Null when the results agree, else a description of the difference.</summary>
    /// <param name="byValue">Also bring our literals to canonical form: only for the tests listed in
    /// <see cref="EvaluationKnownFailures.ComparedByValue"/>, whose result files respell terms of the input data.</param>
    public static string? Compare(SparqlResultSet expected, SparqlResultSet actual, bool lax, IReadOnlyList<string>? orderKeys, bool byValue = false)
    {
        var match = new CellMatch(byValue);
        var vars = expected.Variables.OrderBy(v => v, StringComparer.Ordinal).ToList();
        var actualVars = actual.Variables.OrderBy(v => v, StringComparer.Ordinal).ToList();
        if (!vars.SequenceEqual(actualVars))
            return $"Variables differ: expected [{string.Join(", ", vars)}], actual [{string.Join(", ", actualVars)}].";
        var exp = expected.Select(r => vars.Select(v => r[v]).ToArray()).ToList();
        var act = actual.Select(r => vars.Select(v => r[v]).ToArray()).ToList();
        if (lax)
        {
            if (act.Count > exp.Count) return $"REDUCED may only remove duplicates: expected at most {exp.Count} rows, got {act.Count}.";
            exp = DistinctRows(exp);
            act = DistinctRows(act);
        }
        if (exp.Count != act.Count) return Describe($"Expected {exp.Count} rows, got {act.Count}.", vars, exp, act);
        if (!MatchMultisets(exp, act, match)) return Describe("The solutions differ.", vars, exp, act);
        if (orderKeys is { Count: > 0 } && !lax)
        {
            var keyIndexes = orderKeys.Select(k => vars.IndexOf(k)).Where(i => i >= 0).ToArray();
            for (int r = 0; r < exp.Count; r++)
                foreach (int k in keyIndexes)
                    if (!SameForOrder(exp[r][k], act[r][k], match))
                        return Describe($"Row {r + 1} is out of order on ?{vars[k]} (ORDER BY ?{string.Join(" ?", orderKeys)}).", vars, exp, act);
        }
        return null;
    }

    /// <summary>A key under which two ground terms are equal exactly when the comparison treats them as equal.</summary>
    public static string Key(Term? t)
    {
        switch (t)
        {
            case null: return "";
            case Literal { Language: not null } l: return "\"" + l.LexicalForm + "\"@" + l.Language.ToLowerInvariant();
            default: return t.ToString();
        }
    }

    private static bool SameForOrder(Term? e, Term? a, CellMatch match) =>
        (e is BlankNode && a is BlankNode) || match.Same(e, a);

    /// <summary>How an expected cell matches ours: exactly, or through the canonical form of the expected literal.</summary>
    private sealed class CellMatch(bool byValue)
    {
        public string ExpectedKey(Term? t) => Key(CanonicalLiteral.Of(t));

        public string ActualKey(Term? t) => byValue ? Key(CanonicalLiteral.Of(t)) : Key(t);

        public bool Same(Term? e, Term? a) => Key(e) == Key(a) || ExpectedKey(e) == ActualKey(a);
    }

    private static bool HasBlank(Term?[] row) => row.Any(t => t is BlankNode);

    private static List<Term?[]> DistinctRows(List<Term?[]> rows)
    {
        // Ground rows dedupe by key; rows with blank nodes are kept as they are (their identity is the bijection's business).
        var seen = new HashSet<string>();
        return rows.Where(r => HasBlank(r) || seen.Add(RowKey(r))).ToList();
    }

    private static string RowKey(Term?[] row) => RowKey(row, Key);

    private static string RowKey(Term?[] row, Func<Term?, string> key) => string.Join("\u0001", row.Select(key));

    private static bool MatchMultisets(List<Term?[]> exp, List<Term?[]> act, CellMatch match)
    {
        // Ground rows pair off exactly first; what is left (rows with blank nodes, or a cell the result file spells
        // non-canonically) goes to the search, which matches cell by cell.
        var leftExp = exp.Where(r => !HasBlank(r)).ToList();
        var leftAct = act.Where(r => !HasBlank(r)).ToList();
        PairOff(leftExp, leftAct, Key, Key);
        leftExp.AddRange(exp.Where(HasBlank));
        leftAct.AddRange(act.Where(HasBlank));
        if (leftExp.Count != leftAct.Count) return false;
        return new BlankMatcher(leftExp, leftAct, match).Run();
    }

    /// <summary>Removes from both lists the rows that pair off under the given cell keys.</summary>
    private static void PairOff(List<Term?[]> exp, List<Term?[]> act, Func<Term?, string> expKey, Func<Term?, string> actKey)
    {
        var waiting = new Dictionary<string, Queue<Term?[]>>();
        foreach (var r in exp)
        {
            var k = RowKey(r, expKey);
            if (!waiting.TryGetValue(k, out var q)) waiting[k] = q = new Queue<Term?[]>();
            q.Enqueue(r);
        }
        var matched = new HashSet<Term?[]>(ReferenceEqualityComparer.Instance);
        act.RemoveAll(r =>
        {
            if (!waiting.TryGetValue(RowKey(r, actKey), out var q) || q.Count == 0) return false;
            matched.Add(q.Dequeue());
            return true;
        });
        exp.RemoveAll(matched.Contains);
    }

    /// <summary>Backtracking search for a row assignment and a blank-node bijection that make the rows equal.</summary>
    private sealed class BlankMatcher(List<Term?[]> exp, List<Term?[]> act, CellMatch match)
    {
        private readonly Dictionary<BlankNode, BlankNode> _forward = new();
        private readonly Dictionary<BlankNode, BlankNode> _backward = new();
        private readonly bool[] _used = new bool[act.Count];
        private int _steps;

        public bool Run() => Assign(0);

        private bool Assign(int i)
        {
            if (i == exp.Count) return true;
            if (++_steps > SearchBudget) return false;
            for (int j = 0; j < act.Count; j++)
            {
                if (_used[j]) continue;
                var added = new List<BlankNode>();
                if (TryBind(exp[i], act[j], added))
                {
                    _used[j] = true;
                    if (Assign(i + 1)) return true;
                    _used[j] = false;
                }
                foreach (var b in added)
                {
                    _backward.Remove(_forward[b]);
                    _forward.Remove(b);
                }
            }
            return false;
        }

        private bool TryBind(Term?[] e, Term?[] a, List<BlankNode> added)
        {
            for (int k = 0; k < e.Length; k++)
            {
                if (e[k] is BlankNode be)
                {
                    if (a[k] is not BlankNode ba) return false;
                    if (_forward.TryGetValue(be, out var mapped)) { if (!mapped.Equals(ba)) return false; continue; }
                    if (_backward.ContainsKey(ba)) return false;
                    _forward[be] = ba;
                    _backward[ba] = be;
                    added.Add(be);
                }
                else if (a[k] is BlankNode || !match.Same(e[k], a[k])) return false;
            }
            return true;
        }
    }

    private static string Describe(string message, List<string> vars, List<Term?[]> exp, List<Term?[]> act)
    {
        var sb = new StringBuilder(message).AppendLine();
        void Table(string title, List<Term?[]> rows)
        {
            sb.AppendLine($"{title} ({rows.Count}): ?{string.Join(" ?", vars)}");
            foreach (var r in rows.Take(40)) sb.AppendLine("  " + string.Join("  ", r.Select(t => t?.ToString() ?? "UNDEF")));
            if (rows.Count > 40) sb.AppendLine("  …");
        }
        Table("expected", exp);
        Table("actual", act);
        return sb.ToString();
    }
}
