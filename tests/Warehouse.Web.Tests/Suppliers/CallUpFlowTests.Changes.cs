using System.Net;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Suppliers;

namespace Warehouse.Web.Tests.Suppliers;

/// Changing suppliers, agreements and call-ups after the fact through the pages: stale forms and missing records are
/// refused with the page's words, a cancelled call-up shows its reason on the request's page.
public sealed partial class CallUpFlowTests
{
    private async Task<(int Agreement, int Request, int Item)> CalledUpAsync(HttpClient manager, string supplierCode, string number)
    {
        var supplier = await SupplierAsync(manager, supplierCode);
        var (item, code) = await ItemAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PostFormAsync("/Suppliers/Agreement", "/Suppliers/Agreement", new()
        {
            ["SupplierId"] = supplier.ToString(), ["Number"] = number, ["ValidFrom"] = "2026-01-01", ["ValidTo"] = "2099-12-31",
            ["ResponseHours"] = "6", ["Lines"] = $"{code} 100",
        })).StatusCode);
        var request = await SubmittedAsync(item, 25);
        await using var db = factory.NewDbContext();
        var agreement = await db.SupplyAgreements.Where(a => a.Number == number).Select(a => a.Id).SingleAsync();
        var version = await db.AllocationRequests.Where(r => r.Id == request).Select(r => r.Version).SingleAsync();
        var approved = await manager.PostFormAsync($"/Requests/Approve/{request}", $"/Requests/Approve/{request}", new()
        {
            ["Version"] = version.ToString(), ["Lines[0].ItemId"] = item.ToString(), ["Lines[0].Approved"] = "25",
            ["Lines[0].CallUps[0].AgreementId"] = agreement.ToString(), ["Lines[0].CallUps[0].Quantity"] = "25",
        });
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        return (agreement, request, item);
    }

    [Fact]
    public async Task A_supplier_is_edited_from_its_form_and_a_stale_form_or_a_missing_supplier_is_refused()
    {
        var manager = await factory.SignedInClientAsync("manager");
        var english = await factory.SignedInClientAsync("manager", "en");
        var supplier = await SupplierAsync(manager, "SUP-EDIT");
        Dictionary<string, string> Fields(string name) =>
            new() { ["Version"] = "0", ["Name"] = name, ["Contact"] = "孙经理", ["Phone"] = "13900000000" };

        Assert.Contains("Edit supplier", await english.GetStringAsync($"/Suppliers/Edit/{supplier}"));
        var saved = await manager.PostFormAsync($"/Suppliers/Edit/{supplier}", $"/Suppliers/Edit/{supplier}", Fields("江澜饮用水二公司"));
        var stale = await manager.PostFormAsync($"/Suppliers/Edit/{supplier}", $"/Suppliers/Edit/{supplier}", Fields("旧表单"));
        var missing = await manager.PostFormAsync($"/Suppliers/Edit/{supplier}", "/Suppliers/Edit/99999", Fields("无此供应商"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("已被他人修改", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync("/Suppliers/Edit/99999")).StatusCode);
        await using var db = factory.NewDbContext();
        Assert.Equal(("江澜饮用水二公司", 1), await db.Suppliers.Where(s => s.Id == supplier).Select(s => ValueTuple.Create(s.Name, s.Version))
            .SingleAsync());
    }

    [Fact]
    public async Task A_cancelled_call_up_shows_its_reason_on_the_request_and_gives_its_quantity_back_and_an_agreement_ends_early()
    {
        var manager = await factory.SignedInClientAsync("manager");
        var (agreement, request, _) = await CalledUpAsync(manager, "SUP-CANCEL", "XY-CANCEL");
        await using var db = factory.NewDbContext();
        var callUp = await db.CallUps.AsNoTracking().SingleAsync(c => c.RequestId == request);
        var details = $"/CallUps/Details/{callUp.Id}";
        Assert.Contains("data-testid=\"cancel-form\"", await manager.GetStringAsync(details));

        var cancelled = await manager.PostFormAsync(details, $"/CallUps/Cancel/{callUp.Id}",
            new() { ["Version"] = callUp.Version.ToString(), ["Reason"] = "供应商道路中断" });
        var again = await manager.PostFormAsync(details, $"/CallUps/Cancel/{callUp.Id}",
            new() { ["Version"] = (callUp.Version + 1).ToString(), ["Reason"] = "再次取消" });
        var againPage = WebUtility.HtmlDecode(await manager.GetStringAsync(again.Headers.Location!.OriginalString));
        var agreementVersion = await db.SupplyAgreements.Where(a => a.Id == agreement).Select(a => a.Version).SingleAsync();
        var ended = await manager.PostFormAsync("/Suppliers", $"/Suppliers/End/{agreement}", new() { ["version"] = agreementVersion.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Contains("不在待送达状态", againPage);
        var page = WebUtility.HtmlDecode(await manager.GetStringAsync($"/Requests/Details/{request}"));
        Assert.Contains("供应商道路中断", page);
        Assert.Contains($"data-call-up=\"{callUp.Number}\" data-state=\"Cancelled\"", page);
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Contains("data-testid=\"ended\"", await manager.GetStringAsync("/Suppliers"));
        db.ChangeTracker.Clear();
        Assert.Equal(0, await db.AgreementLines.Where(l => l.AgreementId == agreement).Select(l => l.Drawn).SingleAsync());
        Assert.Equal(CallUpState.Cancelled, (await db.CallUps.AsNoTracking().SingleAsync(c => c.Id == callUp.Id)).State);
    }
}
