using KnowledgeGraph.Fuzz;

// kg-fuzz TARGET                 run under AFL++ (fuzz/run.sh instruments the library and starts afl-fuzz)
// kg-fuzz TARGET --libfuzzer     run under libFuzzer (libfuzzer-dotnet)
// kg-fuzz TARGET FILE...         run the target once on each file (reproduce a finding)
// kg-fuzz TARGET --mutate N DIR  run the corpus in DIR and N deterministic mutants of each file, without AFL
if (args.Length == 0 || !FuzzTargetNames.All.Contains(args[0]))
{
    Console.Error.WriteLine($"usage: kg-fuzz TARGET [--libfuzzer | FILE... | --mutate N DIR]; TARGET is one of {string.Join(", ", FuzzTargetNames.All)}");
    return 2;
}
var target = args[0];
if (args.Length == 1)
{
    SharpFuzz.Fuzzer.OutOfProcess.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        FuzzTargets.Run(target, buffer.ToArray());
    });
    return 0;
}
if (args[1] == "--libfuzzer")
{
    SharpFuzz.Fuzzer.LibFuzzer.Run(span => FuzzTargets.Run(target, span));
    return 0;
}
if (args[1] == "--mutate" && args.Length == 4)
{
    var seeds = Directory.GetFiles(args[3]).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
    int n = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
    int runs = 0;
    for (int i = 0; i < seeds.Length; i++)
        foreach (var input in Mutations.Of(seeds[i], seeds, n, i).Prepend(seeds[i]))
        {
            try
            {
                FuzzTargets.Run(target, input);
            }
            catch (Exception e)
            {
                Console.Error.WriteLine($"{target}: finding on a mutant of seed {i}: {e}\ninput: {FuzzTargets.Describe(input)}");
                return 1;
            }
            runs++;
        }
    Console.WriteLine($"{target}: {runs} inputs, no finding");
    return 0;
}
foreach (var file in args.Skip(1)) FuzzTargets.Run(target, File.ReadAllBytes(file));
return 0;
