using System.Diagnostics.CodeAnalysis;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Syntax.JsonLd;

/// <summary>
/// A processing error raised deep inside the algorithms; the reader turns it into a positioned
/// <see cref="JsonLdException"/> using the line information of <see cref="At"/>.
/// </summary>
internal sealed class JsonLdError : Exception
{
    public JsonLdError(string code, string message, JToken? at) : base(message)
    {
        Code = code;
        At = at;
    }

    public string Code { get; }

    public JToken? At { get; }

    [DoesNotReturn]
    public static void Throw(string code, string message, JToken? at = null) => throw new JsonLdError(code, message, at);

    /// <summary>The error as the public exception, positioned at the token that caused it when known.</summary>
    public JsonLdException ToException(string? sourceName)
    {
        int line = 1, column = 1;
        if (At is IJsonLineInfo info && info.HasLineInfo())
        {
            line = info.LineNumber;
            column = Math.Max(1, info.LinePosition);
        }
        return new JsonLdException(Code, Message, line, column, sourceName, this);
    }
}

/// <summary>The error code strings of the JSON-LD 1.1 API.</summary>
internal static class ErrorCodes
{
    public const string CollidingKeywords = "colliding keywords";
    public const string ContextOverflow = "context overflow";
    public const string CyclicIriMapping = "cyclic IRI mapping";
    public const string InvalidBaseDirection = "invalid base direction";
    public const string InvalidBaseIri = "invalid base IRI";
    public const string InvalidContainerMapping = "invalid container mapping";
    public const string InvalidContextEntry = "invalid context entry";
    public const string InvalidContextNullification = "invalid context nullification";
    public const string InvalidDefaultLanguage = "invalid default language";
    public const string InvalidId = "invalid @id value";
    public const string InvalidImport = "invalid @import value";
    public const string InvalidIncluded = "invalid @included value";
    public const string InvalidIndex = "invalid @index value";
    public const string InvalidIriMapping = "invalid IRI mapping";
    public const string InvalidJsonLiteral = "invalid JSON literal";
    public const string InvalidKeywordAlias = "invalid keyword alias";
    public const string InvalidLanguageMapValue = "invalid language map value";
    public const string InvalidLanguageMapping = "invalid language mapping";
    public const string InvalidLanguageTaggedString = "invalid language-tagged string";
    public const string InvalidLanguageTaggedValue = "invalid language-tagged value";
    public const string InvalidLocalContext = "invalid local context";
    public const string InvalidNest = "invalid @nest value";
    public const string InvalidPrefix = "invalid @prefix value";
    public const string InvalidPropagate = "invalid @propagate value";
    public const string InvalidProtected = "invalid @protected value";
    public const string InvalidRemoteContext = "invalid remote context";
    public const string InvalidReverse = "invalid @reverse value";
    public const string InvalidReverseProperty = "invalid reverse property";
    public const string InvalidReversePropertyMap = "invalid reverse property map";
    public const string InvalidReversePropertyValue = "invalid reverse property value";
    public const string InvalidScopedContext = "invalid scoped context";
    public const string InvalidSetOrListObject = "invalid set or list object";
    public const string InvalidTermDefinition = "invalid term definition";
    public const string InvalidTypeMapping = "invalid type mapping";
    public const string InvalidTypeValue = "invalid type value";
    public const string InvalidTypedValue = "invalid typed value";
    public const string InvalidValueObject = "invalid value object";
    public const string InvalidValueObjectValue = "invalid value object value";
    public const string InvalidVersion = "invalid @version value";
    public const string InvalidVocabMapping = "invalid vocab mapping";
    public const string KeywordRedefinition = "keyword redefinition";
    public const string ListOfLists = "list of lists";
    public const string LoadingDocumentFailed = "loading document failed";
    public const string LoadingRemoteContextFailed = "loading remote context failed";
    public const string ProcessingModeConflict = "processing mode conflict";
    public const string ProtectedTermRedefinition = "protected term redefinition";
    public const string InvalidInput = "invalid JSON-LD syntax";
}
