#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QVideoSink>
#include <QtQml/qqmlregistration.h>

namespace Aanwezig {

// Reads QR codes from the frames of a video sink (the camera's viewfinder,
// VideoOutput.videoSink): a few frames a second go through QrCodeDecoder;
// found() tells each new text once.
class QrScanner : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // a QVideoSink (VideoOutput.videoSink); a QObject here, so that QML tools
    // need no Qt Multimedia types to read this module
    Q_PROPERTY(QObject *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    // frames further apart than this are all read; closer ones are skipped
    Q_PROPERTY(int intervalMs READ intervalMs WRITE setIntervalMs NOTIFY intervalMsChanged)
public:
    explicit QrScanner(QObject *parent = nullptr);

    QObject *videoSink() const { return m_sink; }
    void setVideoSink(QObject *sink);
    int intervalMs() const { return m_intervalMs; }
    void setIntervalMs(int intervalMs);

Q_SIGNALS:
    void found(const QString &text);
    void videoSinkChanged();
    void intervalMsChanged();

private:
    void readFrame(const QVideoFrame &frame);

    QPointer<QVideoSink> m_sink;
    QMetaObject::Connection m_frames;
    QElapsedTimer m_sinceLastRead;
    int m_intervalMs = 250;
    QString m_lastText;
};

} // namespace Aanwezig
