pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aanwezig

// A day with either a part of the day or a time: the start or end of a report.
ColumnLayout {
    id: moment

    readonly property string date: dayPicker.date
    property alias label: titleLabel.text
    readonly property string part: ["whole", "morning", "afternoon", "time"][partBox.currentIndex]
    property alias partIndex: partBox.currentIndex
    readonly property string time: part === "time" ? timeField.text : ""
    property alias timeText: timeField.text

    // Picks this day (yyyy-MM-dd) when it is one of the picker's days.
    function selectDate(isoDate: string) {
        dayPicker.selectDate(isoDate);
    }

    spacing: 4

    Label {
        id: titleLabel
        font.bold: true
    }
    RowLayout {
        Layout.fillWidth: true

        DayPicker {
            id: dayPicker
            Accessible.name: qsTr("%1: dag %2").arg(moment.label).arg(displayText)
            Layout.fillWidth: true
            objectName: moment.objectName + "Day"
        }
        AppComboBox {
            id: partBox
            Accessible.name: qsTr("%1: deel van de dag").arg(moment.label)
            Layout.fillWidth: true
            model: [qsTr("Hele dag"), qsTr("Ochtend"), qsTr("Middag"), qsTr("Tijd")]
            objectName: moment.objectName + "Part"
        }
    }
    TextField {
        id: timeField
        Accessible.name: qsTr("%1: tijd").arg(moment.label)
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touch
        inputMethodHints: Qt.ImhTime
        objectName: moment.objectName + "Time"
        placeholderTextColor: Theme.muted
        placeholderText: qsTr("Tijd, bijv. 08:30")
        visible: moment.part === "time"
    }
}
