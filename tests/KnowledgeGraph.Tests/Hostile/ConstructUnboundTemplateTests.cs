using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Tests.Hostile;

/// <summary>
/// A CONSTRUCT template may name variables the grouped solutions do not carry (found by the fuzz corpus test): they
/// are unbound, so the triples using them are left out, and the query neither fails nor reads past a row.
/// </summary>
public class ConstructUnboundTemplateTests
{
    private const string Data = "@prefix : <http://ex.org/> . :a :p 1 ; :q 2 . :b :p 3 ; :q 4 .";

    [TestCase("CONSTRUCT { ?s :copy ?o . _:b :from ?s } WHERE { ?S :p ?O1; :q ?O2 } GROUP BY ((?O1 + ?O2) AS ?O12) ORDER BY ?O12", 0)]
    [TestCase("CONSTRUCT { ?s :copy ?o } WHERE { ?S :p ?O1; :q ?O2 } GROUP BY ((?O1 + ?O2) AS ?O12)", 0)]
    [TestCase("CONSTRUCT { :x :sum ?O12 . :x :copy ?o } WHERE { ?S :p ?O1; :q ?O2 } GROUP BY ((?O1 + ?O2) AS ?O12)", 2)]
    public void Template_variables_the_groups_do_not_bind_leave_their_triples_out(string construct, int sums)
    {
        var graph = Graph.Parse(Data, RdfFormat.Turtle);
        var result = graph.Query("PREFIX : <http://ex.org/>\n" + construct);
        var triples = result.Graph!.ToList();
        triples.Should().HaveCount(sums);
        triples.Where(t => t.Predicate.Value != "http://ex.org/sum").Should().BeEmpty();
    }
}
