using KnowledgeGraph.Building;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;
using KnowledgeGraph.TestSupport;

namespace KnowledgeGraph.Tests.Domain;

public class OntologyFileTests
{
    private static readonly NamedNode OwlClass = NamedNode.Create("http://www.w3.org/2002/07/owl#Class");
    private static readonly NamedNode OwlObjectProperty = NamedNode.Create("http://www.w3.org/2002/07/owl#ObjectProperty");
    private static readonly NamedNode OwlDatatypeProperty = NamedNode.Create("http://www.w3.org/2002/07/owl#DatatypeProperty");
    private static readonly NamedNode Definition = NamedNode.Create("http://www.w3.org/2004/02/skos/core#definition");

    // The names issue 4 says other programs rely on, copied from the issue.
    private static readonly string[] RequiredClasses =
    [
        "Organization", "Company", "ResearchLab", "AcademicInstitution", "GovernmentBody", "Person", "AnonymousSource",
        "Place", "Country", "City", "Event", "Founding", "Closure", "Layoff", "Relocation", "ServiceRestriction",
        "PolicyMeasure", "MarketSubstitution", "SoftwareProject", "NewsArticle", "Claim", "Quantity",
    ];

    private static readonly string[] RequiredProperties =
    [
        "parentOrganization", "basedIn", "heads", "worksFor", "affiliatedWith", "developedBy", "agent", "target",
        "affected", "announcedBy", "foundedOrganization", "closedOrganization", "occurredIn", "fromPlace", "toPlace",
        "hasTime", "status", "concerns", "headcount", "revenue", "publicationCount", "about", "statedIn", "hedging",
        "edtf", "originalText", "isApproximate",
    ];

    private static Graph Ontology => TestOntology.Graph;

    [Test]
    public void The_embedded_ontology_is_the_file_in_the_repository()
    {
        DecouplingGraph.OntologyTurtle().Should().Be(File.ReadAllText(Path.Combine(Paths.Repo, "ontology", "decoupling.ttl")));
        Ontology.Count.Should().BeGreaterThan(500);
    }

    [Test]
    public void Every_name_the_issue_lists_is_defined_as_a_class_or_property()
    {
        foreach (var c in RequiredClasses)
            Ontology.Contains(new Triple(NamedNode.Create(Dcp.Namespace + c), Vocab.Rdf.Type, OwlClass)).Should().BeTrue($"dcp:{c} is a class");
        foreach (var p in RequiredProperties)
        {
            var iri = NamedNode.Create(Dcp.Namespace + p);
            (Ontology.Contains(new Triple(iri, Vocab.Rdf.Type, OwlObjectProperty)) || Ontology.Contains(new Triple(iri, Vocab.Rdf.Type, OwlDatatypeProperty)))
                .Should().BeTrue($"dcp:{p} is a property");
        }
    }

    [Test]
    public void Every_class_and_property_has_an_English_and_a_Chinese_label_and_definition()
    {
        var terms = new[] { OwlClass, OwlObjectProperty, OwlDatatypeProperty }
            .SelectMany(t => Ontology.Subjects(Vocab.Rdf.Type, t)).OfType<NamedNode>()
            .Where(t => t.Value.StartsWith(Dcp.Namespace)).Distinct().ToList();
        terms.Should().HaveCountGreaterThan(60);
        foreach (var term in terms)
            foreach (var property in new[] { Vocab.Rdfs.Label, Definition })
                Ontology.Objects(term, property).Cast<Literal>().Select(l => l.Language)
                    .Should().BeEquivalentTo(new[] { "en", "zh-Hans" }, $"{term} {property}");
    }

    [Test]
    public void Every_class_is_aligned_with_an_external_vocabulary()
    {
        string[] external = ["http://schema.org/", "http://www.w3.org/ns/org#", "http://www.w3.org/ns/prov#", "http://semanticweb.cs.vu.nl/2009/11/sem/", "http://www.w3.org/2004/02/skos/core#"];
        var model = new OntologyModel(Ontology);
        foreach (var cls in Ontology.Subjects(Vocab.Rdf.Type, OwlClass).OfType<NamedNode>().Where(c => c.Value.StartsWith(Dcp.Namespace)))
            model.SuperClassesOf(cls).Should().Contain(s => external.Any(e => s.Value.StartsWith(e)), $"{cls} is aligned");
        model.SuperClassesOf(Dcp.ResearchLab).Should().Contain(NamedNode.Create("http://www.w3.org/ns/org#OrganizationalUnit"));
        model.SuperPropertiesOf(Dcp.ClosedOrganization).Should().Contain(Dcp.Target);
        model.SuperPropertiesOf(Dcp.HasTime).Should().Contain(NamedNode.Create("http://www.w3.org/2006/time#hasTime"));
    }

    [Test]
    public void An_independent_Turtle_parser_reads_the_same_triples()
    {
        ExternalTool.Require(TestOntology.RdflibAvailable, "python3 with rdflib", "run .ci/install-deps.sh (python3-rdflib)");
        var path = Path.Combine(Paths.Repo, "ontology", "decoupling.ttl");
        const string script = "import sys, rdflib\ng = rdflib.Graph(); g.parse(sys.argv[1], format='turtle')\nsys.stdout.buffer.write(g.serialize(format='nt', encoding='utf-8'))\n";
        var (code, stdout, stderr) = ExternalTool.Run(TestOntology.Python, ["-c", script, path]);
        code.Should().Be(0, stderr);
        Graph.Parse(stdout, RdfFormat.NTriples).IsIsomorphicWith(Ontology).Should().BeTrue();
    }
}
