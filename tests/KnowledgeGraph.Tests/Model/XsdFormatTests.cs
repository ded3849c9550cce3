using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Model;

/// <summary>Computed numbers are written in the XSD 1.1 canonical lexical forms, one form per value.</summary>
public class XsdFormatTests
{
    [TestCase(6.0, "6")]
    [TestCase(-1.0, "-1")]
    [TestCase(0.0, "0")]
    [TestCase(1.50, "1.5")]
    [TestCase(-0.25, "-0.25")]
    public void Decimal(double value, string canonical) => XsdFormat.Decimal((decimal)value).Should().Be(canonical);

    [Test]
    public void Decimal_keeps_every_digit_and_drops_negative_zero()
    {
        XsdFormat.Decimal(1.500m).Should().Be("1.5");
        XsdFormat.Decimal(-0.0m).Should().Be("0");
        XsdFormat.Decimal(decimal.MaxValue).Should().Be("79228162514264337593543950335");
    }

    [TestCase(0.2, "2.0E-1")]
    [TestCase(1050.0, "1.05E3")]
    [TestCase(6.0, "6.0E0")]
    [TestCase(-3.0, "-3.0E0")]
    [TestCase(1e21, "1.0E21")]
    [TestCase(1.7976931348623157e308, "1.7976931348623157E308")]
    [TestCase(5e-324, "5.0E-324")]
    [TestCase(0.0, "0.0E0")]
    [TestCase(double.PositiveInfinity, "INF")]
    [TestCase(double.NegativeInfinity, "-INF")]
    [TestCase(double.NaN, "NaN")]
    public void Double(double value, string canonical) => XsdFormat.Double(value).Should().Be(canonical);

    [Test]
    public void Negative_zero_keeps_its_sign() => XsdFormat.Double(-0.0).Should().Be("-0.0E0");

    [TestCase(0.1, "1.0E-1")]
    [TestCase(3.4028234663852886e38, "3.4028235E38")]
    [TestCase(16777216.0, "1.6777216E7")]
    public void Float(double value, string canonical) => XsdFormat.Float(value).Should().Be(canonical);

    [Test]
    public void Literal_factories_use_the_canonical_forms()
    {
        Literal.Decimal(3.0m).LexicalForm.Should().Be("3");
        Literal.Double(0.2).LexicalForm.Should().Be("2.0E-1");
    }
}
