using KnowledgeGraph.Building;

namespace KnowledgeGraph.Tests.Building;

public class EdtfDateTests
{
    [TestCase("2025-07-22", "2025-07-22", "2025-07-22")]
    [TestCase("2025-07", "2025-07-01", "2025-07-31")]
    [TestCase("2024", "2024-01-01", "2024-12-31")]
    [TestCase("2018-21", "2018-03-01", "2018-05-31")]
    [TestCase("2018-23", "2018-09-01", "2018-11-30")]
    [TestCase("2018-24", "2018-12-01", "2019-02-28")]
    [TestCase("2024/2025", "2024-01-01", "2025-12-31")]
    [TestCase("2024-02~", "2024-02-01", "2024-02-29")]
    public void Bounds_cover_the_whole_span_of_a_partial_date(string text, string earliest, string latest)
    {
        var d = EdtfDate.Parse(text);
        d.Earliest.Should().Be(DateOnly.Parse(earliest));
        d.Latest.Should().Be(DateOnly.Parse(latest));
        d.HasUnknownYear.Should().BeFalse();
        d.ToString().Should().Be(text);
    }

    [Test]
    public void An_open_end_has_no_upper_bound()
    {
        var d = EdtfDate.Parse("2025-07/..");
        d.IsInterval.Should().BeTrue();
        d.IsOpenEnd.Should().BeTrue();
        d.Earliest.Should().Be(new DateOnly(2025, 7, 1));
        d.Latest.Should().BeNull();
        d.Start!.Value.Precision.Should().Be(EdtfPrecision.Month);
    }

    [Test]
    public void An_unknown_year_keeps_the_month_but_has_no_bounds()
    {
        var d = EdtfDate.Parse("XXXX-03");
        d.HasUnknownYear.Should().BeTrue();
        d.Start!.Value.Month.Should().Be(3);
        d.Earliest.Should().BeNull();
        d.Start.Value.ToXsdLiteral().Should().BeNull();
    }

    [Test]
    public void Qualifiers_are_kept()
    {
        EdtfDate.Parse("2018?").Start!.Value.Uncertain.Should().BeTrue();
        EdtfDate.Parse("2018~").Start!.Value.Approximate.Should().BeTrue();
        var both = EdtfDate.Parse("2018%").Start!.Value;
        (both.Uncertain && both.Approximate).Should().BeTrue();
    }

    [TestCase("")]
    [TestCase("autumn 2018")]
    [TestCase("2018-13")]
    [TestCase("2018-25")]
    [TestCase("2023-02-29")]
    [TestCase("18")]
    [TestCase("2025/2024")]
    [TestCase("2024/2025/2026")]
    [TestCase("20XX")]
    public void Text_outside_the_supported_subset_is_refused(string text)
    {
        EdtfDate.TryParse(text, out _).Should().BeFalse();
        var act = () => EdtfDate.Parse(text);
        act.Should().Throw<FormatException>().WithMessage("*not a supported EDTF date*");
    }
}
