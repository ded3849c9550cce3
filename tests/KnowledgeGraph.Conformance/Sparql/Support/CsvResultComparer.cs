namespace KnowledgeGraph.Conformance.Sparql.Support;

/// <summary>
/// Compares our CSV serialisation with a test's <c>.csv</c> file as text: line endings normalised, blank-node
/// labels (<c>_:x</c> cells) treated as equal to any label, rows in order when the query orders them and as a
/// multiset otherwise. CSV is lossy, so it is never parsed back into terms.
/// </summary>
internal static class CsvResultComparer
{
    public static string? Compare(string expected, string actual, bool ordered)
    {
        var exp = Lines(expected);
        var act = Lines(actual);
        if (exp.Count == 0 || act.Count == 0 || exp[0] != act[0])
            return $"Headers differ:\nexpected: {exp.FirstOrDefault()}\nactual:   {act.FirstOrDefault()}";
        var expRows = exp.Skip(1).Select(Normalise).ToList();
        var actRows = act.Skip(1).Select(Normalise).ToList();
        if (!ordered)
        {
            expRows.Sort(StringComparer.Ordinal);
            actRows.Sort(StringComparer.Ordinal);
        }
        return expRows.SequenceEqual(actRows)
            ? null
            : $"CSV differs.\nexpected:\n{string.Join("\n", exp)}\nactual:\n{string.Join("\n", act)}";
    }

    private static List<string> Lines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n').ToList();

    private static string Normalise(string line) =>
        string.Join(",", line.Split(',').Select(cell => cell.StartsWith("_:", StringComparison.Ordinal) ? "_:" : cell));
}
