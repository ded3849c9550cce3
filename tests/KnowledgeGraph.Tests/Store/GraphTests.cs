using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Tests.Store;

public class GraphTests
{
    private static readonly NamedNode A = NamedNode.Create("http://ex.org/a");
    private static readonly NamedNode B = NamedNode.Create("http://ex.org/b");
    private static readonly NamedNode P = NamedNode.Create("http://ex.org/p");
    private static readonly NamedNode Q = NamedNode.Create("http://ex.org/q");

    [Test]
    public void Every_pattern_of_bound_positions_finds_exactly_the_matching_triples()
    {
        var g = new Graph();
        var all = new List<Triple>();
        var subjects = new Term[] { A, B, BlankNode.Create("x") };
        var preds = new[] { P, Q };
        var objects = new Term[] { A, Literal.Create("1"), Literal.CreateLanguageTagged("一", "zh-Hans") };
        foreach (var s in subjects) foreach (var p in preds) foreach (var o in objects)
        {
            var t = new Triple(s, p, o);
            all.Add(t);
            g.Add(t).Should().BeTrue();
        }
        g.Count.Should().Be(all.Count);
        foreach (var s in subjects.Append(null)) foreach (var p in preds.Append(null)) foreach (var o in objects.Append(null))
        {
            var expected = all.Where(t => (s is null || t.Subject == s) && (p is null || t.Predicate == p) && (o is null || t.Object == o));
            g.Match(s, p, o).Should().BeEquivalentTo(expected, $"pattern {s} {p} {o}");
        }
    }

    [Test]
    public void Add_remove_and_contains_keep_set_semantics()
    {
        var g = new Graph();
        var t = new Triple(A, P, B);
        g.Add(t).Should().BeTrue();
        g.Add(t).Should().BeFalse();
        g.Contains(t).Should().BeTrue();
        _ = g.Match().ToList();
        g.Remove(t).Should().BeTrue();
        g.Remove(t).Should().BeFalse();
        g.Contains(t).Should().BeFalse();
        g.Count.Should().Be(0);
        g.Match(A).Should().BeEmpty();
    }

    [Test]
    public void Language_tags_compare_case_insensitively_but_keep_their_case()
    {
        var l1 = Literal.CreateLanguageTagged("x", "zh-Hans");
        var l2 = Literal.CreateLanguageTagged("x", "ZH-HANS");
        l1.Should().Be(l2);
        l1.GetHashCode().Should().Be(l2.GetHashCode());
        l1.Language.Should().Be("zh-Hans");
        l1.ToString().Should().Be("\"x\"@zh-Hans");
    }

    [Test]
    public void Isomorphism_ignores_blank_node_labels_but_not_structure()
    {
        Graph Ring(params string[] labels)
        {
            var g = new Graph();
            for (int i = 0; i < labels.Length; i++)
                g.Add(BlankNode.Create(labels[i]), P, BlankNode.Create(labels[(i + 1) % labels.Length]));
            return g;
        }
        Ring("a", "b", "c", "d").IsIsomorphicWith(Ring("w", "x", "y", "z")).Should().BeTrue();
        var twoRings = Ring("a", "b");
        twoRings.Merge(Ring("c", "d"));
        twoRings.IsIsomorphicWith(Ring("w", "x", "y", "z")).Should().BeFalse("two 2-cycles are not one 4-cycle");
    }

    [Test]
    public void Absolute_iris_are_validated()
    {
        FluentActions.Invoking(() => NamedNode.Create("not an iri")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => NamedNode.Create("relative/path")).Should().Throw<ArgumentException>();
        NamedNode.Create("urn:x:y").Value.Should().Be("urn:x:y");
    }
}

public class TermDictionaryTests
{
    [Test]
    public void Every_kind_of_term_round_trips_through_its_id()
    {
        var dict = new TermDictionary();
        var terms = new Term[]
        {
            NamedNode.Create("http://example.org/资源?q=1#f"),
            BlankNode.Create("b0"),
            Literal.Create(""),
            Literal.Create("tab\tquote\" emoji 😀 lone \ud800 surrogate"),
            Literal.CreateLanguageTagged("上海", "zh-Hans"),
            Literal.Create("42", Vocab.Xsd.Integer),
            Literal.Create("x", NamedNode.Create("http://example.org/dt")),
            Literal.Create(new string('x', 3 << 20)),
        };
        var ids = terms.Select(dict.GetOrAdd).ToList();
        ids.Should().OnlyHaveUniqueItems();
        for (int i = 0; i < terms.Length; i++)
        {
            dict[ids[i]].Should().Be(terms[i]);
            dict.GetOrAdd(terms[i]).Should().Be(ids[i]);
            dict.TryGetId(terms[i], out int id).Should().BeTrue();
            id.Should().Be(ids[i]);
        }
    }

    [Test]
    public void Language_tags_differing_in_case_share_an_id_and_keep_the_first_spelling()
    {
        var dict = new TermDictionary();
        int a = dict.GetOrAdd(Literal.CreateLanguageTagged("x", "zh-Hans"));
        int b = dict.GetOrAdd(Literal.CreateLanguageTagged("x", "ZH-hans"));
        b.Should().Be(a);
        ((Literal)dict[a]).Language.Should().Be("zh-Hans");
        dict.TryGetId(Literal.CreateLanguageTagged("x", "en"), out _).Should().BeFalse();
    }

    [Test]
    public void Many_terms_survive_table_growth()
    {
        var dict = new TermDictionary();
        for (int i = 0; i < 100_000; i++) dict.GetOrAdd(NamedNode.Create("http://example.org/n" + i)).Should().Be(i + 1);
        for (int i = 0; i < 100_000; i += 997) ((NamedNode)dict[i + 1]).Value.Should().Be("http://example.org/n" + i);
        dict.Count.Should().Be(100_000);
    }
}

public class TripleIndexTests
{
    [Test]
    public void Bulk_loading_drops_duplicates_and_mixes_with_single_adds_and_removes()
    {
        var index = new TripleIndex();
        var rng = new Random(7);
        var reference = new HashSet<IdTriple>();
        for (int round = 0; round < 5; round++)
        {
            for (int i = 0; i < 2000; i++)
            {
                var t = new IdTriple(rng.Next(1, 30), rng.Next(1, 5), rng.Next(1, 30));
                switch (rng.Next(3))
                {
                    case 0: index.AddBulk(t); reference.Add(t); break;
                    case 1: index.Add(t).Should().Be(reference.Add(t)); break;
                    default: index.Remove(t).Should().Be(reference.Remove(t)); break;
                }
            }
            index.Count.Should().Be(reference.Count);
            for (int s = 0; s < 30; s += 7)
                for (int o = 0; o < 30; o += 5)
                {
                    var expected = reference.Where(t => (s == 0 || t.S == s) && (o == 0 || t.O == o)).ToHashSet();
                    var actual = index.Match(s, 0, o).AsEnumerable().ToList();
                    actual.Should().HaveCount(expected.Count);
                    actual.Distinct().Count().Should().Be(actual.Count);
                    expected.SetEquals(actual).Should().BeTrue($"pattern ({s}, 0, {o})");
                }
        }
    }
}
