using System.Net;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Auditing;

namespace Warehouse.Web.Tests.Integrity;

public sealed class CatalogEditTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    [Fact]
    public async Task A_catalog_edit_records_the_changed_fields_before_and_after()
    {
        var admin = await factory.SignedInClientAsync("admin");
        await using var db = factory.NewDbContext();
        var item = await db.Items.AsNoTracking().OrderBy(i => i.Id).FirstAsync();
        var form = ItemForm(item);
        form["Name"] = item.Name + "（新）";
        form["UnitPrice"] = (item.UnitPrice + 50).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var response = await admin.PostFormAsync($"/Items/Edit/{item.Id}", $"/Items/Edit/{item.Id}", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var audit = await db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditActions.CatalogUpdated).OrderByDescending(a => a.Id).FirstAsync();
        Assert.Equal($"Name: {item.Name} → {item.Name}（新）; UnitPrice: {item.UnitPrice:0.##} → {item.UnitPrice + 50:0.##}", audit.Detail);
    }

    [Fact]
    public async Task A_stale_catalog_form_is_refused_and_changes_nothing()
    {
        var admin = await factory.SignedInClientAsync("admin", "en");
        await using var db = factory.NewDbContext();
        var department = await db.Departments.AsNoTracking().OrderBy(d => d.Id).FirstAsync();
        var page = $"/Departments/Edit/{department.Id}";
        var first = await admin.PostFormAsync(page, page, new() { ["Code"] = department.Code, ["Name"] = "第一次保存", ["Version"] = department.Version.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var stale = await admin.PostFormAsync(page, page, new() { ["Code"] = department.Code, ["Name"] = "过期的表单", ["Version"] = department.Version.ToString() });

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("changed by someone else since you opened it", await stale.Content.ReadAsStringAsync());
        var saved = await db.Departments.AsNoTracking().SingleAsync(d => d.Id == department.Id);
        Assert.Equal("第一次保存", saved.Name);
        Assert.Equal(department.Version + 1, saved.Version);
    }

    private static Dictionary<string, string> ItemForm(Domain.Catalog.Item item) => new()
    {
        ["Code"] = item.Code, ["Tracking"] = item.Tracking.ToString(), ["Name"] = item.Name, ["Specification"] = item.Specification ?? "", ["Class"] = item.Class.ToString(), ["Unit"] = item.Unit,
        ["Gtin"] = item.Gtin ?? "", ["ShelfLifeDays"] = item.ShelfLifeDays?.ToString() ?? "",
        ["MaintenanceIntervalDays"] = item.MaintenanceIntervalDays?.ToString() ?? "", ["Returnable"] = item.Returnable ? "true" : "false",
        ["UnitPrice"] = item.UnitPrice.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["DepartmentId"] = item.DepartmentId?.ToString() ?? "", ["Active"] = item.Active ? "true" : "false", ["Version"] = item.Version.ToString(),
    };
}
