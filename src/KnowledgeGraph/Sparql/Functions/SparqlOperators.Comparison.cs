using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sparql.Functions;

internal static partial class SparqlOperators
{
    /// <summary><c>=</c>: numeric, string, boolean, dateTime value equality, else RDFterm-equal (with its error cases).</summary>
    public static Term? Equal(Term? a, Term? b) => Bool(ValueEquals(a, b));

    /// <summary><c>!=</c>.</summary>
    public static Term? NotEqual(Term? a, Term? b) => ValueEquals(a, b) is bool e ? Bool(!e) : null;

    /// <summary><c>&lt;</c>, <c>&gt;</c>, <c>&lt;=</c>, <c>&gt;=</c>: <paramref name="op"/> is one of "&lt;", "&gt;", "&lt;=", "&gt;=".</summary>
    public static Term? Compare(string op, Term? a, Term? b)
    {
        if (a is null || b is null) return null;
        return Compare(op, new TermValue(a), new TermValue(b));
    }

    /// <summary><see cref="Compare(string, Term?, Term?)"/> on values already interpreted (a constant side, say).</summary>
    public static Term? Compare(string op, in TermValue va, in TermValue vb)
    {
        if (va.Category == ValueCategory.Numeric && vb.Category == ValueCategory.Numeric)
        {
            // NaN compares false with everything, whatever the operator.
            if (CompareNumeric(va.Numeric, vb.Numeric) is not int nc) return False;
            return Bool(Holds(op, nc));
        }
        int? c = CompareSameCategory(va, vb);
        return c is int r ? Bool(Holds(op, r)) : null;
    }

    /// <summary>
    /// The value equality behind <c>=</c> (17.4.1.? and RDFterm-equal): true/false, or null where the spec raises
    /// an error (two different literals at least one of which has a datatype we cannot interpret).
    /// </summary>
    public static bool? ValueEquals(Term? a, Term? b)
    {
        if (a is null || b is null) return null;
        if (!a.IsLiteral || !b.IsLiteral) return a.Equals(b);
        return ValueEquals(new TermValue(a), new TermValue(b));
    }

    /// <summary><see cref="ValueEquals(Term?, Term?)"/> on values already interpreted (a constant side, say).</summary>
    public static bool? ValueEquals(in TermValue va, in TermValue vb)
    {
        Term a = va.Term, b = vb.Term;
        if (!a.IsLiteral || !b.IsLiteral) return a.Equals(b);
        // A language-tagged string can only equal the same tagged string, whatever the other datatype is.
        if (va.Category == ValueCategory.LangString || vb.Category == ValueCategory.LangString) return a.Equals(b);
        if (va.Category == ValueCategory.Unknown || vb.Category == ValueCategory.Unknown)
            return a.Equals(b) ? true : null;
        if (va.Category != vb.Category) return false;
        switch (va.Category)
        {
            case ValueCategory.Numeric:
                return CompareNumeric(va.Numeric, vb.Numeric) == 0;
            case ValueCategory.DateTime:
                if (va.DateTime.Kind != vb.DateTime.Kind) return false;
                return DateTimeValue.Compare(va.DateTime, vb.DateTime) is int dc ? dc == 0 : null;
            default:
                return CompareSameCategory(va, vb) == 0;
        }
    }

    /// <summary>Numeric comparison after type promotion; null when either side is NaN.</summary>
    public static int? CompareNumeric(NumericValue a, NumericValue b)
    {
        if (a.IsExact && b.IsExact) return a.Exact.CompareTo(b.Exact);
        double x = a.AsDouble, y = b.AsDouble;
        if (NumericValue.CommonKind(a, b) == NumericKind.Float)
        {
            x = (float)x;
            y = (float)y;
        }
        if (double.IsNaN(x) || double.IsNaN(y)) return null;
        return x.CompareTo(y);
    }

    /// <summary>Ordering within one value space that has an order (strings, booleans, dates); null otherwise.</summary>
    private static int? CompareSameCategory(in TermValue a, in TermValue b)
    {
        if (a.Category != b.Category) return null;
        return a.Category switch
        {
            ValueCategory.String => Math.Sign(string.CompareOrdinal(a.Lexical, b.Lexical)),
            ValueCategory.Boolean => a.Boolean.CompareTo(b.Boolean),
            ValueCategory.DateTime => DateTimeValue.Compare(a.DateTime, b.DateTime),
            ValueCategory.Numeric => CompareNumeric(a.Numeric, b.Numeric),
            _ => null,
        };
    }

    private static bool Holds(string op, int c) => op switch
    {
        "<" => c < 0,
        ">" => c > 0,
        "<=" => c <= 0,
        ">=" => c >= 0,
        "=" => c == 0,
        "!=" => c != 0,
        _ => throw new ArgumentException($"'{op}' is not a comparison operator.", nameof(op)),
    };
}
