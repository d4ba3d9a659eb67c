using Warehouse.Domain.Allocation;
using Warehouse.Domain.Approvals;

namespace Warehouse.Data.Seeding;

/// The approval rules a new bureau starts with: routine requests need one step (the default, no rule), large or
/// reserve-floor-breaking ones the section chief and then the director, level I/II emergencies one step (and may be
/// released before approval).
internal static class DemoApprovalRules
{
    /// The value from which a request that is not a level I/II emergency needs the director too.
    public const decimal LargeValue = 100_000m;

    private static readonly EmergencyLevel[] NotEmergencies = [EmergencyLevel.III, EmergencyLevel.IV, EmergencyLevel.Routine];

    public static void Add(WarehouseDbContext db, DateTime atUtc)
    {
        var twoSteps = new[] { ApprovalLevel.SectionChief, ApprovalLevel.Director };
        db.ApprovalRules.AddRange(
            new ApprovalRule(1, 1, "大额调拨（10万元及以上）", new ApprovalConditions(NotEmergencies, null, LargeValue, null, null),
                twoSteps, "system", atUtc),
            new ApprovalRule(2, 1, "动用储备底线", new ApprovalConditions(NotEmergencies, null, null, null, true),
                twoSteps, "system", atUtc),
            new ApprovalRule(3, 1, "Ⅰ/Ⅱ级应急响应（可先调拨后补手续）",
                new ApprovalConditions([EmergencyLevel.I, EmergencyLevel.II], null, null, null, null),
                [ApprovalLevel.SectionChief], "system", atUtc));
    }
}
