// KnowledgeGraph quick start: build a small graph with the fluent builder, load the decoupling story graph that
// ships in the package, ask it a SPARQL question, and export Turtle (for RDF tools) and GraphML (for Gephi).
// Run: dotnet run --project examples/QuickStart [OUTPUT-FOLDER]
using KnowledgeGraph.Building;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Export;
using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Syntax;

var outputFolder = args.Length > 0 ? args[0] : ".";
Directory.CreateDirectory(outputFolder);

// 1. A small graph, written with the builder: no IRIs or triples by hand, and every fact has a source.
var builder = new KnowledgeGraphBuilder();
var article = builder.NewsArticle("quickstart-article", "zh-Hans");   // the article's language tags its quotes
var ibm = builder.Company("ibm", ("IBM", "en"), ("IBM", "zh-Hans")).Wikidata("Q37156");
var lab = builder.ResearchLab("ibm-china-rd", ("IBM China R&D", "en"), ("IBM中国研发部门", "zh-Hans")).ParentOrganization(ibm);
builder.Closure("ibm-closes-china-rd").Agent(ibm).Closed(lab).Claim(article, "IBM关闭了其中国研发部门");
var small = builder.Build();
Console.WriteLine($"builder: {small.Count} triples");

// 2. The story graph of the article, ready to query.
var story = DecouplingGraph.Load();
Console.WriteLine($"story graph: {story.Count} triples");

// 3. SPARQL: which organisations closed what?
var result = story.Query("""
    PREFIX dcp: <https://w3id.org/decoupling/ontology#>
    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    SELECT ?who ?what WHERE {
      ?closure a dcp:Closure ; dcp:agent ?a ; dcp:closedOrganization ?o .
      ?a skos:prefLabel ?who . FILTER(lang(?who) = "en")
      ?o skos:prefLabel ?what . FILTER(lang(?what) = "en")
    } ORDER BY ?who ?what
    """);
foreach (var row in result.ResultSet)
    Console.WriteLine($"query: {((Literal)row["who"]!).LexicalForm} closed {((Literal)row["what"]!).LexicalForm}");

// 4. Exports: Turtle for RDF tools, GraphML for Gephi.
var turtlePath = Path.Combine(outputFolder, "quickstart.ttl");
File.WriteAllText(turtlePath, small.ToString(RdfFormat.Turtle));
var graphMlPath = Path.Combine(outputFolder, "quickstart.graphml");
using (var writer = new StreamWriter(graphMlPath))
    new GraphMlWriter().Write(story, writer);
Console.WriteLine($"wrote {turtlePath} and {graphMlPath}");
Console.WriteLine("QuickStart done");
