namespace KnowledgeGraph.Analysis;

public sealed partial class GraphProjection
{
    /// <summary>Degree centrality of every resource, highest first (ties in term order).</summary>
    public IReadOnlyList<DegreeScore> DegreeCentrality()
    {
        int n = Graph.VertexCount;
        double max = n > 1 ? 2.0 * (n - 1) : 1.0;
        return Graph.Vertices
            .Select(v => new DegreeScore(v, LabelOf(v), Graph.InDegree(v), Graph.OutDegree(v), (Graph.InDegree(v) + Graph.OutDegree(v)) / max))
            .OrderByDescending(s => s.Degree).ThenBy(s => s.Resource)
            .ToList();
    }

    /// <summary>
    /// PageRank of every resource along edge direction, highest first: the stationary distribution of a walk that
    /// follows a random out-edge with probability <paramref name="damping"/> and jumps anywhere otherwise. The rank
    /// of resources without out-edges is spread over all resources, so scores sum to 1.
    /// </summary>
    /// <param name="damping">Probability of following an edge; 0.85 as in the original paper.</param>
    /// <param name="tolerance">Stop when the scores change by less than this in total (L1).</param>
    /// <param name="maxIterations">Stop after this many rounds at the latest.</param>
    public IReadOnlyList<RankScore> PageRank(double damping = 0.85, double tolerance = 1e-10, int maxIterations = 200)
    {
        if (damping is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(damping), "Damping must be between 0 and 1.");
        var vertices = Graph.Vertices.ToList();
        int n = vertices.Count;
        if (n == 0) return Array.Empty<RankScore>();
        var index = new Dictionary<Model.Term, int>(n);
        for (int i = 0; i < n; i++) index[vertices[i]] = i;
        var outDegree = vertices.Select(v => Graph.OutDegree(v)).ToArray();
        var rank = Enumerable.Repeat(1.0 / n, n).ToArray();
        var next = new double[n];
        for (int iteration = 0; iteration < maxIterations; iteration++)
        {
            double dangling = 0;
            for (int i = 0; i < n; i++) if (outDegree[i] == 0) dangling += rank[i];
            double baseline = (1 - damping) / n + damping * dangling / n;
            double change = 0;
            for (int i = 0; i < n; i++)
            {
                double inflow = 0;
                foreach (var e in Graph.InEdges(vertices[i]))
                {
                    int s = index[e.Source];
                    inflow += rank[s] / outDegree[s];
                }
                next[i] = baseline + damping * inflow;
                change += Math.Abs(next[i] - rank[i]);
            }
            (rank, next) = (next, rank);
            if (change < tolerance) break;
        }
        return vertices.Select((v, i) => new RankScore(v, LabelOf(v), rank[i]))
            .OrderByDescending(r => r.Score).ThenBy(r => r.Resource)
            .ToList();
    }
}
