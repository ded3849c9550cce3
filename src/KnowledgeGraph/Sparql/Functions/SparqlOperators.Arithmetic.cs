using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sparql.Functions;

internal static partial class SparqlOperators
{
    /// <summary>Arithmetic with numeric type promotion: <paramref name="op"/> is '+', '-', '*' or '/'.</summary>
    public static Term? Arithmetic(char op, Term? a, Term? b)
    {
        if (!NumericValue.TryGet(a, out var x) || !NumericValue.TryGet(b, out var y)) return null;
        return Arithmetic(op, x, y) is NumericValue r ? r.ToLiteral() : null;
    }

    /// <summary>The value-level operation; null for an error (integer/decimal division by zero, overflow).</summary>
    public static NumericValue? Arithmetic(char op, NumericValue x, NumericValue y)
    {
        var kind = NumericValue.CommonKind(x, y);
        if (kind <= NumericKind.Decimal)
        {
            // Division of two integers is decimal division (XPath op:numeric-divide).
            if (op == '/') kind = NumericKind.Decimal;
            try
            {
                decimal result;
                switch (op)
                {
                    case '+': result = x.Exact + y.Exact; break;
                    case '-': result = x.Exact - y.Exact; break;
                    case '*': result = x.Exact * y.Exact; break;
                    case '/':
                        if (y.Exact == 0) return null;
                        result = x.Exact / y.Exact;
                        break;
                    default: throw new ArgumentException($"'{op}' is not an arithmetic operator.", nameof(op));
                }
                return NumericValue.From(kind, result, 0);
            }
            catch (OverflowException)
            {
                return null;
            }
        }
        double p = x.AsDouble, q = y.AsDouble;
        double value = op switch
        {
            '+' => p + q,
            '-' => p - q,
            '*' => p * q,
            '/' => p / q,
            _ => throw new ArgumentException($"'{op}' is not an arithmetic operator.", nameof(op)),
        };
        return NumericValue.From(kind, 0, value);
    }

    /// <summary>Unary '+' or '-'.</summary>
    public static Term? Unary(char op, Term? a)
    {
        if (!NumericValue.TryGet(a, out var x)) return null;
        return op switch
        {
            '+' => NumericValue.From(x.Kind, x.Exact, x.Approximate).ToLiteral(),
            '-' => NumericValue.From(x.Kind, -x.Exact, -x.Approximate).ToLiteral(),
            _ => throw new ArgumentException($"'{op}' is not a unary operator.", nameof(op)),
        };
    }
}
