using KeepProxy.Lab.Observation;

namespace KeepProxy.Conformance.Lab.Unit;

public sealed class CurlCommandTests
{
    [Fact]
    public void Build_Url_IsBoundedInTime()
    {
        var cmd = CurlCommand.Build("http://172.25.254.130:8000/", 1.0);
        Assert.Contains("-m 1 ", cmd);
        Assert.Contains("--connect-timeout 1 ", cmd);
        Assert.EndsWith("http://172.25.254.130:8000/", cmd);
    }

    [Fact]
    public void Parse_BodyAndMarker_SplitsStatus()
    {
        var (status, body) = CurlCommand.Parse("<h1>x</h1>\n192.168.4.100\n" + CurlCommand.StatusMarker + "200\n");
        Assert.Equal(200, status);
        Assert.Equal("<h1>x</h1>\n192.168.4.100", body);
    }

    [Fact]
    public void Parse_NoMarker_StatusZero() => Assert.Equal(0, CurlCommand.Parse("").Status);

    [Fact]
    public void ClientSample_LastLine_IsThePagesLastNonEmptyLine()
    {
        var s = new ClientSample(0, 0, 1, 0, 200, "<!-- c -->\n192.168.4.200\n\n", "");
        Assert.Equal("192.168.4.200", s.LastLine);
        Assert.True(s.Ok);
    }
}
