import QtQuick
import QtQuick.Controls.Material

// A page whose footer holds the form's action (Melden, Versturen, ...): Tab
// reaches it after the form's fields, as it reads. A Page takes its footer
// as its first child, before its content, so without this the action came
// first (then the fields, then the app's header).
Page {
    id: page
    Component.onCompleted: {
        // Taken in again, the footer becomes the page's last child (QML has
        // no stackAfter in Qt 6.4); the page still places it at the bottom.
        if (page.footer) {
            page.footer.parent = page.contentItem;
            page.footer.parent = page;
        }
    }
}
