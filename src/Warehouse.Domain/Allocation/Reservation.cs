namespace Warehouse.Domain.Allocation;

/// Stock promised to a dispatch at approval: counted in the balance's reserved quantity until dispatch releases it.
public sealed class Reservation
{
    private Reservation() { }

    internal Reservation(int balanceId, int itemId, int quantity)
    {
        BalanceId = balanceId;
        ItemId = itemId;
        Quantity = quantity;
    }

    public int Id { get; private set; }
    public int DispatchId { get; private set; }
    public int BalanceId { get; private set; }
    public int ItemId { get; private set; }
    public int Quantity { get; private set; }
    public bool Released { get; private set; }

    public void Release() => Released = true;
}
