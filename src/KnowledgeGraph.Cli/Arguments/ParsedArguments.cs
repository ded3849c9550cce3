namespace KnowledgeGraph.Cli.Arguments;

/// <summary>A verb's command line after parsing: option values by option name, and the positional arguments.</summary>
internal sealed class ParsedArguments
{
    private readonly Dictionary<string, List<string>> _values;

    public ParsedArguments(string verb, Dictionary<string, List<string>> values, IReadOnlyList<string> positionals)
    {
        Verb = verb;
        _values = values;
        Positionals = positionals;
    }

    public string Verb { get; }

    public IReadOnlyList<string> Positionals { get; }

    /// <summary>True when the flag or option was given at least once.</summary>
    public bool Has(string name) => _values.ContainsKey(name);

    /// <summary>The value of a single-valued option, or null when absent.</summary>
    public string? Value(string name) => _values.TryGetValue(name, out var v) ? v[^1] : null;

    /// <summary>Every value of a repeatable option, in command-line order.</summary>
    public IReadOnlyList<string> Values(string name) => _values.TryGetValue(name, out var v) ? v : [];
}
