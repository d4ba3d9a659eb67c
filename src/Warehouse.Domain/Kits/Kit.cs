using Warehouse.Domain.Common;

namespace Warehouse.Domain.Kits;

/// A packed kit with its own label (WK-…): the components scanned into it at a depot, picked, dispatched and returned
/// as one scan. Its expiry is its earliest component's; it is complete when it holds its definition's whole bill.
public sealed class Kit : IVersioned
{
    private readonly List<KitComponent> _components = [];

    private Kit() { }

    public Kit(string number, KitDefinition definition, int depotId, string by, DateTime atUtc)
    {
        Number = number;
        DefinitionId = definition.Id;
        Definition = definition;
        DepotId = depotId;
        State = KitState.Packed;
        PackedBy = by;
        PackedAt = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
    }

    public int Id { get; private set; }
    public string Number { get; private set; } = "";
    public int DefinitionId { get; private set; }
    public KitDefinition? Definition { get; private set; }
    public int DepotId { get; private set; }
    public KitState State { get; private set; }
    public string PackedBy { get; private set; } = "";
    public DateTime PackedAt { get; private set; }
    public int? DispatchId { get; private set; }
    public string? UnpackedBy { get; private set; }
    public DateTime? UnpackedAt { get; private set; }
    public int Version { get; private set; }
    public IReadOnlyList<KitComponent> Components => _components;

    public void Touch() => Version++;

    /// The code its label carries.
    public string Code => "WK-" + Number;

    /// Whether the kit holds what it holds for itself: packed on the shelf or on its way out with a dispatch.
    public bool Holds => State is KitState.Packed or KitState.Picked;

    public DateOnly? Expiry => _components.Where(c => c.Expiry != null).Select(c => c.Expiry).Min();

    public int Of(int itemId) => _components.Where(c => c.ItemId == itemId).Sum(c => c.Quantity);

    /// What the kit still lacks of its definition's bill, item by item.
    public IReadOnlyList<(int ItemId, int Missing)> Lacking(KitDefinition definition) =>
        definition.Lines.Select(l => (l.ItemId, Missing: l.Quantity - Of(l.ItemId))).Where(l => l.Missing > 0).ToList();

    public bool IsComplete(KitDefinition definition) => Lacking(definition).Count == 0;

    /// Packs a component: only into a kit on the shelf, only items on the bill, never more than the bill asks.
    public KitComponent Pack(KitDefinition definition, string itemLabel, int itemId, int balanceId, int? batchId, int? unitId, int quantity,
        DateOnly? expiry)
    {
        if (State != KitState.Packed)
            throw new DomainException(Errors.KitNotOpen(Number));
        var wanted = definition.QuantityOf(itemId);
        if (wanted == 0)
            throw new DomainException(Errors.NotInKit(itemLabel, Number));
        if (unitId is not null && _components.Any(c => c.HeldUnitId == unitId))
            throw new DomainException(Errors.UnitAlreadyInKit(itemLabel, Number));
        if (quantity < 1 || Of(itemId) + quantity > wanted)
            throw new DomainException(Errors.KitLineFull(itemLabel, wanted));
        var component = new KitComponent(itemId, balanceId, batchId, unitId, quantity, expiry);
        _components.Add(component);
        return component;
    }

    /// Takes the kit apart: its components are free again. A kit out on a dispatch is unpacked only when it is back.
    public void Unpack(string by, DateTime atUtc)
    {
        if (State is KitState.Picked or KitState.Dispatched)
            throw new DomainException(Errors.KitOnDispatch(Number));
        if (State != KitState.Packed)
            throw new DomainException(Errors.KitNotOpen(Number));
        State = KitState.Unpacked;
        UnpackedBy = by;
        UnpackedAt = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
        _components.ForEach(c => c.Release());
    }

    /// The kit is scanned onto a dispatch at its depot's picking desk.
    public void TakeOnto(int dispatchId)
    {
        if (State != KitState.Packed)
            throw new DomainException(Errors.KitNotPickable(Number));
        if (_components.Count == 0)
            throw new DomainException(Errors.KitEmpty(Number));
        State = KitState.Picked;
        DispatchId = dispatchId;
    }

    /// Its picks were taken back off the dispatch: the kit is on the shelf again.
    public void PutBack()
    {
        if (State == KitState.Picked)
        {
            State = KitState.Packed;
            DispatchId = null;
        }
    }

    /// Its dispatch left: the components went out of stock with the issue.
    public void Dispatch()
    {
        if (State == KitState.Picked)
            State = KitState.Dispatched;
    }

    /// Back from its dispatch at <paramref name="depotId"/>: packed again with what came back; goods that are used up
    /// (<paramref name="consumed"/>: items not returnable) leave the kit, which then shows them as lacking.
    public void ComeBack(int dispatchId, int depotId, IReadOnlySet<int> consumed)
    {
        if (State != KitState.Dispatched || DispatchId != dispatchId)
            throw new DomainException(Errors.KitNotOnDispatch(Number, $"#{dispatchId}"));
        _components.RemoveAll(c => consumed.Contains(c.ItemId));
        State = KitState.Packed;
        DispatchId = null;
        DepotId = depotId;
    }
}
