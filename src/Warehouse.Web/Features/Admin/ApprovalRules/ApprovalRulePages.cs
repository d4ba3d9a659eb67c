using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Data.Approvals;
using Warehouse.Data.Auditing;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Approvals;
using Warehouse.Domain.Catalog;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Admin.ApprovalRules;

/// The rules page: the active rules, the overlaps it warns of, and the form for a new rule or the next version of one.
public sealed record ApprovalRulesPage(IReadOnlyList<ApprovalRule> Rules, IReadOnlyList<RuleOverlap> Overlaps, ApprovalRuleForm Form,
    IReadOnlyList<(int Id, string Name)> Departments, string? Problem)
{
    public string DepartmentName(int? id) => Departments.FirstOrDefault(d => d.Id == id).Name ?? "";
}

public sealed class ApprovalRuleForm
{
    public int? RuleNumber { get; set; }
    public string Name { get; set; } = "";
    public List<EmergencyLevel> Levels { get; set; } = [];
    public SupplyClass? SupplyClass { get; set; }
    public decimal? MinimumValue { get; set; }
    public int? DepartmentId { get; set; }

    /// "yes", "no", or empty for either.
    public string? BreaksFloor { get; set; }
    public List<ApprovalLevel?> Steps { get; set; } = [ApprovalLevel.SectionChief, null, null];

    public ApprovalConditions Conditions => new(Levels, SupplyClass, MinimumValue, DepartmentId,
        BreaksFloor switch { "yes" => true, "no" => false, _ => null });

    public static ApprovalRuleForm Of(ApprovalRule rule) => new()
    {
        RuleNumber = rule.RuleNumber, Name = rule.Name, Levels = rule.Levels.ToList(), SupplyClass = rule.SupplyClass,
        MinimumValue = rule.MinimumValue, DepartmentId = rule.DepartmentId,
        BreaksFloor = rule.BreaksFloor switch { true => "yes", false => "no", null => "" },
        Steps = rule.Steps.Select(s => (ApprovalLevel?)s).Concat([null, null, null]).Take(Math.Max(3, rule.Steps.Count)).ToList(),
    };
}

/// Builds the rules page and passes its form to the rule book.
public sealed class ApprovalRulePages(ApprovalRuleBook book, WarehouseDbContext db, CurrentUser user)
{
    public async Task<ApprovalRulesPage> PageAsync(ApprovalRuleForm? form, string? problem, CancellationToken cancellationToken)
    {
        var rules = await book.ActiveAsync(cancellationToken);
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.Code).Select(d => new { d.Id, d.Name })
            .ToListAsync(cancellationToken);
        return new ApprovalRulesPage(rules, ApprovalAuthority.Overlaps(rules), form ?? new ApprovalRuleForm(),
            departments.Select(d => (d.Id, d.Name)).ToList(), problem);
    }

    /// The form of the rule's active version, for its next version; null when there is none.
    public async Task<ApprovalRuleForm?> FormAsync(int ruleNumber, CancellationToken cancellationToken) =>
        (await book.ActiveAsync(cancellationToken)).FirstOrDefault(r => r.RuleNumber == ruleNumber) is { } rule
            ? ApprovalRuleForm.Of(rule) : null;

    public Task<Outcome<int>> SaveAsync(ApprovalRuleForm form) =>
        book.SaveAsync(form.RuleNumber, form.Name, form.Conditions, form.Steps.OfType<ApprovalLevel>().ToList(), Who);

    public Task<Outcome<int>> RetireAsync(int ruleNumber) => book.RetireAsync(ruleNumber, Who);

    private AuditActor Who => AuditActor.Of(user.ToActor());
}
