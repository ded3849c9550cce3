using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Parsing.Syntax;
using KnowledgeGraph.Sparql.Updating.Operations;

namespace KnowledgeGraph.Sparql.Parsing;

/// <summary>The SPARQL 1.1 Update grammar (§19.8 [29]–[52]): operations separated by ';', each after a prologue.</summary>
internal sealed partial class SparqlParser
{
    public static UpdateSyntax ParseUpdate(string text, string? baseIri, IEnumerable<KeyValuePair<string, string>>? prefixes = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new SparqlParser(text, baseIri, prefixes, "update");
        try
        {
            return parser.ParseUpdateRequest();
        }
        catch (InsufficientExecutionStackException)
        {
            throw parser._lexer.Error(parser.Peek().Offset, "the update is nested too deeply");
        }
    }

    private UpdateSyntax ParseUpdateRequest()
    {
        var request = new UpdateSyntax();
        _variables = request.Variables;
        _blankLabelOperation = new Dictionary<string, int>(StringComparer.Ordinal);
        while (true)
        {
            ParsePrologue();
            if (Peek().Kind == TokenKind.Eof) break;
            _operationIndex = request.Operations.Count;
            request.Operations.Add(ParseUpdateOperation());
            var t = Peek();
            if (t.Kind == TokenKind.Eof) break;
            if (!t.Is(";")) throw Unexpected(t, "';' or the end of the update");
            Next();
        }
        request.BaseIri = _base;
        return request;
    }

    private UpdateOperation ParseUpdateOperation()
    {
        var t = Peek();
        if (t.IsWord("LOAD")) return ParseLoad();
        if (t.IsWord("CLEAR") || t.IsWord("DROP")) return ParseClearOrDrop();
        if (t.IsWord("CREATE")) return ParseCreate();
        if (t.IsWord("ADD")) return ParseTransfer(TransferKind.Add);
        if (t.IsWord("MOVE")) return ParseTransfer(TransferKind.Move);
        if (t.IsWord("COPY")) return ParseTransfer(TransferKind.Copy);
        if (t.IsWord("INSERT") && Peek(1).IsWord("DATA"))
        {
            Next();
            Next();
            return new InsertDataOperation(t.Offset, ParseQuadBlock(TermRules.NoVariables, "INSERT DATA"));
        }
        if (t.IsWord("DELETE") && Peek(1).IsWord("DATA"))
        {
            Next();
            Next();
            return new DeleteDataOperation(t.Offset, ParseQuadBlock(TermRules.NoVariables | TermRules.NoBlankNodes, "DELETE DATA"));
        }
        if (t.IsWord("DELETE") && Peek(1).IsWord("WHERE")) return ParseDeleteWhere();
        if (t.IsWord("WITH") || t.IsWord("INSERT") || t.IsWord("DELETE")) return ParseModify();
        throw Unexpected(t, "an update operation (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, ADD, MOVE, COPY or WITH)");
    }

    private LoadOperation ParseLoad()
    {
        var t = Next();
        bool silent = ParseSilent();
        var source = ParseIri();
        NamedNode? into = null;
        if (Peek().IsWord("INTO"))
        {
            Next();
            ExpectWord("GRAPH");
            into = ParseIri();
        }
        return new LoadOperation(t.Offset, silent, source, into);
    }

    private UpdateOperation ParseClearOrDrop()
    {
        var t = Next();
        bool silent = ParseSilent();
        var target = ParseGraphRefAll();
        return t.IsWord("CLEAR") ? new ClearOperation(t.Offset, silent, target) : new DropOperation(t.Offset, silent, target);
    }

    private CreateOperation ParseCreate()
    {
        var t = Next();
        bool silent = ParseSilent();
        ExpectWord("GRAPH");
        return new CreateOperation(t.Offset, silent, ParseIri());
    }

    private TransferOperation ParseTransfer(TransferKind kind)
    {
        var t = Next();
        bool silent = ParseSilent();
        var from = ParseGraphOrDefault();
        ExpectWord("TO");
        var to = ParseGraphOrDefault();
        return new TransferOperation(t.Offset, kind, silent, from, to);
    }

    private bool ParseSilent()
    {
        if (!Peek().IsWord("SILENT")) return false;
        Next();
        return true;
    }

    /// <summary>GraphRefAll: GRAPH iri | DEFAULT | NAMED | ALL.</summary>
    private GraphTarget ParseGraphRefAll()
    {
        var t = Peek();
        if (t.IsWord("DEFAULT")) { Next(); return GraphTarget.DefaultGraph; }
        if (t.IsWord("NAMED")) { Next(); return new GraphTarget(GraphScope.AllNamed, null); }
        if (t.IsWord("ALL")) { Next(); return new GraphTarget(GraphScope.All, null); }
        if (t.IsWord("GRAPH")) { Next(); return GraphTarget.Graph(ParseIri()); }
        throw Unexpected(t, "GRAPH, DEFAULT, NAMED or ALL");
    }

    /// <summary>GraphOrDefault: DEFAULT | GRAPH? iri.</summary>
    private GraphTarget ParseGraphOrDefault()
    {
        var t = Peek();
        if (t.IsWord("DEFAULT")) { Next(); return GraphTarget.DefaultGraph; }
        if (t.IsWord("GRAPH")) Next();
        if (Peek().Kind is not (TokenKind.IriRef or TokenKind.PrefixedName)) throw Unexpected(Peek(), "DEFAULT or a graph IRI");
        return GraphTarget.Graph(ParseIri());
    }

    /// <summary>DELETE WHERE QuadPattern: the pattern is both the WHERE clause and the DELETE template.</summary>
    private ModifyOperation ParseDeleteWhere()
    {
        var t = Next();
        var where = Next();
        var quads = ParseQuadBlock(TermRules.NoBlankNodes, "DELETE WHERE");
        var group = new GroupSyntax { Offset = where.Offset };
        var defaultTriples = new List<PathTriple>();
        foreach (var q in quads.Where(q => q.Graph is null)) defaultTriples.Add(new PathTriple(q.Subject, q.Predicate, null, q.Object));
        if (defaultTriples.Count > 0) group.Elements.Add(new TriplesElement(where.Offset, defaultTriples));
        foreach (var byGraph in quads.Where(q => q.Graph is not null).GroupBy(q => q.Graph!))
        {
            var inner = new GroupSyntax { Offset = where.Offset };
            inner.Elements.Add(new TriplesElement(where.Offset, byGraph.Select(q => new PathTriple(q.Subject, q.Predicate, null, q.Object)).ToList()));
            group.Elements.Add(new GraphElement(where.Offset, byGraph.Key, inner));
        }
        return new ModifyOperation(t.Offset, null, quads, Array.Empty<QuadTemplate>(), Array.Empty<NamedNode>(), Array.Empty<NamedNode>(), group);
    }

    /// <summary>Modify: ( WITH iri )? ( DeleteClause InsertClause? | InsertClause ) UsingClause* WHERE GroupGraphPattern.</summary>
    private ModifyOperation ParseModify()
    {
        int offset = Peek().Offset;
        NamedNode? with = null;
        if (Peek().IsWord("WITH"))
        {
            Next();
            with = ParseIri();
        }
        IReadOnlyList<QuadTemplate> delete = Array.Empty<QuadTemplate>(), insert = Array.Empty<QuadTemplate>();
        if (!Peek().IsWord("DELETE") && !Peek().IsWord("INSERT")) throw Unexpected(Peek(), "DELETE or INSERT");
        if (Peek().IsWord("DELETE"))
        {
            Next();
            delete = ParseQuadBlock(TermRules.NoBlankNodes, "a DELETE template");
        }
        if (Peek().IsWord("INSERT"))
        {
            Next();
            insert = ParseQuadBlock(TermRules.None, "an INSERT template");
        }
        var usingGraphs = new List<NamedNode>();
        var usingNamed = new List<NamedNode>();
        while (Peek().IsWord("USING"))
        {
            Next();
            if (Peek().IsWord("NAMED")) { Next(); usingNamed.Add(ParseIri()); }
            else usingGraphs.Add(ParseIri());
        }
        ExpectWord("WHERE");
        var where = ParseGroupGraphPattern();
        return new ModifyOperation(offset, with, delete, insert, usingGraphs, usingNamed, where);
    }
}
