using KnowledgeGraph.Sparql.Results;
using System.IO.Compression;
using KnowledgeGraph.Model;
using KnowledgeGraph.Server;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Store;
using KnowledgeGraph.Syntax;
using KnowledgeGraph.TestSupport;

namespace KnowledgeGraph.Tests.Interop;

/// <summary>
/// Clients nobody here wrote read our server on loopback and get the answers a local query gives: Apache Jena's
/// RDFConnection (Debian's <c>libapache-jena-java</c>, run as a Java single-file program) and rdflib's SPARQLStore
/// (Debian's <c>python3-rdflib</c>). Both install through <c>.ci/install-deps.sh</c>.
/// </summary>
public class ForeignClientTests
{
    private const string Ex = "http://example.org/";
    private const string Python = "/usr/bin/python3";

    private const string Select = "SELECT ?p ?n WHERE { ?p <http://example.org/name> ?n } ORDER BY ?p ?n";
    private const string Ask = "ASK { <http://example.org/person/3> <http://example.org/knows> <http://example.org/person/4> }";
    private const string Construct = "CONSTRUCT { ?b <http://example.org/knownBy> ?a } WHERE { ?a <http://example.org/knows> ?b }";

    /// <summary>An update each foreign client sends: a DELETE/INSERT … WHERE that renames the age of the first ten
    /// people, then INSERT DATA of a literal that needs escaping.</summary>
    private static string UpdateBy(string client) =>
        "DELETE { ?p <http://example.org/age> ?a } INSERT { ?p <http://example.org/years> ?a } " +
        "WHERE { ?p <http://example.org/age> ?a FILTER(?a < 30) } ;\n" +
        $"INSERT DATA {{ <http://example.org/by> <http://example.org/client> \"{client} \\\"ü\\\"\" }}";

    /// <summary>Checks the dataset after <see cref="UpdateBy"/>: the same as running it locally on a fresh copy.</summary>
    private static void ShouldHaveApplied(Dataset dataset, string client)
    {
        var expected = People();
        expected.Update(UpdateBy(client));
        dataset.DefaultGraph.IsIsomorphicWith(expected.DefaultGraph).Should().BeTrue();
        dataset.DefaultGraph.Count(t => t.Predicate.Equals(NamedNode.Create(Ex + "years"))).Should().Be(10);
    }

    private static Dataset People()
    {
        var dataset = new Dataset();
        var g = dataset.DefaultGraph;
        for (int i = 0; i < 50; i++)
        {
            var p = NamedNode.Create($"{Ex}person/{i}");
            g.Add(p, NamedNode.Create(Ex + "name"), Literal.Create($"Person {i} \"quoted\" ü"));
            g.Add(p, NamedNode.Create(Ex + "name"), Literal.CreateUnchecked($"Personne {i}", Vocab.Rdf.LangString, "fr"));
            g.Add(p, NamedNode.Create(Ex + "knows"), NamedNode.Create($"{Ex}person/{(i + 1) % 50}"));
            g.Add(p, NamedNode.Create(Ex + "age"), Literal.Create((20 + i).ToString(), Vocab.Xsd.Integer));
        }
        return dataset;
    }

    private static List<string> Rows(SparqlResultSet set) => set.Select(r => r.ToString()).OrderBy(s => s, StringComparer.Ordinal).ToList();

    [Test]
    public async Task Jena_rdfconnection_reads_kg_serve_like_a_local_query()
    {
        var jars = JenaClasspath();
        var dataset = People();
        await using var server = new SparqlServer(dataset, new SparqlServerOptions { Bind = "127.0.0.1:0" });
        await server.StartAsync();
        using var temp = new TempDirectory();
        var program = Path.Combine(temp.Path, "Client.java");
        File.WriteAllText(program, JenaClient);
        var upload = Path.Combine(temp.Path, "upload.nt");
        File.WriteAllText(upload, $"<{Ex}x> <{Ex}y> \"uploaded by Jena\" .\n");
        var run = ExternalTool.Run("java", ["-cp", jars, program, server.BaseAddress.ToString(),
            "select", Select, "ask", Ask, "construct", Construct, "put", $"{Ex}graph/jena", "fetch", $"{Ex}graph/jena", "fetch", "default",
            "update", UpdateBy("Jena")],
            temp.Path, 180_000, new Dictionary<string, string> { ["UPLOAD"] = upload });
        run.ExitCode.Should().Be(0, run.Stderr);
        var sections = Sections(run.Stdout);

        var jenaRows = SparqlResultsReader.Parse(sections[0], SparqlResultsFormat.Tsv).ResultSet;
        Rows(jenaRows).Should().Equal(Rows(dataset.Query(Select).ResultSet));
        sections[1].Trim().Should().Be("true");
        Graph.Parse(sections[2], RdfFormat.NTriples).IsIsomorphicWith(dataset.Query(Construct).Graph).Should().BeTrue();
        sections[3].Trim().Should().Be("ok");
        dataset.TryGetGraph(NamedNode.Create(Ex + "graph/jena"), out var put).Should().BeTrue();
        put.Single().Object.Should().Be(Literal.Create("uploaded by Jena"));
        Graph.Parse(sections[4], RdfFormat.NTriples).Count.Should().Be(1);
        Graph.Parse(sections[5], RdfFormat.NTriples).IsIsomorphicWith(People().DefaultGraph).Should().BeTrue();   // fetched before the update
        sections[6].Trim().Should().Be("ok");
        ShouldHaveApplied(dataset, "Jena");
    }

    [Test]
    public async Task Rdflib_sparqlstore_reads_kg_serve_like_a_local_query()
    {
        ExternalTool.Require(File.Exists(Python) && ExternalTool.Run(Python, ["-c", "import rdflib.plugins.stores.sparqlstore"]).ExitCode == 0,
            "Debian's python3 with rdflib", "apt-get install python3-rdflib, as .ci/install-deps.sh does");
        var dataset = People();
        await using var server = new SparqlServer(dataset, new SparqlServerOptions { Bind = "127.0.0.1:0" });
        await server.StartAsync();
        var run = ExternalTool.Run(Python, ["-c", RdflibClient, server.QueryEndpoint.ToString(), Select, Ask, Construct, UpdateBy("rdflib")]);
        run.ExitCode.Should().Be(0, run.Stderr);
        var sections = Sections(run.Stdout);
        // rdflib prints each row as N-Triples terms separated by tabs: the TSV results syntax without its header.
        var header = "?p\t?n\n";
        Rows(SparqlResultsReader.Parse(header + sections[0], SparqlResultsFormat.Tsv).ResultSet).Should().Equal(Rows(dataset.Query(Select).ResultSet));
        sections[1].Trim().Should().Be("True");
        Graph.Parse(sections[2], RdfFormat.NTriples).IsIsomorphicWith(dataset.Query(Construct).Graph).Should().BeTrue();
        sections[3].Trim().Should().Be("ok");
        ShouldHaveApplied(dataset, "rdflib");
    }

    /// <summary>The output split at the "### section" lines each client prints before an answer.</summary>
    private static List<string> Sections(string stdout) =>
        stdout.Replace("\r\n", "\n").Split("### section\n").Skip(1).ToList();

    /// <summary>
    /// The jars RDFConnection needs from Debian's /usr/share/java, plus a folder with the XML Schema message bundles:
    /// Debian's jena-core moves Xerces' classes to the package <c>xerces</c> but leaves their resource bundles under
    /// <c>org/apache/jena/ext/xerces</c>, so without the copy Jena fails to start with "internal error".
    /// </summary>
    private static string JenaClasspath()
    {
        const string Java = "/usr/share/java";
        string[] names = ["jena-arq", "jena-base", "jena-core", "jena-iri", "jena-rdfconnection", "commons-cli", "commons-codec", "commons-compress",
            "commons-csv", "commons-io", "commons-lang3", "dexx.collection", "gson", "guava", "httpclient", "httpcore", "jackson-core",
            "jackson-databind", "jackson-annotations", "jsonld-java", "protobuf", "slf4j-api", "slf4j-nop", "thrift", "titanium-json-ld",
            "jakarta.json", "jakarta.json-api"];
        ExternalTool.Require(ExternalTool.OnPath("java") && File.Exists(Path.Combine(Java, "jena-rdfconnection.jar")),
            "Java with Apache Jena's RDFConnection", "apt-get install default-jre-headless libapache-jena-java, as .ci/install-deps.sh does");
        var bundles = Path.Combine(Path.GetTempPath(), "kg-jena-xerces-bundles");
        if (!Directory.Exists(Path.Combine(bundles, "xerces")))
        {
            const string Prefix = "org/apache/jena/ext/xerces/";
            using var zip = ZipFile.OpenRead(Path.Combine(Java, "jena-core.jar"));
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith(Prefix, StringComparison.Ordinal) && e.FullName.EndsWith(".properties", StringComparison.Ordinal)))
            {
                var target = Path.Combine(bundles, "xerces", entry.FullName[Prefix.Length..]);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                entry.ExtractToFile(target, overwrite: true);
            }
        }
        return string.Join(':', names.Select(n => Path.Combine(Java, n + ".jar")).Where(File.Exists).Append(bundles));
    }

    private const string JenaClient = """
        import org.apache.jena.query.*;
        import org.apache.jena.rdf.model.*;
        import org.apache.jena.riot.*;
        import org.apache.jena.rdfconnection.*;

        public class Client {
            public static void main(String[] args) throws Exception {
                try (RDFConnection conn = RDFConnectionRemote.newBuilder().destination(args[0])
                        .queryEndpoint("sparql").updateEndpoint("sparql").gspEndpoint("store").build()) {
                    for (int i = 1; i < args.length; i += 2) {
                        String op = args[i], arg = args[i + 1];
                        System.out.println("### section");
                        switch (op) {
                            case "select" -> { try (QueryExecution qe = conn.query(arg)) { ResultSetFormatter.outputAsTSV(System.out, qe.execSelect()); } }
                            case "ask" -> System.out.println(conn.queryAsk(arg));
                            case "construct" -> RDFDataMgr.write(System.out, conn.queryConstruct(arg), Lang.NTRIPLES);
                            case "put" -> { conn.put(arg, RDFDataMgr.loadModel(System.getenv("UPLOAD"))); System.out.println("ok"); }
                            case "fetch" -> RDFDataMgr.write(System.out, arg.equals("default") ? conn.fetch() : conn.fetch(arg), Lang.NTRIPLES);
                            case "update" -> { conn.update(arg); System.out.println("ok"); }
                            default -> throw new IllegalArgumentException(op);
                        }
                        System.out.flush();
                    }
                }
            }
        }
        """;

    private const string RdflibClient = """
        import sys
        from rdflib import ConjunctiveGraph
        from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore
        endpoint, select, ask, construct, update = sys.argv[1:6]
        graph = ConjunctiveGraph(SPARQLUpdateStore(endpoint, endpoint))
        print("### section")
        for row in graph.query(select):
            print("\t".join(term.n3() if term is not None else "" for term in row))
        print("### section")
        print(graph.query(ask).askAnswer)
        print("### section")
        print(graph.query(construct).graph.serialize(format="nt"))
        print("### section")
        graph.update(update)
        print("ok")
        """;

    private sealed class TempDirectory : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kg-interop-" + Guid.NewGuid().ToString("N"));

        public TempDirectory() => Directory.CreateDirectory(Path);

        public void Dispose()
        {
            try { Directory.Delete(Path, recursive: true); }
            catch (IOException) { }
        }
    }
}
