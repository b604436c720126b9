pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Material
import QtQml.Models
import Aanwezig

// A list of cards that fills the page: centred and no wider than reads well,
// in two columns where there is room (`maxColumns`), made as it scrolls. It
// asks for a sync when pulled down and shows its empty state when it has no
// cards. `cardModel` needs a `count`; `cardDelegate` is each card, sized here.
ListView {
    id: list

    readonly property int cardCount: cardModel?.count ?? 0
    property Component cardDelegate
    property var cardModel
    // The width of one card.
    readonly property real cardWidth: (rowWidth - (columns - 1) * Theme.gap) / columns
    readonly property int columns: Theme.columnsFor(width, maxColumns)
    property alias emptyExplanation: emptyState.explanation
    property alias emptyTitle: emptyState.title
    // What the list is, as a screen reader names it ("Vandaag"); the empty
    // state's words are only its description while it is empty.
    property string title
    // What comes above the cards (a summary, a choice): as wide as the cards,
    // it scrolls with them.
    property Item above
    property int maxColumns: 2
    // How far the list is pulled down past its top.
    readonly property real pulled: originY - topMargin - contentY
    readonly property bool pulledFarEnough: pulled > 72
    // The width of a row of cards, centred in the list.
    readonly property real rowWidth: Theme.contentWidth(width, columns > 1 ? Theme.gridWidth : Theme.readableWidth)

    // The card at `index` of cardModel, while it is made (near the view).
    function cardAt(index: int): Item {
        return itemAtIndex(Math.floor(index / columns))?.cardAt(index % columns) ?? null;
    }

    Accessible.description: cardCount === 0 ? emptyTitle : qsTr("%n item(s)", "", cardCount)
    Accessible.name: title
    Accessible.role: Accessible.List
    bottomMargin: Theme.margin
    boundsBehavior: Flickable.DragOverBounds
    clip: true
    // One row of `columns` cards per list item; each row shows its part of the
    // cards through a DelegateModel that filters on its own group.
    model: Math.ceil(cardCount / columns)
    spacing: Theme.gap
    topMargin: Theme.margin + (above?.visible ? aboveFrame.height + Theme.gap : 0)

    ScrollBar.vertical: ScrollBar {
    }
    delegate: Row {
        id: row

        readonly property int first: index * list.columns
        required property int index

        function cardAt(column: int): Item {
            return rowRepeater.itemAt(column);
        }

        spacing: Theme.gap
        width: list.rowWidth
        x: (list.width - width) / 2

        onFirstChanged: rowCards.show()

        Repeater {
            id: rowRepeater
            model: DelegateModel {
                id: rowCards

                // Puts this row's cards, and only those, in the group shown.
                function show() {
                    if (rowGroup.count > 0)
                        rowGroup.remove(0, rowGroup.count);
                    const shown = Math.min(list.columns, rowCards.items.count - row.first);
                    if (shown > 0)
                        rowCards.items.addGroups(row.first, shown, "row");
                }

                delegate: list.cardDelegate
                filterOnGroup: "row"
                model: list.cardModel

                groups: DelegateModelGroup {
                    id: rowGroup
                    name: "row"
                }

                Component.onCompleted: show()
                items.onChanged: show()
            }

            onItemAdded: (index, card) => card.width = Qt.binding(() => list.cardWidth)
        }
    }
    onDragEnded: {
        if (pulledFarEnough)
            SyncStatusView.syncNow();
    }
    // A list at its top stays at its top when what is above the cards grows.
    onTopMarginChanged: {
        if (!moving && contentY < originY)
            contentY = originY - topMargin;
    }

    Component.onCompleted: {
        if (above) {
            above.parent = aboveFrame;
            above.width = Qt.binding(() => aboveFrame.width);
        }
    }

    // What has the focus in a card (Tab, a screen reader moving on) scrolls
    // into view, as in PageColumn.
    Connections {
        function onActiveFocusItemChanged() {
            FocusHandoff.reveal(list, list.contentItem, list.Window.activeFocusItem);
        }

        target: list.Window.window
    }
    // Above the first row, in the room the top margin makes (a ListView
    // header would do, but it cannot make a page's bound component).
    Item {
        id: aboveFrame
        height: list.above?.implicitHeight ?? 0
        parent: list.contentItem
        width: list.rowWidth
        x: (list.width - width) / 2
        y: list.originY - height - Theme.gap
    }
    Label {
        anchors.horizontalCenter: parent.horizontalCenter
        color: Theme.muted
        text: list.pulledFarEnough ? qsTr("Loslaten om te verversen") : qsTr("Trek omlaag om te verversen")
        visible: list.pulled > 24
        y: list.pulled - height - 8
    }
    EmptyState {
        id: emptyState
        objectName: "emptyState"
        visible: list.cardCount === 0
        width: list.rowWidth
        x: (list.width - width) / 2
        y: Math.max(list.topMargin, (list.height - height) / 2)
    }
}
