namespace KnowledgeGraph.Cli.Arguments;

/// <summary>One option a verb accepts: its names, whether it takes a value, and the line of help that explains it.</summary>
internal sealed record OptionSpec(string Name, string? ShortName, string? ValueName, string Help, bool Repeatable = false)
{
    /// <summary>True when the option is followed by a value (<c>--to turtle</c>); false for a flag (<c>--quiet</c>).</summary>
    public bool TakesValue => ValueName is not null;

    /// <summary>The option as it appears in the help text, e.g. <c>-o, --output FILE</c>.</summary>
    public string Usage => (ShortName is null ? "    " : ShortName + ", ") + Name + (ValueName is null ? "" : " " + ValueName);
}
