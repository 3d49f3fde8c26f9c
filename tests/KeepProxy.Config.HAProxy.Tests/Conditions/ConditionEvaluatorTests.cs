using KeepProxy.Config.HAProxy.Conditions;

namespace KeepProxy.Config.HAProxy.Tests.Conditions;

// Expected values measured with: haproxy -cc 'EXPR'; echo $?   (haproxy 2.6.12-1+deb12u4)
public class ConditionEvaluatorTests
{
    private static ConditionResult E(string s) =>
        new ConditionEvaluator(n => n == "HOME" ? "/root" : null).Evaluate(s);

    [Theory]
    [InlineData("1", 1)]
    [InlineData("0", 0)]
    [InlineData("defined(HOME)", 1)]
    [InlineData("defined(NOPE_X)", 0)]
    [InlineData("defined", 0)]
    [InlineData("feature(OPENSSL)", 1)]
    [InlineData("feature(+OPENSSL)", 0)]
    [InlineData("streq(a,a)", 1)]
    [InlineData("strneq(a,a)", 0)]
    [InlineData("streq(a, a)", 0)]
    [InlineData("version_atleast(2.4)", 1)]
    [InlineData("version_atleast(2.6.12)", 1)]
    [InlineData("version_atleast(2.6.13)", 0)]
    [InlineData("version_before(2.6)", 0)]
    [InlineData("version_atleast(abc)", 1)]
    [InlineData("!0 && (1 || 0)", 1)]
    [InlineData("!!1", 1)]
    [InlineData("0x10", 1)]
    public void Evaluate_Expression_MatchesHaproxy(string expr, int expected) => Assert.Equal(expected, E(expr).Value);

    [Theory]
    [InlineData("foo", "unparsable conditional expression 'foo'")]
    [InlineData("1 &&", "unparsable conditional expression '&&'")]
    [InlineData("1 ||", "unparsable conditional expression '1 ||'")]
    [InlineData("(1", "expected ')' after conditional expression '(1'")]
    [InlineData("(1 &&)", "unparsable conditional expression ')'")]
    [InlineData("!", "unparsable conditional expression '!'")]
    [InlineData("1 2", "unexpected character '2' at the end of conditional expression '1 2'")]
    [InlineData("streq(a)", "missing arguments (got 1/2), type 'string' expected in argument 1 of predicate 'streq' used in conditional expression")]
    [InlineData("defined(", "expected ')' in argument 1 of predicate 'defined' used in conditional expression")]
    [InlineData("defined(A,B)", "expected ')' before ',B)' in argument 1 of predicate 'defined' used in conditional expression")]
    [InlineData("defined (HOME)", "unexpected character '(' at the end of conditional expression 'defined (HOME)'")]
    public void Evaluate_BadExpression_GivesHaproxyError(string expr, string error)
    {
        var r = E(expr);
        Assert.True(r.IsError);
        Assert.Equal(error, r.Error);
    }

    [Fact]
    public void EvaluateCondition_Error_PrintsAlertAndExits2()
    {
        var err = new StringWriter();
        Assert.Equal(2, HAProxyConfigCheck.EvaluateCondition("foo", err, 7));
        Assert.EndsWith("[ALERT]    (7) : config : Failed to evaluate condition: unparsable conditional expression 'foo'\n", err.ToString());
    }
}
