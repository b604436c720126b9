pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aanwezig

// The return plan as parent (read only) or student (ticking steps off) sees it.
Page {
    id: page

    property bool canTick: false
    property alias studentId: planModel.studentId

    objectName: "returnPlanPage"
    title: qsTr("Terugkeerplan")

    background: Rectangle {
        color: Theme.background
    }

    ReturnPlanModel {
        id: planModel
        store: Session.store
    }
    RefreshableList {
        anchors.fill: parent
        cardModel: planModel
        emptyExplanation: qsTr("Als de mentor samen met jullie een plan maakt, staat het hier.")
        emptyTitle: qsTr("Nog geen terugkeerplan")
        maxColumns: 1
        objectName: "stepsList"
        title: page.title

        above: Card {
            visible: planModel.hasPlan

            ColumnLayout {
                anchors.fill: parent
                spacing: 4

                Label {
                    Layout.fillWidth: true
                    font.bold: true
                    text: planModel.goal.length > 0 ? planModel.goal : qsTr("Stap voor stap terug naar school")
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    color: Theme.good
                    objectName: "progressText"
                    text: planModel.count === 0 ? qsTr("Nog geen stappen") : planModel.doneCount === planModel.count ? qsTr("Alle stappen gedaan. Wat goed!") : qsTr("%1 van %2 stappen gedaan").arg(planModel.doneCount).arg(planModel.count)
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    color: Theme.muted
                    text: qsTr("Je hoeft niet alles in te halen. Samen kiezen we wat belangrijk is.")
                    wrapMode: Text.Wrap
                }
            }
        }
        cardDelegate: StepDelegate {
            id: stepItem
            canTick: page.canTick

            onTickRequested: checked => {
                if (!notice.sayIfRefused(PlanActions.setStepDone(stepItem.stepId, checked)))
                    notice.say(checked ? qsTr("Goed bezig! Weer een stap gezet.") : qsTr("Stap weer open gezet."));
            }
        }
    }
    Notice {
        id: notice
    }
}
