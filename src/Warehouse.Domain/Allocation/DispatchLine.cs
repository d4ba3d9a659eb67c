using Warehouse.Domain.Catalog;

namespace Warehouse.Domain.Allocation;

/// One item on a dispatch: how many were planned, and what the receiver counted.
public sealed class DispatchLine
{
    private DispatchLine() { }

    internal DispatchLine(int itemId, int quantity)
    {
        ItemId = itemId;
        Quantity = quantity;
    }

    public int Id { get; private set; }
    public int DispatchId { get; private set; }
    public int ItemId { get; private set; }
    public Item? Item { get; private set; }
    public int Quantity { get; private set; }
    public int? Received { get; private set; }
    public int? Short { get; private set; }
    public int? Damaged { get; private set; }

    internal void Add(int quantity) => Quantity += quantity;

    internal void Receive(int sent, int received, int damaged)
    {
        Received = received;
        Short = sent - received;
        Damaged = damaged;
    }
}
