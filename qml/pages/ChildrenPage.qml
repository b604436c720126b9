pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Material
import Aanwezig

// The parent's home: each child with today's status. "Ziek melden" takes two
// taps: the button, then the confirmation (today, the whole day, until better).
Page {
    id: page

    // The child whose sick report the notice is about, until it closes.
    property string savedChildId

    function reportBetter(reportId: string, name: string) {
        betterDialog.reportId = reportId;
        betterDialog.childName = name;
        betterDialog.open();
    }
    function reportSick(studentId: string, name: string) {
        sickDialog.studentId = studentId;
        sickDialog.childName = name;
        sickDialog.open();
    }

    objectName: "childrenPage"
    title: qsTr("Mijn kinderen")

    background: Rectangle {
        color: Theme.background
    }

    RefreshableList {
        id: list
        anchors.fill: parent
        emptyExplanation: qsTr("Zodra school je kinderen heeft gekoppeld, zie je ze hier. Trek omlaag om te verversen.")
        emptyTitle: qsTr("Nog geen kinderen")
        objectName: "childrenList"
        title: page.title

        cardDelegate: ChildDelegate {
            id: childCard
            onAttendanceRequested: page.StackView.view.push(Qt.resolvedUrl("AttendancePage.qml"), {
                    "studentId": childCard.personId,
                    "studentName": childCard.firstName
                })
            onBetterRequested: page.reportBetter(childCard.openSickReportId, childCard.firstName)
            onOtherReportRequested: page.StackView.view.push(Qt.resolvedUrl("ReportAbsencePage.qml"), {
                    "studentId": childCard.personId,
                    "studentName": childCard.firstName
                })
            onPlanRequested: page.StackView.view.push(Qt.resolvedUrl("ReturnPlanPage.qml"), {
                    "studentId": childCard.personId,
                    "canTick": false
                })
            onSickRequested: page.reportSick(childCard.personId, childCard.firstName)
            // The notice about this child's report says when it was sent.
            onTodayProgressChanged: {
                if (childCard.personId === page.savedChildId && childCard.todayProgress >= 1 && notice.opened)
                    notice.text = qsTr("Verstuurd. Beterschap voor %1!").arg(childCard.firstName);
            }
        }
        cardModel: PeopleModel {
            relation: "child"
            store: Session.store
        }
    }
    AppDialog {
        id: sickDialog

        property string childName
        property string studentId

        acceptButton.objectName: "sickConfirmButton"
        acceptText: qsTr("Ziek melden")
        objectName: "sickDialog"
        rejectButton.objectName: "sickCancelButton"
        title: qsTr("%1 ziek melden").arg(sickDialog.childName)
        width: Math.min(page.width - 2 * Theme.margin, 400)

        onAccepted: {
            if (notice.sayIfRefused(AbsenceActions.reportSickToday(sickDialog.studentId)))
                return;
            const reportId = AbsenceActions.lastReportId;
            page.savedChildId = sickDialog.studentId;
            // Online it is on its way at once ("Verstuurd" once sent); the
            // connection is mentioned only when there is none.
            const saved = SyncStatusView.online ? qsTr("Bewaard. Beterschap voor %1!") : qsTr("Bewaard. Beterschap voor %1! School krijgt het bij verbinding.");
            notice.offer(saved.arg(sickDialog.childName), qsTr("Ongedaan maken"), () => {
                    if (!notice.sayIfRefused(AbsenceActions.withdraw(reportId)))
                        notice.say(qsTr("Ongedaan gemaakt: de ziekmelding is ingetrokken."));
                });
        }

        Label {
            text: qsTr("Vandaag, de hele dag, tot %1 weer beter is. Je kunt later altijd 'Beter melden'.").arg(sickDialog.childName)
            width: parent.width
            wrapMode: Text.Wrap
        }
    }
    // "Beter melden" ends the report for school: asked first, as it
    // cannot be taken back.
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
                notice.say(qsTr("Fijn dat %1 weer beter is! De ziekmelding is gestopt.").arg(betterDialog.childName));
        }

        Label {
            text: qsTr("De ziekmelding stopt vandaag en school verwacht %1 weer.").arg(betterDialog.childName)
            width: parent.width
            wrapMode: Text.Wrap
        }
    }
    Notice {
        id: notice
        onClosed: page.savedChildId = ""
    }
}
