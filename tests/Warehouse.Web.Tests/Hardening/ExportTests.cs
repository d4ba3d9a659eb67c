using System.Net;
using ClosedXML.Excel;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Web.Features.Stock.Export;

namespace Warehouse.Web.Tests.Hardening;

/// Exports stream every row with its type, stop at the row limit with a message, and only a few run at once.
public sealed class ExportTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    private const string OddName = "防汛头盔 <大号> & \"加厚\"";

    [Fact]
    public async Task The_ledger_export_holds_every_movement_with_its_values_and_types()
    {
        await using var db = factory.NewDbContext();
        await db.Items.Where(i => i.Code == "FH-0001").ExecuteUpdateAsync(s => s.SetProperty(i => i.Name, OddName));
        var expected = await db.StockMovements.Where(m => db.Items.Any(i => i.Id == m.ItemId && i.Code == "FH-0001")).OrderByDescending(m => m.Id)
            .Select(m => new { m.Quantity, m.BalanceAfter }).ToListAsync();
        var client = await factory.SignedInClientAsync("auditor");

        var response = await client.GetAsync("/Stock/ExportLedger?item=FH-0001");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ExcelExport.ContentType, response.Content.Headers.ContentType?.MediaType);
        using var book = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = book.Worksheets.Single();
        Assert.Equal("库存台账", sheet.Cell(1, 1).GetString());
        Assert.Equal("物资编码", sheet.Cell(3, 6).GetString());
        var rows = sheet.RowsUsed().Where(r => r.RowNumber() > 3).ToList();
        Assert.True(expected.Count > 0);
        Assert.Equal(expected.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(XLDataType.DateTime, rows[i].Cell(1).DataType);
            Assert.Equal("FH-0001", rows[i].Cell(6).GetString());
            Assert.Equal(OddName, rows[i].Cell(7).GetString());
            Assert.Equal(XLDataType.Number, rows[i].Cell(10).DataType);
            Assert.Equal(expected[i].Quantity, rows[i].Cell(10).GetValue<int>());
            Assert.Equal(expected[i].BalanceAfter, rows[i].Cell(11).GetValue<int>());
        }
        Assert.Equal(3, sheet.SheetView.SplitRow);
    }

    [Fact]
    public async Task An_export_over_the_row_limit_stops_there_and_says_so_in_its_last_row()
    {
        using var limited = factory.WithWebHostBuilder(b => b.UseSetting("Exports:MaxRows", "5"));
        var client = limited.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        await client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["UserName"] = "auditor", ["Password"] = WarehouseFactory.Password });

        var response = await client.GetAsync("/Stock/ExportLedger");

        using var book = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var rows = book.Worksheets.Single().RowsUsed().Where(r => r.RowNumber() > 3).ToList();
        Assert.Equal(6, rows.Count);
        Assert.Equal("只导出了前 5 行；请缩小筛选范围以导出其余部分。", rows[^1].Cell(1).GetString());
    }

    [Fact]
    public async Task A_third_export_while_two_run_is_refused_with_a_message_and_the_next_one_after_them_runs()
    {
        var gate = factory.Services.GetRequiredService<ExportGate>();
        var client = await factory.SignedInClientAsync("auditor", "en");
        var first = gate.TryEnter();
        var second = gate.TryEnter();
        HttpResponseMessage refused;
        try
        {
            refused = await client.GetAsync("/Stock/Export");
        }
        finally
        {
            first?.Dispose();
            second?.Dispose();
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("As many exports as allowed are running now.", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Stock/Export")).StatusCode);
    }

    [Fact]
    public void The_gate_lets_two_exports_run_and_refuses_the_third_until_one_ends()
    {
        var gate = new ExportGate(2);
        var first = gate.TryEnter();
        var second = gate.TryEnter();

        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.Null(gate.TryEnter());
        first!.Dispose();
        first.Dispose();
        Assert.NotNull(gate.TryEnter());
        Assert.Null(gate.TryEnter());
    }
}
