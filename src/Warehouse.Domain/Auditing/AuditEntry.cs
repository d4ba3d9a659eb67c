namespace Warehouse.Domain.Auditing;

/// Who did what, when and from where. Written in the same transaction as the change it records.
public sealed class AuditEntry : IChained
{
    private AuditEntry() { }

    public AuditEntry(DateTime atUtc, string userName, string action, string subject, string? detail, string? origin)
    {
        At = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
        UserName = userName;
        Action = action;
        Subject = subject;
        Detail = detail is { Length: > 2000 } ? detail[..2000] : detail;
        Origin = origin;
    }

    public long Id { get; private set; }
    public DateTime At { get; private set; }
    public string UserName { get; private set; } = "";
    public string Action { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string? Detail { get; private set; }
    public string? Origin { get; private set; }
    public long? Sequence { get; private set; }
    public string? PreviousHash { get; private set; }
    public string? Hash { get; private set; }

    public IEnumerable<string?> ChainContent(string? documentNumber) =>
        [HashChain.Text(At), UserName, Action, Subject, Detail, Origin];

    public string Seal(long sequence, string previousHash, string? documentNumber)
    {
        Sequence = sequence;
        PreviousHash = previousHash;
        return Hash = HashChain.Link(previousHash, sequence, ChainContent(documentNumber));
    }
}

public static class AuditActions
{
    public const string LoginSucceeded = "login.succeeded";
    public const string LoginFailed = "login.failed";
    public const string LockedOut = "login.locked-out";
    public const string Logout = "logout";
    public const string StockReceipt = "stock.receipt";
    public const string StockIssue = "stock.issue";
    public const string CatalogCreated = "catalog.created";
    public const string CatalogUpdated = "catalog.updated";
    public const string CatalogDeleted = "catalog.deleted";
    public const string StationCreated = "station.created";
    public const string StationRevoked = "station.revoked";
    public const string StationPrinter = "station.printer";
    public const string PrinterCreated = "printer.created";
    public const string PrinterChanged = "printer.changed";
    public const string PrintJobChanged = "printjob.changed";
    public const string TwoFactorSucceeded = "login.2fa-succeeded";
    public const string TwoFactorFailed = "login.2fa-failed";
    public const string RecoveryCodeUsed = "login.recovery-code";
    public const string UserCreated = "user.created";
    public const string UserChanged = "user.changed";
    public const string UserDisabled = "user.disabled";
    public const string UserEnabled = "user.enabled";
    public const string UserUnlocked = "user.unlocked";
    public const string PasswordReset = "user.password-reset";
    public const string PasswordChanged = "account.password-changed";
    public const string TwoFactorEnabled = "account.2fa-enabled";
    public const string TwoFactorDisabled = "account.2fa-disabled";
    public const string RecoveryCodesRenewed = "account.recovery-codes";
    public const string DeliveryCodeReissued = "allocation.code-reissued";
    public const string BureauSetUp = "setup.bureau";
    public const string CatalogImported = "catalog.imported";
    public const string CountPlanned = "count.planned";
    public const string CountStep = "count.step";
    public const string CountApproved = "count.approved";
    public const string PasswordSetByLink = "user.password-set-by-link";
    public const string PeriodClosed = "period.closed";
    public const string PeriodSignedOff = "period.signed-off";
    public const string OfflinePostingRefused = "stock.offline-refused";
    public const string OfflineRefusalDismissed = "stock.offline-refusal-dismissed";
    public const string ApprovalStepApproved = "allocation.approve-step";
    public const string ApprovalRuleSaved = "approval.rule-saved";
    public const string ApprovalRuleRetired = "approval.rule-retired";
    public const string DeputyNamed = "approval.deputy-named";
    public const string DeputyRevoked = "approval.deputy-revoked";
    public const string ApprovalStepEscalated = "allocation.step-escalated";
    public const string MaintenanceChecked = "maintenance.checked";
    public const string RepairOpened = "maintenance.repair-opened";
    public const string RepairClosed = "maintenance.repair-closed";
    public const string ReadinessOverridden = "allocation.readiness-override";
    public const string WriteOffProposed = "stock.write-off-proposed";
    public const string WriteOffApproved = "stock.write-off-approved";
    public const string WriteOffRejected = "stock.write-off-rejected";
    public const string MaintenancePlanSaved = "maintenance.plan-saved";
    public const string MaintenancePlanRemoved = "maintenance.plan-removed";
    public const string ReadinessWaived = "allocation.readiness-waived";
    public const string KitDefined = "kit.defined";
    public const string KitPacked = "kit.packed";
    public const string KitUnpacked = "kit.unpacked";
    public const string KitPicked = "kit.picked";
    public const string KitReturned = "kit.returned";
    public const string BreachExplained = "allocation.breach-explained";
    public const string DepartmentKeyCreated = "department-key.created";
    public const string DepartmentKeyRevoked = "department-key.revoked";
    public const string SupplierSaved = "supplier.saved";
    public const string AgreementSaved = "supplier.agreement-saved";
    public const string CallUpOrdered = "supplier.call-up-ordered";
    public const string CallUpSent = "supplier.call-up-sent";
    public const string CallUpDelivered = "supplier.call-up-delivered";
    public const string DriverSigned = "allocation.driver-signed";
    public const string ReceiverSigned = "allocation.receiver-signed";
    public const string ExportStarted = "export.started";
    public const string AgreementEnded = "supplier.agreement-ended";
    public const string CallUpCancelled = "supplier.call-up-cancelled";
}
