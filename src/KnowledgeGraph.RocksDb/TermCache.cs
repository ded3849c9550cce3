using System.Collections.Concurrent;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.RocksDb;

/// <summary>
/// Decoded terms by id, shared by every reader of one store. Safe without regard to snapshots: a committed id never
/// changes its term (dictionary entries are never rewritten or deleted), and only terms read from the database are
/// put here, never those of a transaction that may still roll back. Bounded: past <see cref="Limit"/> entries it
/// starts over, so a dump of a large store does not end up holding every term. Safe for concurrent use.
/// </summary>
internal sealed class TermCache
{
    public const int Limit = 1 << 20;

    private readonly ConcurrentDictionary<int, Term> _terms = new();

    public bool TryGet(int id, out Term term) => _terms.TryGetValue(id, out term!);

    public void Add(int id, Term term)
    {
        if (_terms.Count >= Limit) _terms.Clear();
        _terms[id] = term;
    }
}
