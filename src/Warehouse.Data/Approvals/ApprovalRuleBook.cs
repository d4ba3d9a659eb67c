using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Auditing;
using Warehouse.Data.Stock;
using Warehouse.Domain.Approvals;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;

namespace Warehouse.Data.Approvals;

/// The approval rules an administrator keeps: a save writes a new version (the old one retires, and the requests
/// submitted under it keep it); a retired rule stops matching new requests.
public sealed class ApprovalRuleBook(WarehouseDbContext db, AuditTrail audit, BureauClock clock)
{
    public async Task<IReadOnlyList<ApprovalRule>> ActiveAsync(CancellationToken cancellationToken = default) =>
        await db.ApprovalRules.AsNoTracking().Where(r => r.Active).OrderBy(r => r.RuleNumber).ToListAsync(cancellationToken);

    /// Saves a new rule (no number) or the next version of an active one; answers the new version's id.
    public Task<Outcome<int>> SaveAsync(int? ruleNumber, string name, ApprovalConditions conditions,
        IReadOnlyList<ApprovalLevel> steps, AuditActor actor) =>
        ApprovalWrites.RunAsync(db, async () =>
        {
            FreeText.Require("name", name);
            var current = ruleNumber is { } number
                ? await db.ApprovalRules.SingleOrDefaultAsync(r => r.RuleNumber == number && r.Active)
                    ?? throw new DomainException(Errors.UnknownApprovalRule(number))
                : null;
            var next = current?.RuleNumber ?? (await db.ApprovalRules.MaxAsync(r => (int?)r.RuleNumber) ?? 0) + 1;
            var rule = new ApprovalRule(next, (current?.Version ?? 0) + 1, name, conditions, steps, actor.UserName, clock.UtcNow);
            current?.Retire();
            db.ApprovalRules.Add(rule);
            audit.Record(actor, AuditActions.ApprovalRuleSaved, $"R{next} v{rule.Version}",
                $"{rule.Name}: {rule.StepList}");
            await db.SaveChangesAsync();
            return rule.Id;
        });

    public Task<Outcome<int>> RetireAsync(int ruleNumber, AuditActor actor) =>
        ApprovalWrites.RunAsync(db, async () =>
        {
            var rule = await db.ApprovalRules.SingleOrDefaultAsync(r => r.RuleNumber == ruleNumber && r.Active)
                ?? throw new DomainException(Errors.UnknownApprovalRule(ruleNumber));
            rule.Retire();
            audit.Record(actor, AuditActions.ApprovalRuleRetired, $"R{ruleNumber} v{rule.Version}", rule.Name);
            return rule.Id;
        });
}
