// zxing-cpp 1.4: text() as UTF-8 (std::string), the type it keeps from 2.0 on.
#define ZX_USE_UTF8
#include "qrcodedecoder.h"

#include <ZXing/ReadBarcode.h>

namespace Aanwezig {

QString QrCodeDecoder::decode(const QImage &image)
{
    if (image.isNull())
        return {};
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(),
                                ZXing::ImageFormat::Lum, int(gray.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return {};
    return QString::fromStdString(result.text());
}

} // namespace Aanwezig
