using System.CommandLine;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Cli.Arguments;

/// <summary><c>--lang TAG</c>: the language GraphML, GEXF and DOT exports label nodes in.</summary>
internal static partial class LanguageOption
{
    /// <summary>A new <c>--lang</c> option, for one verb.</summary>
    public static Option<string> Create() => VerbOptions.Value("--lang", "TAG",
        "label language of GraphML, GEXF and DOT output, a BCP 47 tag such as en or zh-Hans (default en); GraphML and GEXF also keep a label per language");

    /// <summary>The tag given with <c>--lang</c>, or the default; a value that is not a language tag is a usage error.</summary>
    public static string Read(ParseResult args, Option<string> option, string verb)
    {
        var value = args.GetValue(option);
        if (value is null) return Formats.GraphExports.DefaultLanguage;
        if (!Tag().IsMatch(value)) throw new UsageException($"'{value}' is not a language tag (for example en or zh-Hans)", verb);
        return value;
    }

    [GeneratedRegex("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex Tag();
}
