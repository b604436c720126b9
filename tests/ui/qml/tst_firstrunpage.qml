import QtQuick
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
