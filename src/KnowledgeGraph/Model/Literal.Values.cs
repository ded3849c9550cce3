using System.Globalization;

namespace KnowledgeGraph.Model;

public sealed partial class Literal
{
    /// <summary>
    /// The literal's value as a .NET number, when its lexical form is a valid number of a numeric XSD datatype
    /// (integer and its subtypes, decimal, double, float) and the value fits. No rounding except from double/float.
    /// </summary>
    public bool TryGetValue(out decimal value)
    {
        value = 0;
        if (!IsNumeric) return false;
        if (IsFloating)
        {
            if (!TryGetValue(out double d) || double.IsNaN(d) || double.IsInfinity(d)) return false;
            try { value = (decimal)d; return true; }
            catch (OverflowException) { return false; }
        }
        return decimal.TryParse(LexicalForm.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            && (LexicalForm.Contains('.') ? Datatype.Equals(Vocab.Xsd.Decimal) : true);
    }

    /// <summary>The literal's value as a <see cref="long"/>, when it is an integral number that fits.</summary>
    public bool TryGetValue(out long value)
    {
        value = 0;
        return TryGetValue(out decimal d) && d == decimal.Truncate(d) && d >= long.MinValue && d <= long.MaxValue && (value = (long)d) == d;
    }

    /// <summary>The literal's value as an <see cref="int"/>, when it is an integral number that fits.</summary>
    public bool TryGetValue(out int value)
    {
        value = 0;
        return TryGetValue(out long l) && l >= int.MinValue && l <= int.MaxValue && (value = (int)l) == l;
    }

    /// <summary>The literal's value as a <see cref="double"/>, for any numeric datatype (INF, -INF and NaN included).</summary>
    public bool TryGetValue(out double value)
    {
        value = 0;
        if (!IsNumeric) return false;
        var text = LexicalForm.Trim();
        switch (text)
        {
            case "INF": case "+INF": value = double.PositiveInfinity; return IsFloating;
            case "-INF": value = double.NegativeInfinity; return IsFloating;
            case "NaN": value = double.NaN; return IsFloating;
        }
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The literal's value as a <see cref="bool"/>, for an <c>xsd:boolean</c> (true, false, 1, 0).</summary>
    public bool TryGetValue(out bool value)
    {
        value = false;
        if (!Datatype.Equals(Vocab.Xsd.Boolean)) return false;
        switch (LexicalForm.Trim())
        {
            case "true": case "1": value = true; return true;
            case "false": case "0": return true;
            default: return false;
        }
    }

    /// <summary>The literal's value as a <see cref="DateTimeOffset"/>, for an <c>xsd:dateTime</c> or <c>xsd:date</c>
    /// (a value without a time zone is read as UTC).</summary>
    public bool TryGetValue(out DateTimeOffset value)
    {
        value = default;
        if (!Datatype.Equals(Vocab.Xsd.DateTime) && !Datatype.Equals(Vocab.Xsd.Date)) return false;
        return DateTimeOffset.TryParse(LexicalForm.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }

    /// <summary>
    /// The literal's value as <typeparamref name="T"/>: <see cref="string"/> (the lexical form), <see cref="int"/>,
    /// <see cref="long"/>, <see cref="decimal"/>, <see cref="double"/>, <see cref="bool"/> or <see cref="DateTimeOffset"/>.
    /// </summary>
    /// <exception cref="FormatException">The literal has no value of that type.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is none of the types above.</exception>
    public T GetValue<T>()
    {
        object? result = typeof(T) switch
        {
            var t when t == typeof(string) => LexicalForm,
            var t when t == typeof(int) => TryGetValue(out int i) ? i : null,
            var t when t == typeof(long) => TryGetValue(out long l) ? l : null,
            var t when t == typeof(decimal) => TryGetValue(out decimal m) ? m : null,
            var t when t == typeof(double) => TryGetValue(out double d) ? d : null,
            var t when t == typeof(bool) => TryGetValue(out bool b) ? b : null,
            var t when t == typeof(DateTimeOffset) => TryGetValue(out DateTimeOffset dt) ? dt : null,
            _ => throw new NotSupportedException($"A literal has no value of type {typeof(T).Name}; use string, int, long, decimal, double, bool or DateTimeOffset."),
        };
        return result is T value ? value : throw new FormatException($"{this} has no {typeof(T).Name} value.");
    }

    private bool IsFloating => Datatype.Equals(Vocab.Xsd.Double) || Datatype.Equals(Vocab.Xsd.Float);

    private bool IsNumeric => Language is null && NumericDatatypes.Contains(Datatype.Value);

    private static readonly HashSet<string> NumericDatatypes = new(new[]
    {
        "integer", "decimal", "double", "float", "int", "long", "short", "byte", "nonNegativeInteger", "nonPositiveInteger",
        "positiveInteger", "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte",
    }.Select(n => Vocab.Xsd.Namespace + n));
}
