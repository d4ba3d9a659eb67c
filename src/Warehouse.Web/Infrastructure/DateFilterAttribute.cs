using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;

namespace Warehouse.Web.Infrastructure;

/// A date a user types into a filter or form: refused outside the years the bureau can mean, so that a date such
/// as 9999-12-31 is a message to the user rather than an overflow when the day after it is converted to UTC.
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class DateFilterAttribute : ValidationAttribute
{
    /// The first day accepted.
    public static readonly DateOnly First = new(1900, 1, 1);

    /// The last day accepted.
    public static readonly DateOnly Last = new(2999, 12, 31);

    public DateFilterAttribute() => ErrorMessage = "Enter a date between 1900-01-01 and 2999-12-31.";

    /// Refuses with the message in the user's language: MVC localizes only the attributes it has adapters for.
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (IsValid(value))
            return ValidationResult.Success;
        var localizer = validationContext.GetService(typeof(IStringLocalizer<SharedResource>)) as IStringLocalizer;
        return new ValidationResult(localizer?[ErrorMessage!].Value ?? ErrorMessage);
    }

    public override bool IsValid(object? value) => value switch
    {
        null => true,
        DateOnly day => day >= First && day <= Last,
        DateTime time => IsValid(DateOnly.FromDateTime(time)),
        _ => false,
    };
}
