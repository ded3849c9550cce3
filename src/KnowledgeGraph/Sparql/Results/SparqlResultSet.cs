using System.Collections;

namespace KnowledgeGraph.Sparql;

/// <summary>The solutions of a SELECT query, in order, with their variables.</summary>
/// <remarks>Thread safety: immutable once returned; rows can be read from several threads at once.</remarks>
public sealed class SparqlResultSet : IReadOnlyList<SparqlRow>
{
    private readonly IReadOnlyList<SparqlRow> _rows;

    /// <summary>Creates a result set.</summary>
    public SparqlResultSet(IReadOnlyList<string> variables, IReadOnlyList<SparqlRow> rows)
    {
        Variables = variables ?? throw new ArgumentNullException(nameof(variables));
        _rows = rows ?? throw new ArgumentNullException(nameof(rows));
    }

    /// <summary>The result variables, without '?', in projection order.</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <summary>Number of solutions.</summary>
    public int Count => _rows.Count;

    /// <summary>The solution at <paramref name="index"/>.</summary>
    public SparqlRow this[int index] => _rows[index];

    /// <inheritdoc />
    public IEnumerator<SparqlRow> GetEnumerator() => _rows.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
