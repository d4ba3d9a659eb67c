namespace Warehouse.Data.Suppliers;

/// Where agreement reserves come in an approval's proposal: after our own depots (the default), or before them when
/// `Allocation:AgreementsFirst` is set.
public sealed record SupplierSourcing(bool AgreementsFirst);

/// An agreement that can cover part of a request's line today: its number, supplier, what is left and how fast it comes.
public sealed record AgreementOption(int AgreementId, string Number, string SupplierName, int Remaining, int ResponseHours);
