using System.CommandLine;

namespace KnowledgeGraph.Cli.Arguments;

/// <summary>
/// The three shapes of option <c>kg</c> has, as System.CommandLine options: a value (<c>--to turtle</c>,
/// <c>--to=turtle</c>), a repeatable value (<c>--data a.ttl --data b.ttl</c>) and a flag (<c>--quiet</c>). Values stay
/// strings: each verb checks its own (a number, a format, an IRI) so that the message is ours and names the verb.
/// </summary>
internal static class VerbOptions
{
    /// <summary>An option followed by exactly one value; giving it twice is a usage error.</summary>
    public static Option<string> Value(string name, string valueName, string help, string? shortName = null) =>
        new(name, Aliases(shortName)) { HelpName = valueName, Description = help };

    /// <summary>An option followed by one value each time it is given, values kept in command-line order.</summary>
    public static Option<string[]> Repeatable(string name, string valueName, string help) =>
        new(name) { HelpName = valueName, Description = help, Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };

    /// <summary><c>--data FILE|IRI=FILE</c>, of the verbs that load a dataset from files.</summary>
    public static Option<string[]> Data() => Repeatable("--data", "FILE|IRI=FILE", "load FILE into the default graph (repeatable)");

    /// <summary><c>--named IRI=FILE</c>, of the verbs that load a dataset from files.</summary>
    public static Option<string[]> Named() => Repeatable("--named", "IRI=FILE", "load FILE as the named graph IRI (repeatable)");

    /// <summary>A flag: it takes no value, so the word after it is never swallowed (<c>--quiet true</c> is two words).</summary>
    public static Option<bool> Flag(string name, string help, string? shortName = null) =>
        new(name, Aliases(shortName)) { Description = help, Arity = ArgumentArity.Zero };

    /// <summary>The positional arguments of a verb (<c>INPUT</c>, <c>FILE...</c>), any number: the verb checks how
    /// many it needs, so the message is its own ("INPUT is missing").</summary>
    public static Argument<string[]> Positionals(string name) => new(name) { Arity = ArgumentArity.ZeroOrMore };

    /// <summary>For a verb that takes no positional argument: it still collects stray words, so that the verb reports
    /// them in its own words ("unexpected argument"); hidden from help and completion.</summary>
    public static Argument<string[]> NoPositionals() => new("UNEXPECTED") { Arity = ArgumentArity.ZeroOrMore, Hidden = true };

    /// <summary>Offers <paramref name="values"/> when the shell completes the option's value.</summary>
    public static T Completing<T>(this T option, IEnumerable<string> values) where T : Option
    {
        option.CompletionSources.Add(values.ToArray());
        return option;
    }

    /// <summary>Every value of a repeatable option, in command-line order (none when it was not given).</summary>
    public static IReadOnlyList<string> Values(this ParseResult result, Option<string[]> option) => result.GetValue(option) ?? [];

    /// <summary>True when the option is followed by a value.</summary>
    public static bool TakesValue(this Option option) => option.Arity.MaximumNumberOfValues > 0;

    /// <summary>True when the option may be given more than once with a value each time.</summary>
    public static bool Repeats(this Option option) => option.Arity.MaximumNumberOfValues > 1;

    /// <summary>The short form (<c>-o</c>), or null.</summary>
    public static string? ShortName(this Option option) => option.Aliases.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));

    /// <summary>The option as the help text shows it, e.g. <c>-o, --output OUTPUT</c>.</summary>
    public static string Usage(this Option option) =>
        (option.ShortName() is { } s ? s + ", " : "    ") + option.Name + (option.TakesValue() ? " " + option.HelpName : "");

    private static string[] Aliases(string? shortName) => shortName is null ? [] : [shortName];
}
