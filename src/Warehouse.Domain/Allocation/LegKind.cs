namespace Warehouse.Domain.Allocation;

/// The stretches a delivery's time splits into: each approval step, approved → picking started, picking → dispatched,
/// dispatched → delivered; for a call-up order, approved (the order) → the supplier's delivery. <see cref="Total"/> is the
/// whole of it, from submission to delivery.
public enum LegKind
{
    ApprovalStep,
    ToPicking,
    Picking,
    Transit,
    Supplier,
    Total,
}
