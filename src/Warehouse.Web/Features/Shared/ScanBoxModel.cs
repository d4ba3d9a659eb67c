namespace Warehouse.Web.Features.Shared;

/// The scan box partial: the input's id and name, its label, and how long a code may be.
public sealed record ScanBoxModel(string Label, string Id = "scan-box", string? Name = null, int MaxLength = 512,
    string? Placeholder = null);
