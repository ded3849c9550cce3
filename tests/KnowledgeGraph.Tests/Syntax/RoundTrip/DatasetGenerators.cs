using FsCheck;
using FsCheck.Fluent;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Syntax.RoundTrip;

/// <summary>
/// FsCheck generators for datasets an attacker would write: literals with every control character, every escape a
/// syntax knows, markup and quote characters, non-characters and long strings; IRIs valid per RFC 3987 with
/// non-ASCII, sub-delimiters, percent escapes and dot segments; well-formed and odd language tags; rdf:Lists
/// (well-formed, branching, cyclic, sharing a tail); blank nodes in cycles and shared between triples and graphs;
/// named graphs named by IRIs and blank nodes.
/// </summary>
internal static class DatasetGenerators
{
    private const string Xsd = "http://www.w3.org/2001/XMLSchema#";

    /// <summary>Single characters and short pieces that break naive escaping.</summary>
    private static readonly string[] s_hostilePieces =
    [
        "\0", "\t", "\n", "\r", "\f", "\b", "\u0001", "\u001b[2J", "\u0007", "\u007f", "\u0085", "\u2028", "\u2029",
        "\u00a0", "\ufeff", "\ufffe", "\uffff", "\ufffd", "\U0001F600", "\U0010FFFD", "e\u0301", "\u05d0\u200f",
        "\"", "'", "\"\"\"", "'''", "\\", "\\\\", "\\u0041", "\\n", "<", ">", "&", "&amp;", "&lt;", "]]>", "<![CDATA[",
        "<!--", "-->", "<?x?>", "@en", "^^", "#", "_:b0", "%20", "{", "}", "[", "]", "@context", "@id", "{\"@id\":1}",
        ".", " . ", ";", ",", ":", "a", " ", "  ", "\n.\n", "<http://x>", "\u00e9t\u00e9", "\u4f8b",
    ];

    private static readonly Gen<string> s_plainText = Gen.Elements("", "x", "hello", "1", "-0", "1.0", "1e5", " 1", "true", "NaN", "INF");

    /// <summary>A literal's text: plain words, hostile pieces, or occasionally a long run.</summary>
    public static readonly Gen<string> LexicalForm = Gen.Frequency(
        (3, s_plainText),
        (6, Gen.Elements(s_hostilePieces).Or(s_plainText).ListOf().Resize(8).Select(parts => string.Concat(parts))),
        (1, Gen.Elements(s_hostilePieces).Select(p => string.Concat(Enumerable.Repeat(p, 3_000)))),
        (1, Gen.Choose(10_000, 70_000).Select(n => new string('x', n) + "\"\\\n")));

    private static readonly Gen<string> s_alphaNum = Gen.Elements("a", "b", "Z", "0", "9", "x1", "abc", "q");

    /// <summary>Characters an IRI path or query may hold: unreserved, sub-delimiters, ':' '@', percent escapes, ucschar.</summary>
    private static readonly Gen<string> s_iriPiece = Gen.Elements(
        "a", "b", "z", "0", "-", ".", "_", "~", "!", "$", "&", "'", "(", ")", "*", "+", ",", ";", "=", ":", "@",
        "%20", "%C3%A9", "%2F", "%25", "\u00e9", "\u4f8b", "\U0001F600", "\u00a0", "\ud7ff", "\uf900", "\ufdf0", "\uffef",
        "\U00010000", "\U000E1000", "..", "./", "../", "//");

    private static readonly Gen<string> s_segment = s_iriPiece.NonEmptyListOf().Resize(6).Select(p => string.Concat(p));

    /// <summary>An absolute IRI valid per RFC 3987 (so every reader accepts it): a scheme, maybe an authority, a path,
    /// maybe a query and one fragment.</summary>
    public static readonly Gen<string> Iri =
        from scheme in Gen.Elements("http", "https", "urn", "tag", "a+b.c-d", "X", "file")
        from authority in Gen.Elements("//example.org", "//user@h\u00e9.example:8080", "//[::1]", "//127.0.0.1", "", "//")
        from path in s_segment.ListOf().Resize(4)
        from query in Gen.Elements("", "?", "?a=b&c=d", "?\ue000", "?x%20y").Or(s_segment.Select(s => "?" + s))
        from fragment in Gen.Elements("", "#", "#frag", "#a/b?c").Or(s_segment.Select(s => "#" + s))
        let body = authority + (path.Count == 0 ? "" : "/" + string.Join("/", path)) + query + fragment
        select scheme + ":" + (body.Length == 0 ? "x" : body);

    /// <summary>Predicates: most end in a name RDF/XML can split off, some end in a digit or a punctuation mark.</summary>
    private static readonly Gen<NamedNode> s_predicate = Gen.Frequency(
        (6, Gen.Elements("http://ex.org/p", "http://ex.org/ns#q", "urn:x:r", "http://\u00e9.org/\u00e9t\u00e9", "http://ex.org/a_b-c.d")
            .Select(NamedNode.Create)),
        (3, Iri.Select(i => NamedNode.Create(i + (i.Contains('#') ? "" : "#") + "p"))),
        (1, Iri.Select(NamedNode.Create)));

    /// <summary>Language tags: common ones in any case, long subtags, and the longest tag allowed.</summary>
    public static readonly Gen<string> LanguageTag = Gen.Frequency(
        (5, Gen.Elements("en", "EN", "en-US", "en-us", "zh-Hans-CN", "de-CH-1996", "x-private", "i-klingon", "sgn-BE-FR", "a-b-c-d-e")),
        (2, from primary in Gen.Elements("a", "abcdefgh", "Qq")
            from subtags in s_alphaNum.ListOf().Resize(5)
            select string.Join("-", subtags.Prepend(primary))),
        (1, Gen.Constant("a" + string.Concat(Enumerable.Repeat("-b", 127)))));

    private static readonly Gen<NamedNode> s_datatype = Gen.Frequency(
        (4, Gen.Elements("integer", "decimal", "double", "boolean", "date", "dateTime", "string", "anyURI", "token", "hexBinary", "float", "byte")
            .Select(d => NamedNode.Create(Xsd + d))),
        (1, Gen.Elements(Vocab.Rdf.XmlLiteral, Vocab.Rdf.Json, NamedNode.Create(Vocab.Rdf.Namespace + "HTML"))),
        (1, Iri.Select(NamedNode.Create)));

    /// <summary>Lexical forms to pair with datatypes: canonical, non-canonical and ill-typed ones, all kept as written.</summary>
    private static readonly Gen<string> s_typedForm = Gen.Elements(
        "1", "01", "+1", "-0", "1.50", ".5", "5.", "1e5", "1E+05", "-INF", "NaN", "true", "false", "1", "0", "TRUE",
        "2026-12-07", "2026-12-07T21:00:00Z", "abc", "", " 1 ", "0x1F", "\u0661", "1_000",
        "<a xmlns=\"http://x/\">b</a>", "<a>", "x<b/>y", "{\"b\":1,\"a\":[true,null]}", "[1.0, 1e2]", "{\"@id\":\"x\"}");

    public static readonly Gen<Literal> Literal = Gen.Frequency(
        (4, LexicalForm.Select(KnowledgeGraph.Model.Literal.Create)),
        (3, LexicalForm.Zip(LanguageTag, KnowledgeGraph.Model.Literal.CreateLanguageTagged)),
        (3, s_typedForm.Or(LexicalForm).Zip(s_datatype, KnowledgeGraph.Model.Literal.Create)));

    /// <summary>A dataset: triples over a small pool of nodes (so blank nodes meet in cycles and shared objects),
    /// lists, and quads in named graphs named by IRIs or blank nodes.</summary>
    public static readonly Gen<List<Quad>> Dataset =
        Gen.Sized(size =>
            from iris in Iri.Select(NamedNode.Create).ArrayOf(3)
            from blankCount in Gen.Choose(0, 5)
            let blanks = Enumerable.Range(0, blankCount).Select(i => BlankNode.Create("n" + i)).ToArray()
            from graphNames in GraphNames(iris, blanks)
            from triples in Statement(iris, blanks, graphNames).ListOf().Resize(Math.Min(size, 25))
            from lists in List(iris, blanks, graphNames).ListOf().Resize(3)
            select triples.SelectMany(t => t).Concat(lists.SelectMany(l => l)).Distinct().ToList());

    private static Gen<Term?[]> GraphNames(NamedNode[] iris, BlankNode[] blanks) =>
        from extra in Iri.Select(i => (Term?)NamedNode.Create(i)).ArrayOf(2)
        select new Term?[] { null, null, null, iris[0] }.Concat(extra).Concat(blanks.Take(1)).ToArray();

    private static Gen<Term> Node(NamedNode[] iris, BlankNode[] blanks) =>
        blanks.Length == 0 ? Gen.Elements<Term>(iris) : Gen.Elements<Term>(iris).Or(Gen.Elements<Term>(blanks));

    private static Gen<Quad[]> Statement(NamedNode[] iris, BlankNode[] blanks, Term?[] graphs) =>
        from subject in Node(iris, blanks)
        from predicate in s_predicate.Or(Gen.Constant(Vocab.Rdf.Type))
        from obj in Gen.Frequency((3, Node(iris, blanks)), (4, Literal.Select(l => (Term)l)), (1, Gen.Constant<Term>(Vocab.Rdf.Nil)))
        from graph in Gen.Elements(graphs)
        select new[] { new Quad(subject, predicate, obj, graph) };

    /// <summary>An rdf:List hung off a node: well-formed most of the time, else with a second rdf:first, a cycle, a
    /// missing rdf:rest, an extra property on a cell, or a literal as rdf:rest.</summary>
    private static Gen<Quad[]> List(NamedNode[] iris, BlankNode[] blanks, Term?[] graphs) =>
        from owner in Node(iris, blanks)
        from items in Gen.Frequency((4, Literal.Select(l => (Term)l)), (1, Node(iris, blanks))).ListOf().Resize(6)
        from damage in Gen.Frequency((6, Gen.Constant(0)), (1, Gen.Choose(1, 5)))
        from graph in Gen.Elements(graphs)
        from id in Gen.Choose(0, 1_000_000)
        select BuildList(owner, items, damage, graph, id);

    private static Quad[] BuildList(Term owner, IList<Term> items, int damage, Term? graph, int id)
    {
        var quads = new List<Quad>();
        var cells = items.Select((_, i) => BlankNode.Create($"l{id}x{i}")).ToArray();
        quads.Add(new Quad(owner, NamedNode.Create("http://ex.org/list"), cells.Length == 0 ? Vocab.Rdf.Nil : cells[0], graph));
        for (int i = 0; i < cells.Length; i++)
        {
            quads.Add(new Quad(cells[i], Vocab.Rdf.First, items[i], graph));
            Term rest = i + 1 < cells.Length ? cells[i + 1] : Vocab.Rdf.Nil;
            if (i == cells.Length - 1 && damage == 2) rest = cells[0]; // a cycle
            if (!(i == 0 && damage == 3)) quads.Add(new Quad(cells[i], Vocab.Rdf.Rest, rest, graph));
        }
        if (cells.Length > 0)
        {
            if (damage == 1) quads.Add(new Quad(cells[0], Vocab.Rdf.First, KnowledgeGraph.Model.Literal.Create("second"), graph));
            if (damage == 4) quads.Add(new Quad(cells[^1], NamedNode.Create("http://ex.org/extra"), Vocab.Rdf.Nil, graph));
            if (damage == 5) quads.Add(new Quad(cells[^1], Vocab.Rdf.Rest, KnowledgeGraph.Model.Literal.Create("end"), graph));
        }
        return quads.ToArray();
    }
}
