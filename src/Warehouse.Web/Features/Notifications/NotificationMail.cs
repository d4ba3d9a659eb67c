using System.Globalization;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;
using Warehouse.Data.Identity;
using Warehouse.Domain.Notifications;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Notifications;

/// The SMTP server notices are also mailed through (`Notifications:Smtp:` in configuration); no host, no mail.
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 25;

    /// TLS from the first byte (port 465) when true; otherwise STARTTLS when the server offers it.
    public bool UseSsl { get; set; }
    public string From { get; set; } = "warehouse@localhost";
    public string? UserName { get; set; }
    public string? Password { get; set; }
}

/// Mails each new notice to its reader's address, in the bureau's default language, when SMTP is configured. A mail
/// that cannot be sent is logged: the notice is stored and on the bell all the same.
public sealed class NotificationMail(IOptions<SmtpOptions> options, IStringLocalizer<SharedResource> localizer,
    ILogger<NotificationMail> logger)
{
    public async Task SendAsync(IServiceProvider services, IReadOnlyList<Notification> notices)
    {
        var smtp = options.Value;
        if (string.IsNullOrWhiteSpace(smtp.Host) || notices.Count == 0)
            return;
        var names = notices.Select(n => n.UserName).Distinct().ToList();
        var addresses = await services.GetRequiredService<UserManager<WarehouseUser>>().Users
            .Where(u => names.Contains(u.UserName!) && u.Email != null && !u.Disabled)
            .ToDictionaryAsync(u => u.UserName!, u => u.Email!);
        var mails = notices.Where(n => addresses.ContainsKey(n.UserName)).Select(n => Message(smtp, addresses[n.UserName], n)).ToList();
        if (mails.Count == 0)
            return;
        try
        {
            using var client = new SmtpClient();
            await client.ConnectAsync(smtp.Host, smtp.Port,
                smtp.UseSsl ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable);
            if (!string.IsNullOrEmpty(smtp.UserName))
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "");
            foreach (var mail in mails)
                await client.SendAsync(mail);
            await client.DisconnectAsync(true);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "{Count} notification mails could not be sent through {Host}.", mails.Count, smtp.Host);
        }
    }

    private MimeMessage Message(SmtpOptions smtp, string address, Notification notice)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        try
        {
            var text = localizer[$"Notification.{notice.Kind}", notice.RequestNumber].Value;
            var message = new MimeMessage { Subject = text, Body = new TextPart("plain") { Text = text } };
            message.From.Add(MailboxAddress.Parse(smtp.From));
            message.To.Add(MailboxAddress.Parse(address));
            return message;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
