using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Tests.Store;

/// <summary>
/// Lookups in the term dictionary take no lock while a writer adds terms (growing its arrays and rehashing its
/// table many times): a term added before a lookup starts is always found, with the id the writer got.
/// </summary>
public class TermDictionaryConcurrencyTests
{
    [Test]
    public void Lock_free_lookups_find_every_term_added_before_them_while_the_table_grows()
    {
        var dictionary = new TermDictionary();
        const int terms = 200_000;
        var ids = new int[terms];
        int published = -1;
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        static Term TermOf(int i) => (i % 3) switch
        {
            0 => NamedNode.Create($"http://example.org/t/{i}"),
            1 => Literal.CreateLanguageTagged($"label {i}", "en"),
            _ => Literal.Integer(i),
        };

        var readers = Enumerable.Range(0, 3).Select(r => Task.Run(() =>
        {
            var random = new Random(r);
            int lookups = 0;
            while (Volatile.Read(ref published) < terms - 1 && !stop.IsCancellationRequested)
            {
                int known = Volatile.Read(ref published);
                if (known < 0) continue;
                int i = random.Next(known + 1);
                var term = TermOf(i);
                // Half the lookups go through GetOrAdd, whose lock-free path must not add a second copy.
                int id = r % 2 == 0 ? (dictionary.TryGetId(term, out int found) ? found : 0) : dictionary.GetOrAdd(term);
                if (id != Volatile.Read(ref ids[i])) failures.Enqueue($"term {i}: got id {id}, the writer got {ids[i]}");
                lookups++;
            }
            return lookups;
        })).ToArray();

        for (int i = 0; i < terms; i++)
        {
            Volatile.Write(ref ids[i], dictionary.GetOrAdd(TermOf(i)));
            Volatile.Write(ref published, i);
        }
        Task.WaitAll(readers);

        failures.Should().BeEmpty();
        readers.Sum(t => t.Result).Should().BeGreaterThan(1000, "the readers looked terms up while the writer added them");
        dictionary.Count.Should().Be(terms + 1, "every term once, plus the integer datatype");
    }
}
