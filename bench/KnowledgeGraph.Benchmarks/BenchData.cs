namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Input files for the micro-benchmarks: the peer harness's generated graph (<c>KG_BENCH_DATA</c>, default
/// <c>/tmp/bench/data</c>; make it with <c>../shared/bench/gen-kg.py --triples 100k --out /tmp/bench/data/kg-100k</c>).
/// </summary>
internal static class BenchData
{
    public static string Folder => Environment.GetEnvironmentVariable("KG_BENCH_DATA") ?? "/tmp/bench/data";

    public static string File(string stem, string extension)
    {
        var path = Path.Combine(Folder, stem + extension);
        if (!System.IO.File.Exists(path))
            throw new FileNotFoundException($"Benchmark input {path} is missing; generate it with ../shared/bench/gen-kg.py (see bench/README.md).", path);
        return path;
    }
}
