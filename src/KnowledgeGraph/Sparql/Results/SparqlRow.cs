using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sparql;

/// <summary>One solution of a SELECT query: the terms bound to the result variables (null where unbound).</summary>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public sealed class SparqlRow
{
    private readonly Term?[] _values;
    private readonly int _offset; // this row's values are _values[_offset .. _offset + variables)
    private readonly IReadOnlyList<string> _variables;

    /// <summary>Creates a row; <paramref name="values"/> lines up with <paramref name="variables"/>.</summary>
    public SparqlRow(IReadOnlyList<string> variables, Term?[] values)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != variables.Count) throw new ArgumentException("One value per variable is needed.", nameof(values));
        _variables = variables;
        _values = values;
    }

    /// <summary>A row whose values are a slice of a block shared by many rows (the engine fills one block per
    /// batch of solutions rather than one array per row).</summary>
    internal SparqlRow(IReadOnlyList<string> variables, Term?[] block, int offset)
    {
        _variables = variables;
        _values = block;
        _offset = offset;
    }

    /// <summary>The result variables, without '?'.</summary>
    public IReadOnlyList<string> Variables => _variables;

    /// <summary>The term bound to the variable at <paramref name="index"/>, or null.</summary>
    public Term? this[int index] => (uint)index < (uint)_variables.Count ? _values[_offset + index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The term bound to <paramref name="variable"/> (with or without '?'), or null when unbound.</summary>
    /// <exception cref="KeyNotFoundException">The variable is not a result variable.</exception>
    public Term? this[string variable]
    {
        get
        {
            int i = IndexOf(variable);
            if (i < 0) throw new KeyNotFoundException($"'{variable}' is not a result variable; the variables are {string.Join(", ", _variables)}.");
            return _values[_offset + i];
        }
    }

    /// <summary>The term bound to <paramref name="variable"/>, if it is a result variable and bound.</summary>
    public bool TryGet(string variable, out Term? value)
    {
        int i = IndexOf(variable);
        value = i < 0 ? null : _values[_offset + i];
        return value is not null;
    }

    /// <summary>
    /// The value bound to <paramref name="variable"/> as <typeparamref name="T"/>: a literal's value (string, int, long,
    /// decimal, double, bool, DateTimeOffset; see <see cref="Literal.GetValue{T}"/>), an IRI's text as a string, or the
    /// term itself when <typeparamref name="T"/> is a term type.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The variable is not a result variable.</exception>
    /// <exception cref="InvalidOperationException">The variable is unbound in this row.</exception>
    /// <exception cref="FormatException">The value is not of that type.</exception>
    public T Get<T>(string variable)
    {
        var term = this[variable] ?? throw new InvalidOperationException($"?{variable.TrimStart('?', '$')} is unbound in this row.");
        if (term is T same) return same;
        if (term is Literal literal) return literal.GetValue<T>();
        if (typeof(T) == typeof(string) && term is NamedNode iri) return (T)(object)iri.Value;
        throw new FormatException($"{term} is not a {typeof(T).Name}.");
    }

    private int IndexOf(string variable)
    {
        var name = variable.Length > 0 && (variable[0] == '?' || variable[0] == '$') ? variable[1..] : variable;
        for (int i = 0; i < _variables.Count; i++)
            if (_variables[i] == name) return i;
        return -1;
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Join(" ", _variables.Select((v, i) => $"?{v}={_values[_offset + i]?.ToString() ?? "UNDEF"}"));
}
