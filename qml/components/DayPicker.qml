import QtQuick
import Aanwezig

// Picks a day from a week back to six weeks ahead ("vandaag", "morgen", "ma 3 nov").
AppComboBox {
    id: picker

    readonly property string date: currentValue ?? ""
    property int firstOffset: -7

    function dayAt(offset: int): var {
        const day = new Date();
        day.setDate(day.getDate() + offset);
        let name = day.toLocaleDateString(Qt.locale(), "ddd d MMM");
        if (offset === 0)
            name = qsTr("vandaag");
        else if (offset === 1)
            name = qsTr("morgen");
        else if (offset === -1)
            name = qsTr("gisteren");
        return {
            "value": Qt.formatDate(day, "yyyy-MM-dd"),
            "text": name
        };
    }
    function selectDate(isoDate: string) {
        const index = indexOfValue(isoDate);
        if (index >= 0)
            currentIndex = index;
    }

    Accessible.name: displayText
    currentIndex: -firstOffset
    implicitHeight: Theme.touch
    model: Array.from({
            "length": 50
        }, (_, i) => dayAt(i + firstOffset))
    textRole: "text"
    valueRole: "value"
}
