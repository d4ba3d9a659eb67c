using System.ComponentModel.DataAnnotations;

namespace Warehouse.Web.Features.Suppliers;

/// A supplier as a manager types it.
public sealed class SupplierForm
{
    public int? Id { get; set; }

    /// The supplier's version when the form was opened; a save with an older one is refused.
    public int Version { get; set; }

    [MaxLength(30)]
    public string? Code { get; set; }

    [MaxLength(100)]
    public string? Name { get; set; }

    [MaxLength(50)]
    public string? Contact { get; set; }

    [MaxLength(30)]
    public string? Phone { get; set; }
}

/// An agreement as a manager types it: the items one per line, an item code and the guaranteed quantity ("SH-0001 200").
public sealed class AgreementForm
{
    public int? Id { get; set; }

    /// The agreement's version when the form was opened; a save with an older one is refused.
    public int Version { get; set; }

    public int SupplierId { get; set; }

    [MaxLength(40)]
    public string? Number { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    public int ResponseHours { get; set; } = 4;

    [MaxLength(10_000)]
    public string? Lines { get; set; }
}

/// The site's receiver types or scans the code on the supplier's call-up order.
public sealed class CallUpDeliveryForm
{
    [MaxLength(200)]
    public string? Code { get; set; }

    [MaxLength(500)]
    public string? Note { get; set; }
}

/// A manager cancels a call-up order that has not been delivered, saying why.
public sealed class CallUpCancelForm
{
    public int Version { get; set; }

    [MaxLength(500)]
    public string? Reason { get; set; }
}

/// A keeper receives a call-up into the depot: per line the quantity counted, the lot and expiry of a batch-tracked item,
/// the serial numbers (one per line) of a serial-numbered one.
public sealed class CallUpReceiveForm
{
    /// The order's version when the page was opened; a receipt with an older one is refused.
    public int Version { get; set; }

    public List<CallUpReceiveLine> Lines { get; set; } = [];
}

public sealed class CallUpReceiveLine
{
    public int ItemId { get; set; }

    public int Quantity { get; set; }

    [MaxLength(40)]
    public string? Lot { get; set; }

    public DateOnly? Expiry { get; set; }

    [MaxLength(20_000)]
    public string? Serials { get; set; }

    /// What the keeper counted, as the receipt takes it: serial numbers one a line (or separated by commas).
    public Domain.Suppliers.CallUpArrival ToArrival() =>
        new(ItemId, Quantity, Lot, Expiry, (Serials ?? "").Split(['\n', '\r', ','], StringSplitOptions.RemoveEmptyEntries));
}
