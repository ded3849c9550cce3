using KnowledgeGraph.Sparql;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Tests.Hostile;

/// <summary>
/// Eight hex digits can name a number past any code point, and past int.MaxValue: <c>\UEE41E444</c> once wrapped to a
/// negative value that slipped by the range check and crashed the SPARQL parser (found by AFL++). Every such escape
/// is a syntax error with its position.
/// </summary>
public class CodepointEscapeTests
{
    [TestCase("\\UEE41E444")]
    [TestCase("\\UFFFFFFFF")]
    [TestCase("\\U80000000")]
    [TestCase("\\U00110000")]
    [TestCase("\\uD800")]
    public void A_query_with_an_escape_beyond_Unicode_is_a_syntax_error(string escape)
    {
        var act = () => SparqlQuery.Parse("SELECT * WHERE {\n  ?s ?p \"" + escape + "\" }");
        act.Should().Throw<SparqlSyntaxException>().Where(e => e.Line == 2 && e.Column == 10);
    }

    [TestCase("\\UEE41E444")]
    [TestCase("\\UFFFFFFFF")]
    public void An_update_with_an_escape_beyond_Unicode_is_a_syntax_error(string escape)
    {
        var act = () => SparqlUpdate.Parse("INSERT DATA { <http://a> <http://p> \"" + escape + "\" }");
        act.Should().Throw<SparqlSyntaxException>().Where(e => e.Line == 1);
    }

    [TestCase("\\UEE41E444")]
    [TestCase("\\UFFFFFFFF")]
    public void A_TSV_result_with_an_escape_beyond_Unicode_is_a_syntax_error(string escape)
    {
        var act = () => SparqlResultsReader.Parse("?x\n\"" + escape + "\"\n", SparqlResultsFormat.Tsv);
        act.Should().Throw<RdfSyntaxException>().Where(e => e.Line == 2);
    }
}
