import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aanwezig

// A child's attendance, kindly: the real figure, the tier in plain words and a small trend.
Page {
    id: page

    property alias studentId: figures.studentId
    property string studentName

    objectName: "attendancePage"
    title: studentName.length > 0 ? qsTr("Aanwezigheid van %1").arg(studentName) : qsTr("Aanwezigheid")

    background: Rectangle {
        color: Theme.background
    }

    AttendanceFigures {
        id: figures
        store: Session.store
    }
    PageColumn {
        EmptyState {
            Layout.fillWidth: true
            explanation: qsTr("Zodra school de aanwezigheid deelt, zie je hier hoe het gaat.")
            objectName: "emptyState"
            title: qsTr("Nog geen cijfers")
            visible: !figures.hasFigures
        }
        Card {
            Layout.fillWidth: true
            visible: figures.hasFigures

            ColumnLayout {
                anchors.fill: parent
                spacing: 6

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Aanwezig bij")
                }
                Label {
                    Accessible.name: qsTr("Aanwezig bij %1 van de lessen").arg(text)
                    color: Theme.tierColor(figures.tier)
                    font.bold: true
                    font.pixelSize: 40
                    objectName: "rateText"
                    text: figures.rateText
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("van de lessen. %1.").arg(figures.missedShareText)
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    Layout.topMargin: 8
                    font.bold: true
                    objectName: "tierName"
                    text: figures.tierName
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: figures.tierExplanation
                    wrapMode: Text.Wrap
                }
            }
        }
        Card {
            Layout.fillWidth: true
            visible: figures.trend.length > 1

            ColumnLayout {
                anchors.fill: parent

                Label {
                    Accessible.name: text
                    Accessible.role: Accessible.Heading
                    font.bold: true
                    text: qsTr("Per week")
                }
                TrendChart {
                    Layout.fillWidth: true
                    labels: figures.trendLabels
                    objectName: "trendChart"
                    points: figures.trend
                }
                Label {
                    Layout.fillWidth: true
                    color: Theme.muted
                    font.pixelSize: 12
                    text: qsTr("De stippellijn is 95 %: goede aanwezigheid.")
                    wrapMode: Text.Wrap
                }
            }
        }
        Label {
            Layout.fillWidth: true
            color: Theme.muted
            text: qsTr("Elke gemiste les telt mee, ook ziekte. Zo zie je samen met school wat je kind mist, zonder oordeel.")
            visible: figures.hasFigures
            wrapMode: Text.Wrap
        }
    }
}
