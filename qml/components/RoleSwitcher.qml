pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Material
import Aanwezig

// For one person with several roles (a mentor who is also a parent): shows the
// role in use and switches to another.
ToolButton {
    id: switcher
    Accessible.name: qsTr("Rol wisselen, nu: %1").arg(text)
    objectName: "roleSwitcher"
    text: Session.roleName(Session.activeRole) + " ▾"

    onClicked: roleMenu.open()

    Menu {
        id: roleMenu
        y: switcher.height

        Repeater {
            model: Session.roles

            delegate: MenuItem {
                required property string modelData

                Accessible.name: text
                checkable: true
                checked: modelData === Session.activeRole
                objectName: "role_" + modelData
                text: Session.roleName(modelData)

                onTriggered: Session.activeRole = modelData
            }
        }
    }
}
