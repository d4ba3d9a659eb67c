using System.Net;
using System.Net.Http.Json;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Readiness;

namespace Warehouse.Web.Tests.Readiness;

/// Places imported from Excel all or nothing, standards refusing impossible quantities, and goods issued to a place.
public sealed class PlaceAdministrationTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    private static ByteArrayContent Workbook(params string[][] rows)
    {
        using var book = new XLWorkbook();
        var sheet = book.AddWorksheet("行政区划");
        string[] headings = ["编码", "名称", "类型", "所属乡镇", "防汛责任人数", "户数", "储备点"];
        for (var c = 0; c < headings.Length; c++)
            sheet.Cell(1, c + 1).Value = headings[c];
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < rows[r].Length; c++)
                sheet.Cell(r + 2, c + 1).Value = rows[r][c];
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return new ByteArrayContent(stream.ToArray());
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient admin, ByteArrayContent workbook)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(await admin.AntiforgeryTokenAsync("/Places/Import")), "__RequestVerificationToken" },
            { workbook, "file", "places.xlsx" },
        };
        return await admin.PostAsync("/Places/Import", form);
    }

    [Fact]
    public async Task A_workbook_of_places_adds_townships_and_their_villages()
    {
        var admin = await factory.SignedInClientAsync("admin");

        var response = await UploadAsync(admin, Workbook(
            ["XTZ-01", "新塘村", "村", "XTZ", "6", "420", ""],
            ["XTZ", "新塘镇", "乡镇", "", "12", "3000", "TP1"],
            ["BSZ-99", "白沙新村", "Village", "BSZ", "3", "150", ""]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-import-written", await response.Content.ReadAsStringAsync());
        await using var db = factory.NewDbContext();
        var village = await db.Places.Include(p => p.Township).SingleAsync(p => p.Code == "XTZ-01");
        Assert.Equal(("XTZ", 6, 420), (village.Township!.Code, village.DutyPersons, village.Households));
        Assert.NotNull((await db.Places.SingleAsync(p => p.Code == "XTZ")).DepotId);
        Assert.Equal("BSZ", (await db.Places.Include(p => p.Township).SingleAsync(p => p.Code == "BSZ-99")).Township!.Code);
    }

    [Fact]
    public async Task A_workbook_with_bad_rows_lists_them_by_row_number_and_writes_nothing()
    {
        var admin = await factory.SignedInClientAsync("admin");

        var response = await UploadAsync(admin, Workbook(
            ["BAD-01", "无主村", "村", "NOPE", "3", "100", ""],
            ["BAD-02", "负数村", "村", "BSZ", "-2", "100", ""],
            ["BAD-03", "半户村", "村", "BSZ", "2", "2.5", ""],
            ["BAD", "坏镇", "乡镇", "", "2", "100", "NODEPOT"],
            ["GOOD-01", "好村", "村", "BSZ", "2", "100", ""]));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        foreach (var row in new[] { 2, 3, 4, 5 })
            Assert.Contains($"data-refused-row=\"{row}\"", html);
        Assert.DoesNotContain("data-refused-row=\"6\"", html);
        Assert.Contains("防汛责任人数和户数须为", html);
        await using var db = factory.NewDbContext();
        Assert.False(await db.Places.AnyAsync(p => p.Code.StartsWith("BAD") || p.Code == "GOOD-01"));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("0")]
    public async Task A_standard_with_a_negative_fractional_or_zero_quantity_is_refused_and_not_saved(string quantity)
    {
        var admin = await factory.SignedInClientAsync("admin");
        var code = $"T{quantity.Replace("-", "M").Replace(".", "P")}";

        var response = await admin.PostFormAsync("/Standards/Create", "/Standards/Create", new()
        {
            ["Code"] = code, ["Name"] = "测试标准", ["Lines[0].ItemCode"] = "FH-0001", ["Lines[0].Basis"] = "PerDutyPerson",
            ["Lines[0].Quantity"] = quantity,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("配备标准的数量须为 1 到", await response.Content.ReadAsStringAsync());
        await using var db = factory.NewDbContext();
        Assert.False(await db.EquipmentStandards.AnyAsync(s => s.Code == code));
    }

    [Fact]
    public async Task A_standard_with_whole_quantities_is_saved_with_its_lines()
    {
        var admin = await factory.SignedInClientAsync("admin");

        var response = await admin.PostFormAsync("/Standards/Create", "/Standards/Create", new()
        {
            ["Code"] = "BOAT", ["Name"] = "冲锋舟配备", ["Lines[0].ItemCode"] = "jy-0302", ["Lines[0].Basis"] = "PerTownship",
            ["Lines[0].Quantity"] = "2", ["Lines[1].ItemCode"] = "", ["Lines[1].Quantity"] = "",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.NewDbContext();
        var line = Assert.Single((await db.EquipmentStandards.Include(s => s.Lines).SingleAsync(s => s.Code == "BOAT")).Lines);
        Assert.Equal((CoverageBasis.PerTownship, 2), (line.Basis, line.Quantity));
    }

    [Fact]
    public async Task Goods_issued_to_a_village_through_the_api_are_held_there_and_an_unknown_place_is_refused()
    {
        var station = factory.StationClient();
        await using var db = factory.NewDbContext();
        var village = await db.Places.SingleAsync(p => p.Code == "HKZ-02");

        var issued = await station.PostAsJsonAsync("/api/issues", new
        {
            depot = "CR", reason = "IssueToPlace", place = "hkz-02", clientId = "issue-to-hkz-02",
            lines = new[] { new { code = "FH-0001", quantity = 2 } },
        });
        var unknown = await station.PostAsJsonAsync("/api/issues", new
        {
            depot = "CR", reason = "IssueToPlace", place = "NOWHERE", clientId = "issue-to-nowhere",
            lines = new[] { new { code = "FH-0001", quantity = 2 } },
        });

        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Contains("UnknownPlace", await unknown.Content.ReadAsStringAsync());
        var link = await db.PlaceDocuments.SingleAsync(l => l.PlaceId == village.Id);
        Assert.Equal(-2, await db.StockMovements.Where(m => m.DocumentId == link.StockDocumentId).SumAsync(m => m.Quantity));
        Assert.False(await db.StockDocuments.AnyAsync(d => d.ClientId == "issue-to-nowhere"));
    }
}
