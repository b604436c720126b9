import QtQuick
import Aanwezig
import AanwezigTest

PageTestCase {
    function init() {
        Fixture.signOut();
        open("FirstRunPage.qml");
    }
    function test_address_is_asked_first() {
        tap("pairButton");
        tryVerify(() => item("errorText").text.indexOf("adres van de school") >= 0);
    }
    // Pairing as another user while changes wait: asked first, with how many are lost.
    function test_another_user_is_asked_first() {
        Session.replaceUserQuestion("ander@example.nl", 3);
        const dialog = item("replaceUserDialog");
        tryCompare(dialog, "opened", true);
        verify(dialog.title.indexOf("ander@example.nl") >= 0);
        verify(item("replaceUserText").text.indexOf("3 wijziging") >= 0, item("replaceUserText").text);
        dialog.reject();
        tryVerify(() => !dialog.visible);
    }
    function test_code_is_asked_next() {
        item("serverField").text = "https://aanwezig.school.nl";
        tap("pairButton");
        tryVerify(() => item("errorText").text.indexOf("koppelcode") >= 0);
        compare(item("serverField").text, "https://aanwezig.school.nl", "what was typed stays");
    }
    function test_every_control_has_a_name() {
        for (const name of ["serverField", "codeField", "pairButton"])
            verify(item(name).Accessible.name.length > 0, name);
    }

    name: "FirstRunPage"
}
