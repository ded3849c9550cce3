namespace KnowledgeGraph.Export;

/// <summary>
/// Moves nodes apart until no two of their boxes (the circle with its label beneath) overlap, or a round limit is
/// reached: each overlapping pair is pushed apart along the axis where it overlaps least, half each way. The force
/// layout places centres well; this pass is what keeps labels from being drawn over each other.
/// </summary>
internal static class LabelSeparation
{
    private const double Gap = 4;

    /// <summary>Separates boxes given by centre <paramref name="positions"/> and half-sizes; returns the number of
    /// pairs still overlapping (0 in the common case).</summary>
    public static int Run((double X, double Y)[] positions, (double HalfWidth, double HalfHeight)[] halves, int maxRounds, CancellationToken ct)
    {
        int n = positions.Length;
        var order = new int[n];
        int overlapping = 0;
        for (int round = 0; round < maxRounds; round++)
        {
            ct.ThrowIfCancellationRequested();
            overlapping = 0;
            // Sweep along x: once a box starts right of the current one's right edge, no later box can overlap it.
            for (int i = 0; i < n; i++) order[i] = i;
            Array.Sort(order, (a, b) => (positions[a].X - halves[a].HalfWidth).CompareTo(positions[b].X - halves[b].HalfWidth));
            for (int oi = 0; oi < n; oi++)
            {
                int a = order[oi];
                for (int oj = oi + 1; oj < n; oj++)
                {
                    int b = order[oj];
                    if (positions[b].X - halves[b].HalfWidth >= positions[a].X + halves[a].HalfWidth + Gap) break;
                    if (Push(positions, halves, a, b)) overlapping++;
                }
            }
            if (overlapping == 0) break;
        }
        return overlapping;
    }

    private static bool Push((double X, double Y)[] p, (double HalfWidth, double HalfHeight)[] h, int a, int b)
    {
        double ex = p[b].X - p[a].X, ey = p[b].Y - p[a].Y;
        double overlapX = h[a].HalfWidth + h[b].HalfWidth + Gap - Math.Abs(ex);
        double overlapY = h[a].HalfHeight + h[b].HalfHeight + Gap - Math.Abs(ey);
        if (overlapX <= 0 || overlapY <= 0) return false;
        if (overlapX < overlapY)
        {
            double shift = (overlapX / 2 + 0.5) * (ex > 0 || (ex == 0 && a < b) ? 1 : -1);
            p[a].X -= shift;
            p[b].X += shift;
        }
        else
        {
            double shift = (overlapY / 2 + 0.5) * (ey > 0 || (ey == 0 && a < b) ? 1 : -1);
            p[a].Y -= shift;
            p[b].Y += shift;
        }
        return true;
    }
}
