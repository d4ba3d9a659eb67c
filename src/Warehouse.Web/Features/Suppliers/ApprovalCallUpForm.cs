namespace Warehouse.Web.Features.Suppliers;

/// On the approval form, how much of a line is called up from one supplier agreement.
public sealed class ApprovalCallUpForm
{
    public int AgreementId { get; set; }
    public int Quantity { get; set; }
}
