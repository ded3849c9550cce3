using System.Text;
using KnowledgeGraph.Model;
using KnowledgeGraph.Cli.Arguments;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Cli;

/// <summary>
/// Turns an exception into the exit code of <c>../shared/CLI.md</c> and ONE line on standard error,
/// <c>PATH:LINE:COLUMN: message</c>; the stack trace follows only with <c>--verbose</c>.
/// </summary>
internal static class ErrorReporter
{
    public static int Report(Exception error, CliContext context)
    {
        var (code, line) = Describe(error, context);
        context.Error.WriteLine(OneLine(line));
        if (context.Verbose && error is not UsageException)
            foreach (var traceLine in error.ToString().Split('\n')) context.Error.WriteLine(ErrorText.Escape(traceLine.TrimEnd('\r')));
        return code;
    }

    private static (int Code, string Line) Describe(Exception error, CliContext context) => error switch
    {
        UsageException u => (ExitCodes.Usage, $"kg: {u.Message} (see 'kg {(u.Verb is null ? "" : u.Verb + " ")}--help')"),
        RdfSyntaxException s => (ExitCodes.InvalidInput, $"{s.SourceName ?? "-"}:{s.Line}:{s.Column}: {s.Reason}"),
        InvalidInputException i => (ExitCodes.InvalidInput, $"{i.Source}:{i.Line}:{i.Column}: {i.Message}"),
        SparqlEvaluationException e => (ExitCodes.InvalidInput, $"query:1:1: {e.Message}"),
        RdfWriteException w => (ExitCodes.InvalidInput, $"{context.CurrentOutput ?? "-"}:1:1: {w.Message}"),
        CliIoException io => (ExitCodes.Io, $"{io.Path}:1:1: {io.Message}"),
        DecoderFallbackException d => (ExitCodes.InvalidInput, $"-:1:1: invalid UTF-8 ({d.Message})"),
        OperationCanceledException when context.Cancellation.IsCancellationRequested => (ExitCodes.Interrupted, "kg: interrupted"),
        UnauthorizedAccessException a => (ExitCodes.Io, $"kg:1:1: {a.Message}"),
        IOException io => (ExitCodes.Io, $"kg:1:1: {io.Message}"),
        NotSupportedException n => (ExitCodes.Usage, $"kg: not supported in this build: {n.Message}"),
        _ => (ExitCodes.InvalidInput, $"kg: internal error: {error.GetType().Name}: {error.Message}"
                                      + (context.Verbose ? "" : " (run with --verbose for details)")),
    };

    /// <summary>
    /// Error text may quote input (a token, a term, a file name); the contract is one line, and no character of the
    /// input may reach the terminal as a control: line breaks and every other control character are escaped.
    /// </summary>
    private static string OneLine(string text) => ErrorText.Escape(text);
}
