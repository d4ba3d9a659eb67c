namespace Warehouse.Domain.Common;

/// Refusals of allocation requests: drafting, approval, sourcing and the workflow's steps.
public static partial class Errors
{
    public static DomainError Stale() =>
        new("Stale", "This request was changed by someone else since you opened it. Reload the page and try again.")
            { Kind = ErrorKind.Conflict };

    public static DomainError UnknownRequest(int id) =>
        new("UnknownRequest", $"Request #{id} does not exist.", id);

    public static DomainError UnknownLevel() =>
        new("UnknownLevel", "Unknown emergency level.");

    public static DomainError DestinationDepotRequired() =>
        new("DestinationDepotRequired", "Choose the destination depot.");

    public static DomainError DuplicateItem() =>
        new("DuplicateItem", "Each item may appear on one line only.");

    public static DomainError NotADraft() =>
        new("NotADraft", "Only a draft can be changed.");

    public static DomainError NotAwaitingApproval() =>
        new("NotAwaitingApproval", "Only a submitted request can be approved.");

    public static DomainError NotOnRequest() =>
        new("NotOnRequest", "That item is not on this request.");

    public static DomainError ApprovedOutOfRange(int requested) =>
        new("ApprovedOutOfRange", $"Approved quantity must be between 0 and the {requested} requested.", requested);

    public static DomainError ReasonRequired() =>
        new("ReasonRequired", "Give a reason.");

    /// A guard of the workflow refused: its sentences are what the user reads.
    public static DomainError GuardRefused(IEnumerable<string> unmet) =>
        new("GuardRefused", string.Join(" ", unmet));

    public static DomainError IllegalStep(string trigger, string state) =>
        new("IllegalStep", $"'{trigger}' is not possible while the request is {state}.", trigger, state);

    /// A trigger that has a step of its own (approve, pick, dispatch...) sent to the plain trigger step.
    public static DomainError StepNotDoneHere(string trigger, string state) =>
        new("IllegalStep", $"'{trigger}' is not done from here.", trigger, state);

    public static DomainError SourcesDoNotAddUp() =>
        new("SourcesDoNotAddUp", "The quantities from the source depots must add up to the approved quantity.");

    public static DomainError SourceIsDestination() =>
        new("SourceIsDestination", "A depot cannot send to itself.");

    public static DomainError NothingAtDepot() =>
        new("NothingAtDepot", "This depot has none of the requested items free.");

    public static DomainError UnknownRequestNumber(string number) =>
        new("UnknownRequestNumber", $"There is no request {number} that you may see.", number) { Kind = ErrorKind.NotFound };

    public static DomainError UnknownRequestState() =>
        new("UnknownRequestState", "Ask for a state the workflow has: Draft, Submitted, InApproval, Approved, Picking, Dispatched, "
            + "Delivered, Closed, Rejected or Cancelled.");
}
