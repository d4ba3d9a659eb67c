using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Warehouse.Data.Identity;
using Warehouse.Web.Features.Allocation;

namespace Warehouse.Web.Tests.Notifications;

/// With `Notifications:Smtp:Host` set, each new notice is also mailed to its reader's address.
public sealed class NotificationMailTests
{
    [Fact]
    public async Task An_escalation_is_mailed_in_chinese_to_the_approvers_who_have_an_address_and_to_no_one_else()
    {
        await using var smtp = new SmtpListener();
        await using var app = new KestrelWarehouseFactory(("Notifications:Smtp:Host", "127.0.0.1"),
            ("Notifications:Smtp:Port", smtp.Port.ToString()), ("Notifications:Smtp:From", "warehouse@bureau.example"));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<WarehouseUser>>();
            foreach (var name in new[] { "manager", "dept" })
            {
                var user = (await users.FindByNameAsync(name))!;
                user.Email = $"{name}@bureau.example";
                Assert.True((await users.UpdateAsync(user)).Succeeded);
            }
        }

        var escalated = await app.Services.GetRequiredService<EscalationWorker>().RunOnceAsync(CancellationToken.None);

        var mail = Assert.Single(smtp.Mails);
        Assert.Equal(["manager@bureau.example"], mail.Recipients);
        var message = await MimeMessage.LoadAsync(new MemoryStream(System.Text.Encoding.ASCII.GetBytes(mail.Data)));
        Assert.Equal($"调拨申请 {Assert.Single(escalated)} 的审批已超时，已催办升级。", message.Subject);
        Assert.Equal("warehouse@bureau.example", message.From.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task Without_an_smtp_host_nothing_is_mailed()
    {
        await using var smtp = new SmtpListener();
        await using var app = new KestrelWarehouseFactory(("Notifications:Smtp:Port", smtp.Port.ToString()));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<WarehouseUser>>();
            var manager = (await users.FindByNameAsync("manager"))!;
            manager.Email = "manager@bureau.example";
            await users.UpdateAsync(manager);
        }

        Assert.NotEmpty(await app.Services.GetRequiredService<EscalationWorker>().RunOnceAsync(CancellationToken.None));

        Assert.Empty(smtp.Mails);
    }
}
