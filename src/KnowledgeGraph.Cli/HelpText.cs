using System.Reflection;
using KnowledgeGraph.Cli.Arguments;
using KnowledgeGraph.Cli.Completion;
using KnowledgeGraph.Cli.Formats;
using KnowledgeGraph.Cli.Verbs;

namespace KnowledgeGraph.Cli;

/// <summary>The text of <c>kg --help</c> and <c>kg VERB --help</c>: kg's own layout (synopsis, description, options,
/// examples), not System.CommandLine's, so the help reads as it always has.</summary>
internal static class HelpText
{
    public static string Version =>
        "kg " + (typeof(HelpText).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "?");

    public static void WriteTop(TextWriter output)
    {
        output.WriteLine("kg: convert RDF, run SPARQL, and build the decoupling knowledge graph.");
        output.WriteLine();
        output.WriteLine("Usage: kg VERB [OPTIONS] [ARGUMENTS]");
        output.WriteLine();
        output.WriteLine("Verbs:");
        foreach (var v in KgApp.Verbs.Where(v => v is not CompletionVerb)) output.WriteLine($"  {v.Name,-9} {v.Summary}");
        output.WriteLine();
        // Not one of ../shared/CLI.md's verbs: listed on its own, so the contract's list reads as it always has.
        output.WriteLine("Shell completion:");
        output.WriteLine($"  completion {string.Join('|', ShellScripts.Shells)}  print the script that completes kg's verbs, options and formats");
        output.WriteLine();
        output.WriteLine("Options for every verb: -h/--help, -q/--quiet, -v/--verbose. 'kg VERB --help' explains a verb.");
        output.WriteLine($"Formats: {CliFormats.Names} (graphml, gexf and dot are written only).");
        output.WriteLine("Exit codes: 0 success, 1 invalid input, 2 usage error, 3 I/O error.");
    }

    public static void WriteVerb(TextWriter output, IVerb verb)
    {
        output.WriteLine("Usage: " + verb.Synopsis);
        output.WriteLine();
        output.WriteLine(verb.Description);
        output.WriteLine();
        output.WriteLine("Options:");
        var options = verb.Options.Concat(KgCommandLine.Instance.GlobalOptions).ToList();
        int width = options.Max(o => o.Usage().Length) + 2;
        foreach (var o in options) output.WriteLine("  " + o.Usage().PadRight(width) + o.Description);
        output.WriteLine();
        output.WriteLine(verb.Examples.Count == 1 ? "Example:" : "Examples:");
        foreach (var e in verb.Examples) output.WriteLine("  " + e);
    }
}
