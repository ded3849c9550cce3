namespace KnowledgeGraph.Syntax.RdfXml;

/// <summary>
/// Bounds the characters of any one XML node as they stream by. A node (text, a tag with its attributes, a CDATA
/// section, a comment, a processing instruction, one DTD declaration) ends where the next markup starts, so the
/// count restarts at each <c>&lt;</c> that starts markup — but not at a <c>&lt;</c> inside a CDATA section, a
/// comment, a processing instruction or a quoted DTD value, which the XML parser buffers with the rest of the node.
/// Without that distinction a CDATA section of <c>&lt;&lt;&lt;…</c> would pass the guard and be buffered whole.
/// </summary>
internal sealed class MarkupRunGuard(long maxRun)
{
    private enum State { Content, Opening, CData, Comment, ProcessingInstruction, Dtd, DtdQuoted }

    private const string CDataOpener = "![CDATA[";
    private const string DoctypeOpener = "!DOCTYPE";

    private State _state = State.Content;
    private long _run;
    private readonly char[] _opening = new char[8]; // the characters after '<' while deciding what it opens
    private int _openingLength;
    private bool _openingInDtd;
    private int _closerProgress; // how much of the current section's closer ("]]>", "-->", "?>") has been seen
    private char _quote;
    private bool _inInternalSubset; // after the DOCTYPE's '[': it ends at "]>", before it at '>'

    /// <summary>Counts <paramref name="chars"/>; false when a node has grown past the bound.</summary>
    public bool Accept(ReadOnlySpan<char> chars)
    {
        int i = 0;
        while (i < chars.Length)
        {
            if (_state == State.Content)
            {
                int open = chars[i..].IndexOf('<');
                if (open < 0)
                {
                    _run += chars.Length - i;
                    return _run <= maxRun;
                }
                _run += open;
                if (_run > maxRun) return false;
                i += open + 1;
                StartOpening(inDtd: false);
                continue;
            }
            char c = chars[i++];
            if (++_run > maxRun) return false;
            Step(c);
        }
        return true;
    }

    private void StartOpening(bool inDtd)
    {
        _run = 1;
        _openingLength = 0;
        _openingInDtd = inDtd;
        _state = State.Opening;
    }

    private void Step(char c)
    {
        switch (_state)
        {
            case State.Opening:
                DecideOpening(c);
                break;
            case State.CData:
                Close(c, "]]>");
                break;
            case State.Comment:
                Close(c, "-->");
                break;
            case State.ProcessingInstruction:
                Close(c, "?>");
                break;
            case State.Dtd:
                if (c is '"' or '\'') { _quote = c; _state = State.DtdQuoted; }
                else if (c == '<') StartOpening(inDtd: true);
                else if (c == '[') _inInternalSubset = true;
                else if (c == ']') _closerProgress = 1;
                else if (c == '>' && (_closerProgress == 1 || !_inInternalSubset)) _state = State.Content;
                else if (!char.IsWhiteSpace(c)) _closerProgress = 0;
                break;
            case State.DtdQuoted:
                if (c == _quote) _state = State.Dtd;
                break;
        }
    }

    /// <summary>Reads the characters after a '&lt;' until it is clear whether they open a section whose own '&lt;' do not count.</summary>
    private void DecideOpening(char c)
    {
        _opening[_openingLength++] = c;
        var seen = _opening.AsSpan(0, _openingLength);
        _closerProgress = 0;
        if (seen is ['?'])
        {
            _state = State.ProcessingInstruction;
            return;
        }
        if (seen.SequenceEqual("!--"))
        {
            _state = State.Comment;
            return;
        }
        if (!_openingInDtd && seen.SequenceEqual(CDataOpener))
        {
            _state = State.CData;
            return;
        }
        if (!_openingInDtd && seen.SequenceEqual(DoctypeOpener))
        {
            _state = State.Dtd;
            _inInternalSubset = false;
            return;
        }
        bool stillPossible = "!--".AsSpan().StartsWith(seen)
            || (!_openingInDtd && (CDataOpener.AsSpan().StartsWith(seen) || DoctypeOpener.AsSpan().StartsWith(seen)));
        if (!stillPossible)
            _state = _openingInDtd ? DtdAfterMarkup(c) : State.Content;
    }

    /// <summary>A declaration inside the DTD (<c>&lt;!ENTITY …</c>) goes on in the DTD; a quote may start right away.</summary>
    private State DtdAfterMarkup(char c)
    {
        if (c is '"' or '\'')
        {
            _quote = c;
            return State.DtdQuoted;
        }
        return State.Dtd;
    }

    private void Close(char c, string closer)
    {
        if (c == closer[_closerProgress]) _closerProgress++;
        else if (closer[0] == closer[1] && c == closer[0]) { } // "]]]>" and "--->": stay one short of the closer
        else _closerProgress = c == closer[0] ? 1 : 0;
        if (_closerProgress < closer.Length) return;
        _closerProgress = 0;
        _state = _openingInDtd ? State.Dtd : State.Content;
    }
}
