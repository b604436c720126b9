pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Material
import Aanwezig

// The parent's reports: saved on the phone, sent, received, seen by the mentor.
Page {
    id: page

    property alias studentId: reportsModel.studentId

    objectName: "parentReportsPage"
    title: qsTr("Meldingen")

    background: Rectangle {
        color: Theme.background
    }

    RefreshableList {
        anchors.fill: parent
        emptyExplanation: qsTr("Als je je kind ziek of afwezig meldt, zie je hier hoe ver de melding is.")
        emptyTitle: qsTr("Geen meldingen")
        objectName: "reportsList"
        title: page.title

        cardDelegate: ReportDelegate {
            id: reportCard
            onBetterRequested: {
                betterDialog.reportId = reportCard.reportId;
                betterDialog.childName = reportCard.studentName;
                betterDialog.open();
            }
            onWithdrawRequested: {
                if (!notice.sayIfRefused(AbsenceActions.withdraw(reportCard.reportId)))
                    notice.say(qsTr("Ingetrokken: de melding geldt niet meer."));
            }
        }
        cardModel: ReportsModel {
            id: reportsModel
            store: Session.store
        }
    }
    // "Beter melden" ends the report for school: asked first.
    AppDialog {
        id: betterDialog

        property string childName
        property string reportId

        acceptButton.objectName: "betterConfirmButton"
        acceptText: qsTr("Beter melden")
        objectName: "betterDialog"
        rejectButton.objectName: "betterCancelButton"
        title: qsTr("Is %1 weer beter?").arg(betterDialog.childName)
        width: Math.min(page.width - 2 * Theme.margin, 400)

        onAccepted: {
            if (!notice.sayIfRefused(AbsenceActions.reportBetter(betterDialog.reportId)))
                notice.say(qsTr("Fijn dat het weer beter gaat!"));
        }

        Label {
            text: qsTr("De ziekmelding stopt vandaag en school verwacht %1 weer.").arg(betterDialog.childName)
            width: parent.width
            wrapMode: Text.Wrap
        }
    }
    Notice {
        id: notice
    }
}
