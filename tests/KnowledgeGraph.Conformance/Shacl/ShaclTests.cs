using KnowledgeGraph.Conformance.Manifests;
using KnowledgeGraph.Model;
using KnowledgeGraph.Shacl;
using KnowledgeGraph.Store;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Conformance.Shacl;

/// <summary>
/// The W3C SHACL test suite (core and SPARQL), one case per <c>sht:Validate</c> entry, at full compliance as the
/// suite's description defines it: the report graph we produce must be isomorphic to the expected one, where the
/// expected graph is everything the manifest says about the <c>mf:result</c> node and the blank nodes it reaches
/// (other than focus nodes and values, which are data),
/// and <c>sh:resultMessage</c> triples are left out of both (messages are free text), except that where the
/// expected report states messages, each of those results must carry exactly those messages. An expected
/// <c>sht:Failure</c> must end in a <see cref="ShaclException"/>.
/// </summary>
[TestFixture]
public class ShaclTests
{
    private const string Sht = "http://www.w3.org/ns/shacl-test#";

    public static IEnumerable<TestCaseData> Core() => W3cManifests.Cases("shacl/tests/core/manifest.ttl");

    public static IEnumerable<TestCaseData> Sparql() => W3cManifests.Cases("shacl/tests/sparql/manifest.ttl");

    /// <summary>A test of the suite that its manifests do not include (sparql/component/manifest.ttl leaves it out);
    /// run as well, so every test file of the suite counts.</summary>
    public static IEnumerable<TestCaseData> Unlisted() => W3cManifests.Cases("shacl/tests/sparql/component/nodeValidator-001.ttl");

    [TestCaseSource(nameof(Unlisted))]
    public void ShaclUnlisted(ManifestTest? test) => Run(test);

    [TestCaseSource(nameof(Core))]
    public void ShaclCore(ManifestTest? test) => Run(test);

    [TestCaseSource(nameof(Sparql))]
    public void ShaclSparql(ManifestTest? test) => Run(test);

    private static void Run(ManifestTest? test)
    {
        if (test is null)
        {
            Assert.Fail("The manifest could not be read; see the test description.");
            return;
        }
        var action = test.Action ?? throw new InvalidOperationException("The test has no mf:action.");
        var data = LoadGraph(test.Object(Sht + "dataGraph", action)!);
        var result = test.Result ?? throw new InvalidOperationException("The test has no mf:result.");
        if (result is NamedNode { Value: Sht + "Failure" })
        {
            Assert.That(() => new ShaclValidator(new ShapesGraph(LoadGraph(test.Object(Sht + "shapesGraph", action)!))).Validate(data),
                Throws.InstanceOf<ShaclException>());
            return;
        }
        var shapes = new ShapesGraph(LoadGraph(test.Object(Sht + "shapesGraph", action)!));
        var report = new ShaclValidator(shapes).Validate(data);
        var actual = report.ToGraph();
        var expected = Reachable(test.Manifest, result);
        Assert.That(WithoutMessages(actual).IsIsomorphicWith(WithoutMessages(expected)), Is.True,
            () => $"The reports are not isomorphic.\nexpected:\n{Dump(expected)}\nactual:\n{Dump(actual)}");
        CheckStatedMessages(test.Manifest, result, report);
    }

    private static Graph LoadGraph(Term iri)
    {
        var path = ManifestTest.LocalPath(iri);
        return Graph.Load(path, RdfFormat.Turtle, W3cManifests.IriOf(path));
    }

    /// <summary>The triples about <paramref name="root"/> and, recursively, about the blank nodes they reach.</summary>
    private static Graph Reachable(Graph source, Term root)
    {
        var g = new Graph();
        var queue = new Queue<Term>([root]);
        var seen = new HashSet<Term> { root };
        while (queue.Count > 0)
            foreach (var t in source.Match(queue.Dequeue()))
            {
                g.Add(t);
                if (t.Object is BlankNode b && !IsDataNode(t.Predicate) && seen.Add(b)) queue.Enqueue(b);
            }
        return g;
    }

    /// <summary>Focus nodes and values are data-graph nodes: a blank one stands for itself, and what the data says
    /// about it is no part of the report (paths, shapes and constraints are described, as they come from the shapes
    /// graph).</summary>
    private static bool IsDataNode(NamedNode p) =>
        p.Value is "http://www.w3.org/ns/shacl#focusNode" or "http://www.w3.org/ns/shacl#value";

    private static readonly NamedNode ResultMessage = NamedNode.Create("http://www.w3.org/ns/shacl#resultMessage");

    private static Graph WithoutMessages(Graph g)
    {
        var copy = new Graph();
        copy.AddRange(g.Where(t => !t.Predicate.Equals(ResultMessage)));
        return copy;
    }

    /// <summary>Where the expected report gives a result's messages, the result with the same focus node, value and
    /// component must have exactly those messages.</summary>
    private static void CheckStatedMessages(Graph manifest, Term expectedReport, ValidationReport report)
    {
        var sh = "http://www.w3.org/ns/shacl#";
        foreach (var r in manifest.Objects(expectedReport, NamedNode.Create(sh + "result")))
        {
            var messages = manifest.Objects(r, ResultMessage).Select(m => m.ToString()).OrderBy(m => m, StringComparer.Ordinal).ToList();
            if (messages.Count == 0) continue;
            var focus = manifest.Objects(r, NamedNode.Create(sh + "focusNode")).Single();
            var component = manifest.Objects(r, NamedNode.Create(sh + "sourceConstraintComponent")).Single();
            var value = manifest.Objects(r, NamedNode.Create(sh + "value")).SingleOrDefault();
            var match = report.Results.Where(a => a.FocusNode.Equals(focus) && a.SourceConstraintComponent.Equals(component)
                                                  && Equals(a.Value, value)).ToList();
            Assert.That(match.Any(a => a.Messages.Select(m => m.ToString()).OrderBy(m => m, StringComparer.Ordinal).SequenceEqual(messages)), Is.True,
                () => $"No result for {focus} has the messages {string.Join(", ", messages)}; found: " +
                      string.Join(" | ", match.Select(a => string.Join(", ", a.Messages))));
        }
    }

    private static string Dump(Graph g) => g.ToString(RdfFormat.NTriples);
}
