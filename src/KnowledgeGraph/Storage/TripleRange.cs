namespace KnowledgeGraph.Storage;

/// <summary>
/// A contiguous run of id triples: every triple matching a pattern in one snapshot of a store. The triples are never
/// changed while a range is held: writes to the store publish new arrays and leave this one as it was.
/// </summary>
/// <remarks>A value type over an array segment; safe to share between threads.</remarks>
public readonly struct TripleRange
{
    private readonly IdTriple[]? _array;
    private readonly int _start;

    /// <summary>A range over <paramref name="length"/> triples of <paramref name="array"/> from <paramref name="start"/>.
    /// The caller gives up the right to change those elements.</summary>
    public TripleRange(IdTriple[] array, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(array);
        if ((uint)start > (uint)array.Length || (uint)length > (uint)(array.Length - start))
            throw new ArgumentOutOfRangeException(nameof(length), "The range does not fit in the array.");
        _array = array;
        _start = start;
        Length = length;
    }

    /// <summary>A range over every element of <paramref name="array"/>.</summary>
    public TripleRange(IdTriple[] array) : this(array, 0, array?.Length ?? 0) { }

    /// <summary>The empty range.</summary>
    public static TripleRange Empty => default;

    /// <summary>Number of triples.</summary>
    public int Length { get; }

    /// <summary>The triples.</summary>
    public ReadOnlySpan<IdTriple> Span => _array is null ? default : new(_array, _start, Length);

    /// <summary>The triple at <paramref name="i"/> (0-based).</summary>
    public IdTriple this[int i] => Span[i];

    /// <summary>A sub-range, <paramref name="start"/> relative to this range.</summary>
    public TripleRange Slice(int start, int length)
    {
        if ((uint)start > (uint)Length || (uint)length > (uint)(Length - start))
            throw new ArgumentOutOfRangeException(nameof(length));
        return length == 0 ? Empty : new(_array!, _start + start, length);
    }

    /// <summary>
    /// The triples of this range, which must hold all triples of one subject in predicate, object order (as a
    /// store returns a subject-only lookup), with predicate <paramref name="p"/> and, unless 0, object
    /// <paramref name="o"/>. Searching a subject's few triples instead of the whole index lets a star join look its
    /// subject up once for all its patterns.
    /// </summary>
    public TripleRange WithinSubject(int p, int o)
    {
        var span = Span;
        int lo = 0, hi = span.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (span[mid].P < p || (span[mid].P == p && span[mid].O < o)) lo = mid + 1;
            else hi = mid;
        }
        int end = lo;
        while (end < span.Length && span[end].P == p && (o == 0 || span[end].O == o)) end++;
        return Slice(lo, end - lo);
    }

    /// <summary>The triples one by one.</summary>
    public IEnumerable<IdTriple> AsEnumerable()
    {
        for (int i = 0; i < Length; i++) yield return _array![_start + i];
    }
}
