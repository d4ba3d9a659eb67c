using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Warehouse.Domain.Printing;
using Warehouse.Hardware.EscPos;
using Warehouse.Web.Features.Printing;

namespace Warehouse.Web.Tests.Printing;

/// A printer address may name a printer device or an allowed network printer, never any file or any host.
public sealed class PrinterAddressTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    private static PrinterAddressPolicy Policy(params string[] allowed) =>
        new(Options.Create(new PrintingOptions { AllowedAddresses = allowed.Length == 0 ? null : [.. allowed] }));

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("file:///tmp/x")]
    [InlineData("file:///dev/usb/../../etc/passwd")]
    [InlineData("serial:///etc/passwd")]
    [InlineData("tcp://10.0.0.1:22")]
    [InlineData("tcp://example.com:80")]
    [InlineData("tcp://example.com:9100")]
    [InlineData("tcp://8.8.8.8:9100")]
    [InlineData("tcp://169.254.169.254:9100")]
    [InlineData("tcp://127.0.0.1:6379")]
    public void By_default_other_files_hosts_and_ports_are_refused(string address)
    {
        var refused = Policy().Check(address);

        Assert.Equal("PrinterAddressNotAllowed", refused?.Code);
    }

    [Theory]
    [InlineData("virtual")]
    [InlineData("tcp://127.0.0.1:9100")]
    [InlineData("tcp://192.168.1.50:9100")]
    [InlineData("tcp://10.0.0.1")]
    [InlineData("tcp://172.16.3.4:9109")]
    [InlineData("tcp://localhost:9100")]
    [InlineData("tcp://[::1]:9100")]
    [InlineData("file:///dev/usb/lp0")]
    [InlineData("file:///dev/lp1")]
    [InlineData("serial:///dev/ttyUSB0?baud=19200")]
    [InlineData("serial:///dev/ttyACM0")]
    public void By_default_printer_devices_and_printer_ports_on_the_private_network_are_allowed(string address)
    {
        Assert.Null(Policy().Check(address));
    }

    [Fact]
    public void A_configured_allow_list_replaces_the_default_with_exactly_its_hosts_and_ports()
    {
        var policy = Policy("printers.depot.local:9100", "203.0.113.0/24:9100-9101", "[2001:db8::]/32:*");

        Assert.Null(policy.Check("tcp://printers.depot.local:9100"));
        Assert.Null(policy.Check("tcp://PRINTERS.depot.local"));
        Assert.Null(policy.Check("tcp://203.0.113.7:9101"));
        Assert.Null(policy.Check("tcp://[2001:db8::5]:515"));
        Assert.NotNull(policy.Check("tcp://printers.depot.local:9101"));
        Assert.NotNull(policy.Check("tcp://203.0.113.7:9102"));
        Assert.NotNull(policy.Check("tcp://10.0.0.1:9100"));
        Assert.NotNull(policy.Check("tcp://other.depot.local:9100"));
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("file:///tmp/x")]
    [InlineData("tcp://10.0.0.1:22")]
    [InlineData("tcp://example.com:80")]
    public async Task Saving_a_printer_at_a_disallowed_address_is_refused_with_a_message(string address)
    {
        var admin = await factory.SignedInClientAsync("admin", "en");

        var response = await admin.PostFormAsync("/Printers", "/Printers/Create", Form("拒绝的打印机", address));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("is not allowed", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        await using var db = factory.NewDbContext();
        Assert.False(await db.Printers.AnyAsync(p => p.Address == address));
    }

    [Theory]
    [InlineData("tcp://127.0.0.1:9100")]
    [InlineData("file:///dev/usb/lp0")]
    public async Task Saving_a_printer_at_an_allowed_address_succeeds(string address)
    {
        var admin = await factory.SignedInClientAsync("admin");

        var response = await admin.PostFormAsync("/Printers", "/Printers/Create", Form("允许的打印机 " + address, address));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.NewDbContext();
        Assert.True(await db.Printers.AnyAsync(p => p.Address == address));
    }

    [Fact]
    public async Task A_job_for_a_printer_whose_address_is_not_allowed_is_not_sent_and_says_why()
    {
        var target = Path.Combine(Path.GetTempPath(), "warehouse-not-a-printer-" + Guid.NewGuid().ToString("N"));
        await using var app = new PrintingFactory(Printer.Virtual, worker: false);
        await using var db = app.NewDbContext();
        // As if saved before the rule existed, or edited in the database.
        var printer = new Printer("旧打印机", await db.Depots.Select(d => d.Id).FirstAsync(), "file://" + target, PaperSize.Mm80, ReceiptEncoding.Gb18030);
        db.Printers.Add(printer);
        await db.SaveChangesAsync();
        db.PrintJobs.Add(PrintJob.Rendered(PrintJobKind.TestPage, "test", new EscPosBuilder().Line("SECRET").Cut().ToArray(),
            printer.Id, null, "test", DateTime.UtcNow));
        await db.SaveChangesAsync();

        Assert.Equal(0, await app.Services.GetRequiredService<PrintQueueProcessor>().RunOnceAsync(default));

        Assert.False(File.Exists(target));
        var job = await db.PrintJobs.AsNoTracking().SingleAsync(j => j.PrinterId == printer.Id);
        Assert.Equal(PrintJobState.Pending, job.State);
        Assert.Contains("is not allowed", job.LastError);
    }

    private static Dictionary<string, string> Form(string name, string address) => new()
    {
        ["Name"] = name, ["DepotId"] = "1", ["Address"] = address, ["Paper"] = "Mm80", ["Encoding"] = "Gb18030",
    };
}
