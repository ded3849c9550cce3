using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;
using KnowledgeGraph.TestSupport;

namespace KnowledgeGraph.Conformance.Manifests;

/// <summary>
/// Reads the W3C manifests (with our own Turtle reader), following <c>mf:include</c>, and yields one NUnit case per
/// <c>mf:entries</c> item. Files get the IRIs the suites were published under, so base-dependent tests resolve as
/// the expected results say: <c>w3c/rdf-X/…</c> ↔ <c>https://w3c.github.io/rdf-tests/rdf/rdf11/rdf-X/…</c> and
/// <c>w3c/sparqlNN/…</c> ↔ <c>https://w3c.github.io/rdf-tests/sparql/sparqlNN/…</c>.
/// </summary>
public static class W3cManifests
{
    private const string RdfRoot = "https://w3c.github.io/rdf-tests/rdf/rdf11/";
    private const string SparqlRoot = "https://w3c.github.io/rdf-tests/sparql/";

    /// <summary>The published IRI of a local file under w3c/.</summary>
    public static string IriOf(string localPath)
    {
        var rel = Path.GetRelativePath(Paths.W3c, Path.GetFullPath(localPath)).Replace('\\', '/');
        return rel.StartsWith("sparql", StringComparison.Ordinal) ? SparqlRoot + rel : RdfRoot + rel;
    }

    /// <summary>The local file of a published IRI (the inverse of <see cref="IriOf"/>).</summary>
    public static string LocalPath(string iri)
    {
        string rel = iri.StartsWith(SparqlRoot, StringComparison.Ordinal) ? iri[SparqlRoot.Length..]
            : iri.StartsWith(RdfRoot, StringComparison.Ordinal) ? iri[RdfRoot.Length..]
            : throw new ArgumentException($"<{iri}> is not a file of the W3C suites.");
        int hash = rel.IndexOf('#');
        if (hash >= 0) rel = rel[..hash];
        return Path.Combine(Paths.W3c, rel.Replace('/', Path.DirectorySeparatorChar));
    }

    /// <summary>Every test listed by the manifest at <paramref name="relativeManifest"/> (under w3c/) and its includes.</summary>
    public static IEnumerable<ManifestTest> Load(string relativeManifest)
    {
        var path = Path.Combine(Paths.W3c, relativeManifest);
        var suite = relativeManifest.Split('/')[0];
        return LoadFile(suite, path, new HashSet<string>());
    }

    private static IEnumerable<ManifestTest> LoadFile(string suite, string path, HashSet<string> seen)
    {
        if (!seen.Add(Path.GetFullPath(path))) yield break;
        var graph = Graph.Load(path, RdfFormat.Turtle, IriOf(path));
        var mfManifest = NamedNode.CreateUnchecked(ManifestTest.Mf + "Manifest");
        var include = NamedNode.CreateUnchecked(ManifestTest.Mf + "include");
        var entries = NamedNode.CreateUnchecked(ManifestTest.Mf + "entries");
        foreach (var manifest in graph.Subjects(Vocab.Rdf.Type, mfManifest).ToList())
        {
            foreach (var list in graph.Objects(manifest, include).ToList())
                foreach (var inc in IncludedFiles(graph, list))
                    foreach (var t in LoadFile(suite, LocalPath(((NamedNode)inc).Value), seen))
                        yield return t;
            foreach (var list in graph.Objects(manifest, entries).ToList())
                foreach (var entry in ReadList(graph, list))
                    yield return new ManifestTest(suite, graph, entry, path);
        }
    }

    /// <summary>The manifests an <c>mf:include</c> names: a list of them (RDF suites) or one IRI (the SHACL suite).</summary>
    private static IEnumerable<Term> IncludedFiles(Graph graph, Term value) =>
        value is NamedNode n && !n.Equals(Vocab.Rdf.Nil) && !graph.Objects(n, Vocab.Rdf.First).Any() ? [n] : ReadList(graph, value);

    /// <summary>The members of an RDF collection.</summary>
    public static IEnumerable<Term> ReadList(Graph graph, Term head)
    {
        var seen = new HashSet<Term>();
        while (!head.Equals(Vocab.Rdf.Nil) && seen.Add(head))
        {
            var first = graph.Objects(head, Vocab.Rdf.First).FirstOrDefault();
            if (first is not null) yield return first;
            head = graph.Objects(head, Vocab.Rdf.Rest).FirstOrDefault() ?? Vocab.Rdf.Nil;
        }
    }

    /// <summary>Turns tests into NUnit cases named by their IRI; a reader failure becomes one failing case, not a silent empty suite.</summary>
    public static IEnumerable<TestCaseData> Cases(string relativeManifest, Func<ManifestTest, string?>? skipReason = null)
    {
        if (!SharedData.Exists("conformance/w3c/" + relativeManifest))
        {
            yield return SharedData.MissingSuiteCase("conformance/w3c/" + relativeManifest, "the W3C test suite manifest");
            yield break;
        }
        List<ManifestTest> tests;
        string? error = null;
        try
        {
            tests = Load(relativeManifest).ToList();
        }
        catch (Exception e)
        {
            tests = new List<ManifestTest>();
            error = e.ToString();
        }
        if (error is not null)
        {
            yield return new TestCaseData(null).SetName($"{relativeManifest} could not be read").SetDescription(error);
            yield break;
        }
        foreach (var t in tests)
        {
            var data = new TestCaseData(t).SetName(t.Iri);
            var reason = skipReason?.Invoke(t);
            if (reason is not null) data = data.Ignore(reason);
            yield return data;
        }
    }
}
