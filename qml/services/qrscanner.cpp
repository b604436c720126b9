#include "qrscanner.h"

#include "qrcodedecoder.h"

#include <QVideoFrame>

namespace Aanwezig {

QrScanner::QrScanner(QObject *parent) : QObject(parent) {}

void QrScanner::setVideoSink(QObject *object)
{
    auto *sink = qobject_cast<QVideoSink *>(object);
    if (m_sink == sink)
        return;
    disconnect(m_frames);
    m_sink = sink;
    if (m_sink)
        m_frames = connect(m_sink, &QVideoSink::videoFrameChanged, this, &QrScanner::readFrame);
    Q_EMIT videoSinkChanged();
}

void QrScanner::setIntervalMs(int intervalMs)
{
    if (m_intervalMs == intervalMs)
        return;
    m_intervalMs = intervalMs;
    Q_EMIT intervalMsChanged();
}

void QrScanner::readFrame(const QVideoFrame &frame)
{
    if (!frame.isValid() || (m_sinceLastRead.isValid() && m_sinceLastRead.elapsed() < m_intervalMs))
        return;
    m_sinceLastRead.start();
    const QString text = QrCodeDecoder::decode(frame.toImage());
    if (text.isEmpty() || text == m_lastText)
        return;
    m_lastText = text;
    Q_EMIT found(text);
}

} // namespace Aanwezig
