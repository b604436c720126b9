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

        cardDelegate: ReportDelegate {
            id: reportCard
            onBetterRequested: {
                const problem = AbsenceActions.reportBetter(reportCard.reportId);
                notice.say(problem.length > 0 ? problem : qsTr("Fijn dat het weer beter gaat!"));
            }
            onWithdrawRequested: {
                const problem = AbsenceActions.withdraw(reportCard.reportId);
                notice.say(problem.length > 0 ? problem : qsTr("Ingetrokken: de melding geldt niet meer."));
            }
        }
        cardModel: ReportsModel {
            id: reportsModel
        }
    }
    Notice {
        id: notice
    }
}
