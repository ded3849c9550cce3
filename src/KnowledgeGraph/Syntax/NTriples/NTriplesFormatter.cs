using System.Runtime.CompilerServices;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Syntax.NTriples;

/// <summary>
/// Formats terms and statements in N-Triples/N-Quads syntax into a private character buffer that goes to the
/// <see cref="TextWriter"/> in large blocks (no per-term strings). Strings escape <c>"</c>, <c>\</c>, line breaks,
/// tab, backspace and form feed with ECHAR and other control characters as <c>\uXXXX</c> with upper-case hex.
/// </summary>
internal sealed class NTriplesFormatter
{
    private const int FlushThreshold = 1 << 15;

    private readonly TextWriter _output;
    private char[] _buf = new char[1 << 16];
    private int _len;

    public NTriplesFormatter(TextWriter output) => _output = output;

    /// <summary>Appends one statement line; the graph is written when <paramref name="withGraph"/> and the quad has one.</summary>
    public void WriteStatement(in Quad quad, bool withGraph)
    {
        WriteTerm(quad.Subject);
        Append(' ');
        WriteTerm(quad.Predicate);
        Append(' ');
        WriteTerm(quad.Object);
        if (withGraph && quad.Graph is not null)
        {
            Append(' ');
            WriteTerm(quad.Graph);
        }
        Append(" .\n");
        if (_len >= FlushThreshold) Flush();
    }

    public void WriteTerm(Term term)
    {
        switch (term)
        {
            case NamedNode n:
                WriteIri(n.Value);
                break;
            case BlankNode b:
                Append("_:");
                WriteBlankLabel(b.Label);
                break;
            case Literal l:
                Append('"');
                WriteEscapedString(l.LexicalForm);
                Append('"');
                if (l.Language is not null)
                {
                    Append('@');
                    Append(l.Language);
                }
                else if (!ReferenceEquals(l.Datatype, Vocab.Xsd.String) && l.Datatype.Value != Vocab.Xsd.StringIri)
                {
                    Append("^^");
                    WriteIri(l.Datatype.Value);
                }
                break;
        }
    }

    public void WriteIri(string iri)
    {
        Append('<');
        var rest = iri.AsSpan();
        for (int i; (i = rest.IndexOfAny(NTriplesEscaping.IriEscapes)) >= 0; rest = rest[(i + 1)..])
        {
            Append(rest[..i]);
            Append(NTriplesEscaping.Uchar(rest[i]));
        }
        Append(rest);
        Append('>');
    }

    /// <summary>Writes a label, replacing characters a BLANK_NODE_LABEL cannot hold so the output always re-parses.</summary>
    private void WriteBlankLabel(string label)
    {
        for (int i = 0; i < label.Length; i++)
        {
            char c = label[i];
            bool ok = char.IsAsciiLetterOrDigit(c) || c == '_' || (c == '-' && i > 0) || (c == '.' && i > 0 && i < label.Length - 1) || c >= 0xC0;
            if (ok) Append(c);
            else
            {
                Append('x');
                Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    public void WriteEscapedString(string s)
    {
        var rest = s.AsSpan();
        for (int i; (i = rest.IndexOfAny(NTriplesEscaping.StringEscapes)) >= 0; rest = rest[(i + 1)..])
        {
            Append(rest[..i]);
            Append(NTriplesEscaping.EscapeSequence(rest[i]));
        }
        Append(rest);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(char c)
    {
        if (_len == _buf.Length) Grow(1);
        _buf[_len++] = c;
    }

    public void Append(ReadOnlySpan<char> s)
    {
        if (_len + s.Length > _buf.Length) Grow(s.Length);
        s.CopyTo(_buf.AsSpan(_len));
        _len += s.Length;
    }

    private void Grow(int extra)
    {
        Flush();
        if (extra > _buf.Length) _buf = new char[Math.Max(extra, _buf.Length * 2)];
    }

    public void Flush()
    {
        if (_len == 0) return;
        _output.Write(_buf, 0, _len);
        _len = 0;
    }
}
