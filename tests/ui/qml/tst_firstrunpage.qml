import QtQuick
import Aanwezig
import AanwezigTest

PageTestCase {
    function init() {
        Fixture.signOut();
        open("FirstRunPage.qml");
    }
    function test_a_pairing_link_fills_in_the_form() {
        verify(!Session.openPairingLink("https://aanwezig.school.nl"), "not a pairing link");
        compare(item("codeField").text, "");
        verify(Session.openPairingLink("aanwezig://pair?server=https%3A%2F%2Faanwezig.school.nl&code=ABCD-EFGH-JKLM"));
        compare(item("serverField").text, "https://aanwezig.school.nl");
        compare(item("codeField").text, "ABCD-EFGH-JKLM");
        verify(item("linkNotice").visible);
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
    function test_language_is_chosen_before_pairing() {
        const box = item("firstRunLanguageBox");
        compare(box.currentValue, "nl");
        box.currentIndex = box.indexOfValue("en");
        box.activated(box.currentIndex);
        compare(Preferences.language, "en");
        Preferences.language = "nl";
    }
    function test_scanning_is_offered() {
        tap("scanButton");
        tryVerify(() => item("qrScanPane") !== null);
        compare(item("scanButton").text, "Zelf typen");
        tap("scanButton");
        compare(item("scanButton").text, "QR-code scannen");
    }

    name: "FirstRunPage"
}
