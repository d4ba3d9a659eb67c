using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;

namespace Warehouse.Domain.Suppliers;

/// A contracted supplier (协议供应商) that holds agreement reserves for the bureau and delivers them when called up.
public sealed class Supplier : IVersioned
{
    private Supplier() { }

    public Supplier(string code, string name, string contact, string phone)
    {
        Code = CatalogCodes.Normalize(code, "Code");
        Rename(name, contact, phone);
    }

    public int Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Contact { get; private set; } = "";
    public string Phone { get; private set; } = "";
    public int Version { get; private set; }

    /// Changes how the supplier is named and reached; its code stays.
    public void Rename(string name, string contact, string phone)
    {
        Name = CatalogText.Required(name, "Name", 100);
        Contact = CatalogText.Required(contact, "Contact", 50);
        Phone = CatalogText.Required(phone, "Phone", 30);
    }

    public void Touch() => Version++;
}
