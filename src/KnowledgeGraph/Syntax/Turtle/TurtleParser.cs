using KnowledgeGraph.Model;

namespace KnowledgeGraph.Syntax.Turtle;

/// <summary>
/// A streaming parser for <see href="https://www.w3.org/TR/turtle/">Turtle</see> and
/// <see href="https://www.w3.org/TR/trig/">TriG</see>. It is a state machine over an explicit stack of frames
/// (statement, blank node property list, collection), so nesting depth never grows the call stack; each triple
/// is sent to the sink as soon as its object is read.
/// </summary>
internal sealed partial class TurtleParser
{
    private enum State : byte
    {
        /// <summary>Start of a directive, a statement, a graph block or the end of one.</summary>
        StatementStart,
        /// <summary>A verb must follow.</summary>
        Predicate,
        /// <summary>After a subject that was a non-empty <c>[ … ]</c>: a verb, or the end of the statement.</summary>
        PredicateOptional,
        /// <summary>An object must follow.</summary>
        Object,
        /// <summary>Inside <c>( … )</c>: an object or ')'.</summary>
        CollectionItem,
        /// <summary>After an object: ',', ';' or the end of the frame.</summary>
        AfterObject,
        /// <summary>After ';': a verb or the end of the frame.</summary>
        AfterSemicolon,
    }

    private enum FrameKind : byte
    {
        Statement,
        PropertyList,
        Collection,
    }

    /// <summary>One level of nesting. For a collection, <see cref="Subject"/> is the head node and <see cref="Tail"/> the last.</summary>
    private struct Frame
    {
        public FrameKind Kind;
        public Term? Subject;
        public NamedNode? Predicate;
        public Term? Tail;
    }

    private const int CancellationInterval = 4096;

    private readonly TurtleLexer _lex;
    private readonly IRdfSink _sink;
    private readonly bool _trig;
    private readonly int _maxDepth;
    private readonly CancellationToken _cancellationToken;
    private readonly bool _preserveLabels;
    private Frame[] _frames = new Frame[16];
    private int _depth;           // index of the top frame; frame 0 is the statement
    private Term? _graph;
    private bool _inGraphBlock;
    private int _untilCancellationCheck = CancellationInterval;

    public TurtleParser(TextReader input, IRdfSink sink, RdfReaderOptions options, bool trig, CancellationToken cancellationToken)
    {
        _lex = new TurtleLexer(input, options);
        _sink = sink;
        _trig = trig;
        _maxDepth = Math.Max(1, options.MaxNestingDepth);
        _cancellationToken = cancellationToken;
        _preserveLabels = options.PreserveBlankNodeLabels;
        if (options.BaseIri is { Length: > 0 } b) _base = b;
    }

    public void Parse()
    {
        var state = State.StatementStart;
        var tok = _lex.Next();
        while (true)
        {
            switch (state)
            {
                case State.StatementStart:
                    if (tok == TokenKind.Eof)
                    {
                        if (_inGraphBlock) _lex.FailAtToken("end of input inside a graph block: '}' expected");
                        return;
                    }
                    tok = StatementStart(tok, out state);
                    break;

                case State.Predicate:
                    tok = Verb(tok);
                    state = State.Object;
                    break;

                case State.PredicateOptional:
                    if (tok == TokenKind.Dot || (tok == TokenKind.RBrace && _inGraphBlock)) state = State.AfterObject;
                    else state = State.Predicate;
                    break;

                case State.CollectionItem:
                    if (tok == TokenKind.RParen)
                    {
                        tok = _lex.Next();
                        var head = CloseCollection();
                        state = Deliver(head, fromPropertyList: false);
                        break;
                    }
                    goto case State.Object;

                case State.Object:
                    tok = Object(tok, out state);
                    break;

                case State.AfterSemicolon:
                    while (tok == TokenKind.Semicolon) tok = _lex.Next();
                    if (IsIriToken(tok) || (tok == TokenKind.Word && _lex.TextIs("a"))) state = State.Predicate;
                    else state = State.AfterObject;
                    break;

                case State.AfterObject:
                    tok = AfterObject(tok, out state);
                    break;
            }
        }
    }

    private TokenKind AfterObject(TokenKind tok, out State state)
    {
        ref var top = ref _frames[_depth];
        switch (tok)
        {
            case TokenKind.Comma:
                state = State.Object;
                return _lex.Next();
            case TokenKind.Semicolon:
                state = State.AfterSemicolon;
                return _lex.Next();
            case TokenKind.RBracket when top.Kind == FrameKind.PropertyList:
                var node = top.Subject!;
                Pop();
                state = Deliver(node, fromPropertyList: true);
                return _lex.Next();
            case TokenKind.Dot when top.Kind == FrameKind.Statement:
                EndStatement();
                state = State.StatementStart;
                return _lex.Next();
            case TokenKind.RBrace when top.Kind == FrameKind.Statement && _inGraphBlock:
                EndStatement();
                state = State.StatementStart;
                return tok;
            default:
                _lex.FailAtToken(top.Kind switch
                {
                    FrameKind.PropertyList => $"expected ',', ';' or ']' but found {Describe(tok)}",
                    _ => _inGraphBlock
                        ? $"expected ',', ';', '.' or '}}' but found {Describe(tok)}"
                        : $"expected ',', ';' or '.' but found {Describe(tok)}",
                });
                state = default;
                return tok;
        }
    }

    private void EndStatement()
    {
        _frames[0].Subject = null;
        _frames[0].Predicate = null;
        if (--_untilCancellationCheck <= 0)
        {
            _untilCancellationCheck = CancellationInterval;
            _cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private TokenKind Verb(TokenKind tok)
    {
        NamedNode predicate;
        if (IsIriToken(tok)) predicate = IriOfToken(tok);
        else if (tok == TokenKind.Word && _lex.TextIs("a")) predicate = Vocab.Rdf.Type;
        else
        {
            _lex.FailAtToken($"expected a predicate but found {Describe(tok)}");
            return tok;
        }
        _frames[_depth].Predicate = predicate;
        return _lex.Next();
    }

    private TokenKind Object(TokenKind tok, out State state)
    {
        Term term;
        switch (tok)
        {
            case TokenKind.IriRef:
            case TokenKind.PNameLn:
            case TokenKind.PNameNs:
                term = IriOfToken(tok);
                tok = _lex.Next();
                break;
            case TokenKind.BlankNodeLabel:
                term = BlankNodeFromToken();
                tok = _lex.Next();
                break;
            case TokenKind.String:
                term = StringLiteral(out tok);
                break;
            case TokenKind.Integer:
            case TokenKind.Decimal:
            case TokenKind.Double:
                term = NumberFromToken(tok);
                tok = _lex.Next();
                break;
            case TokenKind.Word when _lex.TextIs("true") || _lex.TextIs("false"):
                term = _lex.TextIs("true") ? Literal.Boolean(true) : Literal.Boolean(false);
                tok = _lex.Next();
                break;
            case TokenKind.LBracket:
                tok = _lex.Next();
                if (tok == TokenKind.RBracket)
                {
                    term = BlankNode.CreateNew();
                    tok = _lex.Next();
                    break;
                }
                Push(FrameKind.PropertyList, BlankNode.CreateNew());
                state = State.Predicate;
                return tok;
            case TokenKind.LParen:
                Push(FrameKind.Collection, null);
                state = State.CollectionItem;
                return _lex.Next();
            default:
                _lex.FailAtToken($"expected an object but found {Describe(tok)}");
                state = default;
                return tok;
        }
        state = Deliver(term, fromPropertyList: false);
        return tok;
    }

    /// <summary>Puts a finished term where the top frame wants it: a collection item, the statement's subject, or an object.</summary>
    private State Deliver(Term term, bool fromPropertyList)
    {
        ref var top = ref _frames[_depth];
        if (top.Kind == FrameKind.Collection)
        {
            var node = BlankNode.CreateNew();
            if (top.Tail is null) top.Subject = node;
            else Emit(top.Tail, Vocab.Rdf.Rest, node);
            Emit(node, Vocab.Rdf.First, term);
            top.Tail = node;
            return State.CollectionItem;
        }
        if (top.Subject is null)
        {
            top.Subject = term;
            return fromPropertyList ? State.PredicateOptional : State.Predicate;
        }
        Emit(top.Subject, top.Predicate!, term);
        return State.AfterObject;
    }

    private Term CloseCollection()
    {
        var frame = _frames[_depth];
        Pop();
        if (frame.Tail is null) return Vocab.Rdf.Nil;
        Emit(frame.Tail, Vocab.Rdf.Rest, Vocab.Rdf.Nil);
        return frame.Subject!;
    }

    private void Emit(Term subject, NamedNode predicate, Term obj)
    {
        if (subject.IsLiteral) _lex.FailAtToken("a literal cannot be a subject");
        _sink.OnQuad(new Quad(new Triple(subject, predicate, obj), _graph));
    }

    private void Push(FrameKind kind, Term? subject)
    {
        if (_depth + 1 >= _maxDepth)
            _lex.FailAtToken($"nesting deeper than {_maxDepth} levels (RdfReaderOptions.MaxNestingDepth)");
        if (++_depth == _frames.Length) Array.Resize(ref _frames, _frames.Length * 2);
        _frames[_depth] = new Frame { Kind = kind, Subject = subject };
    }

    private void Pop() => _frames[_depth--] = default;

    private string Describe(TokenKind tok) => tok switch
    {
        TokenKind.Eof => "the end of the input",
        TokenKind.IriRef => "an IRI",
        TokenKind.PNameLn or TokenKind.PNameNs => $"the prefixed name '{_lex.TextString()}'",
        TokenKind.BlankNodeLabel => "a blank node label",
        TokenKind.LangTag => $"'@{_lex.TextString()}'",
        TokenKind.Integer or TokenKind.Decimal or TokenKind.Double => $"the number {_lex.TextString()}",
        TokenKind.String => "a string",
        TokenKind.Dot => "'.'",
        TokenKind.Comma => "','",
        TokenKind.Semicolon => "';'",
        TokenKind.LBracket => "'['",
        TokenKind.RBracket => "']'",
        TokenKind.LParen => "'('",
        TokenKind.RParen => "')'",
        TokenKind.LBrace => "'{'",
        TokenKind.RBrace => "'}'",
        TokenKind.DoubleCaret => "'^^'",
        _ => $"'{_lex.TextString()}'",
    };
}
