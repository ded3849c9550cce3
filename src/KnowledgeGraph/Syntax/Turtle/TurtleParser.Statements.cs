using KnowledgeGraph.Model;

namespace KnowledgeGraph.Syntax.Turtle;

/// <summary>The start of a statement: directives, TriG graph blocks, and subjects.</summary>
internal sealed partial class TurtleParser
{
    private TokenKind StatementStart(TokenKind tok, out State state)
    {
        state = State.Predicate;
        if (_inGraphBlock && tok == TokenKind.RBrace)
        {
            _inGraphBlock = false;
            _graph = null;
            state = State.StatementStart;
            return _lex.Next();
        }
        bool atDirective = (tok == TokenKind.LangTag && (_lex.TextIs("prefix") || _lex.TextIs("base")))
            || (tok == TokenKind.Word && (_lex.TextIsIgnoreCase("prefix") || _lex.TextIsIgnoreCase("base")));
        if (atDirective)
        {
            if (_inGraphBlock) _lex.FailAtToken("prefix and base directives are not allowed inside a graph block");
            return Directive(sparqlStyle: tok == TokenKind.Word, out state);
        }
        if (_trig && !_inGraphBlock)
        {
            if (tok == TokenKind.LBrace)
            {
                OpenGraph(null);
                state = State.StatementStart;
                return _lex.Next();
            }
            if (tok == TokenKind.Word && _lex.TextIsIgnoreCase("graph"))
            {
                tok = _lex.Next();
                var name = GraphLabel(ref tok);
                if (tok != TokenKind.LBrace) _lex.FailAtToken($"expected '{{' after the graph name but found {Describe(tok)}");
                OpenGraph(name);
                state = State.StatementStart;
                return _lex.Next();
            }
        }

        Term subject;
        switch (tok)
        {
            case TokenKind.IriRef:
            case TokenKind.PNameLn:
            case TokenKind.PNameNs:
                subject = IriOfToken(tok);
                tok = _lex.Next();
                break;
            case TokenKind.BlankNodeLabel:
                subject = BlankNodeFromToken();
                tok = _lex.Next();
                break;
            case TokenKind.LBracket:
                tok = _lex.Next();
                if (tok != TokenKind.RBracket)
                {
                    Push(FrameKind.PropertyList, BlankNode.CreateNew());
                    return tok;
                }
                subject = BlankNode.CreateNew();
                tok = _lex.Next();
                break;
            case TokenKind.LParen:
                Push(FrameKind.Collection, null);
                state = State.CollectionItem;
                return _lex.Next();
            default:
                if (_inGraphBlock && tok == TokenKind.Eof) _lex.FailAtToken("end of input inside a graph block: '}' expected");
                _lex.FailAtToken($"expected a subject{(_inGraphBlock ? " or '}'" : "")} but found {Describe(tok)}");
                return tok;
        }
        if (_trig && !_inGraphBlock && tok == TokenKind.LBrace)
        {
            OpenGraph(subject);
            state = State.StatementStart;
            return _lex.Next();
        }
        _frames[0].Subject = subject;
        return tok;
    }

    private void OpenGraph(Term? name)
    {
        _inGraphBlock = true;
        _graph = name;
    }

    /// <summary>TriG's labelOrSubject after GRAPH: an IRI, a blank node label or <c>[]</c>.</summary>
    private Term GraphLabel(ref TokenKind tok)
    {
        Term name;
        if (IsIriToken(tok)) name = IriOfToken(tok);
        else if (tok == TokenKind.BlankNodeLabel) name = BlankNodeFromToken();
        else if (tok == TokenKind.LBracket)
        {
            tok = _lex.Next();
            if (tok != TokenKind.RBracket) _lex.FailAtToken("a graph name can only be an IRI or a blank node");
            name = BlankNode.CreateNew();
        }
        else
        {
            _lex.FailAtToken($"expected a graph name after GRAPH but found {Describe(tok)}");
            return null!;
        }
        tok = _lex.Next();
        return name;
    }

    /// <summary><c>@prefix</c>/<c>@base</c> (ending with '.') or SPARQL's <c>PREFIX</c>/<c>BASE</c> (no '.').</summary>
    private TokenKind Directive(bool sparqlStyle, out State state)
    {
        state = State.StatementStart;
        bool isPrefix = sparqlStyle ? _lex.TextIsIgnoreCase("prefix") : _lex.TextIs("prefix");
        string keyword = sparqlStyle ? _lex.TextString() : "@" + _lex.TextString();
        var tok = _lex.Next();
        string? prefix = null;
        if (isPrefix)
        {
            if (tok != TokenKind.PNameNs) _lex.FailAtToken($"expected a prefix like 'ex:' after {keyword} but found {Describe(tok)}");
            prefix = _lex.Text[.._lex.PrefixLength].ToString();
            tok = _lex.Next();
        }
        if (tok != TokenKind.IriRef) _lex.FailAtToken($"expected an IRI in angle brackets after {keyword} but found {Describe(tok)}");
        var iri = IriFromToken().Value;
        if (prefix is not null) DefinePrefix(prefix, iri);
        else
        {
            _base = iri;
            _sink.OnBase(iri);
        }
        tok = _lex.Next();
        if (!sparqlStyle)
        {
            if (tok != TokenKind.Dot) _lex.FailAtToken($"expected '.' after the {keyword} directive but found {Describe(tok)}");
            tok = _lex.Next();
        }
        return tok;
    }
}
