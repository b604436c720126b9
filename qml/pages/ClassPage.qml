pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aanwezig

// The class at a glance: the tier pyramid next to the healthy shares, and the
// students by tier, those who may need attention first.
Page {
    id: page
    objectName: "classPage"
    title: qsTr("Klas")

    background: Rectangle {
        color: Theme.background
    }

    ClassOverviewModel {
        id: classModel
        store: Session.store
    }
    RefreshableList {
        anchors.fill: parent
        cardModel: classModel
        emptyExplanation: qsTr("Zodra school de klas heeft gekoppeld, zie je de leerlingen hier.")
        emptyTitle: qsTr("Nog geen leerlingen")
        objectName: "classList"
        title: page.title
        spacing: 0

        cardDelegate: AppItemDelegate {
            id: studentRow

            required property string className
            required property string displayName
            required property string rateText
            required property string studentId
            required property int tier
            required property string tierName

            Accessible.name: displayName + ", " + rateText + ", " + tierName
            objectName: "student_" + studentId

            // A row that opens the student: a tier mark with its number (not
            // colour alone), the rate and a chevron, on a card-coloured strip.
            contentItem: RowLayout {
                spacing: Theme.gap

                Rectangle {
                    Layout.preferredHeight: 24
                    Layout.preferredWidth: 24
                    color: Theme.tierColor(studentRow.tier)
                    objectName: "tierMark"
                    radius: 12

                    Label {
                        anchors.centerIn: parent
                        color: Theme.textOnAccent
                        font.bold: true
                        font.pixelSize: 12
                        text: studentRow.tier > 0 ? studentRow.tier : "–"
                    }
                }
                Label {
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    text: studentRow.displayName
                }
                Label {
                    color: Theme.muted
                    text: studentRow.rateText
                }
                Label {
                    color: Theme.muted
                    font.pixelSize: 20
                    objectName: "chevron"
                    text: studentRow.mirrored ? "‹" : "›"
                }
            }
            background: Rectangle {
                color: studentRow.down ? Theme.pressed : Theme.card
                implicitHeight: Theme.touch

                Rectangle {
                    anchors.bottom: parent.bottom
                    color: Theme.track
                    height: 1
                    width: parent.width
                }
            }

            onClicked: page.StackView.view.push(Qt.resolvedUrl("StudentPage.qml"), {
                    "studentId": studentRow.studentId,
                    "studentName": studentRow.displayName
                })
        }
        above: ColumnLayout {
            spacing: Theme.gap

            AppComboBox {
                Accessible.name: qsTr("Klas kiezen")
                Layout.fillWidth: true
                model: classModel.classChoices
                objectName: "classBox"
                visible: classModel.classNames.length > 1

                onActivated: index => classModel.className = index === 0 ? "" : classModel.classNames[index - 1]
            }
            TierPyramid {
                Layout.fillWidth: true
                objectName: "tierPyramid"
                shares: classModel.tierShares
                visible: classModel.withFiguresCount > 0
            }
        }
    }
}
