pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Material
import Aanwezig

// "Vandaag": today's absences in the mentor's classes, those without contact first.
Page {
    id: page
    objectName: "mentorTodayPage"
    title: qsTr("Vandaag")

    background: Rectangle {
        color: Theme.background
    }

    RefreshableList {
        anchors.fill: parent
        emptyExplanation: qsTr("Niemand van je klassen is vandaag afwezig gemeld.")
        emptyTitle: qsTr("Iedereen is er")
        objectName: "todayList"
        title: page.title

        above: Label {
            objectName: "todaySummary"
            text: todayModel.count === 0 ? "" : todayModel.withoutContactCount > 0 ? qsTr("%n leerling(en) afwezig; bij %1 nog geen contact. Een belletje op de eerste dag doet veel.", "", todayModel.count).arg(todayModel.withoutContactCount) : qsTr("%n leerling(en) afwezig; met iedereen is contact geweest. Mooi!", "", todayModel.count)
            visible: text.length > 0
            wrapMode: Text.Wrap
        }
        cardDelegate: TodayAbsenceDelegate {
            id: absenceCard
            onAcknowledgeRequested: notice.sayIfRefused(AbsenceActions.acknowledge(absenceCard.reportId))
            onContactRequested: page.StackView.view.push(Qt.resolvedUrl("LogContactPage.qml"), {
                    "studentId": absenceCard.studentId,
                    "studentName": absenceCard.studentName,
                    "reportId": absenceCard.reportId
                })
            onMessageRequested: page.StackView.view.push(Qt.resolvedUrl("ComposeMessagePage.qml"), {
                    "studentId": absenceCard.studentId,
                    "studentName": absenceCard.studentName
                })
            onStudentRequested: page.StackView.view.push(Qt.resolvedUrl("StudentPage.qml"), {
                    "studentId": absenceCard.studentId,
                    "studentName": absenceCard.studentName
                })
        }
        cardModel: TodayAbsencesModel {
            id: todayModel
            store: Session.store
        }
    }
    Notice {
        id: notice
    }
}
