using System.Globalization;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>The four primitive numeric types of XPath, in promotion order (integer → decimal → float → double).</summary>
internal enum NumericKind
{
    Integer = 0,
    Decimal = 1,
    Float = 2,
    Double = 3,
}

/// <summary>
/// The value of a numeric literal. Integers and decimals are held as <see cref="decimal"/> (28 significant digits;
/// larger values do not parse and behave as unknown literals), floats and doubles as <see cref="double"/>.
/// </summary>
internal readonly struct NumericValue
{
    private NumericValue(NumericKind kind, decimal exact, double approximate)
    {
        Kind = kind;
        Exact = exact;
        Approximate = approximate;
    }

    public NumericKind Kind { get; }

    /// <summary>The value of an integer or decimal.</summary>
    public decimal Exact { get; }

    /// <summary>The value of a float or double.</summary>
    public double Approximate { get; }

    public bool IsExact => Kind <= NumericKind.Decimal;

    public static NumericValue FromInteger(decimal value) => new(NumericKind.Integer, decimal.Truncate(value), 0);

    public static NumericValue FromDecimal(decimal value) => new(NumericKind.Decimal, value, 0);

    public static NumericValue FromDouble(double value) => new(NumericKind.Double, 0, value);

    public static NumericValue FromFloat(double value) => new(NumericKind.Float, 0, (float)value);

    public static NumericValue From(NumericKind kind, decimal exact, double approximate) => kind switch
    {
        NumericKind.Integer => FromInteger(exact),
        NumericKind.Decimal => FromDecimal(exact),
        NumericKind.Float => FromFloat(approximate),
        _ => FromDouble(approximate),
    };

    /// <summary>The value as a double (for mixed exact/approximate arithmetic and comparison).</summary>
    public double AsDouble => IsExact ? (double)Exact : Approximate;

    /// <summary>True when the value is zero or NaN (an effective boolean value of false).</summary>
    public bool IsZeroOrNaN => IsExact ? Exact == 0 : Approximate == 0 || double.IsNaN(Approximate);

    /// <summary>The value of a numeric literal with a valid lexical form.</summary>
    public static bool TryGet(Term? term, out NumericValue value)
    {
        value = default;
        return term is Literal { Language: null } l && TryParse(l.LexicalForm, l.Datatype.Value, out value);
    }

    /// <summary>Parses <paramref name="lexical"/> as a value of numeric datatype <paramref name="datatype"/>.</summary>
    public static bool TryParse(string lexical, string datatype, out NumericValue value)
    {
        value = default;
        switch (datatype)
        {
            case XsdTypes.Decimal:
                if (!XsdLexical.IsDecimal(lexical) || !TryParseDecimal(lexical, out var d)) return false;
                value = FromDecimal(d);
                return true;
            case XsdTypes.Double:
                if (!XsdLexical.TryParseDouble(lexical, out var dbl)) return false;
                value = FromDouble(dbl);
                return true;
            case XsdTypes.Float:
                if (!XsdLexical.TryParseDouble(lexical, out var f)) return false;
                value = FromFloat(f);
                return true;
            default:
                if (!XsdTypes.IsIntegerType(datatype) || !XsdLexical.IsInteger(lexical) || !TryParseDecimal(lexical, out var i)) return false;
                if (!XsdTypes.InIntegerRange(datatype, i)) return false;
                value = FromInteger(i);
                return true;
        }
    }

    private static bool TryParseDecimal(string s, out decimal d) =>
        decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out d);

    /// <summary>Brings both operands to the wider of their two kinds (XPath numeric type promotion).</summary>
    public static NumericKind CommonKind(NumericValue a, NumericValue b) => (NumericKind)Math.Max((int)a.Kind, (int)b.Kind);

    /// <summary>The literal for this value, in its XSD 1.1 canonical lexical form, with the primitive type of its kind.</summary>
    public Literal ToLiteral() => Kind switch
    {
        NumericKind.Integer => Literal.Create(FormatInteger(Exact), Vocab.Xsd.Integer),
        NumericKind.Decimal => Literal.Create(XsdFormat.Decimal(Exact), Vocab.Xsd.Decimal),
        NumericKind.Float => Literal.Create(XsdFormat.Float(Approximate), XsdTypes.FloatNode),
        _ => Literal.Create(XsdFormat.Double(Approximate), Vocab.Xsd.Double),
    };

    public static string FormatInteger(decimal value) => decimal.Truncate(value).ToString("0", CultureInfo.InvariantCulture);

    public override string ToString() => ToLiteral().ToString();
}
