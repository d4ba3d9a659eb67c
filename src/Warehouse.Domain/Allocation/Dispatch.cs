using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;

namespace Warehouse.Domain.Allocation;

/// What one source depot sends for a request: its own lines, picks, slip, transit clock and delivery. The aggregate is
/// one class in partial files, one per stage of its life: planning here, then picking, hand-over and delivery, returns.
public sealed partial class Dispatch
{
    private readonly List<DispatchLine> _lines = [];
    private readonly List<DispatchPick> _picks = [];
    private readonly List<Reservation> _reservations = [];
    private readonly List<DispatchReturn> _returns = [];

    private Dispatch() { }

    internal Dispatch(AllocationRequest request, string number, int sourceDepotId)
    {
        Request = request;
        Number = number;
        SourceDepotId = sourceDepotId;
        State = DispatchState.Planned;
    }

    public int Id { get; private set; }
    public int RequestId { get; private set; }
    public AllocationRequest? Request { get; private set; }
    public string Number { get; private set; } = "";
    public int SourceDepotId { get; private set; }
    public Depot? SourceDepot { get; private set; }
    public DispatchState State { get; private set; }
    public string? Vehicle { get; private set; }
    public string? Driver { get; private set; }
    public string? DriverPhone { get; private set; }
    public DateTime? PickingStartedAt { get; private set; }
    public DateTime? DispatchedAt { get; private set; }
    public string? DispatchedBy { get; private set; }
    public string? DeliveryCodeHash { get; private set; }
    public string? ShortCodeHash { get; private set; }
    public DateTime? DeliveredAt { get; private set; }
    public string? DeliveredBy { get; private set; }
    public string? DeliveryNote { get; private set; }

    /// Where it was delivered and how many minutes after its request's first submission: the delivery's own record,
    /// kept so the delivery-time reports read a period's deliveries without joining each to its request.
    public string? DeliveredTo { get; private set; }
    public double? MinutesToDeliver { get; private set; }

    public IReadOnlyList<DispatchLine> Lines => _lines;
    public IReadOnlyList<DispatchPick> Picks => _picks;
    public IReadOnlyList<Reservation> Reservations => _reservations;
    public IReadOnlyList<DispatchReturn> Returns => _returns;

    public bool IsFullyPicked => _lines.All(l => PickedOf(l.ItemId) >= l.Quantity);

    public int PickedOf(int itemId) => _picks.Where(p => p.ItemId == itemId).Sum(p => p.Quantity);

    public void Plan(int itemId, int quantity)
    {
        if (State != DispatchState.Planned)
            throw new DomainException(Errors.DispatchNotPlanned());
        var line = _lines.FirstOrDefault(l => l.ItemId == itemId);
        if (line is null)
            _lines.Add(new DispatchLine(itemId, quantity));
        else
            line.Add(quantity);
    }

    public void Reserve(int balanceId, int itemId, int quantity) => _reservations.Add(new Reservation(balanceId, itemId, quantity));
}
