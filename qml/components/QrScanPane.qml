import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import QtMultimedia
import Aanwezig

// The camera's view on the first-run screen: the QR code on the school's
// letter holds a pairing link (Session.openPairingLink), which fills in the
// address and the code.
ColumnLayout {
    id: pane

    readonly property bool hasCamera: mediaDevices.videoInputs.length > 0

    objectName: "qrScanPane"
    spacing: 8

    MediaDevices {
        id: mediaDevices
    }
    CaptureSession {
        videoOutput: viewfinder

        camera: Camera {
            active: pane.visible && pane.hasCamera
        }
    }
    VideoOutput {
        id: viewfinder
        Accessible.name: qsTr("Camerabeeld")
        Accessible.role: Accessible.Graphic
        Layout.fillWidth: true
        Layout.preferredHeight: width * 3 / 4
        fillMode: VideoOutput.PreserveAspectCrop
        visible: pane.hasCamera
    }
    QrScanner {
        videoSink: viewfinder.videoSink

        onFound: text => {
            if (!Session.openPairingLink(text))
                hint.text = qsTr("Deze QR-code is geen koppelcode van Aanwezig. Scan de code in de brief van school.");
        }
    }
    Label {
        id: hint
        Layout.fillWidth: true
        objectName: "scanHint"
        text: pane.hasCamera ? qsTr("Richt de camera op de QR-code in de brief van school.") : qsTr("Geen camera gevonden. Typ het adres en de code uit de brief over.")
        wrapMode: Text.Wrap
    }
}
