namespace Warehouse.Web.Features.Shared;

/// The signature pad partial: its label, the role it is for (names its test id) and whether the browser's position is
/// asked for too (the receiver's, never blocking).
public sealed record SignaturePadModel(string Label, string Role, bool WithPosition = false);
