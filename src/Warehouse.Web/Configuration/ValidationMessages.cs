using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Configuration;

/// The framework's own validation and binding messages, in the page's language. A validation attribute without a
/// message of its own gets the framework's English sentence as its message, which the data-annotation localizer then
/// looks up in the resources like every other text; binding messages are looked up directly.
public sealed class ValidationMessages : IValidationMetadataProvider
{
    public const string Required = "The {0} field is required.";
    public const string MaxLength = "The field {0} must be a string or array type with a maximum length of '{1}'.";
    public const string MinLength = "The field {0} must be a string or array type with a minimum length of '{1}'.";
    public const string StringLength = "The field {0} must be a string with a maximum length of {1}.";
    public const string StringLengthRange = "The field {0} must be a string with a minimum length of {2} and a maximum length of {1}.";
    public const string Range = "The field {0} must be between {1} and {2}.";
    public const string Compare = "'{0}' and '{1}' do not match.";
    public const string Pattern = "The field {0} is not in the expected form.";

    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
        {
            if (attribute.ErrorMessage is not null || attribute.ErrorMessageResourceName is not null)
                continue;
            attribute.ErrorMessage = attribute switch
            {
                RequiredAttribute => Required,
                MaxLengthAttribute => MaxLength,
                MinLengthAttribute => MinLength,
                StringLengthAttribute { MinimumLength: > 0 } => StringLengthRange,
                StringLengthAttribute => StringLength,
                RangeAttribute => Range,
                CompareAttribute => Compare,
                RegularExpressionAttribute or EmailAddressAttribute or PhoneAttribute => Pattern,
                _ => null,
            };
        }
    }

    /// The model binder's messages ("the value is not valid", "a value is required"), localized per request.
    public static void Localize(MvcOptions options, IStringLocalizerFactory factory)
    {
        var localizer = factory.Create(typeof(SharedResource));
        var messages = options.ModelBindingMessageProvider;
        messages.SetValueIsInvalidAccessor(value => localizer["The value '{0}' is not valid.", value]);
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => localizer["The value '{0}' is not valid for {1}.", value, field]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => localizer["The value '{0}' is not valid.", value]);
        messages.SetUnknownValueIsInvalidAccessor(field => localizer["The value for {0} is not valid.", field]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => localizer["The value is not valid."]);
        messages.SetValueMustBeANumberAccessor(field => localizer["The field {0} must be a number.", field]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => localizer["The field must be a number."]);
        messages.SetMissingBindRequiredValueAccessor(field => localizer["A value for the '{0}' parameter or property was not provided.",
            field]);
        messages.SetMissingKeyOrValueAccessor(() => localizer["A value is required."]);
        messages.SetValueMustNotBeNullAccessor(value => localizer["The value '{0}' is invalid.", value]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => localizer["A non-empty request body is required."]);
    }
}
