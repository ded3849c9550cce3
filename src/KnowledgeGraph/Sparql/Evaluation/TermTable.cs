using KnowledgeGraph.Model;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Ids for every term a query touches: the store's positive dictionary ids, and negative ids for terms the query
/// computes that the store does not hold. Equal ids ⇔ equal terms, so joins and DISTINCT compare ints.
/// </summary>
internal sealed class TermTable
{
    private readonly TermDictionary _dictionary;
    private readonly Dictionary<Term, int> _localIds = new();
    private readonly List<Term> _local = new() { null! };
    private Term?[] _decoded = new Term?[1024];

    public TermTable(TermDictionary dictionary) => _dictionary = dictionary;

    public int Intern(Term term)
    {
        if (_dictionary.TryGetId(term, out int id)) return id;
        lock (_localIds)
        {
            if (_localIds.TryGetValue(term, out id)) return id;
            id = -_local.Count;
            _local.Add(term);
            _localIds.Add(term, id);
            return id;
        }
    }

    /// <summary>The id of a term the store holds; 0 when it does not (the pattern then cannot match).</summary>
    public int StoreId(Term term) => _dictionary.TryGetId(term, out int id) ? id : 0;

    public Term? Get(int id)
    {
        if (id > 0)
        {
            // Decoding a stored term allocates; expressions read the same few terms over and over.
            var cache = _decoded;
            if (id < cache.Length && cache[id] is { } hit) return hit;
            var term = _dictionary[id];
            if (id >= cache.Length && id < (1 << 24))
            {
                int size = cache.Length;
                while (size <= id) size *= 2;
                Array.Resize(ref cache, size);
                _decoded = cache;
            }
            if (id < cache.Length) cache[id] = term;
            return term;
        }
        if (id == 0) return null;
        lock (_localIds) return _local[-id];
    }
}
