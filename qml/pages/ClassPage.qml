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
    }
    RefreshableList {
        anchors.fill: parent
        cardModel: classModel
        emptyExplanation: qsTr("Zodra school de klas heeft gekoppeld, zie je de leerlingen hier.")
        emptyTitle: qsTr("Nog geen leerlingen")
        objectName: "classList"
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

            contentItem: RowLayout {
                spacing: Theme.gap

                Rectangle {
                    Layout.preferredHeight: 12
                    Layout.preferredWidth: 12
                    color: Theme.tierColor(studentRow.tier)
                    radius: 6
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
