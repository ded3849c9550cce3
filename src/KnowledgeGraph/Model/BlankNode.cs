namespace KnowledgeGraph.Model;

/// <summary>
/// A blank node (<see href="https://www.w3.org/TR/rdf11-concepts/#section-blank-nodes">RDF 1.1 Concepts, blank nodes</see>).
/// Two blank nodes are equal when their labels are equal; parsers give each document's labels a fresh scope.
/// </summary>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public sealed class BlankNode : Term
{
    private static long s_counter;

    private BlankNode(string label) => Label = label;

    /// <summary>The label, without the <c>_:</c> prefix.</summary>
    public string Label { get; }

    /// <inheritdoc />
    public override TermKind Kind => TermKind.BlankNode;

    /// <summary>Creates a blank node with the given label (letters, digits, '_', '-' and '.').</summary>
    public static BlankNode Create(string label)
    {
        ArgumentException.ThrowIfNullOrEmpty(label);
        return new BlankNode(label);
    }

    /// <summary>
    /// Creates a blank node with a fresh label, unique within this process and distinct from any label a program
    /// chooses itself: generated labels carry a random per-process stamp (<c>g5f1c…x12</c>), so <c>Create("b1")</c>
    /// never names a node that a parser or the library made.
    /// </summary>
    public static BlankNode CreateNew() => new(s_stamp + Interlocked.Increment(ref s_counter).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The per-process part of generated labels: 64 random bits, so a chosen label cannot match one by chance.</summary>
    private static readonly string s_stamp = NewStamp();

    /// <summary>
    /// 64 bits from a version-4 GUID, which the runtime draws from the operating system's secure random source. Not
    /// <c>RandomNumberGenerator</c>: on Linux that loads OpenSSL, some 4 MB of memory in every process that reads a
    /// blank node (a streaming <c>kg convert</c> stays under 30 MB without it; bench/README.md).
    /// </summary>
    private static string NewStamp()
    {
        Span<byte> guid = stackalloc byte[16];
        Guid.NewGuid().TryWriteBytes(guid);
        // Bytes 7 and 8 carry the GUID's version and variant bits; the other fourteen are random.
        Span<byte> random = stackalloc byte[8];
        guid[..4].CopyTo(random);
        guid[12..].CopyTo(random[4..]);
        return "g" + Convert.ToHexString(random).ToLowerInvariant() + "x";
    }

    /// <inheritdoc />
    public override bool Equals(Term? other) =>
        ReferenceEquals(this, other) || (other is BlankNode b && string.Equals(Label, b.Label, StringComparison.Ordinal));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(1, Label.GetHashCode(StringComparison.Ordinal));

    /// <inheritdoc />
    public override string ToString() => "_:" + Label;

    private protected override int CompareSameKind(Term other) =>
        string.CompareOrdinal(Label, ((BlankNode)other).Label);
}
