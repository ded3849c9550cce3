using System.Text;
using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Sparql.Functions;

namespace KnowledgeGraph.Conformance.Sparql.Support;

/// <summary>
/// Compares SELECT results the way the DAWG tests require: as multisets of solutions, under one blank-node
/// bijection across the whole result; literals by term (language tags case-insensitive; numeric literals of the
/// same datatype also when their values are equal, since lexical forms of computed numbers are not canonical in
/// the expectations). With <c>ORDER BY</c>, the sequence of the sort-key columns must match too; with
/// <c>mf:LaxCardinality</c> (REDUCED), duplicates may be partly removed.
/// </summary>
internal static class ResultSetComparer
{
    private const int SearchBudget = 2_000_000;

    /// <summary>Null when the results agree, else a description of the difference.</summary>
    public static string? Compare(SparqlResultSet expected, SparqlResultSet actual, bool lax, IReadOnlyList<string>? orderKeys)
    {
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
        if (!MatchMultisets(exp, act)) return Describe("The solutions differ.", vars, exp, act);
        if (orderKeys is { Count: > 0 } && !lax)
        {
            var keyIndexes = orderKeys.Select(k => vars.IndexOf(k)).Where(i => i >= 0).ToArray();
            for (int r = 0; r < exp.Count; r++)
                foreach (int k in keyIndexes)
                    if (!SameForOrder(exp[r][k], act[r][k]))
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
            case Literal l when NumericValue.TryGet(l, out var n): return "N" + l.Datatype.Value + "|" + n.ToLiteral().LexicalForm;
            default: return t.ToString();
        }
    }

    private static bool SameForOrder(Term? a, Term? b) =>
        (a is BlankNode && b is BlankNode) || Key(a) == Key(b);

    private static bool HasBlank(Term?[] row) => row.Any(t => t is BlankNode);

    private static List<Term?[]> DistinctRows(List<Term?[]> rows)
    {
        // Ground rows dedupe by key; rows with blank nodes are kept as they are (their identity is the bijection's business).
        var seen = new HashSet<string>();
        return rows.Where(r => HasBlank(r) || seen.Add(RowKey(r))).ToList();
    }

    private static string RowKey(Term?[] row) => string.Join("\u0001", row.Select(Key));

    private static bool MatchMultisets(List<Term?[]> exp, List<Term?[]> act)
    {
        var counts = new Dictionary<string, int>();
        foreach (var r in exp.Where(r => !HasBlank(r))) counts[RowKey(r)] = counts.GetValueOrDefault(RowKey(r)) + 1;
        foreach (var r in act.Where(r => !HasBlank(r)))
        {
            var k = RowKey(r);
            if (counts.GetValueOrDefault(k) == 0) return false;
            counts[k]--;
        }
        if (counts.Values.Any(c => c != 0)) return false;
        var blankExp = exp.Where(HasBlank).ToList();
        var blankAct = act.Where(HasBlank).ToList();
        if (blankExp.Count != blankAct.Count) return false;
        return new BlankMatcher(blankExp, blankAct).Run();
    }

    /// <summary>Backtracking search for a row assignment and a blank-node bijection that make the rows equal.</summary>
    private sealed class BlankMatcher(List<Term?[]> exp, List<Term?[]> act)
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
                else if (a[k] is BlankNode || Key(e[k]) != Key(a[k])) return false;
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
