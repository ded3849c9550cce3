using System.Xml.Linq;
using KnowledgeGraph.Cli.Verbs;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Cli.Tests;

public class BuildTests
{
    [Test]
    public void Build_validates_and_writes_the_ontology_and_story_graph_in_every_format()
    {
        using var dir = new TempFolder();
        var run = KgRunner.Run(dir.Path, "build", "--out", "graph");
        run.ExitCode.Should().Be(0, run.ToString());
        var files = Directory.GetFiles(Path.Combine(dir.Path, "graph")).Select(Path.GetFileName).ToList();
        foreach (var stem in new[] { BuildVerb.OntologyStem, BuildVerb.StoryStem })
            foreach (var ext in new[] { ".ttl", ".nt", ".graphml", ".gexf" })
                files.Should().Contain(stem + ext);
        if (run.Stderr.Contains("jsonld writer is not available")) Assert.Warn("the JSON-LD writer has not landed yet");
        else files.Should().Contain(BuildVerb.StoryStem + ".jsonld");

        var story = Graph.Load(Path.Combine(dir.Path, "graph", BuildVerb.StoryStem + ".ttl"));
        var fromNTriples = Graph.Load(Path.Combine(dir.Path, "graph", BuildVerb.StoryStem + ".nt"));
        story.Count.Should().BeGreaterThan(100);
        story.IsIsomorphicWith(fromNTriples).Should().BeTrue("the Turtle and N-Triples files hold the same graph");
        story.IsIsomorphicWith(Domain.DecouplingGraph.Load()).Should().BeTrue();
    }

    [TestCase("Q30", "us-cloud-and-research-limits,us-export-controls")]
    [TestCase("Q148", "china-cybersecurity-review,china-data-localization,china-local-partner-rule")]
    public void The_built_story_answers_which_measures_a_country_took(string wikidataItem, string expected)
    {
        // Issue 19: from the country's Wikidata item, through the graph's own links only (governs, based in,
        // contained in place), to the measures whose agent governs or is based in the country.
        using var dir = new TempFolder();
        KgRunner.Run(dir.Path, "build", "--out", "graph", "--quiet").ExitCode.Should().Be(0);
        var query = $$"""
            PREFIX dcp: <https://w3id.org/decoupling/ontology#>
            PREFIX schema: <http://schema.org/>
            SELECT DISTINCT ?measure WHERE {
              ?country schema:sameAs <http://www.wikidata.org/entity/{{wikidataItem}}> .
              ?m a dcp:PolicyMeasure ; dcp:agent ?agent .
              { ?agent dcp:governs ?country } UNION { ?agent dcp:basedIn/dcp:containedInPlace* ?country }
              BIND(STRAFTER(STR(?m), "https://w3id.org/decoupling/id/") AS ?measure)
            } ORDER BY ?measure
            """;
        foreach (var ext in new[] { ".ttl", ".nt" })
        {
            var run = KgRunner.Run(dir.Path, "query", "--data", Path.Combine("graph", BuildVerb.StoryStem + ext), "--results", "csv", query);
            run.ExitCode.Should().Be(0, run.ToString());
            string.Join(",", run.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1)).Should().Be(expected, ext);
        }
    }

    [Test]
    public void Build_labels_graph_exports_in_the_chosen_language_and_keeps_every_language()
    {
        using var dir = new TempFolder();
        KgRunner.Run(dir.Path, "build", "--out", "en", "--quiet").ExitCode.Should().Be(0);
        var zh = KgRunner.Run(dir.Path, "build", "--out", "zh", "--lang", "zh-Hans", "--quiet");
        zh.ExitCode.Should().Be(0, zh.ToString());
        XNamespace g = "http://graphml.graphdrawing.org/xmlns", x = "http://gexf.net/1.3";
        XElement GraphMlNode(string folder, string iri) => XDocument.Load(Path.Combine(dir.Path, folder, BuildVerb.StoryStem + ".graphml"))
            .Descendants(g + "node").Single(n => n.Elements(g + "data").Any(d => (string?)d.Attribute("key") == "iri" && d.Value == iri));
        string? Data(XElement node, string key) => node.Elements(g + "data").SingleOrDefault(d => (string?)d.Attribute("key") == key)?.Value;

        const string lab = "https://w3id.org/decoupling/id/aws-shanghai-ai-lab";
        Data(GraphMlNode("en", lab), "label").Should().Be("AWS Shanghai AI Lab");
        var zhLab = GraphMlNode("zh", lab);
        Data(zhLab, "label").Should().Be("AWS上海人工智能研究院");
        Data(zhLab, "label_en").Should().Be("AWS Shanghai AI Lab");
        Data(zhLab, "label_zh-Hans").Should().Be("AWS上海人工智能研究院");

        var gexfLab = XDocument.Load(Path.Combine(dir.Path, "zh", BuildVerb.StoryStem + ".gexf")).Descendants(x + "node")
            .Single(n => n.Descendants(x + "attvalue").Any(a => (string?)a.Attribute("for") == "iri" && (string?)a.Attribute("value") == lab));
        gexfLab.Attribute("label")!.Value.Should().Be("AWS上海人工智能研究院");
        gexfLab.Descendants(x + "attvalue").Single(a => (string?)a.Attribute("for") == "label_en").Attribute("value")!.Value.Should().Be("AWS Shanghai AI Lab");
    }

    [Test]
    public void A_lang_that_is_not_a_language_tag_is_a_usage_error()
    {
        using var dir = new TempFolder();
        var run = KgRunner.Run(dir.Path, "build", "--lang", "zh_Hans");
        run.ExitCode.Should().Be(2, run.ToString());
        run.Stderr.Should().Contain("'zh_Hans' is not a language tag");
        Directory.Exists(Path.Combine(dir.Path, "out")).Should().BeFalse();
    }

    [Test]
    public void Build_writes_into_the_default_out_folder_and_quiet_prints_nothing()
    {
        using var dir = new TempFolder();
        var run = KgRunner.Run(dir.Path, "build", "--quiet");
        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Should().BeEmpty();
        File.Exists(Path.Combine(dir.Path, "out", BuildVerb.StoryStem + ".ttl")).Should().BeTrue();
        if (!run.Stderr.Contains("not available")) run.Stderr.Should().BeEmpty();
    }

    [Test]
    public void Build_into_a_path_that_is_a_file_is_an_io_error()
    {
        using var dir = new TempFolder();
        dir.File("taken", "a file");
        var run = KgRunner.Run(dir.Path, "build", "--out", "taken");
        run.ExitCode.Should().Be(3, run.ToString());
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith("taken:1:1: ");
    }
}
