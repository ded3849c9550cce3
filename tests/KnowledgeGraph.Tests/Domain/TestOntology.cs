using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Model;
using KnowledgeGraph.Store;
using KnowledgeGraph.TestSupport;

namespace KnowledgeGraph.Tests.Domain;

/// <summary>
/// The ontology for tests: <see cref="DecouplingGraph.LoadOntology"/> once our Turtle reader can parse it. Until the
/// reader is merged, the tests read the same file through rdflib's Turtle parser (N-Triples out, parsed here by a
/// line parser for rdflib's canonical output), so the ontology-dependent tests still run.
/// </summary>
internal static partial class TestOntology
{
    private static readonly Lazy<Graph?> s_graph = new(Load);

    public static Graph Graph => s_graph.Value ?? IgnoreAndThrow();

    public static bool OurTurtleReaderWorks { get; private set; }

    private static Graph IgnoreAndThrow()
    {
        ExternalTool.Require(false, "our Turtle reader (not merged yet) or python3 with rdflib", ".ci/install-deps.sh installs python3-rdflib");
        throw new InvalidOperationException("unreachable");
    }

    private static Graph? Load()
    {
        try
        {
            var g = DecouplingGraph.LoadOntology();
            OurTurtleReaderWorks = true;
            return g;
        }
        catch (NotSupportedException)
        {
            return LoadThroughRdflib();
        }
    }

    private static Graph? LoadThroughRdflib()
    {
        if (!RdflibAvailable) return null;
        var path = Path.Combine(Paths.Repo, "ontology", "decoupling.ttl");
        var script = "import sys, rdflib\ng = rdflib.Graph(); g.parse(sys.argv[1], format='turtle')\nsys.stdout.buffer.write(g.serialize(format='nt', encoding='utf-8'))\n";
        var (code, stdout, stderr) = ExternalTool.Run(Python, ["-c", script, path]);
        if (code != 0) throw new InvalidOperationException("rdflib could not parse the ontology: " + stderr);
        return ParseNTriples(stdout);
    }

    public const string Python = "/usr/bin/python3";

    public static bool RdflibAvailable =>
        File.Exists(Python) && ExternalTool.Run(Python, ["-c", "import rdflib"]).ExitCode == 0;

    /// <summary>Parses N-Triples as rdflib writes them (one triple per line, canonical escapes).</summary>
    public static Graph ParseNTriples(string text)
    {
        var g = new Graph();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var m = TripleLine().Match(line);
            if (!m.Success) throw new FormatException("Unexpected N-Triples line: " + line);
            g.Add(ParseTerm(m.Groups["s"].Value), NamedNode.Create(m.Groups["p"].Value[1..^1]), ParseTerm(m.Groups["o"].Value));
        }
        return g;
    }

    private static Term ParseTerm(string t)
    {
        if (t.StartsWith('<')) return NamedNode.Create(t[1..^1]);
        if (t.StartsWith("_:")) return BlankNode.Create(t[2..]);
        int close = t.LastIndexOf('"');
        var lexical = Unescape(t[1..close]);
        var rest = t[(close + 1)..];
        if (rest.StartsWith('@')) return Literal.CreateLanguageTagged(lexical, rest[1..]);
        if (rest.StartsWith("^^")) return Literal.Create(lexical, NamedNode.Create(rest[3..^1]));
        return Literal.Create(lexical);
    }

    private static string Unescape(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\') { sb.Append(s[i]); continue; }
            char c = s[++i];
            switch (c)
            {
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u': sb.Append((char)Convert.ToInt32(s.Substring(i + 1, 4), 16)); i += 4; break;
                case 'U': sb.Append(char.ConvertFromUtf32(Convert.ToInt32(s.Substring(i + 1, 8), 16))); i += 8; break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    [GeneratedRegex("""^(?<s><[^>]*>|_:\S+)\s+(?<p><[^>]*>)\s+(?<o><[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:@[A-Za-z0-9-]+|\^\^<[^>]*>)?)\s*\.$""")]
    private static partial Regex TripleLine();
}
