using Warehouse.Domain.Common;

namespace Warehouse.Domain.Catalog;

public sealed class Department : IVersioned
{
    private Department() { }

    public Department(string code, string name)
    {
        Code = CatalogCodes.Normalize(code, nameof(Code));
        Rename(name);
    }

    public int Id { get; private set; }
    public int Version { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";

    public void Rename(string name) => Name = CatalogText.Required(name, nameof(Name), 100);

    public void Touch() => Version++;
}
