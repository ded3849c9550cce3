using System.Buffers;
using System.Globalization;
using System.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Syntax.Turtle;

/// <summary>
/// The text of terms the Turtle way: prefixed names (with local-name escapes) for IRIs under a declared namespace,
/// IRIs relative to the base when that resolves back exactly, the grammar of the numeric shorthand, and quoted or
/// long strings for multi-line text. Records which prefixes it used.
/// </summary>
internal sealed class TurtleTermFormatter
{
    private const string LocalEscapable = "_~.-!$&'()*+,;=/?#@%";

    // A long (triple-quoted) string escapes what a quoted one does except its line feeds.
    private static readonly SearchValues<char> s_longStringEscapes =
        SearchValues.Create(NTriplesEscaping.Controls().Replace("\n", "") + "\"\\\u007F");

    private readonly List<KeyValuePair<string, string>> _prefixes;
    private readonly string? _base;

    public TurtleTermFormatter(PrefixMap? prefixes, string? baseIri)
    {
        // Longest namespace first, so the most specific prefix wins; ties broken by name for determinism.
        _prefixes = (prefixes ?? new PrefixMap())
            .Where(p => IsValidPrefix(p.Key) && p.Value.Length > 0)
            .OrderByDescending(p => p.Value.Length).ThenBy(p => p.Key, StringComparer.Ordinal)
            .ToList();
        _base = baseIri;
    }

    /// <summary>The prefixes used so far, sorted by name.</summary>
    public SortedDictionary<string, string> UsedPrefixes { get; } = new(StringComparer.Ordinal);

    /// <summary>The IRI as written: a prefixed name, relative to the base, or in full; records the prefix it used.</summary>
    public string Abbreviate(string iri)
    {
        foreach (var (prefix, ns) in _prefixes)
        {
            if (!iri.StartsWith(ns, StringComparison.Ordinal)) continue;
            var localPart = iri.AsSpan(ns.Length);
            string? local = null;
            if (!IsPlainLocalName(localPart) && (local = EscapeLocalName(localPart)) is null) continue;
            UsedPrefixes[prefix] = ns;
            return local is null ? string.Concat(prefix, ":", localPart) : prefix + ":" + local;
        }
        if (_base is not null && iri.Length > _base.Length && iri.StartsWith(_base, StringComparison.Ordinal))
        {
            var relative = iri[_base.Length..];
            if (relative.IndexOf(':') < 0 && relative[0] != '/' && relative[0] != '.'
                && IriResolver.TryResolve(_base, relative, out var back) && back == iri)
                return NTriplesEscapingIri(relative);
        }
        return NTriplesEscapingIri(iri);
    }

    private static string NTriplesEscapingIri(string iri) => "<" + NTriplesEscaping.EscapeIri(iri) + ">";

    /// <summary>True when <paramref name="local"/> is a PN_LOCAL as it stands (the common case: letters, digits,
    /// '_' and '-'), so it needs no escaping pass.</summary>
    private static bool IsPlainLocalName(ReadOnlySpan<char> local)
    {
        if (local.Length == 0 || !(char.IsAsciiLetterOrDigit(local[0]) || local[0] == '_')) return false;
        foreach (char c in local)
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_' || c == '-')) return false;
        return true;
    }

    /// <summary>PN_LOCAL text for <paramref name="local"/> with backslash escapes, or null when it cannot be one.</summary>
    internal static string? EscapeLocalName(ReadOnlySpan<char> local)
    {
        var sb = new StringBuilder(local.Length + 4);
        for (int i = 0; i < local.Length; i++)
        {
            char c = local[i];
            bool first = i == 0, last = i == local.Length - 1;
            if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || i + 1 >= local.Length || !char.IsLowSurrogate(local[i + 1]) || c > 0xDB7F) return null;
                sb.Append(c).Append(local[i + 1]);
                i++;
                continue;
            }
            bool plain = first
                ? IsPnCharsU(c) || c == ':' || char.IsAsciiDigit(c)
                : IsPnChars(c) || c == ':' || (c == '.' && !last);
            if (c == '%' && i + 2 < local.Length && Uri.IsHexDigit(local[i + 1]) && Uri.IsHexDigit(local[i + 2]))
            {
                sb.Append(c).Append(local[i + 1]).Append(local[i + 2]);
                i += 2;
            }
            else if (plain) sb.Append(c);
            else if (LocalEscapable.Contains(c)) sb.Append('\\').Append(c);
            else return null;
        }
        return sb.ToString();
    }

    private static bool IsValidPrefix(string prefix)
    {
        if (prefix.Length == 0) return true;
        if (!IsPnCharsBase(prefix[0]) || prefix[^1] == '.') return false;
        foreach (char c in prefix)
            if (!(IsPnChars(c) || c == '.')) return false;
        return true;
    }

    private static bool IsPnCharsBase(char c) =>
        char.IsAsciiLetter(c) || (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF)
        || (c >= 0x370 && c <= 0x37D) || (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D)
        || (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF)
        || (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFFD);

    private static bool IsPnCharsU(char c) => IsPnCharsBase(c) || c == '_';

    private static bool IsPnChars(char c) =>
        IsPnCharsU(c) || c == '-' || char.IsAsciiDigit(c) || c == 0xB7 || (c >= 0x300 && c <= 0x36F) || c == 0x203F || c == 0x2040;

    internal static void WriteString(StringBuilder sb, ReadOnlySpan<char> s)
    {
        bool longForm = s.Contains('\n');
        sb.Append(longForm ? "\"\"\"" : "\"");
        var escapes = longForm ? s_longStringEscapes : NTriplesEscaping.StringEscapes;
        for (int i; (i = s.IndexOfAny(escapes)) >= 0; s = s[(i + 1)..])
        {
            sb.Append(s[..i]);
            NTriplesEscaping.AppendEscaped(sb, s[i]);
        }
        sb.Append(s);
        sb.Append(longForm ? "\"\"\"" : "\"");
    }

    private static int SkipSign(ReadOnlySpan<char> s) => s.Length > 0 && (s[0] == '+' || s[0] == '-') ? 1 : 0;

    private static int Digits(ReadOnlySpan<char> s, ref int i)
    {
        int start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        return i - start;
    }

    internal static bool IsInteger(ReadOnlySpan<char> s)
    {
        int i = SkipSign(s);
        return Digits(s, ref i) > 0 && i == s.Length;
    }

    internal static bool IsDecimal(ReadOnlySpan<char> s)
    {
        int i = SkipSign(s);
        Digits(s, ref i);
        if (i >= s.Length || s[i] != '.') return false;
        i++;
        return Digits(s, ref i) > 0 && i == s.Length;
    }

    internal static bool IsDouble(ReadOnlySpan<char> s)
    {
        int i = SkipSign(s);
        int mantissa = Digits(s, ref i);
        if (i < s.Length && s[i] == '.')
        {
            i++;
            mantissa += Digits(s, ref i);
        }
        if (mantissa == 0 || i >= s.Length || (s[i] != 'e' && s[i] != 'E')) return false;
        i++;
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) i++;
        return Digits(s, ref i) > 0 && i == s.Length;
    }
}
