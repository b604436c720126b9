import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aanwezig

// Who is there for the student: their buddy and their fixed contact person,
// where and when to find them, and a way to send them a word.
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
        store: Session.store
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
                Label {
                    Layout.fillWidth: true
                    objectName: "contactWhere"
                    text: qsTr("Waar en wanneer: %1").arg(planModel.contactWhere)
                    visible: planModel.contactWhere.length > 0
                    wrapMode: Text.Wrap
                }
                AppButton {
                    Accessible.name: qsTr("Stuur %1 een berichtje").arg(planModel.contactPerson)
                    highlighted: true
                    objectName: "writeContactButton"
                    text: qsTr("Stuur een berichtje")
                    visible: !contactReply.visible

                    onClicked: contactReply.visible = true
                }
                ReplyBox {
                    id: contactReply
                    Layout.fillWidth: true
                    studentId: page.studentId
                    visible: false
                }
            }
        }
    }
}
