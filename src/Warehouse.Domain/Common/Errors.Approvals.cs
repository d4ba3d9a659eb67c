namespace Warehouse.Domain.Common;

/// Refusals of approval rules, approval steps and delegations.
public static partial class Errors
{
    public static DomainError ApprovalStepsInvalid(int most) =>
        new("ApprovalStepsInvalid", $"A rule needs between one and {most} approval steps.", most);

    public static DomainError ApprovalConditionsInvalid() =>
        new("ApprovalConditionsInvalid", "The rule's conditions are not valid: check the levels and the value.");

    public static DomainError UnknownApprovalRule(int number) =>
        new("UnknownApprovalRule", $"There is no active approval rule #{number}.", number) { Kind = ErrorKind.NotFound };

    public static DomainError DeputyIsSelf() =>
        new("DeputyIsSelf", "You cannot name yourself as your deputy.");

    public static DomainError DelegationPeriodInvalid(int days) =>
        new("DelegationPeriodInvalid", $"A delegation must end after it starts and last at most {days} days.", days);

    public static DomainError UnknownDeputy(string userName) =>
        new("UnknownDeputy", $"There is no active approver {userName} to name as deputy.", userName);

    public static DomainError NotAnApprover() =>
        new("NotAnApprover", "Only an approver may name a deputy.") { Kind = ErrorKind.Forbidden };

    public static DomainError UnknownDelegation(int id) =>
        new("UnknownDelegation", $"There is no delegation #{id} of yours.", id) { Kind = ErrorKind.NotFound };
}
