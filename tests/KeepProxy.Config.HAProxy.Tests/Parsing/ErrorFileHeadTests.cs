using System.Text;
using KeepProxy.Config.HAProxy.Parsing;

namespace KeepProxy.Config.HAProxy.Tests.Parsing;

// Offsets measured with haproxy 2.6.12: `errorfile 503 ef/X.http` in defaults, then `haproxy -c -f ef.cfg`
// -> "errorfile : 'ef/X.http': unable to parse headers (error offset: N)" or valid.
public class ErrorFileHeadTests
{
    [Theory]
    [InlineData("", int.MinValue)]
    [InlineData("HTTP/1.0 503 x\r\nA: b\r\n\r\nbody", int.MinValue)]
    [InlineData("HTTP/1.0 503 x\nA: b\n\nbody", int.MinValue)]
    [InlineData("HTTX/1.0 503\r\n\r\n", int.MinValue)]
    [InlineData("not an http response\n", 0)]
    [InlineData("HTTP/1.0 503 x\r\n", -2)]
    [InlineData("HTTP/1.0 abc x\r\n\r\n", 9)]
    [InlineData("HTTP/1.0 503 x\r\nbad header\r\n\r\n", 19)]
    public void ParseError_MeasuredHeads_HaproxyOffset(string head, int offset) =>
        Assert.Equal(offset, ErrorFileHead.ParseError(Encoding.ASCII.GetBytes(head)));
}
