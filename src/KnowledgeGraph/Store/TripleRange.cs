namespace KnowledgeGraph.Store;

/// <summary>
/// A contiguous run of one immutable index snapshot: every triple matching a pattern. Holding a range is safe while
/// the store is written to; the range keeps seeing the snapshot it was cut from.
/// </summary>
internal readonly struct TripleRange
{
    private readonly IdTriple[] _array;
    private readonly int _start;

    public TripleRange(IdTriple[] array, int start, int length)
    {
        _array = array;
        _start = start;
        Length = length;
    }

    public static TripleRange Empty => new(Array.Empty<IdTriple>(), 0, 0);

    public int Length { get; }

    public ReadOnlySpan<IdTriple> Span => new(_array, _start, Length);

    public IdTriple this[int i] => _array[_start + i];

    /// <summary>A sub-range, <paramref name="start"/> relative to this range.</summary>
    public TripleRange Slice(int start, int length) => new(_array, _start + start, length);

    public IEnumerable<IdTriple> AsEnumerable()
    {
        for (int i = 0; i < Length; i++) yield return _array[_start + i];
    }
}
