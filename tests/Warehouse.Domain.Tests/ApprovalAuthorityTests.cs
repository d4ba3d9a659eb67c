using Warehouse.Domain.Allocation;
using Warehouse.Domain.Approvals;
using Warehouse.Domain.Catalog;

namespace Warehouse.Domain.Tests;

public sealed class ApprovalAuthorityTests
{
    private static readonly DateTime Now = new(2026, 7, 1, 8, 0, 0, DateTimeKind.Utc);

    private static ApprovalRule Rule(int number, ApprovalConditions conditions, params ApprovalLevel[] steps) =>
        new(number, 1, $"R{number}", conditions, steps, "admin", Now);

    private static ApprovalFacts Facts(EmergencyLevel level = EmergencyLevel.Routine, decimal value = 1000m, bool breaksFloor = false) =>
        new(level, new HashSet<SupplyClass> { SupplyClass.FoodAndShelter }, value, 7, breaksFloor);

    private static readonly ApprovalConditions Large = new([], null, 100_000m, null, null);
    private static readonly ApprovalConditions Floor = new([], null, null, null, true);
    private static readonly ApprovalConditions Emergency = new([EmergencyLevel.I, EmergencyLevel.II], null, null, null, null);

    [Fact]
    public void Of_two_matching_rules_with_different_steps_the_stricter_wins_and_the_choice_is_marked_ambiguous()
    {
        var rules = new[]
        {
            Rule(1, Emergency, ApprovalLevel.SectionChief),
            Rule(2, Large, ApprovalLevel.SectionChief, ApprovalLevel.Director),
        };

        var plan = ApprovalAuthority.Choose(rules, Facts(EmergencyLevel.I, 200_000m));

        Assert.Equal(2, plan.Rule!.RuleNumber);
        Assert.Equal([ApprovalLevel.SectionChief, ApprovalLevel.Director], plan.Steps);
        Assert.True(plan.Ambiguous);
    }

    [Fact]
    public void A_request_no_rule_matches_gets_the_one_default_step()
    {
        var plan = ApprovalAuthority.Choose([Rule(1, Large, ApprovalLevel.Director)], Facts(value: 99_999.99m));

        Assert.Null(plan.Rule);
        Assert.Equal(ApprovalLevels.Default, plan.Steps);
    }

    [Fact]
    public void Rules_are_matched_on_level_class_value_department_and_reserve_floor()
    {
        var narrow = Rule(1, new ApprovalConditions([EmergencyLevel.III], SupplyClass.FoodAndShelter, 500m, 7, true), ApprovalLevel.Director);

        Assert.True(narrow.Matches(Facts(EmergencyLevel.III, 500m, breaksFloor: true)));
        Assert.False(narrow.Matches(Facts(EmergencyLevel.IV, 500m, breaksFloor: true)));
        Assert.False(narrow.Matches(Facts(EmergencyLevel.III, 499m, breaksFloor: true)));
        Assert.False(narrow.Matches(Facts(EmergencyLevel.III, 500m, breaksFloor: false)));
        Assert.False(narrow.Matches(Facts(EmergencyLevel.III, 500m, breaksFloor: true) with { DepartmentId = 8 }));
        Assert.False(narrow.Matches(Facts(EmergencyLevel.III, 500m, breaksFloor: true) with
            { Classes = new HashSet<SupplyClass> { SupplyClass.Lighting } }));
    }

    [Fact]
    public void The_rules_page_is_warned_of_rules_that_can_match_together_with_different_steps_only()
    {
        var rules = new[]
        {
            Rule(1, Large, ApprovalLevel.SectionChief, ApprovalLevel.Director),
            Rule(2, Floor, ApprovalLevel.SectionChief, ApprovalLevel.Director),
            Rule(3, Emergency, ApprovalLevel.DutyLeader),
            Rule(4, new ApprovalConditions([EmergencyLevel.Routine], null, null, null, null), ApprovalLevel.SectionChief),
        };

        var overlaps = ApprovalAuthority.Overlaps(rules);

        Assert.Equal([(1, 3), (1, 4), (2, 3), (2, 4)], overlaps.Select(o => (o.First.RuleNumber, o.Second.RuleNumber)));
        Assert.All(overlaps.Where(o => o.First.RuleNumber <= 2), o => Assert.Equal(o.First, o.Stricter));
    }

    [Fact]
    public void A_deputy_cannot_be_the_approver_themselves_nor_serve_longer_than_allowed()
    {
        Assert.Equal("DeputyIsSelf", Assert.Throws<Common.DomainException>(() =>
            new Delegation("director", "Director", Now, Now.AddDays(1), Now)).Error.Code);
        Assert.Equal("DelegationPeriodInvalid", Assert.Throws<Common.DomainException>(() =>
            new Delegation("director", "deputy", Now, Now.AddDays(ApprovalLevels.MaxDelegationDays).AddMinutes(1), Now)).Error.Code);
        Assert.Equal("DelegationPeriodInvalid", Assert.Throws<Common.DomainException>(() =>
            new Delegation("director", "deputy", Now, Now, Now)).Error.Code);
    }
}
