import QtQuick
import Aanwezig
import AanwezigTest

PageTestCase {
    function cleanup() {
        Preferences.language = "nl";
        Preferences.messageLanguage = "nl";
    }
    function test_language_switches_the_whole_app() {
        Fixture.signIn(Fixture.id("parent"), ["parent"]);
        open("SettingsPage.qml");
        compare(page.title, "Instellingen");
        Preferences.language = "en";
        tryCompare(page, "title", "Settings");
        compare(Preferences.effectiveLanguage, "en");
        Preferences.language = "nl";
        tryCompare(page, "title", "Instellingen");
    }
    function test_log_out_warns_about_waiting_changes() {
        Fixture.loadSchool(Fixture.id("parent"), ["parent"]);
        AbsenceActions.reportSickToday(Fixture.id("bas"));
        open("SettingsPage.qml");
        tap("logOutButton");
        const dialog = item("logOutDialog");
        tryCompare(dialog, "opened", true);
        verify(item("logOutText").text.indexOf("1 wijziging") >= 0, item("logOutText").text);
        dialog.accept();
        compare(Fixture.waitingMutations(), []);
        compare(Fixture.reports("").length, 0);
    }
    function test_message_language_choice() {
        Fixture.signIn(Fixture.id("parent"), ["parent"]);
        open("SettingsPage.qml");
        const box = item("messageLanguageBox");
        box.currentIndex = box.indexOfValue("tr");
        box.activated(box.currentIndex);
        compare(Preferences.messageLanguage, "tr");
    }
    function test_message_language_follows_the_school_until_chosen() {
        Fixture.signIn(Fixture.id("parent"), ["parent"]);
        Preferences.messageLanguage = "";
        Fixture.setSchoolLanguage("ar");
        open("SettingsPage.qml");
        compare(Preferences.messageLanguage, "ar");
        compare(item("messageLanguageBox").currentValue, "ar");
        verify(item("schoolLanguageNote").visible);
        const box = item("messageLanguageBox");
        box.currentIndex = box.indexOfValue("tr");
        box.activated(box.currentIndex);
        compare(Preferences.messageLanguage, "tr");
        verify(!item("schoolLanguageNote").visible, "the parent chose");
        Fixture.setSchoolLanguage("pl");
        compare(Preferences.messageLanguage, "tr", "their own choice wins");
    }

    name: "SettingsPage"
}
