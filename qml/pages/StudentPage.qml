pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aanwezig

// The mentor's view of one student: figures, signals with next steps,
// history, contact log and check-ins.
Page {
    id: page

    property string studentId
    property string studentName

    objectName: "studentPage"
    title: studentName

    background: Rectangle {
        color: Theme.background
    }

    AttendanceFigures {
        id: figures
        store: Session.store
        studentId: page.studentId
    }
    PageColumn {
        Card {
            Layout.fillWidth: true

            ColumnLayout {
                anchors.fill: parent
                spacing: 4

                Label {
                    color: Theme.tierColor(figures.tier)
                    font.bold: true
                    font.pixelSize: 32
                    objectName: "rateText"
                    text: figures.hasFigures ? figures.rateText : qsTr("Nog geen cijfers")
                }
                Label {
                    Layout.fillWidth: true
                    font.bold: true
                    objectName: "tierName"
                    text: figures.tierName
                    visible: figures.hasFigures
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    color: Theme.muted
                    text: figures.missedShareText
                    visible: figures.hasFigures
                    wrapMode: Text.Wrap
                }
                TrendChart {
                    Layout.fillWidth: true
                    labels: figures.trendLabels
                    objectName: "trendChart"
                    points: figures.trend
                    visible: figures.trend.length > 1
                }
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: 4

            AppButton {
                Accessible.name: qsTr("Warm bericht aan %1").arg(page.studentName)
                highlighted: true
                objectName: "messageButton"
                text: qsTr("Bericht")

                onClicked: page.StackView.view.push(Qt.resolvedUrl("ComposeMessagePage.qml"), {
                        "studentId": page.studentId,
                        "studentName": page.studentName
                    })
            }
            CallParentsButton {
                studentId: page.studentId
                studentName: page.studentName

                onLogContactRequested: page.StackView.view.push(Qt.resolvedUrl("LogContactPage.qml"), {
                        "studentId": page.studentId,
                        "studentName": page.studentName
                    })
            }
            AppButton {
                Accessible.name: qsTr("Contact met %1 vastleggen").arg(page.studentName)
                objectName: "contactButton"
                text: qsTr("Contact")

                onClicked: page.StackView.view.push(Qt.resolvedUrl("LogContactPage.qml"), {
                        "studentId": page.studentId,
                        "studentName": page.studentName
                    })
            }
            AppButton {
                Accessible.name: qsTr("Terugkeerplan van %1").arg(page.studentName)
                objectName: "planButton"
                text: qsTr("Terugkeerplan")

                onClicked: page.StackView.view.push(Qt.resolvedUrl("PlanEditorPage.qml"), {
                        "studentId": page.studentId,
                        "studentName": page.studentName
                    })
            }
        }
        SectionTitle {
            text: qsTr("Reacties")
            visible: studentReplies.count > 0
        }
        RepliesColumn {
            id: studentReplies
            Layout.fillWidth: true
            showAnswering: true
            studentId: page.studentId
        }
        SectionTitle {
            text: qsTr("Signalen")
        }
        Label {
            Layout.fillWidth: true
            color: Theme.muted
            text: qsTr("Geen signalen. Een compliment kan altijd!")
            visible: signalsModel.count === 0
            wrapMode: Text.Wrap
        }
        Repeater {
            delegate: SignalDelegate {
                Layout.fillWidth: true
            }
            model: SignalsModel {
                id: signalsModel
                store: Session.store
                studentId: page.studentId
            }
        }
        SectionTitle {
            text: qsTr("Meldingen")
        }
        // The parents' answer to "Alles goed?" (a notification of the school).
        Label {
            Layout.fillWidth: true
            objectName: "noticeAnswer"
            text: Notifications.noticesRevision >= 0 ? Notifications.noticeAnswer(page.studentId) : ""
            visible: text.length > 0
            wrapMode: Text.Wrap
        }
        Label {
            color: Theme.muted
            text: qsTr("Nog geen meldingen.")
            visible: reportsModel.count === 0
        }
        Repeater {
            delegate: ColumnLayout {
                id: reportRow

                required property string codeName
                required property string decisionText
                required property bool leavePending
                required property string periodText
                required property string reportId

                Layout.fillWidth: true
                objectName: "history_" + reportId

                Label {
                    Layout.fillWidth: true
                    text: reportRow.decisionText.length > 0 ? qsTr("%1 · %2 · %3").arg(reportRow.codeName).arg(reportRow.periodText).arg(reportRow.decisionText) : qsTr("%1 · %2").arg(reportRow.codeName).arg(reportRow.periodText)
                    wrapMode: Text.Wrap
                }
                RowLayout {
                    visible: reportRow.leavePending

                    AppButton {
                        Accessible.name: qsTr("Verlof toekennen")
                        objectName: "approveLeaveButton"
                        text: qsTr("Toekennen")

                        onClicked: notice.sayIfRefused(AbsenceActions.decideLeave(reportRow.reportId, true))
                    }
                    AppButton {
                        Accessible.name: qsTr("Verlof niet toekennen")
                        flat: true
                        objectName: "refuseLeaveButton"
                        text: qsTr("Niet toekennen")

                        onClicked: notice.sayIfRefused(AbsenceActions.decideLeave(reportRow.reportId, false))
                    }
                }
            }
            model: ReportsModel {
                id: reportsModel
                store: Session.store
                studentId: page.studentId
            }
        }
        SectionTitle {
            text: qsTr("Door school geregistreerd")
            visible: registeredModel.count > 0
        }
        Repeater {
            delegate: Label {
                required property string codeName
                required property string dateText
                required property string lessonsText

                Layout.fillWidth: true
                objectName: "registeredDay"
                text: qsTr("%1 · %2 · %3").arg(dateText).arg(codeName).arg(lessonsText)
                wrapMode: Text.Wrap
            }
            model: RegisteredAbsencesModel {
                id: registeredModel
                store: Session.store
                studentId: page.studentId
            }
        }
        SectionTitle {
            text: qsTr("Contact")
        }
        Label {
            color: Theme.muted
            text: qsTr("Nog geen contact vastgelegd.")
            visible: contactModel.count === 0
        }
        Repeater {
            delegate: Label {
                required property string atText
                required property string kindText
                required property string outcome

                Layout.fillWidth: true
                text: outcome.length > 0 ? qsTr("%1 · %2: %3").arg(atText).arg(kindText).arg(outcome) : qsTr("%1 · %2").arg(atText).arg(kindText)
                wrapMode: Text.Wrap
            }
            model: ContactLogModel {
                id: contactModel
                store: Session.store
                studentId: page.studentId
            }
        }
        SectionTitle {
            text: qsTr("Check-ins")
        }
        Label {
            color: Theme.muted
            text: qsTr("Nog geen check-ins.")
            visible: checkInsModel.count === 0
        }
        Repeater {
            delegate: Label {
                required property string atText
                required property string helped
                required property string moodText
                required property string needed

                Layout.fillWidth: true
                text: qsTr("%1 · %2\nHielp: %3\nNodig: %4").arg(atText).arg(moodText).arg(helped).arg(needed)
                wrapMode: Text.Wrap
            }
            model: CheckInsModel {
                id: checkInsModel
                store: Session.store
                studentId: page.studentId
            }
        }
    }
    Notice {
        id: notice
    }
}
