using System.Reflection;
using KnowledgeGraph.Model;
using Microsoft.Data.Analysis;

namespace KnowledgeGraph.Interactive;

/// <summary>
/// Turns a sequence of objects (records, anonymous types such as a LINQ projection of PageRank scores) into a
/// <see cref="DataFrame"/>, so it shows as a table. Stateless; safe to call from any thread.
/// </summary>
public static class ObjectDataFrames
{
    /// <summary>
    /// One column per public instance property of <typeparamref name="T"/>, in declaration order: integers as
    /// <see cref="long"/>, floating-point and decimal numbers as <see cref="double"/>, <see cref="bool"/>,
    /// <see cref="DateTime"/> (a <see cref="DateTimeOffset"/> in UTC), and text for everything else (an RDF term as
    /// its IRI or lexical form). Nulls stay nulls.
    /// </summary>
    public static DataFrame ToDataFrame<T>(this IEnumerable<T> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var items = rows.ToList();
        var properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0);
        return new DataFrame(properties.Select(p => Column(p, items.Select(i => i is null ? null : p.GetValue(i)).ToList())));
    }

    private static DataFrameColumn Column(PropertyInfo property, List<object?> values)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var name = property.Name;
        if (type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte))
            return new Int64DataFrameColumn(name, values.Select(v => v is null ? (long?)null : Convert.ToInt64(v)));
        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal))
            return new DoubleDataFrameColumn(name, values.Select(v => v is null ? (double?)null : Convert.ToDouble(v)));
        if (type == typeof(bool))
            return new BooleanDataFrameColumn(name, values.Select(v => (bool?)v));
        if (type == typeof(DateTime) || type == typeof(DateTimeOffset))
            return new DateTimeDataFrameColumn(name, values.Select(v => v switch
            {
                DateTime d => d,
                DateTimeOffset o => o.UtcDateTime,
                _ => (DateTime?)null,
            }));
        return new StringDataFrameColumn(name, values.Select(v => v switch
        {
            null => null,
            Term term => ValueKinds.Text(term),
            _ => v.ToString(),
        }));
    }
}
