using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Syntax.JsonLd;

/// <summary>Reads JSON into tokens that remember their line and column, with a nesting limit.</summary>
internal static class JsonText
{
    /// <summary>Parses one JSON document; deeper nesting than <paramref name="maxDepth"/> is a positioned error.</summary>
    public static JToken Parse(TextReader input, int maxDepth, string? sourceName)
    {
        using var reader = new JsonTextReader(input)
        {
            MaxDepth = maxDepth,
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Double,
            CloseInput = false,
        };
        try
        {
            var token = JToken.ReadFrom(reader, new JsonLoadSettings
            {
                LineInfoHandling = LineInfoHandling.Load,
                CommentHandling = CommentHandling.Ignore,
                DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Replace,
            });
            while (reader.Read())
                if (reader.TokenType != JsonToken.Comment)
                    throw new JsonLdException(ErrorCodes.InvalidInput, "unexpected content after the JSON document", reader.LineNumber, Math.Max(1, reader.LinePosition), sourceName);
            return token;
        }
        catch (JsonReaderException e)
        {
            var message = e.Message;
            int cut = message.IndexOf(" Path '", StringComparison.Ordinal);
            if (cut > 0) message = message[..cut];
            if (message.Contains("MaxDepth", StringComparison.Ordinal))
                message = $"the JSON is nested more than {maxDepth} levels deep";
            throw new JsonLdException(ErrorCodes.InvalidInput, message, Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition), sourceName, e);
        }
        catch (System.Text.DecoderFallbackException e)
        {
            throw new JsonLdException(ErrorCodes.InvalidInput, "the input is not valid UTF-8", Math.Max(1, reader.LineNumber), Math.Max(1, reader.LinePosition), sourceName, e);
        }
    }

    /// <summary>Parses JSON text from a string.</summary>
    public static JToken Parse(string json, int maxDepth, string? sourceName)
    {
        using var reader = new StringReader(json);
        return Parse(reader, maxDepth, sourceName);
    }

    public static bool IsString(this JToken? t) => t is JValue { Type: JTokenType.String };

    public static bool IsNull(this JToken? t) => t is null || t.Type == JTokenType.Null || t is JValue { Value: null };

    public static bool IsScalar(this JToken? t) => t is JValue v && v.Type is JTokenType.String or JTokenType.Integer or JTokenType.Float or JTokenType.Boolean;

    public static string? Str(this JToken? t) => t is JValue { Type: JTokenType.String } v ? (string?)v.Value : null;

    public static JArray AsArray(this JToken t) => t as JArray ?? new JArray(t);
}
