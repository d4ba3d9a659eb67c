using Warehouse.Domain.Common;

namespace Warehouse.Domain.Allocation;

/// One scan at the source depot: what was taken from which balance (batch, unit, bin).
public sealed class DispatchPick
{
    private DispatchPick() { }

    internal DispatchPick(int itemId, int quantity, int balanceId, int? batchId, int? unitId, int? locationId, ClientKey clientKey,
        string by, DateTime atUtc, string? fefoOverride)
    {
        ItemId = itemId;
        Quantity = quantity;
        BalanceId = balanceId;
        BatchId = batchId;
        EquipmentUnitId = unitId;
        LocationId = locationId;
        ClientId = clientKey.Id;
        ClientScope = clientKey.Scope;
        RequestFingerprint = clientKey.Fingerprint;
        PickedBy = by;
        PickedAt = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
        FefoOverride = fefoOverride;
    }

    public int Id { get; private set; }
    public int DispatchId { get; private set; }
    public int ItemId { get; private set; }
    public int Quantity { get; private set; }
    public int BalanceId { get; private set; }
    public int? BatchId { get; private set; }
    public int? EquipmentUnitId { get; private set; }
    public int? LocationId { get; private set; }
    public string ClientId { get; private set; } = "";
    public string ClientScope { get; private set; } = "";
    public string? RequestFingerprint { get; private set; }
    public string PickedBy { get; private set; } = "";
    public DateTime PickedAt { get; private set; }
    public string? FefoOverride { get; private set; }

    /// Why a manager let a unit that is not ready (overdue, under repair) go out on this dispatch, and who did.
    public string? ReadinessOverride { get; private set; }

    public void OverrideReadiness(string reason, string manager) => ReadinessOverride = $"{manager}: {reason}";
}
