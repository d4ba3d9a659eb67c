using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Catalog;
using static Warehouse.Web.Tests.Import.ImportWorkbooks;

namespace Warehouse.Web.Tests.Import;

/// Depots with their coordinates, their locations and quotas come in from the same workbook, naming each other (and
/// items of the same workbook) by code; a reference to nothing is refused.
public sealed class PlaceImportTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    private static readonly string[] Item = ["IMPQ-1", "定额测试物资", "照明设备", "台", "", "", "普通", "", "", "", "否", ""];

    [Fact]
    public async Task Depots_locations_and_quotas_are_written_with_their_references_resolved_by_code()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var file = Sheets(
            ("储备库", DepotHeadings, [["IMPDEP", "导入分中心", "分中心", "30.61", "104.02", "江澜大道 1 号", "李工", "028-1234"]]),
            ("库位", LocationHeadings, [["IMPDEP", "A-01", "一号架"], ["CR", "Z-99", ""]]),
            ("物资", ItemHeadings, [Item]),
            ("储备定额", QuotaHeadings, [["IMPDEP", "IMPQ-1", "5", "20"], ["CR", "FH-0001", "7", "70"]]));

        var preview = await admin.UploadAsync(file);
        Assert.DoesNotContain(Rows(preview), r => r.Action == "Refused");
        await admin.ConfirmAsync(preview);

        await using var db = factory.NewDbContext();
        var depot = await db.Depots.SingleAsync(d => d.Code == "IMPDEP");
        Assert.Equal((DepotKind.SubCenter, 30.61, 104.02, "李工"), (depot.Kind, depot.Latitude, depot.Longitude, depot.Contact));
        Assert.Equal("一号架", (await db.Locations.SingleAsync(l => l.Code == "IMPDEP-A-01")).Name);
        Assert.True(await db.Locations.AnyAsync(l => l.Code == "CR-Z-99"));
        var quota = await db.Quotas.SingleAsync(q => q.Depot!.Code == "IMPDEP" && q.Item!.Code == "IMPQ-1");
        Assert.Equal((5, 20), (quota.Minimum, quota.Target));
        var updated = await db.Quotas.SingleAsync(q => q.Depot!.Code == "CR" && q.Item!.Code == "FH-0001");
        Assert.Equal((7, 70), (updated.Minimum, updated.Target));
    }

    [Fact]
    public async Task Unknown_depots_and_items_bad_coordinates_and_a_minimum_above_the_target_are_refused_and_nothing_is_written()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var file = Sheets(
            ("储备库", DepotHeadings, [["IMPBAD", "坐标错误", "分中心", "95", "104", "", "", ""], ["IMPBAD2", "类型错误", "仓库", "30", "104", "", "", ""]]),
            ("库位", LocationHeadings, [["NODEPOT", "A-01", ""]]),
            ("储备定额", QuotaHeadings, [["CR", "NOITEM", "1", "2"], ["CR", "FH-0001", "9", "3"], ["CR", "FH-0002", "很多", "3"]]));
        await using var db = factory.NewDbContext();
        var before = (await db.Depots.CountAsync(), await db.Locations.CountAsync(), await db.Quotas.SumAsync(q => q.Target));

        var rows = Rows(await admin.UploadAsync(file));

        Assert.Equal(6, rows.Count(r => r.Action == "Refused"));
        Assert.Contains("纬度", rows.Single(r => r.Code == "IMPBAD").Reason);
        Assert.Contains("“仓库”不是“类型”列允许的取值", rows.Single(r => r.Code == "IMPBAD2").Reason);
        Assert.Contains("都没有储备库 NODEPOT", rows.Single(r => r.Sheet == "库位").Reason);
        Assert.Contains("都没有物资 NOITEM", rows.Single(r => r.Code == "CR / NOITEM").Reason);
        Assert.Contains("“最低储备”列需要数字", rows.Single(r => r.Sheet == "储备定额" && r.Row == 5).Reason);
        Assert.NotEmpty(rows.Single(r => r.Sheet == "储备定额" && r.Row == 4).Reason);
        Assert.Equal(before, (await db.Depots.CountAsync(), await db.Locations.CountAsync(), await db.Quotas.SumAsync(q => q.Target)));
    }
}
