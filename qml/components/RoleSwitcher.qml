pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aanwezig

// For one person with several roles (a mentor who is also a parent): the
// roles as a choice, in Settings, so the title bar keeps its room for the
// page's title.
ColumnLayout {
    id: switcher
    objectName: "roleSwitcher"
    spacing: 0

    Label {
        id: heading
        Accessible.name: text
        Accessible.role: Accessible.Heading
        font.bold: true
        text: qsTr("Rol")
    }
    Repeater {
        model: Session.roles

        delegate: AppRadioButton {
            required property string modelData

            Accessible.name: qsTr("%1 (rol)").arg(text)
            Layout.fillWidth: true
            checked: modelData === Session.activeRole
            objectName: "role_" + modelData
            text: Session.roleName(modelData)

            onToggled: {
                if (checked)
                    Session.activeRole = modelData;
            }
        }
    }
}
