using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Warehouse.Data.Infrastructure;

/// Every stored time is UTC; reading it back marks it so, so that conversion to the bureau's zone is right.
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
