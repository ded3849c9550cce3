using System.CommandLine;
using System.CommandLine.Parsing;

namespace KnowledgeGraph.Cli.Arguments;

/// <summary>
/// Turns what System.CommandLine made of a verb's words into kg's own usage errors, the first one in command-line
/// order: an unknown option, a value option given twice or without its value, a value glued to a flag. Our messages,
/// not the library's, because they are part of the contract (one line, naming the verb, in English whatever the
/// locale) and because the library reads a word like <c>-x</c> as a positional argument where kg calls it an
/// unknown option. Whatever the library reports that kg has no message of its own for is still a usage error.
/// </summary>
internal static class UsageErrors
{
    /// <summary>The first usage error in <paramref name="result"/>, whose words after the verb are
    /// <paramref name="args"/>, or null when there is none.</summary>
    public static UsageException? Find(ParseResult result, string verb, IReadOnlyList<string> args)
    {
        var command = result.CommandResult;
        var optionValues = new HashSet<Token>(ReferenceEqualityComparer.Instance);
        foreach (var option in command.Children.OfType<OptionResult>()) optionValues.UnionWith(option.Tokens);
        var given = new HashSet<Option>();
        var tokens = result.Tokens;
        bool optionsEnded = false;
        // Token 0 is the verb itself.
        for (int i = 1; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var next = i + 1 < tokens.Count ? tokens[i + 1] : null;
            if (token.Type == TokenType.DoubleDash) optionsEnded = true;
            else if (token.Type == TokenType.Option && FindOption(command.Command, token.Value) is { } option)
            {
                if (!option.TakesValue())
                {
                    if (next?.Type == TokenType.Argument && IsGlued(token, next, args))
                        return new UsageException($"option '{option.Name}' takes no value", verb);
                }
                else if (!given.Add(option) && !option.Repeats())
                    return new UsageException($"option '{option.Name}' is given more than once", verb);
                else if (next is null || !optionValues.Contains(next))
                    return new UsageException($"option '{option.Name}' needs a value ({option.HelpName})", verb);
            }
            else if (!optionsEnded && !optionValues.Contains(token) && token.Value.Length > 1 && token.Value[0] == '-')
                return new UsageException($"unknown option '{OptionName(token.Value)}' for 'kg {verb}'", verb);
        }
        return result.Errors.Count > 0 ? new UsageException(result.Errors[0].Message, verb) : null;
    }

    private static Option? FindOption(Command command, string alias) =>
        command.Options.FirstOrDefault(o => o.Name == alias || o.Aliases.Contains(alias));

    /// <summary>True when the flag and the word after it were one word on the command line (<c>--read-only=yes</c>),
    /// which the library splits in two.</summary>
    private static bool IsGlued(Token flag, Token value, IReadOnlyList<string> args) =>
        args.Contains(flag.Value + "=" + value.Value) || args.Contains(flag.Value + ":" + value.Value);

    /// <summary>The option part of <c>--name=value</c>, as the message names it.</summary>
    private static string OptionName(string word)
    {
        int equals = word.IndexOf('=');
        return word.StartsWith("--", StringComparison.Ordinal) && equals > 0 ? word[..equals] : word;
    }
}
