import QtQuick
import QtQuick.Controls
import QtTest

// A TestCase that opens one page of the Aanwezig module in a phone-sized StackView.
TestCase {
    id: testCase

    property Item page
    readonly property StackView stack: stackView

    // The item called `name` on the current page, once it exists (lists make
    // their rows when they lay out).
    function item(name: string): Item {
        tryVerify(() => !stackView.busy, 2000, "page transitions end");
        tryVerify(() => findChild(stackView.currentItem, name) !== null, 2000, "finds " + name);
        return findChild(stackView.currentItem, name);
    }

    // Opens pages/<file> with `properties`, replacing what was open.
    function open(file: string, properties: var): Item {
        stackView.clear(StackView.Immediate);
        page = stackView.push("qrc:/qt/qml/Aanwezig/pages/" + file, properties ?? {}, StackView.Immediate);
        verify(page, "the page loads: " + file);
        return page;
    }
    // Scrolls the page's Flickable so that `target` is inside the window.
    function scrollTo(target: Item) {
        for (let flickable = target.parent; flickable; flickable = flickable.parent) {
            if (flickable instanceof Flickable) {
                const y = target.mapToItem(flickable.contentItem, 0, 0).y;
                flickable.contentY = Math.max(0, Math.min(y - 48, flickable.contentHeight - flickable.height));
                // A frame on request: with nothing new to draw none would come.
                Window.window.update();
                verify(waitForRendering(flickable), "a frame is drawn");
                return;
            }
        }
    }
    // Taps the item called `name` as a finger would.
    function tap(name: string) {
        tapItem(item(name), name);
    }
    function tapItem(target: Item, name: string) {
        verify(target.visible, name + " is visible");
        verify(target.enabled, name + " is enabled");
        scrollTo(target);
        mouseClick(target);
    }

    height: 640
    // A TestCase hides itself; the page under test is shown.
    visible: true
    when: windowShown
    width: 360

    StackView {
        id: stackView
        anchors.fill: parent
    }
}
