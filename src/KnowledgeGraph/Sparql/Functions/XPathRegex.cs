using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>
/// REGEX and REPLACE (fn:matches, fn:replace): XPath regular expressions translated to .NET ones, with the flags
/// s, m, i, x and q, compiled once per pattern, and a match timeout so that a pathological pattern cannot hang a query.
/// </summary>
internal static class XPathRegex
{
    /// <summary>How long one match may run before the query fails.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(5);

    private const int CacheLimit = 256;
    private static readonly ConcurrentDictionary<(string Pattern, string Flags), Regex?> s_cache = new();

    public static Term? Regex(Term? text, Term? pattern, Term? flags)
    {
        if (Strings.AsString(text) is not { } t || !XsdTypes.IsSimpleString(pattern)) return null;
        if (flags is not null && !XsdTypes.IsSimpleString(flags)) return null;
        var regex = Get(((Literal)pattern!).LexicalForm, (flags as Literal)?.LexicalForm ?? "");
        if (regex is null) return null;
        return SparqlOperators.Bool(Run(() => regex.IsMatch(t.LexicalForm)));
    }

    public static Term? Replace(Term? text, Term? pattern, Term? replacement, Term? flags)
    {
        if (Strings.AsString(text) is not { } t || !XsdTypes.IsSimpleString(pattern) || !XsdTypes.IsSimpleString(replacement)) return null;
        if (flags is not null && !XsdTypes.IsSimpleString(flags)) return null;
        var flagText = (flags as Literal)?.LexicalForm ?? "";
        var regex = Get(((Literal)pattern!).LexicalForm, flagText);
        if (regex is null) return null;
        // fn:replace raises an error for a pattern that matches the empty string (FORX0003).
        if (Run(() => regex.IsMatch(""))) return null;
        var dotnetReplacement = flagText.Contains('q')
            ? ((Literal)replacement!).LexicalForm.Replace("$", "$$", StringComparison.Ordinal)
            : TranslateReplacement(((Literal)replacement!).LexicalForm, regex);
        if (dotnetReplacement is null) return null;
        return Strings.Like(t, Run(() => regex.Replace(t.LexicalForm, dotnetReplacement)));
    }

    /// <summary>The compiled regex for a pattern and flags, or null when either is invalid.</summary>
    public static Regex? Get(string pattern, string flags)
    {
        if (s_cache.TryGetValue((pattern, flags), out var cached)) return cached;
        var regex = Build(pattern, flags);
        if (s_cache.Count >= CacheLimit) s_cache.Clear();
        s_cache[(pattern, flags)] = regex;
        return regex;
    }

    private static Regex? Build(string pattern, string flags)
    {
        var options = RegexOptions.CultureInvariant;
        bool dotAll = false, literal = false, stripWhitespace = false;
        foreach (char f in flags)
        {
            switch (f)
            {
                case 's': dotAll = true; break;
                case 'm': options |= RegexOptions.Multiline; break;
                case 'i': options |= RegexOptions.IgnoreCase; break;
                case 'x': stripWhitespace = true; break;
                case 'q': literal = true; break;
                default: return null;
            }
        }
        string translated;
        if (literal) translated = System.Text.RegularExpressions.Regex.Escape(pattern);
        else if (Translate(pattern, dotAll, stripWhitespace, (options & RegexOptions.Multiline) != 0) is { } t) translated = t;
        else return null;
        try
        {
            return new Regex(translated, options, MatchTimeout);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// Rewrites the places where XPath and .NET regexes differ: '.' excludes \r as well as \n unless 's' is given;
    /// '$' without 'm' matches only at the very end; 'x' removes whitespace outside character classes; \i and \c
    /// (XML name characters) become explicit classes. Constructs XPath lacks (lookaround, named groups) are refused.
    /// </summary>
    private static string? Translate(string pattern, bool dotAll, bool stripWhitespace, bool multiline)
    {
        var sb = new StringBuilder(pattern.Length + 8);
        int classDepth = 0;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\')
            {
                if (i + 1 >= pattern.Length) return null;
                char e = pattern[++i];
                switch (e)
                {
                    case 'i': sb.Append(classDepth > 0 ? NameStartChars : "[" + NameStartChars + "]"); break;
                    case 'I' when classDepth == 0: sb.Append("[^" + NameStartChars + "]"); break;
                    case 'c': sb.Append(classDepth > 0 ? NameChars : "[" + NameChars + "]"); break;
                    case 'C' when classDepth == 0: sb.Append("[^" + NameChars + "]"); break;
                    case 'I' or 'C': return null;
                    default: sb.Append('\\').Append(e); break;
                }
                continue;
            }
            if (classDepth > 0)
            {
                if (c == '[') classDepth++;
                else if (c == ']') classDepth--;
                sb.Append(c);
                continue;
            }
            if (stripWhitespace && c is ' ' or '\t' or '\n' or '\r') continue;
            switch (c)
            {
                case '[':
                    classDepth++;
                    sb.Append(c);
                    if (i + 1 < pattern.Length && pattern[i + 1] == '^') { sb.Append('^'); i++; }
                    if (i + 1 < pattern.Length && pattern[i + 1] == ']') { sb.Append("\\]"); i++; }
                    break;
                case '.': sb.Append(dotAll ? "[\\s\\S]" : "[^\\n\\r]"); break;
                case '$': sb.Append(multiline ? "(?=\\n|\\z)" : "\\z"); break;
                case '(':
                    if (i + 1 < pattern.Length && pattern[i + 1] == '?')
                    {
                        // Only the non-capturing group (?:...) exists in XPath 3.1.
                        if (i + 2 < pattern.Length && pattern[i + 2] == ':') { sb.Append("(?:"); i += 2; break; }
                        return null;
                    }
                    sb.Append(c);
                    break;
                default: sb.Append(c); break;
            }
        }
        return classDepth == 0 ? sb.ToString() : null;
    }

    private const string NameStartChars = ":A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD";
    private const string NameChars = NameStartChars + "\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040";

    /// <summary>XPath replacement strings use $N for groups and \$, \\ for literal characters; .NET uses ${N} and $$.</summary>
    private static string? TranslateReplacement(string replacement, Regex regex)
    {
        var sb = new StringBuilder(replacement.Length + 4);
        int groups = regex.GetGroupNumbers().Length - 1;
        for (int i = 0; i < replacement.Length; i++)
        {
            char c = replacement[i];
            if (c == '\\')
            {
                if (i + 1 >= replacement.Length || replacement[i + 1] is not ('\\' or '$')) return null;
                sb.Append(replacement[++i] == '$' ? "$$" : "\\");
            }
            else if (c == '$')
            {
                i++;
                if (i >= replacement.Length || !char.IsAsciiDigit(replacement[i])) return null;
                // Take as many digits as still name an existing group (the XPath rule).
                int number = replacement[i] - '0';
                while (i + 1 < replacement.Length && char.IsAsciiDigit(replacement[i + 1]) && number * 10 + (replacement[i + 1] - '0') <= groups)
                    number = number * 10 + (replacement[++i] - '0');
                sb.Append(number <= groups ? "${" + number + "}" : "");
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private static T Run<T>(Func<T> match)
    {
        try
        {
            return match();
        }
        catch (RegexMatchTimeoutException e)
        {
            throw new SparqlEvaluationException($"A regular expression ran longer than {MatchTimeout.TotalSeconds} seconds.", e);
        }
    }
}
