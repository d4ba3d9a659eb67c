using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Warehouse.Data.Identity;

namespace Warehouse.Web.Infrastructure.Security;

/// Refuses a password that is, or contains, the user's own name: the first thing anyone guesses.
public sealed class UserNameInPasswordValidator(IStringLocalizer<SharedResource> localizer) : IPasswordValidator<WarehouseUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<WarehouseUser> manager, WarehouseUser user, string? password)
    {
        var name = user.UserName;
        var refused = !string.IsNullOrEmpty(name) && !string.IsNullOrEmpty(password)
            && password.Contains(name, StringComparison.OrdinalIgnoreCase);
        return Task.FromResult(refused
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordContainsUserName",
                Description = localizer["The password must not contain the user name."] })
            : IdentityResult.Success);
    }
}

/// Identity's messages that users meet (password rules, names, wrong current password) in the page's language.
public sealed class LocalizedIdentityErrors(IStringLocalizer<SharedResource> localizer) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort),
        "The password must be at least {0} characters long.", length);
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "The password must contain a digit.");
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower),
        "The password must contain a lower-case letter.");
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper),
        "The password must contain an upper-case letter.");
    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), "The password must contain a character that is neither a letter nor a digit.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), "The password must contain at least {0} different characters.", uniqueChars);
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "The current password is wrong.");
    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), "User name {0} is already taken.", userName);
    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), "User name {0} may contain only letters, digits and - . _ @ +.", userName ?? "");
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "The code is wrong or has expired.");

    private IdentityError Error(string code, string text, params object[] arguments) =>
        new() { Code = code, Description = localizer[text, arguments] };
}
