pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Material
import Aanwezig

// The parent's home: each child with today's status. "Ziek melden" takes two
// taps: the button, then the confirmation (today, the whole day, until better).
Page {
    id: page
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

        cardDelegate: ChildDelegate {
            id: childCard
            onAttendanceRequested: page.StackView.view.push(Qt.resolvedUrl("AttendancePage.qml"), {
                    "studentId": childCard.personId,
                    "studentName": childCard.firstName
                })
            onBetterRequested: {
                const problem = AbsenceActions.reportBetter(childCard.openSickReportId);
                notice.say(problem.length > 0 ? problem : qsTr("Fijn dat %1 weer beter is! We laten het school weten.").arg(childCard.firstName));
            }
            onOtherReportRequested: page.StackView.view.push(Qt.resolvedUrl("ReportAbsencePage.qml"), {
                    "studentId": childCard.personId,
                    "studentName": childCard.firstName
                })
            onPlanRequested: page.StackView.view.push(Qt.resolvedUrl("ReturnPlanPage.qml"), {
                    "studentId": childCard.personId,
                    "canTick": false
                })
            onSickRequested: page.reportSick(childCard.personId, childCard.firstName)
        }
        cardModel: PeopleModel {
            relation: "child"
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
            const problem = AbsenceActions.reportSickToday(sickDialog.studentId);
            if (problem.length > 0) {
                notice.say(problem);
                return;
            }
            const reportId = AbsenceActions.lastReportId;
            notice.offer(qsTr("Bewaard. Beterschap voor %1! School krijgt het zodra er verbinding is.").arg(sickDialog.childName), qsTr("Ongedaan maken"), () => {
                    const undone = AbsenceActions.withdraw(reportId);
                    notice.say(undone.length > 0 ? undone : qsTr("Ongedaan gemaakt: de ziekmelding is ingetrokken."));
                });
        }

        Label {
            text: qsTr("Vandaag, de hele dag, tot %1 weer beter is. Je kunt later altijd 'Beter melden'.").arg(sickDialog.childName)
            width: parent.width
            wrapMode: Text.Wrap
        }
    }
    Notice {
        id: notice
    }
}
