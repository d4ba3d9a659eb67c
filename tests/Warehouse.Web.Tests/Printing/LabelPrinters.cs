using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Warehouse.Web.Tests.Printing;

/// Label printers set up through /Printers as an administrator would.
internal static class LabelPrinters
{
    public static async Task<int> AddAsync(WarehouseFactory app, string name, int depot, string address = "virtual")
    {
        var admin = await app.SignedInClientAsync("admin");
        var created = await admin.PostFormAsync("/Printers", "/Printers/Create", new()
        {
            ["Name"] = name, ["DepotId"] = depot.ToString(), ["Address"] = address, ["Kind"] = "Label",
            ["LabelWidthMm"] = "60", ["LabelHeightMm"] = "40", ["LabelDpi"] = "203", ["LabelFont"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        await using var db = app.NewDbContext();
        return await db.Printers.Where(p => p.Name == name).Select(p => p.Id).SingleAsync();
    }
}
