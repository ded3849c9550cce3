using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Export;

/// <summary>Small graphs in the shape of the decoupling story, built in code so the tests need no parser.</summary>
internal static class SampleGraphs
{
    public const string Dcp = "https://w3id.org/decoupling/ontology#";
    public const string Ex = "https://w3id.org/decoupling/id/";
    public const string Time = "http://www.w3.org/2006/time#";
    public const string Schema = "http://schema.org/";
    public const string Skos = "http://www.w3.org/2004/02/skos/core#";

    public static NamedNode D(string local) => NamedNode.Create(Dcp + local);
    public static NamedNode E(string local) => NamedNode.Create(Ex + local);

    public static Literal En(string text) => Literal.CreateLanguageTagged(text, "en");
    public static Literal Zh(string text) => Literal.CreateLanguageTagged(text, "zh-Hans");
    public static Literal Typed(string text, NamedNode datatype) => Literal.Create(text, datatype);

    /// <summary>Triples of a small story: two companies, a lab, a software project, a closure with a time node.</summary>
    public static List<Triple> StoryTriples()
    {
        var type = Vocab.Rdf.Type;
        var label = Vocab.Rdfs.Label;
        var t = new List<Triple>
        {
            new(E("aws"), type, D("Company")),
            new(E("aws"), label, En("Amazon Web Services")),
            new(E("aws"), label, Zh("亚马逊网络服务")),
            new(E("aws"), D("parentOrganization"), E("amazon")),
            new(E("amazon"), type, D("Company")),
            new(E("amazon"), NamedNode.Create(Schema + "name"), Literal.Create("Amazon")),
            new(E("aws-shanghai-lab"), type, D("ResearchLab")),
            new(E("aws-shanghai-lab"), type, D("Organization")),
            new(E("aws-shanghai-lab"), NamedNode.Create(Skos + "prefLabel"), En("AWS Shanghai AI Lab")),
            new(E("aws-shanghai-lab"), D("parentOrganization"), E("aws")),
            new(E("aws-shanghai-lab"), D("publicationCount"), Literal.Integer(100)),
            new(E("aws-shanghai-lab"), D("founded"), Typed("2018", Vocab.Xsd.GYear)),
            new(E("dgl"), type, D("SoftwareProject")),
            new(E("dgl"), label, En("Deep Graph Library")),
            new(E("dgl"), D("developedBy"), E("aws-shanghai-lab")),
            new(E("dgl"), D("revenueUsd"), Typed("1.0E9", Vocab.Xsd.Double)),
            new(E("dgl"), D("openSource"), Literal.Boolean(true)),
            new(E("dgl"), D("note"), Literal.Create("says \"close to $1B\" <reportedly> & more\u0001")),
            new(E("closure-aws-lab"), type, D("Closure")),
            new(E("closure-aws-lab"), D("closedOrganization"), E("aws-shanghai-lab")),
            new(E("closure-aws-lab"), D("hasTime"), E("t-2023")),
            new(E("t-2023"), type, NamedNode.Create(Time + "Instant")),
            new(E("t-2023"), NamedNode.Create(Time + "inXSDgYearMonth"), Typed("2023-09", Vocab.Xsd.GYearMonth)),
            new(E("restriction"), type, D("ServiceRestriction")),
            new(E("restriction"), D("hasTime"), E("t-interval")),
            new(E("t-interval"), NamedNode.Create(Time + "hasBeginning"), E("t-begin")),
            new(E("t-interval"), NamedNode.Create(Time + "hasEnd"), E("t-end")),
            new(E("t-begin"), NamedNode.Create(Time + "inXSDDate"), Typed("2024-07-09", Vocab.Xsd.Date)),
            new(E("t-end"), NamedNode.Create(Time + "inXSDDateTime"), Typed("2025-01-02T10:00:00Z", Vocab.Xsd.DateTime)),
            new(E("claim-1"), type, D("Claim")),
            new(E("claim-1"), D("about"), E("dgl")),
            new(BlankNode.Create("src"), type, D("AnonymousSource")),
            new(E("claim-1"), D("attributedTo"), BlankNode.Create("src")),
            new(D("ResearchLab"), Vocab.Rdfs.SubClassOf, D("Organization")),
        };
        return t;
    }

    public static Graph Story(IEnumerable<Triple>? triples = null)
    {
        var g = new Graph();
        g.Prefixes.Add("dcp", Dcp);
        g.Prefixes.Add("ex", Ex);
        g.Prefixes.Add("time", Time);
        g.Prefixes.Add("rdfs", Vocab.Rdfs.Namespace);
        g.Prefixes.Add("schema", Schema);
        g.Prefixes.Add("skos", Skos);
        g.AddRange(triples ?? StoryTriples());
        return g;
    }

    public static string Render(Action<TextWriter> write)
    {
        var sw = new StringWriter { NewLine = "\n" };
        write(sw);
        return sw.ToString();
    }
}
