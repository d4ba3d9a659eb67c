namespace Warehouse.Domain.Common;

/// Refusals of the readiness picture: places, equipment standards, issuing to a place and turning gaps into requests.
public static partial class Errors
{
    public static DomainError PlaceKindInvalid() =>
        new("PlaceKindInvalid", "A place is a township or a village.");

    public static DomainError VillageNeedsTownship() =>
        new("VillageNeedsTownship", "A village belongs to a township; a township belongs to none.");

    public static DomainError PlaceCountInvalid(int limit) =>
        new("PlaceCountInvalid", $"Flood-duty persons and households are whole numbers from 0 to {limit}.", limit);

    public static DomainError VillageHasNoDepot() =>
        new("VillageHasNoDepot", "Only a township has a storage point of its own.");

    public static DomainError UnknownPlace(string place) =>
        new("UnknownPlace", $"Unknown place '{place}'.", place) { Kind = ErrorKind.Unprocessable };

    public static DomainError PlaceRequired() =>
        new("PlaceRequired", "Choose the place the goods are issued to.");

    public static DomainError PlaceNotForReason(string reason) =>
        new("PlaceNotForReason", $"A place is named only when goods are issued to it or returned from it (not for {reason}).", reason);

    public static DomainError CoverageBasisInvalid() =>
        new("CoverageBasisInvalid", "Choose what the quantity is counted per: village, township, flood-duty person or depot.");

    public static DomainError StandardQuantityInvalid(string quantity, int limit) =>
        new("StandardQuantityInvalid", $"A standard's quantity is a whole number from 1 to {limit} (got {quantity}).", quantity, limit);

    public static DomainError UnknownStandard(string standard) =>
        new("UnknownStandard", $"Unknown equipment standard '{standard}'.", standard) { Kind = ErrorKind.NotFound };

    public static DomainError PlaceHasNoGaps(string place) =>
        new("PlaceHasNoGaps", $"{place} holds everything its standards require; there is nothing to request.", place)
            { Kind = ErrorKind.Conflict };
}
