namespace Warehouse.Domain.Allocation;

public enum RequestState
{
    Draft,
    Submitted,

    /// Past its first approval step, waiting on a later one (审批中, step n of m).
    InApproval,
    Approved,
    Rejected,
    Picking,
    Dispatched,
    Delivered,
    Closed,
    Cancelled,
}

public enum RequestTrigger
{
    Submit,

    /// Approves the current step of a request that has further steps after it.
    ApproveStep,
    Approve,
    Reject,
    Cancel,
    EmergencyRelease,
    StartPicking,
    Dispatch,
    ConfirmDelivery,
    Close,
    Ratify,
    RefuseRatification,
}

/// Emergency response levels I (most severe) to IV, or a routine request.
public enum EmergencyLevel
{
    I,
    II,
    III,
    IV,
    Routine,
}

public enum DestinationKind
{
    Depot,
    Township,
    Address,
}

/// Emergency release (先调拨、后补手续): goods leave before approval and a manager ratifies afterwards.
public enum Ratification
{
    NotNeeded,
    Pending,
    Ratified,
    Refused,
}

public enum DispatchState
{
    Planned,
    Picking,
    Dispatched,
    Delivered,
}

public enum ReturnCondition
{
    Good,
    NeedsRepair,
    Lost,
}
