namespace Warehouse.Domain.Common;

/// Refusals of kits (成套装备): their definitions, packing, picking, returning and unpacking them.
public static partial class Errors
{
    public static DomainError KitQuantityInvalid(string quantity, int limit) =>
        new("KitQuantityInvalid", $"A kit's quantity is a whole number from 1 to {limit} (got {quantity}).", quantity, limit);

    public static DomainError KitDefinitionCodeTaken(string code) =>
        new("KitDefinitionCodeTaken", $"There is already a kit definition {code}.", code) { Kind = ErrorKind.Conflict };

    public static DomainError UnknownKitDefinition(int id) =>
        new("UnknownKitDefinition", $"Unknown kit definition #{id}.", id) { Kind = ErrorKind.NotFound };

    public static DomainError KitDefinitionEmpty(string code) =>
        new("KitDefinitionEmpty", $"Kit definition {code} has no items yet: add its bill of items first.", code)
            { Kind = ErrorKind.Conflict };

    public static DomainError UnknownKit(string code) =>
        new("UnknownKit", $"Unknown kit '{code}'.", code) { Kind = ErrorKind.Unprocessable };

    public static DomainError KitNotOpen(string kit) =>
        new("KitNotOpen", $"Kit {kit} is not on the shelf packed: nothing can be packed into it now.", kit) { Kind = ErrorKind.Conflict };

    public static DomainError NotInKit(string item, string kit) =>
        new("NotInKit", $"{item} is not on kit {kit}'s bill of items.", item, kit) { Kind = ErrorKind.Conflict };

    public static DomainError KitLineFull(string item, int quantity) =>
        new("KitLineFull", $"The kit already holds all {quantity} of {item} it needs.", item, quantity) { Kind = ErrorKind.Conflict };

    public static DomainError UnitAlreadyInKit(string unit, string kit) =>
        new("UnitAlreadyInKit", $"Unit {unit} is already packed in kit {kit}.", unit, kit) { Kind = ErrorKind.Conflict };

    public static DomainError KitStockNotFree(string item, int wanted, int free) =>
        new("KitStockNotFree", $"Only {free} of {item} are free to pack here (wanted {wanted}); the rest are reserved or in kits.",
            item, wanted, free) { Kind = ErrorKind.Conflict };

    public static DomainError KitOnDispatch(string kit) =>
        new("KitOnDispatch", $"Kit {kit} is out on a dispatch: it is unpacked only when it is back.", kit) { Kind = ErrorKind.Conflict };

    public static DomainError KitNotOnDispatch(string kit, string dispatch) =>
        new("KitNotOnDispatch", $"Kit {kit} did not go out on dispatch {dispatch}.", kit, dispatch) { Kind = ErrorKind.Conflict };

    public static DomainError KitNotPickable(string kit) =>
        new("KitNotPickable", $"Kit {kit} is not packed on this depot's shelf, so it cannot be picked.", kit) { Kind = ErrorKind.Conflict };

    public static DomainError KitItemNotOnDispatch(string kit, string item, string dispatch) =>
        new("KitItemNotOnDispatch", $"Kit {kit} holds {item}, which dispatch {dispatch} does not ask for (or not that many).",
            kit, item, dispatch) { Kind = ErrorKind.Conflict };

    public static DomainError PackedInKit(string item, string kit) =>
        new("PackedInKit", $"This {item} is packed in kit {kit}: scan the kit's label, or unpack it first.", item, kit)
            { Kind = ErrorKind.Conflict };

    public static DomainError KitNotForTransfer(string kit) =>
        new("KitNotForTransfer", $"Kit {kit} is not sent on a transfer between depots: unpack it and send its components loose.", kit)
            { Kind = ErrorKind.Conflict };

    public static DomainError KitEmpty(string kit) =>
        new("KitEmpty", $"Kit {kit} holds nothing.", kit) { Kind = ErrorKind.Conflict };
}
