using System.CommandLine;

namespace KnowledgeGraph.Cli.Verbs;

/// <summary>One <c>kg</c> verb: its options and help, and what it does.</summary>
internal interface IVerb
{
    /// <summary>The verb as typed (<c>convert</c>).</summary>
    string Name { get; }

    /// <summary>One line for the top-level help.</summary>
    string Summary { get; }

    /// <summary>The synopsis lines, e.g. <c>kg convert INPUT [-o OUTPUT] …</c>.</summary>
    string Synopsis { get; }

    /// <summary>What the verb does, a paragraph for <c>--help</c>.</summary>
    string Description { get; }

    /// <summary>Worked examples for <c>--help</c>.</summary>
    IReadOnlyList<string> Examples { get; }

    /// <summary>The verb's own options (the global <c>--help</c>, <c>--quiet</c>, <c>--verbose</c> are added).</summary>
    IReadOnlyList<Option> Options { get; }

    /// <summary>The verb's positional arguments (<c>INPUT</c>, <c>FILE...</c>); the verb checks how many it got.</summary>
    Argument<string[]> Positionals { get; }

    /// <summary>Runs the verb on its parsed command line and returns its exit code; errors are thrown and mapped by
    /// <see cref="ErrorReporter"/>.</summary>
    int Run(ParseResult args, CliContext context);
}
