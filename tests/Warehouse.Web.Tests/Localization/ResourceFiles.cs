using System.Xml.Linq;

namespace Warehouse.Web.Tests.Localization;

/// The app's resource files, read from the source tree: key to text, for one culture.
internal static class ResourceFiles
{
    public static Dictionary<string, string> Load(string culture)
    {
        var path = Path.Combine(SourceRoot(), "src", "Warehouse.Web", "Resources", $"SharedResource.{culture}.resx");
        return XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? "");
    }

    private static string SourceRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Warehouse.sln")))
            folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("Warehouse.sln not found above the test folder.");
    }
}
