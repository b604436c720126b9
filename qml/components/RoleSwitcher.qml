pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Material
import Aanwezig

// For one person with several roles (a mentor who is also a parent): shows the
// role in use and switches to another.
AppToolButton {
    id: switcher
    Accessible.name: qsTr("Rol wisselen, nu: %1").arg(text)
    objectName: "roleSwitcher"
    text: Session.roleName(Session.activeRole) + " ▾"

    onClicked: roleMenu.open()

    Menu {
        id: roleMenu
        y: switcher.height

        // The screen reader's focus goes to the role in use and, once
        // closed, back to the switcher.
        onClosed: switcher.forceActiveFocus(Qt.PopupFocusReason)
        onOpened: {
            for (let i = 0; i < count; ++i) {
                if (itemAt(i).checked)
                    itemAt(i).forceActiveFocus(Qt.PopupFocusReason);
            }
        }

        Repeater {
            model: Session.roles

            delegate: AppMenuItem {
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
