using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage;

/// <summary>
/// Turns ids back into terms through a small direct-mapped cache. Enumerating an index repeats the same subject for
/// a run of triples and the same few predicates throughout, so most lookups hit and skip decoding the bytes and
/// allocating a new term. A miss replaces its slot, so the cache never grows.
/// </summary>
internal sealed class TermDecoder
{
    private const int Slots = 1 << 12;
    private readonly Func<int, Term> _decode;
    private readonly int[] _ids = new int[Slots];
    private readonly Term?[] _terms = new Term?[Slots];

    public TermDecoder(TermDictionary dictionary) => _decode = id => dictionary[id];

    public TermDecoder(IStoreReader reader) => _decode = reader is ITableReader t ? id => t.Dictionary[id] : reader.GetTerm;

    public Term this[int id]
    {
        get
        {
            int slot = (int)((uint)id * 2654435761u >> 20);
            if (_ids[slot] == id && _terms[slot] is { } cached) return cached;
            var term = _decode(id);
            _ids[slot] = id;
            _terms[slot] = term;
            return term;
        }
    }

    public Triple Triple(IdTriple t) => new(this[t.S], (NamedNode)this[t.P], this[t.O]);
}
