namespace Warehouse.Domain.Kits;

/// Where a packed kit is in its life: on the shelf, taken onto a dispatch being picked, out on the road, or taken apart.
public enum KitState
{
    Packed,
    Picked,
    Dispatched,
    Unpacked,
}
