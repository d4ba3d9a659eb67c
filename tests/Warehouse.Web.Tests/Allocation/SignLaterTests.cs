using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Data.Allocation;
using Warehouse.Data.Allocation.Steps;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Constants;

namespace Warehouse.Web.Tests.Allocation;

/// A hand-over recorded without the driver's or the receiver's signature gets it afterwards from the request's timeline,
/// marked there as signed later with who took it and when; never twice, never once the request is closed or cancelled, and
/// only by who may take that role's signature.
public sealed class SignLaterTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    [Fact]
    public async Task A_keeper_takes_the_drivers_signature_afterwards_and_the_timeline_marks_it_as_signed_later()
    {
        var (requestId, dispatchId, number) = await DispatchOfAsync("临江堤防巡查");
        var keeper = await factory.SignedInClientAsync("keeper");
        var details = await keeper.GetStringAsync($"/Requests/Details/{requestId}");
        Assert.Contains($"href=\"/Dispatches/Sign/{dispatchId}?role=Driver\"", details);
        Assert.DoesNotContain("data-testid=\"sign-later-receiver\"", details);

        var signed = await SignAsync(keeper, dispatchId, "Driver", "王建国");

        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        var page = await keeper.GetStringAsync(signed.Headers.Location!.OriginalString);
        Assert.Contains("签名已随调拨单保存", page);
        Assert.Contains("事后补签，由 keeper 于", page);
        Assert.DoesNotContain("data-testid=\"sign-later-driver\"", page);
        await using var db = factory.NewDbContext();
        var signature = await db.HandOverSignatures.AsNoTracking().SingleAsync(s => s.DispatchId == dispatchId);
        Assert.Equal((HandOverRole.Driver, "王建国", "keeper"), (signature.Role, signature.Signer, signature.RecordedBy));
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.DriverSigned && a.Subject == number));
        var english = await (await factory.SignedInClientAsync("keeper", "en-US")).GetStringAsync($"/Requests/Details/{requestId}");
        Assert.Contains("signed afterwards, taken by keeper at", english);

        var again = await SignAsync(keeper, dispatchId, "Driver", "李四");

        Assert.Contains("本次交接已签字", await keeper.GetStringAsync(again.Headers.Location!.OriginalString));
        Assert.Equal(1, await db.HandOverSignatures.CountAsync(s => s.DispatchId == dispatchId));
        var form = await keeper.GetStringAsync($"/Dispatches/Sign/{dispatchId}?role=Driver");
        Assert.DoesNotContain("data-testid=\"sign-later-form\"", form);
    }

    [Fact]
    public async Task The_requesting_department_takes_the_receivers_signature_afterwards_and_no_one_else_outside_its_rights()
    {
        var (requestId, dispatchId, number) = await DispatchOfAsync("台风“海葵”转移安置");
        var dept = await factory.SignedInClientAsync("dept");
        var keeper = await factory.SignedInClientAsync("keeper");
        Assert.Contains($"data-testid=\"sign-later-receiver\"", await dept.GetStringAsync($"/Requests/Details/{requestId}"));
        Assert.Equal(HttpStatusCode.Forbidden,
            (await keeper.GetAsync($"/Dispatches/Sign/{dispatchId}?role=Receiver")).StatusCode);
        using var scope = factory.Services.CreateScope();
        var step = scope.ServiceProvider.GetRequiredService<HandOverSigningStep>();
        var otherDepartment = new WorkflowActor("other", new HashSet<string> { Roles.Department }, [], -1);

        var stranger = await step.SignAsync(dispatchId, HandOverRole.Receiver, new HandOverSigning("某人", SignatureSamples.DataUrl),
            otherDepartment);
        var owner = await SignAsync(dept, dispatchId, "Receiver", "东港镇李主任");

        Assert.Equal("Forbidden", stranger.Error?.Code);
        Assert.Equal(HttpStatusCode.Redirect, owner.StatusCode);
        Assert.Contains("事后补签，由 dept 于", await dept.GetStringAsync(owner.Headers.Location!.OriginalString));
        await using var db = factory.NewDbContext();
        Assert.Equal(["东港镇李主任"],
            await db.HandOverSignatures.Where(s => s.DispatchId == dispatchId).Select(s => s.Signer).ToListAsync());
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.ReceiverSigned && a.Subject == number));
    }

    [Fact]
    public async Task A_closed_requests_hand_overs_are_not_signed_afterwards_and_nothing_changes()
    {
        var (requestId, dispatchId, _) = await DispatchOfAsync("滨江区内涝排险");
        var manager = await factory.SignedInClientAsync("manager");
        Assert.DoesNotContain("data-testid=\"sign-later-", await manager.GetStringAsync($"/Requests/Details/{requestId}"));

        var page = await manager.GetStringAsync($"/Dispatches/Sign/{dispatchId}?role=Receiver");
        var refused = await SignAsync(manager, dispatchId, "Receiver", "张三");

        Assert.Contains("已办结或已撤销", page);
        Assert.DoesNotContain("data-testid=\"sign-later-form\"", page);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("已办结或已撤销", await manager.GetStringAsync(refused.Headers.Location!.OriginalString));
        await using var db = factory.NewDbContext();
        Assert.False(await db.HandOverSignatures.AnyAsync(s => s.DispatchId == dispatchId));
    }

    private async Task<(int RequestId, int DispatchId, string Number)> DispatchOfAsync(string incident)
    {
        await using var db = factory.NewDbContext();
        var dispatch = await db.Dispatches.AsNoTracking().Where(d => d.Request!.Incident == incident)
            .Select(d => new { d.RequestId, d.Id, d.Number }).SingleAsync();
        return (dispatch.RequestId, dispatch.Id, dispatch.Number);
    }

    private static Task<HttpResponseMessage> SignAsync(HttpClient client, int dispatchId, string role, string signer) =>
        client.PostFormAsync($"/Dispatches/Sign/{dispatchId}?role={role}", $"/Dispatches/Sign/{dispatchId}", new()
        {
            ["Role"] = role, ["Signer"] = signer, ["Signature"] = SignatureSamples.DataUrl,
        });
}
