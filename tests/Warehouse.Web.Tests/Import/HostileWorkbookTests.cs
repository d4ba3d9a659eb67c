using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Warehouse.Web.Features.Admin.Import;

namespace Warehouse.Web.Tests.Import;

/// Files made to hurt: a million rows is refused from a streamed count before any cell is read, a CSV in an encoding
/// the import does not read is refused as a whole, and neither writes anything.
public sealed class HostileWorkbookTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    private const int Million = 1_000_000;

    static HostileWorkbookTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task A_workbook_of_a_million_rows_is_refused_as_a_whole_and_nothing_is_written()
    {
        var admin = await factory.SignedInClientAsync("admin");
        await using var db = factory.NewDbContext();
        var items = await db.Items.CountAsync();

        var preview = await admin.UploadAsync(MillionRowWorkbook(), "huge.xlsx");

        Assert.Contains("有工作表超过 100,000 行", preview);
        Assert.Null(ImportWorkbooks.ConfirmId(preview));
        Assert.Equal(items, await db.Items.CountAsync());
    }

    [Fact]
    public async Task A_csv_of_a_million_lines_is_refused_as_a_whole()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var text = new StringBuilder("物资编码,物资名称,物资分类,计量单位,追踪方式\r\n");
        for (var i = 0; i < Million; i++)
            text.Append("M-").Append(i).Append(",口罩,防护用品,个,普通\r\n");

        var preview = await admin.UploadAsync(Encoding.UTF8.GetBytes(text.ToString()), "huge.csv");

        Assert.Contains("有工作表超过 100,000 行", preview);
        Assert.Null(ImportWorkbooks.ConfirmId(preview));
    }

    [Fact]
    public void Counting_a_million_row_sheet_stops_reading_soon_after_the_limit()
    {
        using var sheet = new CountingStream(new MemoryStream(Encoding.UTF8.GetBytes(SheetXml(Million))));

        Assert.True(WorkbookSize.HasRowsPast(sheet, 100_000));

        Assert.True(sheet.BytesRead < sheet.Length / 5, $"read {sheet.BytesRead} of {sheet.Length} bytes");
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("big5")]
    [InlineData("shift_jis")]
    public async Task A_csv_in_an_encoding_other_than_utf8_or_gb18030_is_refused_as_a_whole_and_nothing_is_written(string encoding)
    {
        var admin = await factory.SignedInClientAsync("admin");
        await using var db = factory.NewDbContext();
        var items = await db.Items.CountAsync();
        var text = "物资编码,物资名称,物资分类,计量单位,追踪方式\r\nENC-1,折叠床,临时食宿,张,普通\r\n";

        var preview = await admin.UploadAsync(Encoding.GetEncoding(encoding).GetBytes(text), "items.csv");

        Assert.Contains("此文件不是 Excel 工作簿", preview);
        Assert.Null(ImportWorkbooks.ConfirmId(preview));
        Assert.Equal(items, await db.Items.CountAsync());
    }

    /// An .xlsx package of one 物资 sheet with a million rows, written directly (the sheet's XML streamed into the zip).
    private static byte[] MillionRowWorkbook()
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Entry(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Entry(zip, "xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="物资" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Entry(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            Entry(zip, "xl/worksheets/sheet1.xml", SheetXml(Million));
        }
        return output.ToArray();
    }

    private static string SheetXml(int rows)
    {
        var xml = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        for (var r = 1; r <= rows; r++)
            xml.Append("<row r=\"").Append(r).Append("\"><c r=\"A").Append(r).Append("\" t=\"inlineStr\"><is><t>M-").Append(r).Append("</t></is></c></row>");
        return xml.Append("</sheetData></worksheet>").ToString();
    }

    private static void Entry(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }

    /// A stream that counts the bytes read from it.
    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
