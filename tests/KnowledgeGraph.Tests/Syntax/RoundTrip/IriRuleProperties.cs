using FsCheck;
using FsCheck.Fluent;
using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Tests.Syntax.RoundTrip;

/// <summary>
/// The IRI rule is one rule: every IRI RFC 3987 allows (as <see cref="DatasetGenerators.Iri"/> makes them) is
/// accepted by the model, and every reader reads it back unchanged from what its writer wrote. The round-trip
/// properties rely on this generator making only valid IRIs, so it is checked here on its own.
/// </summary>
public class IriRuleProperties
{
    /// <summary>Arbitrary strings, for these properties, are the generated IRIs.</summary>
    public static class Iris
    {
        public static Arbitrary<string> Iri() => DatasetGenerators.Iri.ToArbitrary();
    }

    [FsCheck.NUnit.Property(MaxTest = 200, Arbitrary = new[] { typeof(Iris) })]
    public void Every_rfc3987_iri_reads_back_unchanged_in_every_syntax(string iri)
    {
        var node = NamedNode.Create(iri);
        var quad = new Quad(node, NamedNode.Create("http://ex.org/p"), node);
        foreach (var format in RdfFormat.All)
        {
            var output = new StringWriter();
            format.CreateWriter().Write([quad], output);
            var back = Dataset.Parse(output.ToString(), format).Single();
            back.Subject.Should().Be(node, $"{format.Name} wrote:\n{output}");
            back.Object.Should().Be(node, format.Name);
        }
    }
}
