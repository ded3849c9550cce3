using KnowledgeGraph.Model;

namespace KnowledgeGraph.Conformance.Manifests;

/// <summary>One <c>mf:entry</c> of a W3C manifest, with its manifest graph for suite-specific properties.</summary>
public sealed class ManifestTest
{
    internal ManifestTest(string suite, Graph manifest, Term node, string manifestPath)
    {
        Suite = suite;
        Manifest = manifest;
        Node = node;
        ManifestPath = manifestPath;
    }

    /// <summary>The suite folder under w3c/ (rdf-turtle, sparql11, …).</summary>
    public string Suite { get; }

    /// <summary>The manifest graph the entry comes from.</summary>
    public Graph Manifest { get; }

    /// <summary>The test's node (its IRI, or a blank node in a few old manifests).</summary>
    public Term Node { get; }

    /// <summary>The local path of the manifest file.</summary>
    public string ManifestPath { get; }

    /// <summary>The test's IRI as written, used as its NUnit name.</summary>
    public string Iri => Node is NamedNode n ? n.Value : ManifestPath + "#" + Name;

    /// <summary><c>mf:name</c>.</summary>
    public string Name => Literal(Mf + "name") ?? Node.ToString();

    /// <summary>The test type IRI (<c>rdft:TestTurtleEval</c>, <c>mf:QueryEvaluationTest</c>, …).</summary>
    public string Type => Manifest.Objects(Node, Vocab.Rdf.Type).OfType<NamedNode>().Select(n => n.Value).FirstOrDefault() ?? "";

    /// <summary>The local name of <see cref="Type"/>.</summary>
    public string TypeName => Type[(Type.LastIndexOfAny(['#', '/']) + 1)..];

    /// <summary><c>mf:action</c>.</summary>
    public Term? Action => Object(Mf + "action");

    /// <summary><c>mf:result</c>.</summary>
    public Term? Result => Object(Mf + "result");

    /// <summary>The single object of <paramref name="predicate"/> on <paramref name="subject"/> (default: the test node).</summary>
    public Term? Object(string predicate, Term? subject = null) =>
        Manifest.Objects(subject ?? Node, NamedNode.CreateUnchecked(predicate)).FirstOrDefault();

    /// <summary>All objects of <paramref name="predicate"/> on <paramref name="subject"/> (default: the test node).</summary>
    public IEnumerable<Term> Objects(string predicate, Term? subject = null) =>
        Manifest.Objects(subject ?? Node, NamedNode.CreateUnchecked(predicate));

    /// <summary>The lexical form of a literal-valued property.</summary>
    public string? Literal(string predicate, Term? subject = null) => (Object(predicate, subject) as Literal)?.LexicalForm;

    /// <summary>The local file that an IRI of this suite names.</summary>
    public static string LocalPath(Term iri) => W3cManifests.LocalPath(((NamedNode)iri).Value);

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>The manifest vocabulary namespace.</summary>
    public const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";

    /// <summary>The query-test vocabulary namespace.</summary>
    public const string Qt = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#";

    /// <summary>The update-test vocabulary namespace.</summary>
    public const string Ut = "http://www.w3.org/2009/sparql/tests/test-update#";

    /// <summary>The RDF test vocabulary namespace.</summary>
    public const string Rdft = "http://www.w3.org/ns/rdftest#";
}
