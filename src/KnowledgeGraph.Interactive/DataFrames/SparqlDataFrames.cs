using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql;
using Microsoft.Data.Analysis;

namespace KnowledgeGraph.Interactive;

/// <summary>
/// Turns SPARQL SELECT results into <see cref="DataFrame"/>s of <c>Microsoft.Data.Analysis</c>, one typed column per
/// variable. Stateless; safe to call from any thread.
/// </summary>
public static class SparqlDataFrames
{
    /// <summary>
    /// One column per variable, typed by what it holds: <see cref="long"/> when every bound value is an
    /// <c>xsd:integer</c> (or a subtype) that fits, <see cref="double"/> when they are numbers of any XSD numeric
    /// type, <see cref="bool"/> for <c>xsd:boolean</c>, <see cref="DateTime"/> (in UTC) for <c>xsd:dateTime</c> and
    /// <c>xsd:date</c>, and strings otherwise: a literal's text without its language tag or datatype, an IRI as
    /// itself, a blank node as <c>_:label</c>. Unbound values are nulls, and do not decide a column's type.
    /// </summary>
    public static DataFrame ToDataFrame(this SparqlResultSet results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var columns = new List<DataFrameColumn>(results.Variables.Count);
        for (int v = 0; v < results.Variables.Count; v++)
        {
            var kind = ValueKind.None;
            foreach (var row in results) kind = ValueKinds.Widen(kind, ValueKinds.Of(row[v]));
            columns.Add(Column(results, v, kind));
        }
        return new DataFrame(columns);
    }

    /// <summary>The bindings of a SELECT result as a <see cref="DataFrame"/>, as <see cref="ToDataFrame(SparqlResultSet)"/>.</summary>
    /// <exception cref="InvalidOperationException">The result is a boolean (ASK) or a graph (CONSTRUCT, DESCRIBE).</exception>
    public static DataFrame ToDataFrame(this SparqlResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Kind != SparqlResultKind.Bindings)
            throw new InvalidOperationException($"Only SELECT results have rows to put in a DataFrame; this result is a {result.Kind}.");
        return result.ResultSet.ToDataFrame();
    }

    private static DataFrameColumn Column(SparqlResultSet results, int v, ValueKind kind)
    {
        var name = results.Variables[v];
        switch (kind)
        {
            case ValueKind.Integer:
                return new Int64DataFrameColumn(name, results.Select(r => r[v] is Literal l && l.TryGetValue(out long x) ? x : (long?)null));
            case ValueKind.Number:
                return new DoubleDataFrameColumn(name, results.Select(r => r[v] is Literal l && l.TryGetValue(out double x) ? x : (double?)null));
            case ValueKind.Boolean:
                return new BooleanDataFrameColumn(name, results.Select(r => r[v] is Literal l && l.TryGetValue(out bool x) ? x : (bool?)null));
            case ValueKind.DateTime:
                return new DateTimeDataFrameColumn(name,
                    results.Select(r => r[v] is Literal l && l.TryGetValue(out DateTimeOffset x) ? x.UtcDateTime : (DateTime?)null));
            default:
                return new StringDataFrameColumn(name, results.Select(r => r[v] is { } term ? ValueKinds.Text(term) : null));
        }
    }
}
