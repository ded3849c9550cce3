using System.Text;
using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;
using KnowledgeGraph.Syntax.RdfXml;

namespace KnowledgeGraph.Tests.Syntax.RdfXml;

public class RdfXmlReaderTests
{
    private const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private const string Head = "<rdf:RDF xmlns:rdf='" + Rdf + "' xmlns:ex='http://ex.org/'>";
    private const string Tail = "</rdf:RDF>";

    private static NamedNode I(string iri) => NamedNode.Create(iri);
    private static NamedNode Ex(string local) => NamedNode.Create("http://ex.org/" + local);
    private static NamedNode R(string local) => NamedNode.Create(Rdf + local);
    private static Literal L(string text) => Literal.Create(text);

    private static Graph Parse(string xml, string? baseIri = "http://ex.org/doc", RdfReaderOptions? options = null)
    {
        var g = new Graph();
        options ??= new RdfReaderOptions();
        options.BaseIri ??= baseIri;
        options.SourceName ??= "test.rdf";
        new RdfXmlReader().Read(new StringReader(xml), new DelegateSink(q => g.Add(q.Triple)), options);
        return g;
    }

    private static Graph G(params (Term S, NamedNode P, Term O)[] triples)
    {
        var g = new Graph();
        foreach (var (s, p, o) in triples) g.Add(s, p, o);
        return g;
    }

    private static void ShouldBe(Graph actual, Graph expected) =>
        actual.IsIsomorphicWith(expected).Should().BeTrue(
            "got\n" + string.Join("\n", actual.Select(t => t.ToString())) + "\nexpected\n" + string.Join("\n", expected.Select(t => t.ToString())));

    [Test]
    public void Node_elements_property_elements_and_attributes_give_their_triples()
    {
        var g = Parse(Head + """
            <ex:Person rdf:about="alice" ex:name="Alice" xml:lang="en">
              <ex:knows rdf:resource="#bob"/>
              <ex:age rdf:datatype="http://www.w3.org/2001/XMLSchema#integer">42</ex:age>
              <ex:note>plain</ex:note>
            </ex:Person>
            """ + Tail);
        ShouldBe(g, G(
            (Ex("alice"), R("type"), Ex("Person")),
            (Ex("alice"), Ex("name"), Literal.CreateLanguageTagged("Alice", "en")),
            (Ex("alice"), Ex("knows"), I("http://ex.org/doc#bob")),
            (Ex("alice"), Ex("age"), Literal.Create("42", Vocab.Xsd.Integer)),
            (Ex("alice"), Ex("note"), Literal.CreateLanguageTagged("plain", "en"))));
    }

    [Test]
    public void Nested_node_elements_and_nodeIDs_make_blank_nodes()
    {
        var g = Parse(Head + """
            <rdf:Description rdf:nodeID="a">
              <ex:p><rdf:Description ex:q="v"/></ex:p>
              <ex:r rdf:nodeID="a"/>
            </rdf:Description>
            """ + Tail);
        var a = BlankNode.Create("a");
        var inner = BlankNode.Create("inner");
        ShouldBe(g, G((a, Ex("p"), inner), (inner, Ex("q"), L("v")), (a, Ex("r"), a)));
    }

    [Test]
    public void Li_elements_are_numbered_per_node()
    {
        var g = Parse(Head + "<rdf:Seq rdf:about='http://ex.org/s'><rdf:li>a</rdf:li><rdf:li>b</rdf:li><rdf:_7>c</rdf:_7><rdf:li>d</rdf:li></rdf:Seq>" + Tail);
        var s = Ex("s");
        ShouldBe(g, G((s, R("type"), R("Seq")), (s, R("_1"), L("a")), (s, R("_2"), L("b")), (s, R("_7"), L("c")), (s, R("_3"), L("d"))));
    }

    [Test]
    public void ParseType_Resource_and_Collection()
    {
        var g = Parse(Head + """
            <rdf:Description rdf:about="http://ex.org/s">
              <ex:r rdf:parseType="Resource"><ex:q>v</ex:q></ex:r>
              <ex:list rdf:parseType="Collection"><rdf:Description rdf:about="http://ex.org/1"/><rdf:Description rdf:about="http://ex.org/2"/></ex:list>
              <ex:empty rdf:parseType="Collection"/>
            </rdf:Description>
            """ + Tail);
        var s = Ex("s");
        BlankNode r = BlankNode.Create("r"), c1 = BlankNode.Create("c1"), c2 = BlankNode.Create("c2");
        ShouldBe(g, G((s, Ex("r"), r), (r, Ex("q"), L("v")),
            (s, Ex("list"), c1), (c1, R("first"), Ex("1")), (c1, R("rest"), c2), (c2, R("first"), Ex("2")), (c2, R("rest"), R("nil")),
            (s, Ex("empty"), R("nil"))));
    }

    [Test]
    public void ParseType_Literal_is_exclusively_canonicalized()
    {
        var g = Parse("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://ex.org/" xmlns:h="http://h/">
              <rdf:Description rdf:about="http://ex.org/s">
                <ex:p rdf:parseType="Literal"><h:b z="1" a="&quot;x&#9;"/><!--c--> &amp; <i xmlns="http://i/"><?pi d?></i></ex:p>
              </rdf:Description>
            </rdf:RDF>
            """);
        var o = (Literal)g.Single().Object;
        o.Datatype.Should().Be(Vocab.Rdf.XmlLiteral);
        o.LexicalForm.Should().Be("<h:b xmlns:h=\"http://h/\" a=\"&quot;x&#x9;\" z=\"1\"></h:b><!--c--> &amp; <i xmlns=\"http://i/\"><?pi d?></i>");
    }

    [Test]
    public void Property_element_rdf_ID_reifies_the_statement()
    {
        var g = Parse(Head + "<rdf:Description rdf:about='http://ex.org/s'><ex:p rdf:ID='st'>v</ex:p></rdf:Description>" + Tail);
        var st = I("http://ex.org/doc#st");
        ShouldBe(g, G((Ex("s"), Ex("p"), L("v")), (st, R("type"), R("Statement")), (st, R("subject"), Ex("s")),
            (st, R("predicate"), Ex("p")), (st, R("object"), L("v"))));
    }

    [Test]
    public void Xml_base_and_xml_lang_are_scoped_to_their_elements()
    {
        var g = Parse(Head + """
            <rdf:Description rdf:about="a" xml:base="http://other.org/dir/" xml:lang="fr">
              <ex:p xml:lang="">none</ex:p>
              <ex:q>oui</ex:q>
            </rdf:Description>
            <rdf:Description rdf:about="a"/>
            """ + Tail);
        ShouldBe(g, G((I("http://other.org/dir/a"), Ex("p"), L("none")), (I("http://other.org/dir/a"), Ex("q"), Literal.CreateLanguageTagged("oui", "fr"))));
        Parse(Head + "<rdf:Description rdf:about='a' ex:p='x'/>" + Tail).Single().Subject.Should().Be(I("http://ex.org/a"));
    }

    [Test]
    public void A_document_element_that_is_not_rdf_RDF_is_a_node_element()
    {
        var g = Parse("<ex:Thing xmlns:ex='http://ex.org/' xmlns:rdf='" + Rdf + "' rdf:about='http://ex.org/t'/>");
        ShouldBe(g, G((Ex("t"), R("type"), Ex("Thing"))));
    }

    [Test]
    public void Internal_DTD_entities_are_expanded()
    {
        var g = Parse("""
            <?xml version="1.0"?>
            <!DOCTYPE rdf:RDF [ <!ENTITY ex "http://ex.org/"> ]>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="&ex;">
              <rdf:Description rdf:about="&ex;s"><ex:p rdf:resource="&ex;o"/></rdf:Description>
            </rdf:RDF>
            """);
        ShouldBe(g, G((Ex("s"), Ex("p"), Ex("o"))));
    }

    [Test]
    public void External_entities_are_never_fetched()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "secret");
        try
        {
            var xml = "<?xml version='1.0'?><!DOCTYPE rdf:RDF [ <!ENTITY e SYSTEM '" + new Uri(path).AbsoluteUri + "'> ]>"
                      + Head + "<rdf:Description rdf:about='http://ex.org/s'><ex:p>&e;</ex:p></rdf:Description>" + Tail;
            var parse = () => Parse(xml);
            // Either the reference is refused or it expands to nothing; the file's content must never appear.
            try
            {
                parse().Select(t => t.Object.ToString()).Should().NotContain(o => o.Contains("secret"));
            }
            catch (RdfSyntaxException) { }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void An_entity_expansion_bomb_is_a_positioned_error()
    {
        var sb = new StringBuilder("<?xml version='1.0'?><!DOCTYPE rdf:RDF [ <!ENTITY a0 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'>");
        for (int i = 1; i < 10; i++) sb.Append($"<!ENTITY a{i} '{string.Concat(Enumerable.Repeat($"&a{i - 1};", 10))}'>");
        sb.Append("]>").Append(Head).Append("<rdf:Description rdf:about='http://ex.org/s'><ex:p>&a9;</ex:p></rdf:Description>").Append(Tail);
        var parse = () => Parse(sb.ToString());
        parse.Should().Throw<RdfSyntaxException>().Which.Line.Should().BeGreaterThan(0);
    }

    [TestCase("<rdf:Description rdf:about='http://ex.org/s'><rdf:li rdf:li='1'/></rdf:Description>", 1)]
    [TestCase("<rdf:Description rdf:about='http://ex.org/s'>\n  <ex:p rdf:resource='http://ex.org/o'>text</ex:p></rdf:Description>", 2)]
    [TestCase("<rdf:Description rdf:ID='a'/>\n<rdf:Description rdf:ID='a'/>", 2)]
    [TestCase("<rdf:Description rdf:about='http://ex.org/s'>\n<ex:p rdf:ID='1x'/></rdf:Description>", 2)]
    [TestCase("<rdf:Description rdf:aboutEach='http://ex.org/s'/>", 1)]
    [TestCase("<rdf:Description rdf:about='http://ex.org/s'>text</rdf:Description>", 1)]
    [TestCase("<rdf:Description rdf:about='http://ex.org/s'><ex:p><rdf:Description/><rdf:Description/></ex:p></rdf:Description>", 1)]
    [TestCase("<rdf:Description rdf:about='http://ex.org/s' rdf:nodeID='x'/>", 1)]
    [TestCase("<rdf:Description rdf:about='http://ex.org/s'><ex:p rdf:parseType='Literal' ex:q='1'/></rdf:Description>", 1)]
    [TestCase("<rdf:Description rdf:about='http://ex.org/s'>\n\n <ex:p>unclosed</ex:q></rdf:Description>", 3)]
    public void Invalid_RDF_XML_gives_a_positioned_syntax_error(string body, int line)
    {
        var parse = () => Parse(Head + "\n" + body + "\n" + Tail);
        var e = parse.Should().Throw<RdfSyntaxException>().Which;
        e.Line.Should().Be(line + 1);
        e.Column.Should().BeGreaterThan(0);
        e.SourceName.Should().Be("test.rdf");
        e.Message.Should().StartWith($"test.rdf:{line + 1}:");
    }

    [Test]
    public void A_relative_IRI_without_a_base_is_an_error()
    {
        var parse = () => Parse(Head + "<rdf:Description rdf:about='rel'/>" + Tail, baseIri: null);
        parse.Should().Throw<RdfSyntaxException>().WithMessage("*cannot be resolved*");
    }

    [Test]
    public void Deep_nesting_is_a_positioned_error_not_a_stack_overflow()
    {
        const int depth = 100_000;
        var sb = new StringBuilder(Head).Append("<rdf:Description>");
        for (int i = 0; i < depth; i++) sb.Append("<ex:p><rdf:Description>");
        for (int i = 0; i < depth; i++) sb.Append("</rdf:Description></ex:p>");
        sb.Append("</rdf:Description>").Append(Tail);
        var parse = () => Parse(sb.ToString());
        parse.Should().Throw<RdfSyntaxException>().WithMessage("*nested*").Which.Line.Should().Be(1);
    }

    [Test]
    public void Deep_nesting_parses_when_the_limit_allows_it()
    {
        const int depth = 30_000; // above the default limit of 10,000; deeper only costs test time
        var sb = new StringBuilder(Head);
        for (int i = 0; i < depth; i++) sb.Append("<ex:p rdf:parseType='Resource'>");
        for (int i = 0; i < depth; i++) sb.Append("</ex:p>");
        sb.Append("<rdf:Description rdf:about='http://ex.org/s'><ex:lit rdf:parseType='Literal'>");
        for (int i = 0; i < depth; i++) sb.Append("<a>");
        for (int i = 0; i < depth; i++) sb.Append("</a>");
        sb.Append("</ex:lit></rdf:Description>").Append(Tail);
        // The outer chain has no subject: wrap it in a node element.
        var xml = sb.ToString().Replace(Head + "<ex:p", Head + "<rdf:Description><ex:p").Replace("</ex:p><rdf:Description rdf:about", "</ex:p></rdf:Description><rdf:Description rdf:about");
        var g = Parse(xml, options: new RdfReaderOptions { MaxNestingDepth = 1_000_000 });
        g.Count.Should().Be(depth + 1);
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Invalid_UTF8_is_a_positioned_syntax_error(bool libraryReader)
    {
        var bytes = Encoding.UTF8.GetBytes(Head + "\n<rdf:Description rdf:about='http://ex.org/s' ex:p='ok \u00e9'/>\n<rdf:Description rdf:about='http://ex.org/t' ex:p='").ToList();
        bytes.AddRange(new byte[] { 0xC3, 0x28 });
        bytes.AddRange(Encoding.UTF8.GetBytes("'/>" + Tail));
        // RdfInput's reader hands out every valid character first; a StreamReader fails a whole block at once.
        using var reader = libraryReader
            ? RdfInput.OpenStream(new MemoryStream(bytes.ToArray()))
            : new StreamReader(new MemoryStream(bytes.ToArray()), RdfInput.StrictUtf8);
        var parse = () => new RdfXmlReader().Read(reader, new DelegateSink(_ => { }), new RdfReaderOptions { SourceName = "bad.rdf" });
        var e = parse.Should().Throw<RdfSyntaxException>().Which;
        e.SourceName.Should().Be("bad.rdf");
        e.Line.Should().Be(3);
        e.Column.Should().Be("<rdf:Description rdf:about='http://ex.org/t' ex:p='".Length + 1);
        e.Reason.Should().Contain("UTF-8");
    }

    [Test]
    public void A_truncated_document_is_a_positioned_syntax_error()
    {
        var parse = () => Parse(Head + "\n<rdf:Description rdf:about='http://ex.org/s'>\n<ex:p>v</ex:p>");
        var e = parse.Should().Throw<RdfSyntaxException>().Which;
        e.Line.Should().BeGreaterThan(1);
        e.Reason.Should().NotMatchRegex(@"Line \d+, position \d+");
    }

    [Test]
    public void Cancellation_stops_the_reader()
    {
        var sb = new StringBuilder(Head);
        for (int i = 0; i < 5000; i++) sb.Append("<rdf:Description rdf:about='http://ex.org/s").Append(i).Append("' ex:p='v'/>");
        sb.Append(Tail);
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var parse = () => new RdfXmlReader().Read(new StringReader(sb.ToString()), new DelegateSink(_ => { }), null, cts.Token);
        parse.Should().Throw<OperationCanceledException>();
    }

    [Test]
    public void Root_namespace_declarations_and_base_reach_the_sink()
    {
        var g = new Graph();
        var xml = "<rdf:RDF xmlns:rdf='" + Rdf + "' xmlns:ex='http://ex.org/' xml:base='http://base.org/'><rdf:Description rdf:about='x' ex:p='v'/></rdf:RDF>";
        new RdfXmlReader().Read(new StringReader(xml), new GraphSink(g));
        g.Prefixes.TryGetNamespace("ex", out var ns).Should().BeTrue();
        ns.Should().Be("http://ex.org/");
        g.BaseIri.Should().Be("http://base.org/");
        g.Single().Subject.Should().Be(I("http://base.org/x"));
    }
}
