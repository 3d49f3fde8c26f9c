using KeepProxy.Lab.Timing;

namespace KeepProxy.Conformance.Lab.Unit;

public sealed class KeepalivedTimersTests
{
    [Theory]
    [InlineData(200, 1.0, 3.21875)] // REFERENCE.md: 3.22 s measured for effective priority 200
    [InlineData(50, 1.0, 3.8046875)]
    [InlineData(255, 1.0, 3.00390625)]
    [InlineData(100, 2.0, 7.21875)]
    public void MasterDownSeconds_Priority_FollowsRfc3768(int prio, double advert, double expected) =>
        Assert.Equal(expected, KeepalivedTimers.MasterDownSeconds(prio, advert), 6);

    [Fact]
    public void SkewSeconds_Priority200_IsTheBackupsTakeoverAfterPriorityZero() =>
        Assert.Equal(0.21875, KeepalivedTimers.SkewSeconds(200), 6);

    [Fact]
    public void Formulas_Priority200_ReadAsArithmetic()
    {
        Assert.Equal("3×1 + (256−200)/256 = 3.22 s", KeepalivedTimers.MasterDownFormula(200));
        Assert.Equal("prio 0 → (256−200)/256 = 0.22 s", KeepalivedTimers.SkewFormula(200));
    }
}
