using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Output;

/// <summary>The figures <c>kg stats</c> prints, computed in one pass over the dataset's quads.</summary>
internal sealed record GraphStatistics(
    long Triples, int Subjects, int Predicates, int Objects, int Classes, int NamedGraphs,
    IReadOnlyList<(NamedNode Predicate, long Count)> PredicateCounts)
{
    public static GraphStatistics Compute(Dataset dataset, CancellationToken cancellationToken)
    {
        var subjects = new HashSet<Term>();
        var objects = new HashSet<Term>();
        var classes = new HashSet<Term>();
        var predicates = new Dictionary<NamedNode, long>();
        long triples = 0;
        foreach (var quad in dataset)
        {
            if ((++triples & 0xFFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            subjects.Add(quad.Subject);
            objects.Add(quad.Object);
            predicates[quad.Predicate] = predicates.GetValueOrDefault(quad.Predicate) + 1;
            if (quad.Predicate.Equals(Vocab.Rdf.Type)) classes.Add(quad.Object);
        }
        var ranked = predicates.Select(p => (p.Key, p.Value))
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key.Value, StringComparer.Ordinal).ToList();
        return new GraphStatistics(triples, subjects.Count, predicates.Count, objects.Count, classes.Count,
            dataset.GraphNames.Count, ranked);
    }

    /// <summary>The same figures over a store's snapshot, counted on term ids (a persistent store's size need not
    /// fit in memory as terms; only the distinct ids are held).</summary>
    public static GraphStatistics Compute(IStoreReader reader, CancellationToken cancellationToken)
    {
        var subjects = new HashSet<int>();
        var objects = new HashSet<int>();
        var classes = new HashSet<int>();
        var predicates = new Dictionary<int, long>();
        int type = reader.TryGetId(Vocab.Rdf.Type, out int id) ? id : -1;
        long triples = 0;
        foreach (int graph in (int[])[0, .. reader.NamedGraphIds])
        {
            var range = reader.Match(graph, 0, 0, 0);
            for (int i = 0; i < range.Length; i++)
            {
                if ((++triples & 0xFFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
                var t = range[i];
                subjects.Add(t.S);
                objects.Add(t.O);
                predicates[t.P] = predicates.GetValueOrDefault(t.P) + 1;
                if (t.P == type) classes.Add(t.O);
            }
        }
        var ranked = predicates.Select(p => ((NamedNode)reader.GetTerm(p.Key), p.Value))
            .OrderByDescending(p => p.Value).ThenBy(p => p.Item1.Value, StringComparer.Ordinal).ToList();
        return new GraphStatistics(triples, subjects.Count, predicates.Count, objects.Count, classes.Count,
            reader.NamedGraphIds.Count, ranked);
    }

    public void WriteTo(TextWriter output, TermText text, int top)
    {
        output.WriteLine($"triples              {Triples,12:N0}");
        output.WriteLine($"distinct subjects    {Subjects,12:N0}");
        output.WriteLine($"distinct predicates  {Predicates,12:N0}");
        output.WriteLine($"distinct objects     {Objects,12:N0}");
        output.WriteLine($"classes              {Classes,12:N0}");
        if (NamedGraphs > 0) output.WriteLine($"named graphs         {NamedGraphs,12:N0}");
        if (top == 0 || PredicateCounts.Count == 0) return;
        output.WriteLine();
        output.WriteLine("most used predicates");
        foreach (var (predicate, count) in PredicateCounts.Take(top))
            output.WriteLine($"  {count,12:N0}  {text.Iri(predicate.Value)}");
    }
}
