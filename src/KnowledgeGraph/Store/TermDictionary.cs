using KnowledgeGraph.Model;

namespace KnowledgeGraph.Store;

/// <summary>
/// Maps terms to dense integer ids and back. Id 0 is never used, so it can mean "unbound" in patterns.
/// Adding is serialised by the owning store; lookups may run concurrently with each other.
/// </summary>
internal sealed class TermDictionary
{
    private readonly Dictionary<Term, int> _ids = new();
    private Term[] _terms = new Term[16];
    private int _next = 1;

    /// <summary>How many distinct terms are encoded.</summary>
    public int Count => _next - 1;

    /// <summary>The id of a term, adding it when it is new.</summary>
    public int GetOrAdd(Term term)
    {
        lock (_ids)
        {
            if (_ids.TryGetValue(term, out int id)) return id;
            id = _next++;
            if (id >= _terms.Length) Array.Resize(ref _terms, _terms.Length * 2);
            _terms[id] = term;
            _ids.Add(term, id);
            return id;
        }
    }

    /// <summary>The id of a known term; false when the term was never added.</summary>
    public bool TryGetId(Term term, out int id)
    {
        lock (_ids) return _ids.TryGetValue(term, out id);
    }

    /// <summary>The term of an id handed out by <see cref="GetOrAdd"/>.</summary>
    public Term this[int id] => Volatile.Read(ref _terms)[id];
}
