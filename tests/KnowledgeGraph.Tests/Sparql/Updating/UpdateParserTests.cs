using KnowledgeGraph.Sparql;

namespace KnowledgeGraph.Tests.Sparql.Updating;

public class UpdateParserTests
{
    [TestCase("INSERT DATA {\n  <s> <p> ?o }", 2, 11, "*variables*INSERT DATA*")]
    [TestCase("DELETE DATA { GRAPH <g> {\n _:a <p> <o> } }", 2, 2, "*blank nodes*DELETE DATA*")]
    [TestCase("DELETE WHERE { ?s <p> [] }", 1, 23, "*blank nodes*DELETE WHERE*")]
    [TestCase("DELETE { ?s <p> ( 1 ) } WHERE { ?s ?p ?o }", 1, 17, "*blank nodes*DELETE template*")]
    [TestCase("INSERT DATA { _:b <p> <o> } ;\nINSERT DATA { _:b <p> <o> }", 2, 15, "*_:b*earlier operation*")]
    [TestCase("CREATE GRAPH <g>\nLOAD <x>", 2, 1, "*';'*")]
    [TestCase("WITH <g> WHERE { ?s ?p ?o }", 1, 10, "*DELETE or INSERT*")]
    [TestCase("INSERT DATA { ?s <p> <o> }", 1, 15, "*?s*")]
    public void Rules_of_the_update_grammar_are_errors_with_line_and_column(string text, int line, int column, string message)
    {
        var e = FluentActions.Invoking(() => SparqlUpdate.Parse(text)).Should().Throw<SparqlSyntaxException>().WithMessage(message).Which;
        e.Line.Should().Be(line);
        e.Column.Should().Be(column);
        e.SourceName.Should().Be("update");
    }

    [Test]
    public void Every_operation_parses_and_operations_share_the_prologue()
    {
        var update = SparqlUpdate.Parse("""
            PREFIX ex: <http://example.org/>
            INSERT DATA { ex:a ex:p 1 . GRAPH ex:g { ex:a ex:p 2 } } ;
            DELETE DATA { ex:a ex:p 1 } ;
            BASE <http://example.org/base/>
            DELETE { ?s ex:p ?o } INSERT { GRAPH <g2> { ?s ex:q ?o } } USING ex:g USING NAMED ex:h WHERE { ?s ex:p ?o } ;
            WITH ex:g DELETE { ?s ?p ?o } WHERE { ?s ?p ?o } ;
            DELETE WHERE { GRAPH ex:g { ?s ?p ?o } } ;
            LOAD SILENT <file:///nowhere.ttl> INTO GRAPH ex:l ;
            CLEAR SILENT GRAPH ex:g ; CLEAR DEFAULT ; CLEAR NAMED ; CLEAR ALL ;
            DROP GRAPH ex:g ; DROP SILENT DEFAULT ; DROP NAMED ; DROP ALL ;
            CREATE SILENT GRAPH ex:c ;
            ADD ex:a TO DEFAULT ; MOVE SILENT GRAPH ex:a TO ex:b ; COPY DEFAULT TO GRAPH ex:b ;
            """);
        update.OperationCount.Should().Be(18);
    }

    [Test]
    public void An_empty_request_is_valid()
    {
        SparqlUpdate.Parse("PREFIX ex: <http://example.org/>").OperationCount.Should().Be(0);
        SparqlUpdate.Parse("").OperationCount.Should().Be(0);
    }

    [Test]
    public void A_query_is_not_an_update_and_an_update_is_not_a_query()
    {
        FluentActions.Invoking(() => SparqlUpdate.Parse("SELECT * { ?s ?p ?o }")).Should().Throw<SparqlSyntaxException>();
        FluentActions.Invoking(() => SparqlQuery.Parse("INSERT DATA { <s> <p> <o> }")).Should().Throw<SparqlSyntaxException>();
    }

    [Test]
    public void Deep_nesting_in_a_where_clause_gives_a_clear_error()
    {
        var text = "DELETE { ?s ?p ?o } WHERE " + string.Concat(Enumerable.Repeat("{", 10_000)) + string.Concat(Enumerable.Repeat("}", 10_000));
        FluentActions.Invoking(() => SparqlUpdate.Parse(text)).Should().Throw<SparqlSyntaxException>().WithMessage("*deep*");
    }
}
