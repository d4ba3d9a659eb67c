using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Warehouse.Data;

namespace Warehouse.Web.Tests.Import;

/// Opening-stock sheets as a bureau fills them in, and what the database holds afterwards, line by line.
public static partial class OpeningStockWorkbooks
{
    public static readonly string[] Headings = ["储备库编码", "库位", "物资编码", "数量", "批号", "有效期至", "序列号", "储备方式"];

    /// A workbook with one 期初库存 sheet of the given rows (depot, location, item, quantity, lot, expiry, serial, mode).
    public static byte[] Build(params string[][] rows) => ImportWorkbooks.Sheets(("期初库存", Headings, rows));

    public static string[] Row(string depot, string location, string item, string quantity, string lot = "", string expiry = "",
        string serial = "", string mode = "") => [depot, location, item, quantity, lot, expiry, serial, mode];

    /// Every balance with stock on hand, as depot/location/item/lot/serial/mode → on hand.
    public static async Task<Dictionary<string, int>> StockAsync(WarehouseDbContext db) =>
        (await db.StockBalances.AsNoTracking().Where(b => b.OnHand > 0)
            .Select(b => new { Depot = b.Depot!.Code, Location = b.Location!.Code, Item = b.Item!.Code, b.Batch!.Lot, Expiry = (DateOnly?)b.Batch!.Expiry,
                b.EquipmentUnit!.SerialNumber, b.Mode, b.OnHand })
            .ToListAsync())
        .ToDictionary(b => $"{b.Depot}/{b.Location}/{b.Item}/{b.Lot}/{b.Expiry?.ToString("yyyy-MM-dd")}/"
            + $"{b.SerialNumber}/{b.Mode}", b => b.OnHand);

    /// The ids of the notes a confirmation page links to.
    public static List<int> PostedNotes(string page) =>
        NoteLink().Matches(page).Select(m => int.Parse(m.Groups[1].Value)).ToList();

    /// The stock export with the rows whose lot expired before today left out.
    public static byte[] WithoutExpired(byte[] export, DateOnly today)
    {
        using var workbook = new XLWorkbook(new MemoryStream(export));
        var sheet = workbook.Worksheet("期初库存");
        for (var row = sheet.LastRowUsed()!.RowNumber(); row >= 3; row--)
        {
            if (DateOnly.TryParse(sheet.Cell(row, 6).GetString(), out var expiry) && expiry < today)
                sheet.Row(row).Delete();
        }
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    public static async Task<string> ConfirmAsync(HttpClient client, string preview)
    {
        var id = ImportWorkbooks.ConfirmId(preview) ?? throw new InvalidOperationException("The preview offers no confirmation.");
        return await client.FinishedJobPageAsync(await client.PostFormAsync("/Admin/Import", "/Admin/Import/Confirm", new() { ["id"] = id }));
    }

    [GeneratedRegex("href=\"/Stock/Document/(\\d+)\"")]
    private static partial Regex NoteLink();
}
