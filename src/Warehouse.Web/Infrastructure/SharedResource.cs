namespace Warehouse.Web;

/// Marker for the one resource set every view and message shares (Resources/SharedResource.*.resx).
public sealed class SharedResource;
