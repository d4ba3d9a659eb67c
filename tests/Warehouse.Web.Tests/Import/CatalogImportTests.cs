using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Catalog;

namespace Warehouse.Web.Tests.Import;

/// /Admin/Import on the demo database: a template in the user's language, a preview of every row, and a confirmation
/// that writes all of it or nothing; the same workbook twice changes nothing.
public sealed class CatalogImportTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    private static string[] ItemRow(string code, string name = "导入测试物资", string cls = "防护用品", string unit = "个", string gtin = "",
        string tracking = "普通", string shelfLife = "", string maintenance = "", string price = "12.5", string returnable = "否",
        string department = "EMB") => [code, name, cls, unit, "", gtin, tracking, shelfLife, maintenance, price, returnable, department];

    [Theory]
    [InlineData(null, "物资", "物资编码", "说明")]
    [InlineData("en", "Items", "Item code", "Instructions")]
    public async Task The_template_has_one_sheet_per_kind_with_headings_in_the_users_language(string? language, string sheet, string heading,
        string instructions)
    {
        var admin = await factory.SignedInClientAsync("admin", language);

        using var workbook = new XLWorkbook(new MemoryStream(await admin.GetByteArrayAsync("/Admin/Import/Template")));

        Assert.Equal(instructions, workbook.Worksheets.First().Name);
        Assert.Equal(heading, workbook.Worksheet(sheet).Cell(1, 1).GetString());
        Assert.StartsWith("#", workbook.Worksheet(sheet).Cell(3, 1).GetString());
    }

    [Fact]
    public async Task The_template_uploaded_as_downloaded_refuses_nothing_and_offers_nothing_to_write()
    {
        var admin = await factory.SignedInClientAsync("admin");

        var preview = await admin.UploadAsync(await admin.GetByteArrayAsync("/Admin/Import/Template"));

        Assert.Empty(ImportWorkbooks.Rows(preview));
        Assert.Null(ImportWorkbooks.ConfirmId(preview));
    }

    [Fact]
    public async Task A_preview_writes_nothing_and_its_confirmation_writes_departments_and_items_with_every_field()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var file = ImportWorkbooks.Build([["IMPA", "导入甲部门"]],
        [
            ItemRow("IMPA-1", gtin: "06901234567892", tracking: "批次/效期", shelfLife: "730", price: "45.00", department: "IMPA"),
            ItemRow("IMPA-2", cls: "Lighting", tracking: "Serial", maintenance: "90", price: "6800", returnable: "是", department: ""),
        ]);

        var preview = await admin.UploadAsync(file);

        Assert.Equal(["Add", "Add", "Add"], ImportWorkbooks.Rows(preview).Select(r => r.Action));
        await using (var db = factory.NewDbContext())
            Assert.False(await db.Items.AnyAsync(i => i.Code.StartsWith("IMPA-")));
        Assert.Contains("已写入", await admin.ConfirmAsync(preview));

        await using var after = factory.NewDbContext();
        var batch = await after.Items.Include(i => i.Department).SingleAsync(i => i.Code == "IMPA-1");
        Assert.Equal((SupplyClass.ProtectiveGear, TrackingMode.Batch, 730, 45.00m, "IMPA", "06901234567892"),
            (batch.Class, batch.Tracking, batch.ShelfLifeDays!.Value, batch.UnitPrice, batch.Department!.Code, batch.Gtin));
        var serial = await after.Items.SingleAsync(i => i.Code == "IMPA-2");
        Assert.Equal((SupplyClass.Lighting, TrackingMode.Serial, 90, true, (int?)null),
            (serial.Class, serial.Tracking, serial.MaintenanceIntervalDays!.Value, serial.Returnable, serial.DepartmentId));
        Assert.True(await after.AuditEntries.AnyAsync(a => a.Action == AuditActions.CatalogImported && a.UserName == "admin"));
    }

    [Fact]
    public async Task The_same_workbook_uploaded_again_shows_every_row_unchanged_and_offers_nothing_to_write()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var file = ImportWorkbooks.Build([], [ItemRow("IMPB-1"), ItemRow("IMPB-2", cls: "照明设备")]);
        await admin.ConfirmAsync(await admin.UploadAsync(file));
        await using var db = factory.NewDbContext();
        var versions = await db.Items.Where(i => i.Code.StartsWith("IMPB-")).Select(i => i.Version).ToListAsync();

        var again = await admin.UploadAsync(file);

        Assert.Equal(["Unchanged", "Unchanged"], ImportWorkbooks.Rows(again).Select(r => r.Action));
        Assert.Null(ImportWorkbooks.ConfirmId(again));
        Assert.Equal(versions, await db.Items.Where(i => i.Code.StartsWith("IMPB-")).Select(i => i.Version).ToListAsync());
    }

    [Fact]
    public async Task A_row_with_an_existing_code_updates_that_item()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var row = ItemRow("FH-0002", name: "改名后的物资");
        await using (var db = factory.NewDbContext())
        {
            var held = await db.Items.SingleAsync(i => i.Code == "FH-0002");
            row[6] = held.Tracking == TrackingMode.None ? "普通" : held.Tracking == TrackingMode.Batch ? "批次/效期" : "序列号";
        }

        var preview = await admin.UploadAsync(ImportWorkbooks.Build([], [row]));
        Assert.Equal("Update", ImportWorkbooks.Rows(preview).Single().Action);
        await admin.ConfirmAsync(preview);

        await using var after = factory.NewDbContext();
        Assert.Equal("改名后的物资", (await after.Items.SingleAsync(i => i.Code == "FH-0002")).Name);
    }
}
