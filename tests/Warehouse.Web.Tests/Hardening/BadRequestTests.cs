using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Http;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Tests.Hardening;

/// Requests the app cannot serve are refused with their own status and a message, never a 500.
public sealed class BadRequestTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    [Theory]
    [InlineData("/Stock/Ledger?to=9999-12-31")]
    [InlineData("/Stock/Ledger?from=0001-01-01")]
    [InlineData("/Stock/ExportLedger?to=9999-12-31")]
    [InlineData("/Reports/TransferTimes?to=9999-12-31")]
    [InlineData("/Reports/TransferTimes?to=0001-01-02")]
    [InlineData("/Reports/TransferTimes?from=0001-01-01&to=0001-01-01")]
    public async Task A_date_filter_out_of_range_is_refused_with_a_message(string url)
    {
        var client = await factory.SignedInClientAsync("auditor", "en");

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Enter a date between 1900-01-01 and 2999-12-31.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_date_filter_out_of_range_is_refused_in_chinese_by_default()
    {
        var client = await factory.SignedInClientAsync("auditor");

        var response = await client.GetAsync("/Stock/Ledger?to=9999-12-31");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("请输入 1900-01-01 至 2999-12-31 之间的日期。", html);
    }

    [Fact]
    public async Task A_date_filter_in_range_still_filters()
    {
        var client = await factory.SignedInClientAsync("auditor", "en");

        var response = await client.GetAsync("/Stock/Ledger?from=2000-01-01&to=2999-12-31");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Enter a date between", await response.Content.ReadAsStringAsync());
    }
}

/// Kestrel's own refusals (a body over its limit) pass through the error handler with their status.
public sealed class KestrelLimitTests : IDisposable
{
    private readonly KestrelWarehouseFactory _app = new();

    [Fact]
    public async Task A_form_post_over_the_body_limit_answers_413_not_500()
    {
        // A raw request: the app refuses on the announced length, while an HttpClient would still be sending 40 MB.
        var address = new Uri(_app.BaseUrl);
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        var stream = tcp.GetStream();
        var head = $"POST /Account/Login HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            + $"Content-Length: {40 * 1024 * 1024}\r\n\r\nUserName=admin&Password=";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));

        using var reader = new StreamReader(stream, Encoding.UTF8);
        var status = await reader.ReadLineAsync();

        Assert.StartsWith("HTTP/1.1 413", status);
        Assert.Contains("请求内容过大。", await reader.ReadToEndAsync());
    }

    [Fact]
    public void A_request_kestrel_refuses_while_it_is_read_keeps_kestrels_status()
    {
        Assert.Equal(StatusCodes.Status413PayloadTooLarge, ErrorStatus.Of(new BadHttpRequestException("too large", 413)));
        Assert.Equal(StatusCodes.Status500InternalServerError, ErrorStatus.Of(new InvalidOperationException()));
    }

    public void Dispose() => _app.Dispose();
}
