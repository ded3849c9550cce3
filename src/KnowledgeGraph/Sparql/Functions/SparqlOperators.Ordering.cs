using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sparql.Functions;

internal static partial class SparqlOperators
{
    /// <summary>
    /// The total order ORDER BY uses (15.1): unbound first, then blank nodes, IRIs, literals; literals by value where
    /// comparable, else by a stable fallback. Also used by MIN and MAX.
    /// </summary>
    /// <remarks>
    /// To stay transitive, literals are first grouped by value space (numbers, strings, language-tagged strings,
    /// booleans, date/times, then everything else) and ordered by value only within a group; ties in value are
    /// broken by the term's own order so that the result is deterministic.
    /// </remarks>
    public static int OrderCompare(Term? a, Term? b)
    {
        if (a is null) return b is null ? 0 : -1;
        if (b is null) return 1;
        int ka = KindRank(a), kb = KindRank(b);
        if (ka != kb) return ka.CompareTo(kb);
        if (a is not Literal) return a.CompareTo(b);
        var va = new TermValue(a);
        var vb = new TermValue(b);
        int ga = GroupRank(va), gb = GroupRank(vb);
        if (ga != gb) return ga.CompareTo(gb);
        int c = va.Category switch
        {
            ValueCategory.Numeric => CompareNumericTotal(va.Numeric, vb.Numeric),
            ValueCategory.LangString => CompareLangStrings((Literal)a, (Literal)b),
            ValueCategory.DateTime => CompareDateTimesTotal(va.DateTime, vb.DateTime),
            ValueCategory.String or ValueCategory.Boolean => CompareSameCategory(va, vb) ?? 0,
            _ => 0,
        };
        return c != 0 ? c : a.CompareTo(b);
    }

    private static int KindRank(Term t) => t.Kind switch
    {
        TermKind.BlankNode => 0,
        TermKind.NamedNode => 1,
        _ => 2,
    };

    private static int GroupRank(in TermValue v) => v.Category switch
    {
        ValueCategory.Numeric => 0,
        ValueCategory.String => 1,
        ValueCategory.LangString => 2,
        ValueCategory.Boolean => 3,
        ValueCategory.DateTime => 4 + (int)v.DateTime.Kind,
        _ => 10,
    };

    /// <summary>NaN sorts before every number so that the order stays total.</summary>
    private static int CompareNumericTotal(NumericValue a, NumericValue b)
    {
        if (CompareNumeric(a, b) is int c) return c;
        bool nanA = !a.IsExact && double.IsNaN(a.Approximate);
        bool nanB = !b.IsExact && double.IsNaN(b.Approximate);
        return nanA.CompareTo(nanB) * -1;
    }

    private static int CompareLangStrings(Literal a, Literal b)
    {
        int c = string.CompareOrdinal(a.LexicalForm, b.LexicalForm);
        return c != 0 ? c : string.Compare(a.Language, b.Language, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Values whose order is undetermined (timezone vs none) fall back to their local time.</summary>
    private static int CompareDateTimesTotal(DateTimeValue a, DateTimeValue b) =>
        DateTimeValue.Compare(a, b) ?? a.InstantSeconds().CompareTo(b.InstantSeconds());
}
