using Warehouse.Hardware.EscPos;
using Warehouse.Hardware.Transports;

namespace Warehouse.Hardware.Tool;

internal static class TestPrintCommand
{
    public static async Task<int> RunAsync(Arguments arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var address = arguments.Single("PRINTER-URI");
        var width = Cli.Width(arguments);
        await using var printer = PrinterTransports.Create(address);
        string statusText;
        try
        {
            var status = await printer.GetStatusAsync(cancellationToken);
            if (!status.IsReady)
            {
                error.WriteLine($"{printer.Address}: {status} - not printing.");
                return 1;
            }
            statusText = status.ToString();
        }
        catch (PrinterException e) when (e.Failure is PrinterFailure.StatusUnavailable)
        {
            statusText = "unknown (no real-time status)";
        }
        output.WriteLine($"{printer.Address}: {statusText}");

        var receipt = Receipt(printer.Address, width, statusText);
        await printer.WriteAsync(receipt, cancellationToken);
        output.WriteLine($"Sent a {receipt.Length}-byte test receipt.");
        return 0;
    }

    private static byte[] Receipt(string address, PaperWidth width, string status) =>
        new EscPosBuilder(width)
            .Bold().Size(2, 2).Line("打印测试", TextAlign.Center).Size().Bold(false)
            .Line("Warehouse test print", TextAlign.Center)
            .Line($"{DateTime.Now:yyyy-MM-dd HH:mm:ss}", TextAlign.Center)
            .Rule()
            .TwoColumns("打印机 Printer", address)
            .TwoColumns("状态 Status", status)
            .TwoColumns("纸宽 Paper", $"{width.Label()}, {width.Columns()} 列")
            .Rule()
            .Table(
                [new TableColumn("物资 Item", 0), new TableColumn("数量 Qty", 8, TextAlign.Right)],
                [
                    ["折叠床 Folding bed", "12 张"],
                    ["救生衣 Life jacket", "40 件"],
                    ["应急照明灯（充电式）Rechargeable emergency lamp", "6 台"],
                ])
            .Rule()
            .Line("中文：应急物资储备与调拨系统")
            .Line("English: emergency supplies reserve and dispatch")
            .Line()
            .Code128("WI-SH-0101")
            .Line()
            .QrCode("WD-DP20261123-0007")
            .Footer("测试完成 Test complete")
            .Cut()
            .ToArray();
}
