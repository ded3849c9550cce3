using System.Text.RegularExpressions;

namespace KnowledgeGraph.Conformance.Sparql.Support;

/// <summary>
/// The variables of a query's outermost ORDER BY clause, read from the text (comments and strings removed): the
/// columns whose sequence an ordered result must reproduce. Rows tying on these keys may come in any order.
/// </summary>
internal static partial class OrderKeys
{
    public static IReadOnlyList<string> Of(string queryText)
    {
        var text = Comments().Replace(Iris().Replace(Strings().Replace(queryText, "\"\""), "<>"), "");
        var matches = OrderBy().Matches(text);
        if (matches.Count == 0) return [];
        var last = matches[^1];
        // An ORDER BY inside a subquery is followed by the closing braces of the outer query.
        var clause = text[(last.Index + last.Length)..];
        int stop = clause.IndexOfAny(['}', '{']);
        if (stop >= 0) return [];
        var limit = LimitOffset().Match(clause);
        if (limit.Success) clause = clause[..limit.Index];
        return Variables().Matches(clause).Select(m => m.Groups[1].Value).Distinct().ToList();
    }

    [GeneratedRegex(@"\bORDER\s+BY\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrderBy();

    [GeneratedRegex(@"\b(LIMIT|OFFSET|VALUES)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LimitOffset();

    [GeneratedRegex(@"[?$]([A-Za-z0-9_\u00B7\u00C0-\uFFFD]+)")]
    private static partial Regex Variables();

    [GeneratedRegex(@"<[^<>\s""{}|^`\\]*>")]
    private static partial Regex Iris();

    [GeneratedRegex(@"#[^\n]*")]
    private static partial Regex Comments();

    [GeneratedRegex("\"\"\"[\\s\\S]*?\"\"\"|'''[\\s\\S]*?'''|\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*'")]
    private static partial Regex Strings();
}
