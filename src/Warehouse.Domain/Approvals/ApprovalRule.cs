using Warehouse.Domain.Allocation;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;

namespace Warehouse.Domain.Approvals;

/// What a rule looks at in a submitted request: its level, the classes of its items, its value (quantity × unit price),
/// who asks, and whether it can only be met by drawing a depot below its reserve floor.
public sealed record ApprovalFacts(EmergencyLevel Level, IReadOnlySet<SupplyClass> Classes, decimal TotalValue, int? DepartmentId,
    bool BreaksFloor);

/// One version of an approval rule (审批权限规则): conditions on the request and the ordered steps it then needs.
/// A version is never changed once saved: an edit writes the next version and retires this one, so a request keeps
/// the version it was submitted under.
public sealed class ApprovalRule
{
    private ApprovalRule() { }

    public ApprovalRule(int ruleNumber, int version, string name, ApprovalConditions conditions, IReadOnlyList<ApprovalLevel> steps,
        string createdBy, DateTime createdAtUtc)
    {
        if (steps.Count is 0 or > 5 || steps.Any(s => !Enum.IsDefined(s)))
            throw new DomainException(Errors.ApprovalStepsInvalid(5));
        if (conditions.MinimumValue is < 0 || conditions.Levels.Any(l => !Enum.IsDefined(l)))
            throw new DomainException(Errors.ApprovalConditionsInvalid());
        RuleNumber = ruleNumber;
        Version = version;
        Name = CatalogText.Required(name, nameof(Name), 100);
        LevelMask = conditions.Levels.Aggregate(0, (mask, level) => mask | (1 << (int)level));
        SupplyClass = conditions.SupplyClass;
        MinimumValue = conditions.MinimumValue;
        DepartmentId = conditions.DepartmentId;
        BreaksFloor = conditions.BreaksFloor;
        StepList = ApprovalLevels.Format(steps);
        CreatedBy = createdBy;
        CreatedAt = DateTime.SpecifyKind(createdAtUtc, DateTimeKind.Utc);
        Active = true;
    }

    public int Id { get; private set; }

    /// The rule's number across its versions.
    public int RuleNumber { get; private set; }
    public int Version { get; private set; }
    public string Name { get; private set; } = "";

    /// The emergency levels the rule applies to, one bit per level; zero means any level.
    public int LevelMask { get; private set; }
    public SupplyClass? SupplyClass { get; private set; }
    public decimal? MinimumValue { get; private set; }
    public int? DepartmentId { get; private set; }

    /// True: only requests that break a reserve floor; false: only those that do not; null: either.
    public bool? BreaksFloor { get; private set; }
    public string StepList { get; private set; } = "";
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    /// The newest version of a rule that has not been retired.
    public bool Active { get; private set; }

    public IReadOnlyList<ApprovalLevel> Steps => ApprovalLevels.Parse(StepList);

    public ApprovalConditions Conditions => new(Levels, SupplyClass, MinimumValue, DepartmentId, BreaksFloor);

    public IReadOnlyList<EmergencyLevel> Levels => Enum.GetValues<EmergencyLevel>().Where(l => (LevelMask & (1 << (int)l)) != 0).ToList();

    public bool Matches(ApprovalFacts facts) =>
        (LevelMask == 0 || (LevelMask & (1 << (int)facts.Level)) != 0)
        && (SupplyClass is not { } supplyClass || facts.Classes.Contains(supplyClass))
        && (MinimumValue is not { } minimum || facts.TotalValue >= minimum)
        && (DepartmentId is not { } department || facts.DepartmentId == department)
        && (BreaksFloor is not { } breaks || facts.BreaksFloor == breaks);

    /// Whether some request could match both rules: their conditions do not exclude each other.
    public bool Overlaps(ApprovalRule other) =>
        (LevelMask == 0 || other.LevelMask == 0 || (LevelMask & other.LevelMask) != 0)
        && (SupplyClass is null || other.SupplyClass is null || SupplyClass == other.SupplyClass)
        && (DepartmentId is null || other.DepartmentId is null || DepartmentId == other.DepartmentId)
        && (BreaksFloor is null || other.BreaksFloor is null || BreaksFloor == other.BreaksFloor);

    /// Takes the rule out of use; its version stays for the requests submitted under it.
    public void Retire() => Active = false;
}

/// The conditions of a rule; an empty list or null means "any".
public sealed record ApprovalConditions(IReadOnlyList<EmergencyLevel> Levels, SupplyClass? SupplyClass, decimal? MinimumValue,
    int? DepartmentId, bool? BreaksFloor);
