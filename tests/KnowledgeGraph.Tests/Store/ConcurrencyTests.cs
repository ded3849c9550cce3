using System.Collections.Concurrent;
using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql;

namespace KnowledgeGraph.Tests.Store;

/// <summary>
/// The concurrency model: every query and enumeration reads one snapshot; a batch becomes visible all at once; queries
/// never write to the store. A writer adds and removes pairs of triples (s :p 1, s :q 2) in batches while readers
/// check that every snapshot they see holds both triples of a pair or neither.
/// </summary>
public class ConcurrencyTests
{
    private const string Ex = "http://ex.org/";
    private static readonly NamedNode P = NamedNode.Create(Ex + "p"), Q = NamedNode.Create(Ex + "q");
    private static readonly TimeSpan RunFor = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long the writer and the readers of a test run: at least <see cref="RunFor"/> and at least
    /// <see cref="MinWork"/> writes and reads, so that a slow or busy machine still exercises the race (and the counts
    /// asserted at the end are met), with a hard bound so that a stuck run fails instead of hanging.
    /// </summary>
    private sealed class Workload
    {
        public const long MinWork = 30;
        private readonly DateTime _minStop = DateTime.UtcNow + RunFor, _hardStop = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        private volatile bool _writerDone;

        public bool WriterGoes(long writes) => DateTime.UtcNow < _hardStop && (DateTime.UtcNow < _minStop || writes < MinWork);

        public void WriterDone() => _writerDone = true;

        public bool ReaderGoes(long reads) => DateTime.UtcNow < _hardStop && (!_writerDone || reads < MinWork);
    }

    [Test]
    public void Readers_never_observe_a_half_applied_batch()
    {
        var dataset = new Dataset();
        var graph = dataset.DefaultGraph;
        var work = new Workload();
        var failures = new ConcurrentQueue<string>();
        long checks = 0, batches = 0;

        var writer = Task.Run(() =>
        {
            var rng = new Random(11);
            var live = new List<int>();
            int next = 0;
            while (work.WriterGoes(Interlocked.Read(ref batches)))
            {
                bool add = live.Count < 50 || rng.Next(2) == 0;
                int n = add ? next++ : live[rng.Next(live.Count)];
                var s = NamedNode.Create(Ex + "s" + n);
                graph.Batch(b =>
                {
                    if (add)
                    {
                        b.Add(s, P, Literal.Integer(1));
                        b.Add(s, Q, Literal.Integer(2));
                    }
                    else
                    {
                        b.Remove(new Triple(s, P, Literal.Integer(1)));
                        b.Remove(new Triple(s, Q, Literal.Integer(2)));
                    }
                });
                if (add) live.Add(n); else live.Remove(n);
                Interlocked.Increment(ref batches);
            }
            work.WriterDone();
        });

        var unpaired = SparqlQuery.Parse($"PREFIX : <{Ex}> SELECT ?s {{ {{ ?s :p ?x FILTER NOT EXISTS {{ ?s :q ?y }} }} UNION {{ ?s :q ?y FILTER NOT EXISTS {{ ?s :p ?x }} }} }}");
        var counts = SparqlQuery.Parse($"PREFIX : <{Ex}> SELECT (COUNT(?a) AS ?ps) (COUNT(?b) AS ?qs) {{ {{ ?a :p ?x }} UNION {{ ?b :q ?y }} }}");
        var readers = Enumerable.Range(0, 4).Select(r => Task.Run(() =>
        {
            while (work.ReaderGoes(Interlocked.Read(ref checks)))
            {
                switch (r)
                {
                    case 0:
                        var rows = unpaired.Execute(graph).ResultSet;
                        if (rows.Count != 0) failures.Enqueue($"query saw {rows.Count} half-applied pair(s)");
                        break;
                    case 1:
                        var row = counts.Execute(dataset).ResultSet[0];
                        if (row.Get<int>("ps") != row.Get<int>("qs")) failures.Enqueue($"counts {row["ps"]} vs {row["qs"]}");
                        break;
                    default:
                        int ps = 0, qs = 0;
                        foreach (var t in r == 2 ? graph : dataset.Select(q => q.Triple))
                        {
                            if (t.Predicate.Equals(P)) ps++;
                            else if (t.Predicate.Equals(Q)) qs++;
                        }
                        if (ps != qs) failures.Enqueue($"enumeration saw {ps} :p and {qs} :q");
                        break;
                }
                Interlocked.Increment(ref checks);
            }
        })).ToArray();

        Task.WaitAll([writer, .. readers]);
        failures.Should().BeEmpty();
        Interlocked.Read(ref batches).Should().BeGreaterThanOrEqualTo(Workload.MinWork);
        Interlocked.Read(ref checks).Should().BeGreaterThanOrEqualTo(Workload.MinWork);
    }

    [Test]
    public void Readers_never_observe_half_of_an_update_request()
    {
        var dataset = new Dataset();
        var work = new Workload();
        var failures = new ConcurrentQueue<string>();
        long requests = 0, checks = 0;
        var writer = Task.Run(() =>
        {
            for (int n = 0; work.WriterGoes(Interlocked.Read(ref requests)); n++)
            {
                // Two operations in one request: readers must see both or neither.
                dataset.Update($"PREFIX : <{Ex}> INSERT DATA {{ :s{n} :p 1 }} ; INSERT DATA {{ :s{n} :q 2 }}");
                if (n % 3 == 2) dataset.Update($"PREFIX : <{Ex}> DELETE WHERE {{ :s{n - 1} :p ?x }} ; DELETE WHERE {{ :s{n - 1} :q ?y }}");
                Interlocked.Increment(ref requests);
            }
            work.WriterDone();
        });
        var counts = SparqlQuery.Parse($"PREFIX : <{Ex}> SELECT (COUNT(?a) AS ?ps) (COUNT(?b) AS ?qs) {{ {{ ?a :p ?x }} UNION {{ ?b :q ?y }} }}");
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            while (work.ReaderGoes(Interlocked.Read(ref checks)))
            {
                var row = counts.Execute(dataset).ResultSet[0];
                if (row.Get<int>("ps") != row.Get<int>("qs")) failures.Enqueue($"counts {row["ps"]} vs {row["qs"]}");
                Interlocked.Increment(ref checks);
            }
        })).ToArray();
        Task.WaitAll([writer, .. readers]);
        failures.Should().BeEmpty();
        Interlocked.Read(ref requests).Should().BeGreaterThanOrEqualTo(Workload.MinWork);
        Interlocked.Read(ref checks).Should().BeGreaterThanOrEqualTo(Workload.MinWork);
    }

    [Test]
    public void A_failing_batch_leaves_the_graph_as_it_was()
    {
        var graph = new Graph();
        graph.Add(NamedNode.Create(Ex + "a"), P, Literal.Integer(1));
        var act = () => graph.Batch(b =>
        {
            b.Add(NamedNode.Create(Ex + "b"), P, Literal.Integer(1));
            b.Remove(new Triple(NamedNode.Create(Ex + "a"), P, Literal.Integer(1)));
            b.Contains(new Triple(NamedNode.Create(Ex + "b"), P, Literal.Integer(1))).Should().BeTrue("a batch reads its own writes");
            throw new InvalidOperationException("third change fails");
        });
        act.Should().Throw<InvalidOperationException>();
        graph.Select(t => t.Subject.ToString()).Should().Equal("<http://ex.org/a>");
    }

    [Test]
    public void One_parsed_query_run_from_four_threads_gives_the_single_threaded_answer()
    {
        var graph = new Graph();
        for (int i = 0; i < 2000; i++)
            graph.Add(NamedNode.Create(Ex + "s" + (i % 97)), NamedNode.Create(Ex + "p" + (i % 7)), Literal.Integer(i));
        var query = SparqlQuery.Parse($"SELECT ?s (COUNT(*) AS ?n) (SUM(?o) AS ?sum) {{ ?s ?p ?o FILTER(?o > 10) }} GROUP BY ?s ORDER BY ?s");
        string Answer() => string.Join("\n", query.Execute(graph).ResultSet.Select(r => $"{r["s"]} {r["n"]} {r["sum"]}"));
        var expected = Answer();
        var answers = new ConcurrentBag<string>();
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, _ =>
        {
            for (int k = 0; k < 20; k++) answers.Add(Answer());
        });
        answers.Should().HaveCount(80).And.OnlyContain(a => a == expected);
    }

    [Test]
    public void A_query_never_adds_terms_to_the_store()
    {
        var dataset = new Dataset();
        dataset.DefaultGraph.Add(NamedNode.Create(Ex + "a"), P, Literal.Integer(1));
        var memory = dataset.Memory!;
        int before = memory.Dictionary.Count;
        var options = new SparqlQueryOptions { GraphResolver = iri => [new Triple(iri, P, Literal.Create("from a file"))] };
        dataset.Query($"SELECT * FROM <{Ex}elsewhere> FROM NAMED <{Ex}other> {{ ?s ?p ?o BIND(STR(?o) AS ?text) BIND(<{Ex}new> AS ?n) }}", options)
            .ResultSet.Should().HaveCount(1);
        dataset.Query($"CONSTRUCT {{ ?s <{Ex}computed> ?x }} WHERE {{ ?s ?p ?o BIND(?o + 41 AS ?x) }}").Graph.Should().HaveCount(1);
        memory.Dictionary.Count.Should().Be(before);
    }
}
