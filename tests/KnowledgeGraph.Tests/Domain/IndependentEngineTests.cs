using System.Text.Json;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Syntax;
using KnowledgeGraph.TestSupport;

namespace KnowledgeGraph.Tests.Domain;

/// <summary>
/// Writes the story graph as N-Triples with our writer and asks rdflib (Debian's python3-rdflib, a SPARQL engine
/// that shares no code with ours) the questions issue 4 lists. The expected answers are read off the article, not
/// taken from our code's output.
/// </summary>
public class IndependentEngineTests
{
    private const string Prefixes = """
        PREFIX dcp: <https://w3id.org/decoupling/ontology#>
        PREFIX dcpr: <https://w3id.org/decoupling/id/>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX schema: <http://schema.org/>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX time: <http://www.w3.org/2006/time#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        """;

    private static readonly Dictionary<string, string> Queries = new()
    {
        // Who closed what in China, and when (the EDTF, when the article gives a time).
        ["closures"] = """
            SELECT ?agent ?closed ?when WHERE {
              ?e a dcp:Closure ; dcp:agent/skos:prefLabel ?agent ; dcp:closedOrganization ?org .
              ?org skos:prefLabel ?closed ; dcp:basedIn/dcp:containedInPlace* dcpr:china .
              OPTIONAL { ?e dcp:hasTime/dcp:edtf ?when }
              FILTER(lang(?agent) = "en" && lang(?closed) = "en")
            }
            """,
        ["announcer"] = """
            SELECT ?name WHERE {
              ?e a dcp:Closure ; dcp:closedOrganization ?lab ; dcp:announcedBy/skos:prefLabel ?name .
              ?lab skos:prefLabel "AWS Shanghai AI Lab"@en .
            }
            """,
        ["ibmLayoff"] = """
            SELECT ?value ?approx ?wording WHERE {
              ?e a dcp:Layoff ; dcp:agent/schema:sameAs <http://www.wikidata.org/entity/Q37156> ; dcp:headcount ?q .
              ?q schema:value ?value ; dcp:isApproximate ?approx ; dcp:originalText ?wording .
            }
            """,
        ["microsoftDestinations"] = """
            SELECT ?item WHERE {
              ?e a dcp:Relocation ; dcp:agent/schema:sameAs <http://www.wikidata.org/entity/Q2283> ; dcp:toPlace/schema:sameAs ?item .
            }
            """,
        ["openAiStart"] = """
            SELECT ?start ?edtf WHERE {
              ?e a dcp:ServiceRestriction ; dcp:agent/schema:sameAs <http://www.wikidata.org/entity/Q21708200> ; dcp:hasTime ?t .
              ?t dcp:edtf ?edtf ; time:hasBeginning/time:inXSDgYearMonth ?start .
            }
            """,
        ["gapFillers"] = """
            SELECT ?item WHERE {
              ?e a dcp:MarketSubstitution ; dcp:agent ?firm .
              ?firm schema:sameAs ?item ; dcp:basedIn dcpr:china .
            }
            """,
        // Issue 19: measures by country, starting from the country's Wikidata item and following only the graph's
        // structural links: the agent governs the country, or is based in it or in a place it contains.
        ["measuresUS"] = MeasuresOf("Q30"),
        ["measuresChina"] = MeasuresOf("Q148"),
        ["anonymousClaims"] = """
            SELECT ?source ?text WHERE {
              ?c a dcp:Claim ; prov:wasAttributedTo ?s ; dcp:originalText ?text ; dcp:statedIn ?article .
              ?s a dcp:AnonymousSource ; dcp:sourceDescription ?source .
              FILTER(lang(?source) = "zh-Hans")
            }
            """,
    };

    private static string MeasuresOf(string wikidataItem) => $$"""
        SELECT DISTINCT ?measure ?agent WHERE {
          ?country schema:sameAs <http://www.wikidata.org/entity/{{wikidataItem}}> .
          ?m a dcp:PolicyMeasure ; dcp:agent ?a .
          ?a skos:prefLabel ?agent . FILTER(lang(?agent) = "en")
          { ?a dcp:governs ?country } UNION { ?a dcp:basedIn/dcp:containedInPlace* ?country }
          BIND(STRAFTER(STR(?m), "https://w3id.org/decoupling/id/") AS ?measure)
        }
        """;

    private const string Script = """
        import json, sys, rdflib
        g = rdflib.Graph()
        g.parse(sys.argv[1], format="nt")
        queries = json.load(open(sys.argv[2], encoding="utf-8"))
        out = {}
        for name, text in queries.items():
            out[name] = [[None if v is None else str(v) for v in row] for row in g.query(text)]
        sys.stdout.buffer.write(json.dumps(out, ensure_ascii=False).encode("utf-8"))
        """;

    private static Dictionary<string, List<List<string?>>>? s_answers;

    [OneTimeSetUp]
    public void AskRdflib()
    {
        if (!TestOntology.RdflibAvailable) return;
        var dir = Directory.CreateTempSubdirectory("kg-domain-");
        try
        {
            var data = Path.Combine(dir.FullName, "story.nt");
            File.WriteAllText(data, DecouplingGraph.Load().ToString(RdfFormat.NTriples));
            var queries = Path.Combine(dir.FullName, "queries.json");
            File.WriteAllText(queries, JsonSerializer.Serialize(Queries.ToDictionary(kv => kv.Key, kv => Prefixes + kv.Value)));
            var script = Path.Combine(dir.FullName, "ask.py");
            File.WriteAllText(script, Script);
            var (code, stdout, stderr) = ExternalTool.Run(TestOntology.Python, [script, data, queries]);
            if (code != 0) throw new InvalidOperationException("rdflib failed: " + stderr);
            s_answers = JsonSerializer.Deserialize<Dictionary<string, List<List<string?>>>>(stdout)!;
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static List<List<string?>> Answer(string query)
    {
        ExternalTool.Require(s_answers is not null, "python3 with rdflib", "run .ci/install-deps.sh (python3-rdflib)");
        return s_answers![query];
    }

    [Test]
    public void Who_closed_what_in_China_and_when()
    {
        Answer("closures").Select(r => (r[0], r[1], r[2])).Should().BeEquivalentTo(new[]
        {
            ("Amazon Web Services", "AWS Shanghai AI Lab", (string?)null),   // no date given for the closure
            ("IBM", "IBM China R&D", "XXXX-03"),                             // 今年3月: March, year not stated
            ("Microsoft", "Microsoft Shanghai AI lab", null),                 // gradual, no date
        });
    }

    [Test]
    public void Who_announced_the_AWS_lab_s_closure()
    {
        Answer("announcer").Select(r => r[0]).Should().BeEquivalentTo("Minjie Wang", "王敏捷");
    }

    [Test]
    public void How_many_people_IBM_laid_off()
    {
        var row = Answer("ibmLayoff").Should().ContainSingle().Which;
        decimal.Parse(row[0]!).Should().Be(1800);
        row[1].Should().Be("true");
        row[2].Should().Be("约1800人");
    }

    [Test]
    public void Where_Microsoft_moved_experts()
    {
        Answer("microsoftDestinations").Select(r => r[0]).Should().BeEquivalentTo(
            "http://www.wikidata.org/entity/Q30", "http://www.wikidata.org/entity/Q408", "http://www.wikidata.org/entity/Q27");
    }

    [Test]
    public void When_OpenAI_s_cut_off_starts()
    {
        var row = Answer("openAiStart").Should().ContainSingle().Which;
        row[0].Should().Be("2025-07");
        row[1].Should().Be("2025-07/..");
    }

    [Test]
    public void Which_Chinese_firms_fill_the_gap()
    {
        Answer("gapFillers").Select(r => r[0]).Should().BeEquivalentTo(
            "http://www.wikidata.org/entity/Q1359568", "http://www.wikidata.org/entity/Q14772",
            "http://www.wikidata.org/entity/Q860580", "http://www.wikidata.org/entity/Q160120");
    }

    [Test]
    public void Which_measures_the_United_States_took()
    {
        Answer("measuresUS").Select(r => (r[0], r[1])).Should().BeEquivalentTo(new[]
        {
            ("us-export-controls", "United States government"),            // 出口管制: AI chips, cloud services, hardware
            ("us-cloud-and-research-limits", "United States government"),  // 对云服务访问和研究合作施加了限制
        });
    }

    [Test]
    public void Which_measures_China_took()
    {
        Answer("measuresChina").Select(r => (r[0], r[1])).Should().BeEquivalentTo(new[]
        {
            ("china-data-localization", "Chinese government"),   // 数据本地化要求
            ("china-cybersecurity-review", "Chinese government"), // 网络安全审查
            ("china-local-partner-rule", "Chinese government"),  // 要求外国云服务提供商与本地公司合作的规定
        });
    }

    [Test]
    public void Which_claims_rest_on_anonymous_sources()
    {
        var rows = Answer("anonymousClaims");
        rows.Select(r => r[0]).Distinct().Should().BeEquivalentTo(
            "华盛顿智库科技政策研究员", "上海的科技顾问", "曾在美国科技巨头中国研究部门工作的员工",
            "国际科技政策专家", "亚洲投资银行的高级科技分析师", "投资策略师");
        rows.Should().Contain(r => r[0] == "华盛顿智库科技政策研究员" && r[1]!.Contains("数字脱钩的实际体现"));
        rows.Should().Contain(r => r[0] == "投资策略师" && r[1]!.Contains("流向印度、东南亚"));
        rows.Should().Contain(r => r[0] == "国际科技政策专家" && r[1]!.Contains("像DGL这样"));
        rows.Should().Contain(r => r[0] == "上海的科技顾问" && r[1]!.Contains("出口管制"));
        rows.Should().NotContain(r => r[1]!.Contains("据报道"), "reported facts have no anonymous speaker");
    }
}
