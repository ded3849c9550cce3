namespace KnowledgeGraph.Store;

/// <summary>A triple of dictionary ids. The field order is always subject, predicate, object.</summary>
internal readonly record struct IdTriple(int S, int P, int O);

/// <summary>The three orders the index keeps triples in.</summary>
internal enum IndexOrder
{
    Spo,
    Pos,
    Osp,
}

/// <summary>Compares id triples in one of the index orders; a struct so sorting and searching are not virtual calls.</summary>
internal readonly struct IdTripleComparer : IComparer<IdTriple>
{
    private readonly IndexOrder _order;

    public IdTripleComparer(IndexOrder order) => _order = order;

    public int Compare(IdTriple x, IdTriple y) => _order switch
    {
        IndexOrder.Spo => Cmp(x.S, y.S, x.P, y.P, x.O, y.O),
        IndexOrder.Pos => Cmp(x.P, y.P, x.O, y.O, x.S, y.S),
        _ => Cmp(x.O, y.O, x.S, y.S, x.P, y.P),
    };

    private static int Cmp(int a1, int b1, int a2, int b2, int a3, int b3)
    {
        if (a1 != b1) return a1 < b1 ? -1 : 1;
        if (a2 != b2) return a2 < b2 ? -1 : 1;
        if (a3 != b3) return a3 < b3 ? -1 : 1;
        return 0;
    }
}
