using System.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>The string functions of SPARQL 1.1 section 17.4.3. Lengths and positions count code points, not UTF-16 units.</summary>
internal static class Strings
{
    /// <summary>A string literal (simple, <c>xsd:string</c> or language-tagged), else null.</summary>
    public static Literal? AsString(Term? t) => XsdTypes.IsStringLiteral(t) ? (Literal)t! : null;

    /// <summary>
    /// Argument compatibility (17.4.3.1.1): both simple/xsd:string, both tagged with the same tag, or a tagged first
    /// argument with a simple/xsd:string second one.
    /// </summary>
    public static bool AreCompatible(Literal a, Literal b)
    {
        if (b.Language is null) return true;
        return a.Language is not null && string.Equals(a.Language, b.Language, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A literal with <paramref name="value"/> and the language tag or datatype of <paramref name="like"/>.</summary>
    public static Literal Like(Literal like, string value) =>
        like.Language is not null ? Literal.CreateUnchecked(value, like.Datatype, like.Language) : Literal.Create(value);

    public static Term? StrLen(Term? a) =>
        AsString(a) is { } s ? Literal.Integer(CodePointCount(s.LexicalForm)) : null;

    public static Term? UCase(Term? a) => AsString(a) is { } s ? Like(s, s.LexicalForm.ToUpperInvariant()) : null;

    public static Term? LCase(Term? a) => AsString(a) is { } s ? Like(s, s.LexicalForm.ToLowerInvariant()) : null;

    /// <summary>Applies a two-argument string predicate after the compatibility check.</summary>
    public static Term? Test(Term? a, Term? b, Func<string, string, bool> predicate)
    {
        if (AsString(a) is not { } x || AsString(b) is not { } y || !AreCompatible(x, y)) return null;
        return SparqlOperators.Bool(predicate(x.LexicalForm, y.LexicalForm));
    }

    public static Term? StrBefore(Term? a, Term? b)
    {
        if (AsString(a) is not { } x || AsString(b) is not { } y || !AreCompatible(x, y)) return null;
        int i = x.LexicalForm.IndexOf(y.LexicalForm, StringComparison.Ordinal);
        return i < 0 ? Literal.Create("") : Like(x, x.LexicalForm[..i]);
    }

    public static Term? StrAfter(Term? a, Term? b)
    {
        if (AsString(a) is not { } x || AsString(b) is not { } y || !AreCompatible(x, y)) return null;
        int i = x.LexicalForm.IndexOf(y.LexicalForm, StringComparison.Ordinal);
        return i < 0 ? Literal.Create("") : Like(x, x.LexicalForm[(i + y.LexicalForm.Length)..]);
    }

    /// <summary>
    /// fn:substring: the code points at 1-based positions p with round(start) &lt;= p &lt; round(start) + round(length),
    /// where round is XPath's (half towards positive infinity) and NaN selects nothing.
    /// </summary>
    public static Term? Substr(Term? str, Term? start, Term? length)
    {
        if (AsString(str) is not { } s || !NumericValue.TryGet(start, out var st)) return null;
        NumericValue len = default;
        if (length is not null && !NumericValue.TryGet(length, out len)) return null;
        double from = RoundHalfUp(st.AsDouble);
        double to = length is null ? double.PositiveInfinity : from + RoundHalfUp(len.AsDouble);
        var sb = new StringBuilder();
        int position = 1;
        foreach (var rune in s.LexicalForm.EnumerateRunes())
        {
            if (position >= from && position < to) sb.Append(rune.ToString());
            position++;
        }
        return Like(s, sb.ToString());
    }

    public static Term? Concat(ReadOnlySpan<Term?> args)
    {
        var sb = new StringBuilder();
        string? language = null;
        bool sameLanguage = true;
        for (int i = 0; i < args.Length; i++)
        {
            if (AsString(args[i]) is not { } s) return null;
            sb.Append(s.LexicalForm);
            if (i == 0) language = s.Language;
            else if (!string.Equals(language, s.Language, StringComparison.OrdinalIgnoreCase)) sameLanguage = false;
        }
        return sameLanguage && language is not null
            ? Literal.CreateUnchecked(sb.ToString(), Vocab.Rdf.LangString, language)
            : Literal.Create(sb.ToString());
    }

    /// <summary>fn:encode-for-uri: percent-encodes the UTF-8 bytes of everything but the RFC 3986 unreserved characters.</summary>
    public static Term? EncodeForUri(Term? a)
    {
        if (AsString(a) is not { } s) return null;
        var sb = new StringBuilder();
        foreach (byte b in Encoding.UTF8.GetBytes(s.LexicalForm))
        {
            char c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~') sb.Append(c);
            else sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return Literal.Create(sb.ToString());
    }

    public static Term? StrLang(Term? a, Term? b)
    {
        if (!XsdTypes.IsSimpleString(a) || !XsdTypes.IsSimpleString(b)) return null;
        var tag = ((Literal)b!).LexicalForm;
        return LanguageTag.IsWellFormed(tag) ? Literal.CreateUnchecked(((Literal)a!).LexicalForm, Vocab.Rdf.LangString, tag) : null;
    }

    public static Term? StrDt(Term? a, Term? b)
    {
        if (!XsdTypes.IsSimpleString(a) || b is not NamedNode dt || dt.Value == XsdTypes.LangString) return null;
        return Literal.Create(((Literal)a!).LexicalForm, dt);
    }

    public static int CodePointCount(string s)
    {
        int n = 0;
        foreach (var _ in s.EnumerateRunes()) n++;
        return n;
    }

    private static double RoundHalfUp(double x) => double.IsNaN(x) || double.IsInfinity(x) ? x : Math.Floor(x + 0.5);
}
