using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Warehouse.Data.Auditing;
using Warehouse.Data.Identity;
using Warehouse.Domain.Auditing;

namespace Warehouse.Web.Features.Account.SetPassword;

/// The set-password form: the link's user and token, and the new password twice.
public sealed class SetPasswordForm
{
    public string User { get; set; } = "";

    public string Token { get; set; } = "";

    [Required(ErrorMessage = "Enter a new password."), MaxLength(200), DataType(DataType.Password), Display(Name = "New password")]
    public string New { get; set; } = "";

    [Compare(nameof(New), ErrorMessage = "The two new passwords differ."), DataType(DataType.Password), Display(Name = "New password again")]
    public string Confirm { get; set; } = "";
}

/// A new user's one-time link: checks it, and sets the password by the policy, which renews the security stamp and so
/// burns the link (and any other reset token of theirs).
public sealed class SetPasswordLinks(UserManager<WarehouseUser> users, AuditTrail audit)
{
    /// The user the link is for, or null when it is not (or no longer) good.
    public async Task<WarehouseUser?> UserOfAsync(string? userId, string? token)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(token) || await users.FindByIdAsync(userId) is not { } user
            || user.Disabled)
            return null;
        var valid = await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider,
            UserManager<WarehouseUser>.ResetPasswordTokenPurpose, token);
        return valid ? user : null;
    }

    /// The password policy's complaints, none when the password was set; null when the link is not good.
    public async Task<IReadOnlyList<string>?> SetAsync(SetPasswordForm form)
    {
        if (await UserOfAsync(form.User, form.Token) is not { } user)
            return null;
        var result = await users.ResetPasswordAsync(user, form.Token, form.New);
        if (!result.Succeeded)
            return result.Errors.Select(e => e.Description).ToList();
        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await audit.RecordNowAsync(AuditActions.PasswordSetByLink, $"user {user.UserName}", null);
        return [];
    }
}

/// The set-password page: the form and whose password it sets.
public sealed record SetPasswordPage(SetPasswordForm Form, string UserName);
