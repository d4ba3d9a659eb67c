using System.Text;

namespace Warehouse.Web.Features.Admin.Import;

/// Splits CSV text into lines of fields (RFC 4180: commas, double quotes around fields that hold commas, quotes or
/// line breaks, a doubled quote inside them).
public static class CsvLines
{
    public static List<List<string>> Parse(string text)
    {
        var lines = new List<List<string>>();
        var line = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    field.Append(text[++i]);
                else if (c == '"')
                    quoted = false;
                else
                    field.Append(c);
            }
            else if (c == '"')
                quoted = true;
            else if (c == ',')
                line.Add(Take(field));
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
                line.Add(Take(field));
                lines.Add(line);
                line = [];
            }
            else
                field.Append(c);
        }
        if (field.Length > 0 || line.Count > 0)
        {
            line.Add(Take(field));
            lines.Add(line);
        }
        return lines;
    }

    private static string Take(StringBuilder field)
    {
        var value = field.ToString();
        field.Clear();
        return value;
    }
}
