using KnowledgeGraph.Store;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Cli.Tests;

public class ValidateTests
{
    private const string Shapes = """
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix ex: <http://example.org/> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        ex:CompanyShape a sh:NodeShape ;
            sh:targetClass ex:Company ;
            sh:property [ sh:path ex:name ; sh:minCount 1 ; sh:datatype xsd:string ; sh:message "a company needs a name" ] ;
            sh:property [ sh:path ex:label ; sh:uniqueLang true ] .
        """;

    private const string Valid = """
        @prefix ex: <http://example.org/> .
        ex:ibm a ex:Company ; ex:name "IBM" ; ex:label "IBM"@en, "国际商业机器"@zh .
        """;

    private const string Invalid = """
        @prefix ex: <http://example.org/> .
        ex:ibm a ex:Company ; ex:name "IBM" .
        ex:aws a ex:Company ; ex:label "AWS"@en .
        ex:china a ex:Company ; ex:name "China" ; ex:label "中国"@zh, "中华"@zh .
        """;

    [Test]
    public void Conforming_data_exits_0_and_says_so()
    {
        using var dir = new TempFolder();
        dir.File("shapes.ttl", Shapes);
        dir.File("data.ttl", Valid);
        var run = KgRunner.Run(dir.Path, "validate", "--shapes", "shapes.ttl", "data.ttl");
        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Should().StartWith("Conforms: true");
    }

    [Test]
    public void Non_conforming_data_exits_4_with_a_table_of_results()
    {
        using var dir = new TempFolder();
        dir.File("shapes.ttl", Shapes);
        dir.File("data.ttl", Invalid);
        var run = KgRunner.Run(dir.Path, "validate", "--shapes", "shapes.ttl", "data.ttl");
        run.ExitCode.Should().Be(4, run.ToString());
        run.Stdout.Should().StartWith("Conforms: false");
        run.Stdout.Should().Contain("ex:aws").And.Contain("ex:name").And.Contain("sh:MinCountConstraintComponent")
            .And.Contain("a company needs a name");
        run.Stdout.Should().Contain("ex:china").And.Contain("sh:UniqueLangConstraintComponent");
        run.Stdout.Should().Contain("(2 results)");
    }

    [Test]
    public void Turtle_results_are_the_W3C_report_graph()
    {
        using var dir = new TempFolder();
        dir.File("shapes.ttl", Shapes);
        dir.File("data.ttl", Invalid);
        var run = KgRunner.Run(dir.Path, "validate", "--shapes", "shapes.ttl", "--results", "turtle", "data.ttl");
        run.ExitCode.Should().Be(4, run.ToString());
        var report = Graph.Parse(run.Stdout, RdfFormat.Turtle);
        var sh = "http://www.w3.org/ns/shacl#";
        report.Match(null, Model.NamedNode.Create(sh + "conforms")).Single().Object.Should().Be(Model.Literal.Boolean(false));
        report.Match(null, Model.NamedNode.Create(sh + "result")).Should().HaveCount(2);
        report.Match(null, Model.NamedNode.Create(sh + "focusNode"), Model.NamedNode.Create("http://example.org/aws")).Should().ContainSingle();
    }

    [Test]
    public void Json_results_list_each_result()
    {
        using var dir = new TempFolder();
        dir.File("shapes.ttl", Shapes);
        dir.File("data.ttl", Invalid);
        var run = KgRunner.Run(dir.Path, "validate", "--shapes", "shapes.ttl", "--results", "json", "data.ttl");
        run.ExitCode.Should().Be(4, run.ToString());
        var json = System.Text.Json.JsonDocument.Parse(run.Stdout).RootElement;
        json.GetProperty("conforms").GetBoolean().Should().BeFalse();
        var results = json.GetProperty("results").EnumerateArray().ToList();
        results.Should().HaveCount(2);
        results.Select(r => r.GetProperty("sourceConstraintComponent").GetString()).Should().BeEquivalentTo(
            "<http://www.w3.org/ns/shacl#MinCountConstraintComponent>", "<http://www.w3.org/ns/shacl#UniqueLangConstraintComponent>");
        results.Should().Contain(r => r.GetProperty("focusNode").GetString() == "<http://example.org/aws>"
                                      && r.GetProperty("resultPath").GetString() == "<http://example.org/name>"
                                      && r.GetProperty("resultMessage")[0].GetString() == "a company needs a name");
    }

    [Test]
    public void Several_data_files_are_validated_together()
    {
        using var dir = new TempFolder();
        dir.File("shapes.ttl", Shapes);
        dir.File("types.ttl", "<http://example.org/aws> a <http://example.org/Company> .\n");
        dir.File("names.nt", "<http://example.org/aws> <http://example.org/name> \"AWS\" .\n");
        var run = KgRunner.Run(dir.Path, "validate", "--shapes", "shapes.ttl", "types.ttl", "names.nt");
        run.ExitCode.Should().Be(0, run.ToString());
    }

    [Test]
    public void A_syntax_error_in_the_data_exits_1_with_its_position()
    {
        using var dir = new TempFolder();
        dir.File("shapes.ttl", Shapes);
        dir.File("data.ttl", "@prefix ex: <http://example.org/> .\nex:a ex:b .\n");
        var run = KgRunner.Run(dir.Path, "validate", "--shapes", "shapes.ttl", "data.ttl");
        run.ExitCode.Should().Be(1, run.ToString());
        run.ErrorLines.Should().ContainSingle().Which.Should().MatchRegex(@"data\.ttl:2:\d+: ");
    }

    [Test]
    public void A_syntax_error_in_the_shapes_exits_1_with_its_position()
    {
        using var dir = new TempFolder();
        dir.File("shapes.ttl", "@prefix sh: <http://www.w3.org/ns/shacl#> .\nsh:x sh:y\n");
        dir.File("data.ttl", Valid);
        var run = KgRunner.Run(dir.Path, "validate", "--shapes", "shapes.ttl", "data.ttl");
        run.ExitCode.Should().Be(1, run.ToString());
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith("shapes.ttl:");
    }

    [Test]
    public void A_malformed_shapes_graph_exits_1_naming_the_shapes_file()
    {
        using var dir = new TempFolder();
        dir.File("shapes.ttl", """
            @prefix sh: <http://www.w3.org/ns/shacl#> .
            @prefix ex: <http://example.org/> .
            ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:sparql [ sh:select "SELECT $this WHERE { MINUS { $this ?p ?o } }" ] .
            """);
        dir.File("data.ttl", Valid);
        var run = KgRunner.Run(dir.Path, "validate", "--shapes", "shapes.ttl", "data.ttl");
        run.ExitCode.Should().Be(1, run.ToString());
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith("shapes.ttl:1:1: ").And.Contain("MINUS");
    }

    [TestCase("validate data.ttl", TestName = "Missing --shapes is a usage error")]
    [TestCase("validate --shapes shapes.ttl", TestName = "Missing DATA is a usage error")]
    [TestCase("validate --shapes shapes.ttl --results xml data.ttl", TestName = "An unknown --results format is a usage error")]
    public void Usage_errors_exit_2(string commandLine)
    {
        using var dir = new TempFolder();
        dir.File("shapes.ttl", Shapes);
        dir.File("data.ttl", Valid);
        KgRunner.Run(dir.Path, commandLine.Split(' ')).ExitCode.Should().Be(2);
    }

    [Test]
    public void A_missing_data_file_is_an_io_error()
    {
        using var dir = new TempFolder();
        dir.File("shapes.ttl", Shapes);
        KgRunner.Run(dir.Path, "validate", "--shapes", "shapes.ttl", "nope.ttl").ExitCode.Should().Be(3);
    }
}
