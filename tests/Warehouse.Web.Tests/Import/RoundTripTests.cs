using ClosedXML.Excel;

namespace Warehouse.Web.Tests.Import;

/// The catalog exported in the template's layout imports back: untouched, every row is unchanged; one edited cell
/// is one update.
public sealed class RoundTripTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    [Fact]
    public async Task The_exported_catalog_uploaded_untouched_shows_every_row_unchanged()
    {
        var admin = await factory.SignedInClientAsync("admin");

        var rows = ImportWorkbooks.Rows(await admin.UploadAsync(await admin.GetByteArrayAsync("/Admin/Import/Export"), "catalog.xlsx"));

        Assert.True(rows.Count > 50, $"only {rows.Count} rows");
        Assert.All(rows, r => Assert.Equal("Unchanged", r.Action));
        Assert.Equal(["部门", "储备库", "库位", "物资", "储备定额"], rows.Select(r => r.Sheet).Distinct());
    }

    [Fact]
    public async Task One_edited_cell_in_the_export_is_one_update()
    {
        var admin = await factory.SignedInClientAsync("admin");
        using var workbook = new XLWorkbook(new MemoryStream(await admin.GetByteArrayAsync("/Admin/Import/Export")));
        var items = workbook.Worksheet("物资");
        items.Cell(3, 2).Value = items.Cell(3, 2).GetString() + "（改）";
        using var edited = new MemoryStream();
        workbook.SaveAs(edited);

        var rows = ImportWorkbooks.Rows(await admin.UploadAsync(edited.ToArray(), "catalog.xlsx"));

        var update = Assert.Single(rows, r => r.Action != "Unchanged");
        Assert.Equal(("物资", 3, "Update"), (update.Sheet, update.Row, update.Action));
    }
}
