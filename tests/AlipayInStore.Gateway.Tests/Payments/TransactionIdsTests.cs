using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Payments;

namespace AlipayInStore.Gateway.Tests.Payments;

public sealed class TransactionIdsTests
{
    [Fact]
    public void NewAcquirementId_ThirtyTwoRandomDigits_DateThenKindThenRandom()
    {
        var id = TransactionIds.NewAcquirementId(new DateOnly(2026, 12, 2));

        Assert.Matches("^2026120211[0-9]{22}$", id);
    }

    [Fact]
    public void RandomDigits_ManyDrawn_EveryDigitAboutEquallyOften()
    {
        var digits = RandomDigits.Of(100_000);

        Assert.Equal(100_000, digits.Length);
        var counts = digits.GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal("0123456789", string.Concat(counts.Keys.Order()));
        // 10,000 expected each, standard deviation 95: a digit off by 600 would be a broken draw, not chance.
        Assert.All(counts.Values, n => Assert.InRange(n, 9_400, 10_600));
    }

    [Fact]
    public void RandomDigits_TwoDraws_Differ()
    {
        Assert.NotEqual(RandomDigits.Of(22), RandomDigits.Of(22));
    }
}
