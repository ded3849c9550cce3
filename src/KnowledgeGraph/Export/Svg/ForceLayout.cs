namespace KnowledgeGraph.Export;

/// <summary>
/// Fruchterman–Reingold force-directed layout: every pair of nodes repels, every edge pulls its ends together, and
/// a weak pull towards the centre keeps separate components near each other. Starting positions come from a seeded
/// <see cref="Random"/>, so a graph and seed always give the same layout. Quadratic in the nodes per round, which
/// is why <see cref="SvgOptions.MaxNodes"/> bounds the picture.
/// </summary>
internal static class ForceLayout
{
    /// <summary>Positions for <paramref name="nodeCount"/> nodes, <paramref name="idealLength"/> apart along edges.</summary>
    public static (double X, double Y)[] Run(int nodeCount, IReadOnlyList<(int A, int B)> edges, double idealLength,
        int seed, int iterations, CancellationToken ct)
    {
        var x = new double[nodeCount];
        var y = new double[nodeCount];
        var random = new Random(seed);
        double side = idealLength * Math.Sqrt(Math.Max(nodeCount, 1));
        for (int i = 0; i < nodeCount; i++)
        {
            x[i] = random.NextDouble() * side;
            y[i] = random.NextDouble() * side;
        }
        var dx = new double[nodeCount];
        var dy = new double[nodeCount];
        double k = idealLength, k2 = k * k;
        double temperature = side / 8;
        for (int round = 0; round < iterations; round++)
        {
            if ((round & 15) == 0) ct.ThrowIfCancellationRequested();
            Array.Clear(dx);
            Array.Clear(dy);
            for (int i = 0; i < nodeCount; i++)
                for (int j = i + 1; j < nodeCount; j++)
                {
                    double ex = x[i] - x[j], ey = y[i] - y[j];
                    double d2 = ex * ex + ey * ey;
                    if (d2 < 0.01)
                    {
                        // Coincident nodes: separate them in a direction fixed by their indexes, not by chance.
                        ex = 0.1 * ((i * 7 + j) % 5 - 2) + 0.05;
                        ey = 0.1 * ((i + j * 3) % 5 - 2) + 0.05;
                        d2 = ex * ex + ey * ey;
                    }
                    double f = k2 / d2; // repulsion k²/d, along the unit vector (e/d)
                    dx[i] += ex * f; dy[i] += ey * f;
                    dx[j] -= ex * f; dy[j] -= ey * f;
                }
            foreach (var (a, b) in edges)
            {
                double ex = x[a] - x[b], ey = y[a] - y[b];
                double d = Math.Sqrt(ex * ex + ey * ey);
                double f = d / k; // attraction d²/k, along the unit vector (e/d)
                dx[a] -= ex * f; dy[a] -= ey * f;
                dx[b] += ex * f; dy[b] += ey * f;
            }
            double cx = side / 2, cy = side / 2;
            for (int i = 0; i < nodeCount; i++)
            {
                dx[i] += (cx - x[i]) * 0.02;
                dy[i] += (cy - y[i]) * 0.02;
                double length = Math.Sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (length < 1e-9) continue;
                double step = Math.Min(length, temperature);
                x[i] += dx[i] / length * step;
                y[i] += dy[i] / length * step;
            }
            temperature = Math.Max(side / 8 * (1 - (round + 1.0) / iterations), k / 50);
        }
        var result = new (double X, double Y)[nodeCount];
        for (int i = 0; i < nodeCount; i++) result[i] = (x[i], y[i]);
        return result;
    }
}
