using Warehouse.Hardware.Barcodes;

namespace Warehouse.Web.Features.Printing;

/// The symbols a label on the A4 sheet shows, as SVG drawn by ZXing.Net: a GS1 label's GS1 Data Matrix beside its
/// GS1-128 (FNC1 first, so scanners report the elements), any other label's Code 128 of our own code (a kit's with a QR code
/// of it beside).
public static class LabelPictures
{
    public static IReadOnlyList<string> Svgs(LabelContent label) => label.Gs1
        ?
        [
            Gs1Symbols.Svg(Gs1Symbols.Gs1DataMatrix(label.Code, moduleSize: 4)),
            BarcodeRenderer.Code128Svg(label.Code, gs1: true, new BarcodeImageOptions { ModuleSize = 2, BarHeight = 40 }),
        ]
        : label.WithQr
            ?
            [
                BarcodeRenderer.Code128Svg(label.Code, options: new BarcodeImageOptions { ModuleSize = 2, BarHeight = 40 }),
                BarcodeRenderer.QrSvg(label.Code, options: new BarcodeImageOptions { ShowText = false }),
            ]
            : [BarcodeRenderer.Code128Svg(label.Code, options: new BarcodeImageOptions { ModuleSize = 2, BarHeight = 40 })];
}
