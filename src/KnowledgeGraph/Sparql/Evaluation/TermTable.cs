using System.Runtime.CompilerServices;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Ids for every term a query touches: the store's positive dictionary ids, and negative ids for terms the query
/// computes that the store does not hold. Equal ids ⇔ equal terms, so joins and DISTINCT compare ints.
/// </summary>
internal sealed class TermTable
{
    /// <summary>Entries of the decode cache at first and at most; powers of two, small enough to stay off the large
    /// object heap.</summary>
    private const int CacheSize = 1024;
    private const int MaxCacheSize = 8192;

    private readonly IStoreReader _store;
    private readonly Func<int, Term> _decode;
    private readonly Dictionary<Term, int> _localIds = new();
    private readonly List<Term> _local = new() { null! };
    private readonly Dictionary<Term, int> _constantIds = new(ReferenceEqualityComparer.Instance);
    private int[]? _cachedIds;
    private Term?[]? _cachedTerms;
    private int _misses;

    public TermTable(IStoreReader store)
    {
        _store = store;
        _decode = store is ITableReader tables ? id => tables.Dictionary[id] : store.GetTerm;
    }

    public int Intern(Term term)
    {
        if (_store.TryGetId(term, out int id)) return id;
        lock (_localIds)
        {
            if (_localIds.TryGetValue(term, out id)) return id;
            id = -_local.Count;
            _local.Add(term);
            _localIds.Add(term, id);
            return id;
        }
    }

    /// <summary>
    /// <see cref="Intern"/> for a constant of the query (a predicate of a path, say), remembered by reference so
    /// that a term looked up once per solution is hashed once per execution. Not for computed terms, which are new
    /// objects every time.
    /// </summary>
    public int InternConstant(Term term)
    {
        if (!_constantIds.TryGetValue(term, out int id)) _constantIds[term] = id = Intern(term);
        return id;
    }

    /// <summary>The id of a term the store holds; 0 when it does not (the pattern then cannot match).</summary>
    public int StoreId(Term term) => _store.TryGetId(term, out int id) ? id : 0;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Term? Get(int id)
    {
        if (id > 0)
        {
            // Decoding a stored term allocates, and expressions and results read the same few terms over and over:
            // a small direct-mapped cache (the same slot is shared by ids that differ in their high bits).
            var ids = _cachedIds ??= new int[CacheSize];
            var terms = _cachedTerms ??= new Term?[CacheSize];
            int slot = id & (ids.Length - 1);
            if (ids[slot] == id) return terms[slot];
            if (++_misses > ids.Length * 4 && ids.Length < MaxCacheSize)
            {
                // Many distinct terms: a bigger cache (starting over) keeps the repeated ones among them.
                _misses = 0;
                _cachedIds = ids = new int[ids.Length * 2];
                _cachedTerms = terms = new Term?[ids.Length];
                slot = id & (ids.Length - 1);
            }
            var term = _decode(id);
            ids[slot] = id;
            terms[slot] = term;
            return term;
        }
        if (id == 0) return null;
        lock (_localIds) return _local[-id];
    }
}
