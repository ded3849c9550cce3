using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.RocksDb;

/// <summary>
/// Turns a term into the bytes the dictionary stores and back, losing nothing: IRIs, blank node labels, and
/// literals with their exact lexical form, datatype and language tag. Layout: a kind byte, then for IRIs, blank
/// nodes and plain <c>xsd:string</c> literals the text; for language-tagged and typed literals a 4-byte big-endian
/// length of the tag or datatype IRI, that text, then the lexical form. Text is UTF-8; a term holding a lone
/// surrogate (legal in a .NET string, not encodable in UTF-8) sets <see cref="Utf16"/> in the kind byte and stores
/// its text as UTF-16LE instead, so even that survives.
/// </summary>
internal static class TermCodec
{
    private const byte Iri = 1, Blank = 2, PlainLiteral = 3, LanguageLiteral = 4, TypedLiteral = 5;
    private const byte Utf16 = 0x80;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static byte[] Encode(Term term)
    {
        try
        {
            return Encode(term, s_strictUtf8, 0);
        }
        catch (EncoderFallbackException)
        {
            return Encode(term, RawUtf16.Instance, Utf16);
        }
    }

    private static byte[] Encode(Term term, Encoding encoding, byte flag) => term switch
    {
        NamedNode n => Single((byte)(Iri | flag), n.Value, encoding),
        BlankNode b => Single((byte)(Blank | flag), b.Label, encoding),
        Literal { Language: { } language } l => Pair((byte)(LanguageLiteral | flag), language, l.LexicalForm, encoding),
        Literal { IsSimple: true } l => Single((byte)(PlainLiteral | flag), l.LexicalForm, encoding),
        Literal l => Pair((byte)(TypedLiteral | flag), l.Datatype.Value, l.LexicalForm, encoding),
        _ => throw new ArgumentException($"The store cannot hold a term of kind {term.Kind}.", nameof(term)),
    };

    private static byte[] Single(byte kind, string text, Encoding encoding)
    {
        var bytes = new byte[1 + encoding.GetByteCount(text)];
        bytes[0] = kind;
        encoding.GetBytes(text, bytes.AsSpan(1));
        return bytes;
    }

    private static byte[] Pair(byte kind, string first, string second, Encoding encoding)
    {
        int firstLength = encoding.GetByteCount(first);
        var bytes = new byte[5 + firstLength + encoding.GetByteCount(second)];
        bytes[0] = kind;
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(1), firstLength);
        encoding.GetBytes(first, bytes.AsSpan(5));
        encoding.GetBytes(second, bytes.AsSpan(5 + firstLength));
        return bytes;
    }

    public static Term Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) throw new InvalidDataException("An empty term record: the store is damaged.");
        var encoding = (bytes[0] & Utf16) != 0 ? RawUtf16.Instance : (Encoding)Encoding.UTF8;
        var rest = bytes[1..];
        switch (bytes[0] & ~Utf16)
        {
            case Iri: return NamedNode.CreateUnchecked(encoding.GetString(rest));
            case Blank: return BlankNode.Create(encoding.GetString(rest));
            case PlainLiteral: return Literal.CreateUnchecked(encoding.GetString(rest), Vocab.Xsd.String, null);
            case LanguageLiteral:
            {
                var (language, lexical) = SplitPair(rest, encoding);
                return Literal.CreateUnchecked(lexical, Vocab.Rdf.LangString, language);
            }
            case TypedLiteral:
            {
                var (datatype, lexical) = SplitPair(rest, encoding);
                return Literal.CreateUnchecked(lexical, NamedNode.CreateUnchecked(datatype), null);
            }
            default: throw new InvalidDataException($"Unknown term kind {bytes[0]}: the store is damaged or of a newer format.");
        }
    }

    private static (string First, string Second) SplitPair(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        int firstLength = BinaryPrimitives.ReadInt32BigEndian(bytes);
        return (encoding.GetString(bytes.Slice(4, firstLength)), encoding.GetString(bytes[(4 + firstLength)..]));
    }

    /// <summary>UTF-16LE that copies code units as they are, lone surrogates included (the framework's UTF-16
    /// encoding would replace them).</summary>
    private sealed class RawUtf16 : Encoding
    {
        public static readonly RawUtf16 Instance = new();

        public override int GetByteCount(char[] chars, int index, int count) => count * 2;

        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            MemoryMarshal.AsBytes(chars.AsSpan(charIndex, charCount)).CopyTo(bytes.AsSpan(byteIndex));
            return charCount * 2;
        }

        public override int GetCharCount(byte[] bytes, int index, int count) => count / 2;

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
        {
            MemoryMarshal.Cast<byte, char>(bytes.AsSpan(byteIndex, byteCount)).CopyTo(chars.AsSpan(charIndex));
            return byteCount / 2;
        }

        public override int GetMaxByteCount(int charCount) => charCount * 2;

        public override int GetMaxCharCount(int byteCount) => byteCount / 2;
    }
}
