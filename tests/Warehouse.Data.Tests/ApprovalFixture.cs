using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Allocation;
using Warehouse.Data.Auditing;
using Warehouse.Data.Identity;
using Warehouse.Data.Printing;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Approvals;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Constants;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Tests;

/// A depot with priced tents, the approvers as real users, and helpers that walk a request to its approval steps.
internal sealed class ApprovalFixture : IDisposable
{
    public static readonly WorkflowActor Department = new("dept", new HashSet<string> { Roles.Department }, [], null);
    public static readonly WorkflowActor Chief = new("chief", new HashSet<string> { Roles.SectionChief }, [], null);
    public static readonly WorkflowActor Director = new("director", new HashSet<string> { Roles.Director }, [], null);
    public static readonly WorkflowActor Deputy = new("deputy", new HashSet<string> { Roles.Manager }, [], null);
    public static readonly AuditActor Admin = new("admin", null);

    public TestDatabase Database { get; private set; } = new();
    public int Depot { get; private set; }
    public int Tent { get; private set; }

    public void Dispose() => Database.Dispose();

    public AllocationSteps Steps(WarehouseDbContext db) => new(db, Database.Clock, new NoSlips());

    /// 100 tents at 1 000 yuan each, and the users who approve.
    public async Task SetUpAsync(string provider = Providers.Sqlite)
    {
        Database = Database.On(provider);
        await using var db = Database.NewContext();
        Depot = (await Build.DepotAsync(db)).Id;
        var tent = await Build.ItemAsync(db);
        tent.SetKeeping(null, null, false, 1000m, null);
        await db.SaveChangesAsync();
        Tent = tent.Id;
        var posted = await Database.Posting(db).PostAsync(new PostingRequest(DocumentKind.Receipt, Depot, StockReason.Purchase, "stock",
            [new PostingLine(Tent, 100)], new Actor("keeper", null, null)));
        Assert.True(posted.Succeeded, posted.Error?.Message);
        foreach (var (user, role) in new[] { ("chief", Roles.SectionChief), ("director", Roles.Director), ("deputy", Roles.Manager) })
            await AddUserAsync(db, user, role);
    }

    /// Rules: 50 000 yuan and more needs the section chief, then the director.
    public async Task LargeNeedsDirectorAsync()
    {
        await using var db = Database.NewContext();
        var saved = await Steps(db).Rules.SaveAsync(null, "大额",
            new ApprovalConditions([], null, 50_000m, null, null), [ApprovalLevel.SectionChief, ApprovalLevel.Director], Admin);
        Assert.True(saved.Succeeded, saved.Error?.Message);
    }

    public async Task<int> SubmittedAsync(int tents, EmergencyLevel level = EmergencyLevel.Routine)
    {
        await using var db = Database.NewContext();
        var steps = Steps(db);
        var draft = await steps.Drafting.SaveDraftAsync(null, null, new DraftInput("江澜溃堤", level, DateTime.UtcNow.AddHours(2),
            DestinationKind.Township, null, "青石乡", 30.25, 120.25, "李明", "13800000000", null, [(Tent, tents)]), Department, null);
        Assert.True(draft.Succeeded, draft.Error?.Message);
        var submitted = await steps.Triggers.FireAsync(draft.Value, 1, RequestTrigger.Submit, null, Department);
        Assert.True(submitted.Succeeded, submitted.Error?.Message);
        return draft.Value;
    }

    public async Task<AllocationRequest> RequestAsync(int id)
    {
        await using var db = Database.NewContext();
        return await db.AllocationRequests.AsNoTracking().Include(r => r.Steps).Include(r => r.Transitions).SingleAsync(r => r.Id == id);
    }

    public async Task<Outcome<int>> ApproveStepAsync(int id, WorkflowActor actor, string? comment = "同意")
    {
        await using var db = Database.NewContext();
        return await Steps(db).StepApproval.ApproveStepAsync(id, (await RequestAsync(id)).Version, comment, actor);
    }

    public async Task<Outcome<int>> ApproveAsync(int id, WorkflowActor actor, int tents)
    {
        await using var db = Database.NewContext();
        return await Steps(db).Approval.ApproveAsync(id, (await RequestAsync(id)).Version,
            [new LineDecision(Tent, tents, [(Depot, tents)])], actor, "批准");
    }

    private static async Task AddUserAsync(WarehouseDbContext db, string userName, string role)
    {
        var roleRow = await db.Roles.SingleOrDefaultAsync(r => r.Name == role) ?? new IdentityRole(role) { NormalizedName = role.ToUpperInvariant() };
        if (roleRow.Id is null || !await db.Roles.AnyAsync(r => r.Id == roleRow.Id))
            db.Roles.Add(roleRow);
        var user = new WarehouseUser { UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), DisplayName = userName };
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleRow.Id! });
        await db.SaveChangesAsync();
    }

    private sealed class NoSlips : IDispatchSlipQueue
    {
        public Task EnqueueAsync(AllocationRequest request, Dispatch dispatch, DeliveryCodes codes, string userName) => Task.CompletedTask;
    }
}
