using BenchmarkDotNet.Running;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Two entry points: <c>bdn [BenchmarkDotNet args]</c> runs the micro-benchmarks; anything else speaks the peer
/// harness's driver protocol (<c>../shared/bench/README.md</c>, "Adding the C# engine"): NAME OP FILE [options].
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "bdn")
        {
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args[1..]);
            return 0;
        }
        if (args.Length > 0 && args[0] == "http-load") return HttpLoad.Run(args[1..]);
        return PeerDriver.Run(args);
    }
}
