import QtQuick
import QtTest

// A TestCase that opens the real app window (Main.qml, as `aanwezig` loads
// it) on this step's profile and uses it as a person would: by taps on named
// items. The sync runs on its own time, so every wait is generous.
TestCase {
    id: testCase

    readonly property int patience: 20000
    property var window

    function cleanup() {
        if (window)
            window.destroy();
        window = null;
    }

    // The page on top of the app's stack.
    function currentPage(): Item {
        return findChild(window.contentItem, "stack").currentItem;
    }
    // Waits until a frame with everything above is drawn. Asks for one: a
    // window with nothing new to draw sends none, and waitForRendering would
    // then wait out its 5 s (a third of this suite's time went that way).
    function drawn() {
        window.update();
        verify(waitForRendering(window.contentItem), "a frame is drawn");
    }
    // The item called `name` on the current page, once it exists.
    function item(name: string): Item {
        tryVerify(() => findChild(currentPage(), name) !== null, patience, "finds " + name);
        return findChild(currentPage(), name);
    }
    function openApp() {
        const component = Qt.createComponent("qrc:/qt/qml/Aanwezig/Main.qml");
        compare(component.status, Component.Ready, component.errorString());
        window = component.createObject(null);
        verify(window);
        drawn();
    }
    // Opens the section at `index` of the bottom bar.
    function openSection(index: int, page: string) {
        const stack = findChild(window.contentItem, "stack");
        tryVerify(() => !stack.busy, patience);
        mouseClick(findChild(window.contentItem, "section" + index));
        waitForPage(page);
    }
    // The row at `index` of a list, made and laid out.
    function row(list: ListView, index: int): Item {
        list.positionViewAtIndex(index, ListView.Contain);
        list.forceLayout();
        return list.itemAtIndex(index);
    }
    // The text of the child `name` of every row of `list`.
    function rowTexts(list: ListView, name: string): var {
        const texts = [];
        for (let i = 0; i < list.count; ++i)
            texts.push(findChild(row(list, i), name)?.text);
        return texts;
    }
    // Scrolls the Flickable around `target` so that it is inside the window.
    function scrollTo(target: Item) {
        for (let flickable = target.parent; flickable; flickable = flickable.parent) {
            if (flickable instanceof Flickable) {
                const y = target.mapToItem(flickable.contentItem, 0, 0).y;
                flickable.contentY = Math.max(flickable.originY, Math.min(y - 48, flickable.originY + flickable.contentHeight - flickable.height));
                drawn();
                return;
            }
        }
    }
    // The calm sync line under the header.
    function syncLine(): string {
        return findChild(window.contentItem, "syncStatusText").text;
    }
    // Taps the item called `name` on the current page as a finger would.
    function tap(name: string) {
        const target = item(name);
        verify(target.visible, name + " is visible");
        verify(target.enabled, name + " is enabled");
        scrollTo(target);
        mouseClick(target);
    }
    // Taps the row's item `name` in the row called `rowName` until `done()`
    // holds. A list makes its rows again when the sync changes which rows it
    // shows or their order, which can take the row away under the finger; a
    // person then taps again.
    function tapInRow(rowName: string, name: string, done: var) {
        const find = () => {
            const found = findChild(currentPage(), rowName);
            return found ? findChild(found, name) : null;
        };
        for (const deadline = Date.now() + patience; !done() && Date.now() < deadline; wait(50)) {
            const target = find();
            if (!target?.visible || !target.enabled)
                continue;
            scrollTo(target);
            if (find() === target) // still the same row after scrolling
                mouseClick(target);
        }
        verify(done(), `tapping ${name} in ${rowName} works`);
    }
    // Waits until the page on top is `name` and the transitions ended; tells
    // what is open instead when it does not come.
    function waitForPage(name: string) {
        const stack = findChild(window.contentItem, "stack");
        const opened = () => !stack.busy && stack.currentItem?.objectName === name;
        for (const deadline = Date.now() + patience; !opened() && Date.now() < deadline; )
            wait(50);
        verify(opened(), `the page ${name} opens (open: ${stack.currentItem?.objectName}; sync line: "${syncLine()}")`);
    }

    when: windowShown
}
