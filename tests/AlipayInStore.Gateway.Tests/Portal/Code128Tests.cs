using AlipayInStore.Gateway.Wallet;
using ZXing.OneD;

namespace AlipayInStore.Gateway.Tests.Portal;

/// <summary>The wallet's own Code 128 encoder agrees bar for bar with ZXing's, so any scanner reads it.</summary>
public sealed class Code128Tests
{
    [Theory]
    [InlineData("281234567890123456")]
    [InlineData("280000000000000000")]
    [InlineData("289999999999999999")]
    public void Modules_PaymentCode_SameAsZxingWriter(string code)
    {
        var expected = new Code128Writer().encode(code);

        Assert.Equal(expected, Code128.Modules(code));
    }

    [Fact]
    public void Svg_PaymentCode_OneBarPerRunOfModules()
    {
        var modules = Code128.Modules("281234567890123456");
        var runs = modules.Select((bar, i) => bar && (i == 0 || !modules[i - 1])).Count(start => start);

        Assert.Equal(runs, Code128.Svg("281234567890123456").Split('M').Length - 1);
    }

    [Fact]
    public void Symbols_OddLength_Refused() => Assert.Throws<ArgumentException>(() => Code128.Symbols("123"));
}
