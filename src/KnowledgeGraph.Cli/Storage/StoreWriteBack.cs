using System.Security.Cryptography;
using KnowledgeGraph.Model;
using KnowledgeGraph.RocksDb;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Store;
using IdTriple = KnowledgeGraph.Storage.IdTriple;

namespace KnowledgeGraph.Cli.Storage;

/// <summary>
/// Writes the difference between two in-memory copies of a store back into it, as one transaction: the quads only
/// <paramref name="before"/> had are removed, those only <paramref name="after"/> has are added, named graphs created
/// and dropped to match. TEMPORARY BRIDGE (issue 13) for <c>kg update --db</c>: the update runs on a copy made by
/// <see cref="StoreAccess.CopyInto"/> and lands through here until SPARQL Update runs on
/// <see cref="IStoreWriter"/> directly (issues 11 and 12).
/// </summary>
internal static class StoreWriteBack
{
    public static (int Added, int Removed) Apply(RocksDbStore store, Dataset before, Dataset after)
    {
        // Blank nodes the update created carry process-local labels (b1, b2, ...) that another process may have used
        // for other nodes in the store; give them labels unique to this transaction.
        var known = new HashSet<BlankNode>();
        foreach (var q in before)
            foreach (var t in (Term?[])[q.Subject, q.Object, q.Graph])
                if (t is BlankNode b) known.Add(b);
        string fresh = "u" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant() + "_";
        Term Map(Term t) => t is BlankNode b && !known.Contains(b) ? BlankNode.Create(fresh + b.Label) : t;

        using var writer = store.Write();
        int added = 0, removed = 0;
        foreach (var q in before)
        {
            if (after.Contains(q)) continue;
            if (Id(writer, q.Graph) is { } g && Id(writer, q.Subject) is { } s && Id(writer, q.Predicate) is { } p && Id(writer, q.Object) is { } o
                && writer.Remove(g, new IdTriple(s, p, o))) removed++;
        }
        foreach (var name in before.GraphNames)
            if (!after.TryGetGraph(name, out _) && writer.TryGetId(name, out int g)) writer.DropGraph(g);
        foreach (var name in after.GraphNames) writer.CreateGraph(writer.GetOrAddId(Map(name)));
        foreach (var q in after)
        {
            if (before.Contains(q)) continue;
            int g = q.Graph is null ? 0 : writer.GetOrAddId(Map(q.Graph));
            if (writer.Add(g, new IdTriple(writer.GetOrAddId(Map(q.Subject)), writer.GetOrAddId(q.Predicate), writer.GetOrAddId(Map(q.Object))))) added++;
        }
        writer.Commit();
        return (added, removed);
    }

    /// <summary>The id of a term (0 for the default graph's null name), or null when the store never held it.</summary>
    private static int? Id(IStoreReader reader, Term? term) =>
        term is null ? 0 : reader.TryGetId(term, out int id) ? id : null;
}
