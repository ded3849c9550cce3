namespace KnowledgeGraph.Cli.Arguments;

/// <summary>
/// A small POSIX-style parser: <c>--name value</c>, <c>--name=value</c>, <c>-x value</c>, flags, <c>--</c> to end
/// options, and <c>-</c> as a positional (standard input or output). Anything it does not know is a usage error.
/// </summary>
internal static class ArgumentParser
{
    public static ParsedArguments Parse(string verb, IReadOnlyList<string> args, IReadOnlyList<OptionSpec> specs)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var positionals = new List<string>();
        bool optionsEnded = false;
        for (int i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (optionsEnded || arg == "-" || arg.Length == 0 || arg[0] != '-')
            {
                positionals.Add(arg);
                continue;
            }
            if (arg == "--")
            {
                optionsEnded = true;
                continue;
            }
            string name = arg;
            string? inlineValue = null;
            int eq = arg.IndexOf('=');
            if (arg.StartsWith("--", StringComparison.Ordinal) && eq > 0)
            {
                name = arg[..eq];
                inlineValue = arg[(eq + 1)..];
            }
            var spec = specs.FirstOrDefault(s => s.Name == name || s.ShortName == name)
                ?? throw new UsageException($"unknown option '{name}' for 'kg {verb}'", verb);
            if (values.ContainsKey(spec.Name) && !spec.Repeatable && spec.TakesValue)
                throw new UsageException($"option '{spec.Name}' is given more than once", verb);
            string value;
            if (!spec.TakesValue)
            {
                if (inlineValue is not null) throw new UsageException($"option '{spec.Name}' takes no value", verb);
                value = "";
            }
            else if (inlineValue is not null) value = inlineValue;
            else if (i + 1 < args.Count) value = args[++i];
            else throw new UsageException($"option '{spec.Name}' needs a value ({spec.ValueName})", verb);
            if (!values.TryGetValue(spec.Name, out var list)) values[spec.Name] = list = new List<string>();
            list.Add(value);
        }
        return new ParsedArguments(verb, values, positionals);
    }
}
