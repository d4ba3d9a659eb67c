using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Suppliers;

namespace Warehouse.Domain.Allocation;

/// A department's request for supplies for an incident (调拨申请). Its state is kept here and driven by
/// <see cref="AllocationWorkflow"/>; the version changes with every write so that stale forms and
/// concurrent hands lose cleanly.
public sealed partial class AllocationRequest : IVersioned
{
    private readonly List<AllocationLine> _lines = [];
    private readonly List<Dispatch> _dispatches = [];
    private readonly List<RequestTransition> _transitions = [];
    private readonly List<CallUp> _callUps = [];

    private AllocationRequest() { }

    public AllocationRequest(string number, string requestedBy, int? departmentId, DateTime createdAtUtc)
    {
        Number = number;
        RequestedBy = requestedBy;
        DepartmentId = departmentId;
        CreatedAt = DateTime.SpecifyKind(createdAtUtc, DateTimeKind.Utc);
        State = RequestState.Draft;
    }

    public int Id { get; private set; }
    public string Number { get; private set; } = "";
    public string Incident { get; private set; } = "";
    public EmergencyLevel Level { get; private set; } = EmergencyLevel.Routine;
    public DateTime NeededBy { get; private set; }
    public DestinationKind DestinationKind { get; private set; }
    public int? DestinationDepotId { get; private set; }
    public Depot? DestinationDepot { get; private set; }
    public string DestinationName { get; private set; } = "";
    /// The township or village the goods go to, when one was chosen. A plain column without a foreign key: SQLite can add
    /// one only by rebuilding the requests' table, which its dispatches and lines refer to.
    public int? DestinationPlaceId { get; private set; }
    public double? DestinationLatitude { get; private set; }
    public double? DestinationLongitude { get; private set; }
    public string ContactName { get; private set; } = "";
    public string ContactPhone { get; private set; } = "";
    public int? DepartmentId { get; private set; }
    public Department? Department { get; private set; }
    public string RequestedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    /// When it was first submitted, the instant every dispatch is timed from; the same as its first transition into
    /// Submitted, kept on the request so that the delivery-time reports need not look the transition up for each delivery.
    public DateTime? SubmittedAt { get; private set; }
    public RequestState State { get; set; }
    public Ratification Ratification { get; private set; } = Ratification.NotNeeded;
    public string? Note { get; private set; }
    public string? Reason { get; private set; }
    public int Version { get; private set; }

    public IReadOnlyList<AllocationLine> Lines => _lines;
    public IReadOnlyList<Dispatch> Dispatches => _dispatches;
    public IReadOnlyList<RequestTransition> Transitions => _transitions;

    /// The call-up orders (调用单) approval drew from supplier agreements for this request.
    public IReadOnlyList<CallUp> CallUps => _callUps;

    public bool IsEmergency => Level is EmergencyLevel.I or EmergencyLevel.II;
    public bool IsTransfer => DestinationKind == DestinationKind.Depot;
    public bool IsEditable => State == RequestState.Draft;

    public GeoPoint? DestinationPoint => DestinationLatitude is { } lat && DestinationLongitude is { } lon ? new GeoPoint(lat, lon) : null;

    public void Describe(string incident, EmergencyLevel level, DateTime neededByUtc, string contactName, string contactPhone, string? note)
    {
        RequireDraft();
        Incident = CatalogText.Required(incident, nameof(Incident), 100);
        Level = Enum.IsDefined(level) ? level : throw new DomainException(Errors.UnknownLevel());
        NeededBy = DateTime.SpecifyKind(neededByUtc, DateTimeKind.Utc);
        ContactName = CatalogText.Required(contactName, "Contact", 50);
        ContactPhone = CatalogText.Required(contactPhone, "Phone", 30);
        Note = CatalogText.Optional(note, nameof(Note), 500);
    }

    public void SendTo(Depot depot)
    {
        RequireDraft();
        DestinationKind = DestinationKind.Depot;
        DestinationPlaceId = null;
        DestinationDepotId = depot.Id;
        DestinationDepot = depot;
        DestinationName = depot.Name;
        DestinationLatitude = depot.Latitude;
        DestinationLongitude = depot.Longitude;
    }

    public void SendTo(DestinationKind kind, string name, GeoPoint? point)
    {
        RequireDraft();
        if (kind == DestinationKind.Depot)
            throw new DomainException(Errors.DestinationDepotRequired());
        var destination = CatalogText.Required(name, "Destination", 200);
        // A draft saved again with the same township or village keeps the place it was sent to.
        var samePlace = kind == DestinationKind.Township && DestinationKind == kind && destination == DestinationName;
        DestinationKind = kind;
        DestinationPlaceId = samePlace ? DestinationPlaceId : null;
        DestinationDepotId = null;
        DestinationName = destination;
        DestinationLatitude = point?.Latitude;
        DestinationLongitude = point?.Longitude;
    }

    /// Sends the goods to a township or village: what is delivered there counts as held by it (see the fill rates).
    public void SendTo(Readiness.Place place)
    {
        SendTo(DestinationKind.Township, place.Name, place.Position);
        DestinationPlaceId = place.Id;
    }

    public void SetLines(IEnumerable<(int ItemId, int Quantity)> lines)
    {
        RequireDraft();
        var list = lines.ToList();
        if (list.Count > 100)
            throw new DomainException(Errors.TooManyLines(100));
        if (list.GroupBy(l => l.ItemId).Any(g => g.Count() > 1))
            throw new DomainException(Errors.DuplicateItem());
        foreach (var (_, quantity) in list)
        {
            if (Stock.StockRules.CheckQuantity(quantity) is { } error)
                throw new DomainException(error);
        }
        _lines.RemoveAll(l => !list.Any(n => n.ItemId == l.ItemId));
        foreach (var (itemId, quantity) in list)
        {
            var line = _lines.FirstOrDefault(l => l.ItemId == itemId);
            if (line is null)
                _lines.Add(new AllocationLine(itemId, quantity));
            else
                line.Request(quantity);
        }
    }

    /// A manager's decision on one line: how much of what was asked is granted (a cut is allowed, an increase is not).
    public void Decide(int itemId, int approved)
    {
        if (State is not (RequestState.Submitted or RequestState.InApproval or RequestState.Picking))
            throw new DomainException(Errors.NotAwaitingApproval());
        var line = _lines.FirstOrDefault(l => l.ItemId == itemId)
            ?? throw new DomainException(Errors.NotOnRequest());
        line.Approve(approved);
    }

    public Dispatch AddDispatch(string number, int sourceDepotId)
    {
        var dispatch = new Dispatch(this, number, sourceDepotId);
        _dispatches.Add(dispatch);
        return dispatch;
    }

    internal void Record(RequestState from, RequestState to, RequestTrigger trigger, string by, DateTime atUtc, string? note)
    {
        _transitions.Add(new RequestTransition(from, to, trigger, by, atUtc, note));
        if (to == RequestState.Submitted)
            SubmittedAt ??= atUtc;
    }

    internal void MarkRatification(Ratification ratification) => Ratification = ratification;

    internal void SetReason(string? reason) => Reason = CatalogText.Optional(reason, nameof(Reason), 500);

    /// Every saved change moves the version on; a form that still carries the old one is stale.
    public void Touch() => Version++;

    /// The workflow steps this actor may take on the request now, in the workflow's order: what its page may offer.
    public IReadOnlyList<RequestTrigger> PermittedActions(WorkflowActor actor) => AllocationWorkflow.PermittedFor(this, actor);

    private void RequireDraft()
    {
        if (State != RequestState.Draft)
            throw new DomainException(Errors.NotADraft());
    }
}

public sealed class AllocationLine
{
    private AllocationLine() { }

    internal AllocationLine(int itemId, int requested)
    {
        ItemId = itemId;
        Requested = requested;
    }

    public int Id { get; private set; }
    public int RequestId { get; private set; }
    public int ItemId { get; private set; }
    public Item? Item { get; private set; }
    public int Requested { get; private set; }
    public int? Approved { get; private set; }

    internal void Request(int quantity)
    {
        Requested = quantity;
        Approved = null;
    }

    internal void Approve(int quantity)
    {
        if (quantity < 0 || quantity > Requested)
            throw new DomainException(Errors.ApprovedOutOfRange(Requested));
        Approved = quantity;
    }
}

/// One recorded step of the request's life: the timeline and the transfer-time report are read from these.
public sealed class RequestTransition
{
    private RequestTransition() { }

    internal RequestTransition(RequestState from, RequestState to, RequestTrigger trigger, string by, DateTime atUtc, string? note)
    {
        From = from;
        To = to;
        Trigger = trigger;
        By = by;
        At = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
        Note = note is { Length: > 500 } ? note[..500] : note;
    }

    public long Id { get; private set; }
    public int RequestId { get; private set; }
    public RequestState From { get; private set; }
    public RequestState To { get; private set; }
    public RequestTrigger Trigger { get; private set; }
    public string By { get; private set; } = "";
    public DateTime At { get; private set; }
    public string? Note { get; private set; }
}
