using System.Globalization;
using System.Numerics;
using System.Text;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Syntax.JsonLd;

/// <summary>
/// The JSON Canonicalization Scheme (RFC 8785), used for the lexical form of <c>rdf:JSON</c> literals: members sorted
/// by UTF-16 code units, no whitespace, minimal string escapes, and numbers as ECMAScript prints them.
/// </summary>
internal static class Jcs
{
    public static string Serialize(JToken token)
    {
        var sb = new StringBuilder();
        var stack = new Stack<object>();
        stack.Push(token);
        // An explicit stack: the JSON's depth is bounded on input, but canonicalization need not recurse at all.
        while (stack.Count > 0)
        {
            var next = stack.Pop();
            if (next is string raw)
            {
                sb.Append(raw);
                continue;
            }
            switch ((JToken)next)
            {
                case JObject o:
                    var props = o.Properties().OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
                    stack.Push("}");
                    for (int i = props.Count - 1; i >= 0; i--)
                    {
                        stack.Push(props[i].Value);
                        stack.Push(QuoteString(props[i].Name) + ":");
                        if (i > 0) stack.Push(",");
                    }
                    stack.Push("{");
                    break;
                case JArray a:
                    stack.Push("]");
                    for (int i = a.Count - 1; i >= 0; i--)
                    {
                        stack.Push(a[i]);
                        if (i > 0) stack.Push(",");
                    }
                    stack.Push("[");
                    break;
                case JValue v:
                    sb.Append(Scalar(v));
                    break;
            }
        }
        return sb.ToString();
    }

    private static string Scalar(JValue v) => v.Type switch
    {
        JTokenType.Null => "null",
        JTokenType.Boolean => (bool)v ? "true" : "false",
        JTokenType.String => QuoteString((string)v!),
        JTokenType.Integer => v.Value is BigInteger b ? Number((double)b) : Number(Convert.ToDouble(v.Value, CultureInfo.InvariantCulture)),
        JTokenType.Float => Number(Convert.ToDouble(v.Value, CultureInfo.InvariantCulture)),
        _ => QuoteString(v.ToString(CultureInfo.InvariantCulture)),
    };

    public static string QuoteString(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    /// <summary>ECMAScript's Number.prototype.toString for a finite double.</summary>
    public static string Number(double d)
    {
        if (d == 0) return "0";
        if (double.IsNaN(d) || double.IsInfinity(d)) throw new JsonLdError(ErrorCodes.InvalidJsonLiteral, "JSON numbers must be finite", null);
        var sign = d < 0 ? "-" : "";
        var r = Math.Abs(d).ToString("E16", CultureInfo.InvariantCulture);
        // Shortest round-trip digits: try increasing precision.
        string digits = "";
        int exponent = 0;
        for (int precision = 1; precision <= 17; precision++)
        {
            var s = Math.Abs(d).ToString("E" + (precision - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            if (double.Parse(s, CultureInfo.InvariantCulture) != Math.Abs(d)) continue;
            int e = s.IndexOf('E');
            digits = s[..e].Replace(".", "", StringComparison.Ordinal).TrimEnd('0');
            exponent = int.Parse(s[(e + 1)..], CultureInfo.InvariantCulture);
            break;
        }
        if (digits.Length == 0) digits = r[0].ToString();
        int k = digits.Length, n = exponent + 1;
        string body;
        if (k <= n && n <= 21) body = digits + new string('0', n - k);
        else if (0 < n && n <= 21) body = digits[..n] + "." + digits[n..];
        else if (-6 < n && n <= 0) body = "0." + new string('0', -n) + digits;
        else
        {
            var exp = n - 1;
            var expText = (exp >= 0 ? "+" : "-") + Math.Abs(exp).ToString(CultureInfo.InvariantCulture);
            body = k == 1 ? digits + "e" + expText : digits[0] + "." + digits[1..] + "e" + expText;
        }
        return sign + body;
    }
}
