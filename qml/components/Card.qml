import QtQuick
import QtQuick.Controls.Material
import Aanwezig

// A white, softly rounded card for one thing.
Pane {
    Material.background: Theme.card
    Material.elevation: 1
    padding: Theme.margin
}
