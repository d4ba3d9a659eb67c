using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using static Warehouse.Web.Tests.Import.ImportWorkbooks;

namespace Warehouse.Web.Tests.Import;

/// Reserve floors (储备底线) on the quotas sheet, the quota page and the stock page: read with the quota, refused by the
/// quota's own rule when negative or above the target, exported and imported back unchanged.
public sealed class ReserveFloorImportTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    private static readonly string[] FloorHeadings = [.. QuotaHeadings, "储备底线"];

    [Fact]
    public async Task A_quota_row_with_a_reserve_floor_writes_it_and_rows_with_a_floor_below_zero_or_above_the_target_are_refused()
    {
        var admin = await factory.SignedInClientAsync("admin");
        await using var db = factory.NewDbContext();
        var floors = await db.Quotas.SumAsync(q => q.ReserveFloor);
        var refused = Sheets(("储备定额", FloorHeadings, [["CR", "FH-0001", "10", "100", "30"], ["CR", "FH-0002", "5", "50", "-1"],
            ["CR", "FH-0003", "5", "50", "51"]]));

        var rows = Rows(await admin.UploadAsync(refused, "quotas.xlsx"));

        Assert.Equal([(3, "Update"), (4, "Refused"), (5, "Refused")], rows.Select(r => (r.Row, r.Action)).Order());
        Assert.All(rows.Where(r => r.Action == "Refused"), r => Assert.StartsWith("储备底线须在 0 到目标（50）之间", r.Reason));
        Assert.Equal(floors, await db.Quotas.SumAsync(q => q.ReserveFloor));

        var written = await admin.ConfirmAsync(await admin.UploadAsync(Sheets(("储备定额", FloorHeadings, [["CR", "FH-0001", "10", "100", "30"]]))));

        Assert.Contains("data-import-written", written);
        Assert.Equal(30, await db.Quotas.Where(q => q.Depot!.Code == "CR" && q.Item!.Code == "FH-0001").Select(q => q.ReserveFloor).SingleAsync());
        Assert.Contains("<td class=\"num\" data-reserve-floor>30</td>", await admin.GetStringAsync("/Quotas?depot=CR"));
        Assert.Contains("<td class=\"num\" data-reserve-floor>30</td>", await admin.GetStringAsync("/Stock?depot=CR&item=FH-0001"));
    }

    [Fact]
    public async Task The_template_asks_for_the_reserve_floor_in_the_page_language()
    {
        foreach (var (language, heading) in new[] { ("zh-CN", "储备底线"), ("en", "Reserve floor") })
        {
            var admin = await factory.SignedInClientAsync("admin", language);
            using var template = new XLWorkbook(new MemoryStream(await admin.GetByteArrayAsync("/Admin/Import/Template")));
            var quotas = template.Worksheet(language == "en" ? "Quotas" : "储备定额");
            Assert.Equal(heading, quotas.Cell(1, 5).GetString());
            Assert.Equal("50", quotas.Cell(3, 5).GetString());
        }
    }

    [Fact]
    public async Task The_exported_floors_import_back_unchanged_and_an_edited_floor_is_one_update()
    {
        var admin = await factory.SignedInClientAsync("admin");
        await admin.ConfirmAsync(await admin.UploadAsync(Sheets(("储备定额", FloorHeadings, [["SC1", "FH-0001", "10", "80", "20"]]))));
        using var workbook = new XLWorkbook(new MemoryStream(await admin.GetByteArrayAsync("/Admin/Import/Export")));
        var quotas = workbook.Worksheet("储备定额");
        Assert.Equal("储备底线", quotas.Cell(1, 5).GetString());
        var row = quotas.RowsUsed().Single(r => r.Cell(1).GetString() == "SC1" && r.Cell(2).GetString() == "FH-0001");
        Assert.Equal("20", row.Cell(5).GetString());

        row.Cell(5).Value = "25";
        using var edited = new MemoryStream();
        workbook.SaveAs(edited);
        var rows = Rows(await admin.UploadAsync(edited.ToArray(), "catalog.xlsx"));

        var update = Assert.Single(rows, r => r.Action != "Unchanged");
        Assert.Equal(("储备定额", "SC1 / FH-0001", "Update"), (update.Sheet, update.Code, update.Action));
    }

    [Fact]
    public async Task The_quota_form_keeps_a_reserve_floor_and_refuses_one_above_the_target()
    {
        var admin = await factory.SignedInClientAsync("admin");
        await using var db = factory.NewDbContext();
        var quota = await db.Quotas.AsNoTracking().FirstAsync(q => q.Depot!.Code == "SC2");
        var code = await db.Items.Where(i => i.Id == quota.ItemId).Select(i => i.Code).SingleAsync();
        Dictionary<string, string> Form(int floor) => new()
        {
            ["Version"] = quota.Version.ToString(), ["DepotId"] = quota.DepotId.ToString(), ["ItemCode"] = code,
            ["Minimum"] = quota.Minimum.ToString(), ["Target"] = quota.Target.ToString(), ["ReserveFloor"] = floor.ToString(),
        };

        var tooHigh = await admin.PostFormAsync($"/Quotas/Edit/{quota.Id}", $"/Quotas/Edit/{quota.Id}", Form(quota.Target + 1));
        Assert.Contains($"储备底线须在 0 到目标（{quota.Target}）之间", await tooHigh.Content.ReadAsStringAsync());
        await admin.PostFormAsync($"/Quotas/Edit/{quota.Id}", $"/Quotas/Edit/{quota.Id}", Form(quota.Target / 2));

        Assert.Equal(quota.Target / 2, await db.Quotas.Where(q => q.Id == quota.Id).Select(q => q.ReserveFloor).SingleAsync());
        Assert.Contains("储备底线", await admin.GetStringAsync($"/Quotas/Edit/{quota.Id}"));
    }
}
