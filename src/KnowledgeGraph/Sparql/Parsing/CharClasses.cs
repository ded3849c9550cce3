namespace KnowledgeGraph.Sparql.Parsing;

/// <summary>The character classes of the SPARQL grammar (§19.8): PN_CHARS_BASE, PN_CHARS_U, PN_CHARS, VARNAME.</summary>
internal static class CharClasses
{
    public static bool IsPnCharsBase(char c) =>
        c is >= 'A' and <= 'Z' or >= 'a' and <= 'z'
        or >= '\u00C0' and <= '\u00D6' or >= '\u00D8' and <= '\u00F6' or >= '\u00F8' and <= '\u02FF'
        or >= '\u0370' and <= '\u037D' or >= '\u037F' and <= '\u1FFF' or >= '\u200C' and <= '\u200D'
        or >= '\u2070' and <= '\u218F' or >= '\u2C00' and <= '\u2FEF' or >= '\u3001' and <= '\uD7FF'
        or >= '\uF900' and <= '\uFDCF' or >= '\uFDF0' and <= '\uFFFD'
        // Supplementary characters (#x10000-#xEFFFF) arrive as surrogate pairs.
        or >= '\uD800' and <= '\uDFFF';

    public static bool IsPnCharsU(char c) => c == '_' || IsPnCharsBase(c);

    public static bool IsPnChars(char c) =>
        IsPnCharsU(c) || c == '-' || c is >= '0' and <= '9' || c == '\u00B7'
        || c is >= '\u0300' and <= '\u036F' || c is >= '\u203F' and <= '\u2040';

    public static bool IsVarNameStart(char c) => IsPnCharsU(c) || c is >= '0' and <= '9';

    public static bool IsVarNameChar(char c) =>
        IsVarNameStart(c) || c == '\u00B7' || c is >= '\u0300' and <= '\u036F' || c is >= '\u203F' and <= '\u2040';

    public static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r';

    public static bool IsLocalEscapable(char c) => "_~.-!$&'()*+,;=/?#@%".IndexOf(c) >= 0;
}
