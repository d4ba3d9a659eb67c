using System.ComponentModel.DataAnnotations;
using Warehouse.Data.Allocation;
using Warehouse.Domain.Allocation;
using Warehouse.Web.Features.Allocation.SignLater;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Allocation.Requests;

public sealed class RequestForm
{
    public int? Id { get; set; }
    public int Version { get; set; }

    [Required(ErrorMessage = "Enter the incident or event."), MaxLength(100), Display(Name = "Incident or event")]
    public string Incident { get; set; } = "";

    [Display(Name = "Emergency level")]
    public EmergencyLevel Level { get; set; } = EmergencyLevel.Routine;

    [Required(ErrorMessage = "Enter when the supplies are needed."), DateFilter, Display(Name = "Needed by")]
    public DateTime? NeededBy { get; set; }

    [Display(Name = "Destination")]
    public DestinationKind DestinationKind { get; set; } = DestinationKind.Township;

    [Display(Name = "Destination depot")]
    public int? DestinationDepotId { get; set; }

    [MaxLength(200), Display(Name = "Township or address")]
    public string? DestinationName { get; set; }

    [Range(-90, 90, ErrorMessage = "Latitude must be between -90 and 90."), Display(Name = "Latitude")]
    public double? Latitude { get; set; }

    [Range(-180, 180, ErrorMessage = "Longitude must be between -180 and 180."), Display(Name = "Longitude")]
    public double? Longitude { get; set; }

    [Required(ErrorMessage = "Enter a contact."), MaxLength(50), Display(Name = "Contact")]
    public string ContactName { get; set; } = "";

    [Required(ErrorMessage = "Enter a phone number."), MaxLength(30), Display(Name = "Phone")]
    public string ContactPhone { get; set; } = "";

    [MaxLength(500), Display(Name = "Note")]
    public string? Note { get; set; }

    public List<RequestLineForm> Lines { get; set; } = [];
}

public sealed class RequestLineForm
{
    [MaxLength(40)]
    public string? ItemCode { get; set; }

    public int? Quantity { get; set; }
}

/// The request's page with its decisions made: which buttons and links the actor gets, from the workflow's
/// permitted triggers and the depots the actor keeps (a manager's approve and re-issue, a keeper's pick links).
public sealed record RequestPage(AllocationRequest Request, IReadOnlyList<TimelineLeg> Timeline, IReadOnlyList<RequestTrigger> Permitted,
    IReadOnlyList<(int Id, string Name)> ReleaseDepots, TimeSpan Target, WorkflowActor Actor,
    IReadOnlyList<SignatureView>? Signatures = null)
{
    /// The call-up orders (调用单) drawn from supplier agreements for this request, cancelled ones with their reason.
    public IReadOnlyList<Suppliers.RequestCallUp> CallUps { get; init; } = [];

    private static readonly RequestTrigger[] OneClick = [RequestTrigger.Submit, RequestTrigger.Close, RequestTrigger.Ratify];
    private static readonly RequestTrigger[] WithReason = [RequestTrigger.Reject, RequestTrigger.Cancel, RequestTrigger.RefuseRatification];

    public bool KeepsASource => Request.Dispatches.Any(d => Actor.KeepsDepot(d.SourceDepotId));

    /// The triggers the actor fires with one button, in the page's order; a late request is closed with its reason instead.
    public IReadOnlyList<RequestTrigger> OneClickTriggers =>
        OneClick.Where(t => Permitted.Contains(t) && !(t == RequestTrigger.Close && MustExplainBreach)).ToList();

    /// The goods arrived outside the target and the actor may close: the close asks why (road blocked, stock short...).
    public bool MustExplainBreach => Permitted.Contains(RequestTrigger.Close) && Request.DeliveredLate(Target);

    /// The triggers that need a reason from the actor, in the page's order.
    public IReadOnlyList<RequestTrigger> ReasonedTriggers => WithReason.Where(Permitted.Contains).ToList();

    /// The signatures given at the dispatch's hand-overs, the driver's first.
    public IReadOnlyList<SignatureView> SignaturesOf(Dispatch dispatch) =>
        (Signatures ?? []).Where(s => s.DispatchId == dispatch.Id).OrderBy(s => s.Role).ToList();

    /// The hand-over happened without this role's signature and the actor may take it now, afterwards.
    public bool CanSignLater(Dispatch dispatch, HandOverRole role) => SignLaterRules.MaySign(Actor, Request, dispatch, role)
        && SignLaterRules.Open(Request, dispatch, role, SignaturesOf(dispatch).Any(s => s.Role == role));

    /// A confirmed delivery prints as a receipt for who may confirm it, or the keepers of the depot it came from.
    public bool CanPrintDeliveryReceipt(Dispatch dispatch) => dispatch.State == DispatchState.Delivered
        && (Actor.MayConfirmDelivery(Request) || Actor.KeepsDepot(dispatch.SourceDepotId));

    public bool CanEdit => Request.State == RequestState.Draft && Permitted.Contains(RequestTrigger.Submit);

    /// The last step's authority (or their deputy) decides the request on the approval page; the lines' decisions come from there.
    public bool CanApprove => Request.State is RequestState.Submitted or RequestState.InApproval && Request.OnLastStep
        && Request.MayDecideStep(Actor);

    /// An earlier step's authority (or their deputy) approves their step here, with a comment.
    public bool CanApproveStep => Permitted.Contains(RequestTrigger.ApproveStep);

    public bool CanRelease => Permitted.Contains(RequestTrigger.EmergencyRelease) && ReleaseDepots.Count > 0;

    public bool HasNothingToDo => Permitted.Count == 0 && !KeepsASource;

    public bool CanPick(Dispatch dispatch) => Actor.KeepsDepot(dispatch.SourceDepotId)
        && dispatch.State is DispatchState.Planned or DispatchState.Picking
        && Request.State is RequestState.Approved or RequestState.Picking;

    public bool CanReturn(Dispatch dispatch) =>
        Actor.KeepsDepot(dispatch.SourceDepotId) && dispatch.State is DispatchState.Dispatched or DispatchState.Delivered;

    public bool CanReissue(Dispatch dispatch) => Actor.IsManager && dispatch.State == DispatchState.Dispatched;

    /// A manager may let a unit that is not ready go out on a dispatch still being picked.
    public bool CanWaive(Dispatch dispatch) => Actor.IsManager && dispatch.State is DispatchState.Planned or DispatchState.Picking
        && Request.State is RequestState.Approved or RequestState.Picking;
}

public sealed class ApprovalForm
{
    public int Version { get; set; }
    public string? Comment { get; set; }
    public List<ApprovalLineForm> Lines { get; set; } = [];
}

public sealed class ApprovalLineForm
{
    public int ItemId { get; set; }
    public int Approved { get; set; }
    public List<ApprovalSourceForm> Sources { get; set; } = [];
    public List<Suppliers.ApprovalCallUpForm> CallUps { get; set; } = [];
}

public sealed class ApprovalSourceForm
{
    public int DepotId { get; set; }
    public int Quantity { get; set; }
}

public sealed record ApprovalPage(AllocationRequest Request, IReadOnlyList<SourceProposal> Proposals, string? Problem);
