#pragma once

#include <QImage>
#include <QString>

namespace Aanwezig {

// Reads the text of a QR code in a picture (a camera frame, a scanned letter)
// with zxing-cpp. Empty when the picture holds no readable QR code.
class QrCodeDecoder
{
public:
    static QString decode(const QImage &image);
};

} // namespace Aanwezig
