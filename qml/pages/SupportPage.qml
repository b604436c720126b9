import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aanwezig

// Who is there for the student: their buddy and their fixed contact person.
Page {
    id: page

    property alias studentId: planModel.studentId

    objectName: "supportPage"
    title: qsTr("Steun")

    background: Rectangle {
        color: Theme.background
    }

    ReturnPlanModel {
        id: planModel
    }
    PageColumn {
        EmptyState {
            Layout.fillWidth: true
            Layout.topMargin: Theme.margin
            explanation: qsTr("Je mentor spreekt met je af wie je buddy en je contactpersoon zijn.")
            objectName: "emptyState"
            title: qsTr("Nog niets afgesproken")
            visible: planModel.buddy.length === 0 && planModel.contactPerson.length === 0
        }
        Card {
            Layout.fillWidth: true
            visible: planModel.buddy.length > 0

            ColumnLayout {
                anchors.fill: parent

                Label {
                    color: Theme.muted
                    text: qsTr("Je buddy")
                }
                Label {
                    font.bold: true
                    font.pixelSize: 20
                    objectName: "buddyName"
                    text: planModel.buddy
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Houdt aantekeningen voor je bij en loopt de eerste dag met je mee.")
                    wrapMode: Text.Wrap
                }
            }
        }
        Card {
            Layout.fillWidth: true
            visible: planModel.contactPerson.length > 0

            ColumnLayout {
                anchors.fill: parent

                Label {
                    color: Theme.muted
                    text: qsTr("Je vaste contactpersoon")
                }
                Label {
                    font.bold: true
                    font.pixelSize: 20
                    objectName: "contactPersonName"
                    text: planModel.contactPerson
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Bij deze persoon kun je altijd terecht, ook als het even niet gaat.")
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
