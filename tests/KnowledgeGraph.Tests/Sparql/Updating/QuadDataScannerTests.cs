using KnowledgeGraph.Sparql;

namespace KnowledgeGraph.Tests.Sparql.Updating;

/// <summary>
/// INSERT DATA blocks go through a fast scanner that declines what it does not read itself; whichever path reads a
/// block, the data must be what the general parser makes of the same block as an INSERT template (INSERT { … } WHERE {}),
/// and errors must stay the general parser's.
/// </summary>
public class QuadDataScannerTests
{
    private const string Prologue = "PREFIX ex: <http://example.org/>\nPREFIX : <http://example.org/default#>\nBASE <http://example.org/base/>\n";

    [TestCase("ex:a ex:p ex:b , ex:c ; ex:q \"x\" ; .")]
    [TestCase("<http://e/s> <http://e/p> \"esc \\\" \\\\ \\t\" . <http://e/s> <http://e/p> 'single'@en-GB .")]
    [TestCase("ex:s ex:p 1 , -2 , +3.5 , 4e10 , 1.5E-3 , true , false , \"7\"^^<http://www.w3.org/2001/XMLSchema#integer> .")]
    [TestCase("ex:s a ex:Class . ex:s ex:p \"v\"^^ex:type . :local :p <relative> .")]
    [TestCase("_:b1 ex:p _:b2 . _:b2 ex:p _:b1 . ex:s ex:q _:b1")]
    [TestCase("ex:s ex:p ex:o GRAPH ex:g { ex:a ex:b ex:c . ex:a ex:b \"d\" } . GRAPH <http://e/h> { } ex:t ex:u ex:v .")]
    [TestCase("ex:s ex:p ex:o. ex:s2 ex:p2 \"o\".# a comment\nex:s3 ex:p3 ex:o3")]
    [TestCase("ex:s ex:p [ ex:q 1 ] , ( 1 2 ) . ex:s ex:p \"\"\"long\nstring\"\"\" .")]
    [TestCase("ex:s ex:p TRUE . ex:s ex:p ex:with\\.escape , ex:pct%41 .")]
    [TestCase("ex:s ex:p 1.e5 , ex:a.b .")]
    [TestCase("ex:s ex:p \"\\u00e9t\\u00E9\" , <http://e/\\u0041> .")]
    public void The_fast_path_gives_what_the_general_parser_gives(string block)
    {
        var fast = new Dataset();
        fast.Update(Prologue + "INSERT DATA { " + block + " }");
        var general = new Dataset();
        general.Update(Prologue + "INSERT { " + block + " } WHERE {}");
        fast.Count.Should().BeGreaterThan(0);
        fast.IsIsomorphicWith(general).Should().BeTrue(string.Join("\n", fast.Select(q => q.ToString())));
    }

    [TestCase("INSERT DATA { ex:s ex:p ?x }", 2, "variables are not allowed")]
    [TestCase("INSERT DATA { ex:s ex:p ex:o . \n undeclared:x ex:p ex:o }", 3, "not declared")]
    [TestCase("DELETE DATA { ex:s ex:p _:b }", 2, "blank nodes are not allowed")]
    [TestCase("INSERT DATA { ex:s ex:p _:b } ; INSERT DATA { ex:s ex:q _:b }", 2, "already used by an earlier operation")]
    [TestCase("INSERT DATA { ex:s ex:p ex:o ex:extra }", 2, "expected")]
    public void Errors_in_data_blocks_keep_their_message_and_position(string update, int line, string words)
    {
        var act = () => SparqlUpdate.Parse("PREFIX ex: <http://example.org/>\n" + update);
        var e = act.Should().Throw<SparqlSyntaxException>().Which;
        e.Message.Should().Contain(words);
        e.Line.Should().Be(line);
    }

    [Test]
    public void A_large_block_loads_every_triple_once()
    {
        var text = new System.Text.StringBuilder("PREFIX ex: <http://example.org/>\nINSERT DATA {\n");
        for (int i = 0; i < 20_000; i++) text.Append("ex:s").Append(i % 500).Append(" ex:p").Append(i % 7).Append(" \"v").Append(i).Append("\"@en .\n");
        text.Append("GRAPH ex:g { ex:a ex:b ex:c } }");
        var dataset = new Dataset();
        dataset.Update(text.ToString());
        dataset.Count.Should().Be(20_001);
        dataset.GraphNames.Should().ContainSingle();
    }
}
