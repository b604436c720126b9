import QtQuick
import AanwezigTest

PageTestCase {
    // The example right above "Geen medische details" says nothing medical.
    function test_example_says_nothing_medical() {
        Fixture.loadSchool(Fixture.id("mentor"), ["mentor"]);
        open("LogContactPage.qml", {
                "studentId": Fixture.id("hiba"),
                "studentName": "Hiba"
            });
        const example = item("outcomeArea").placeholderText.toLowerCase();
        verify(example.length > 0);
        for (const word of ["griep", "ziek", "koorts", "verkouden", "dokter", "huisarts", "pijn", "medicijn"])
            verify(example.indexOf(word) < 0, "the example mentions " + word);
    }
    function test_home_visit_about_an_absence() {
        Fixture.loadSchool(Fixture.id("mentor"), ["mentor"]);
        const reportId = Fixture.reports(Fixture.id("hiba"))[0].id;
        open("LogContactPage.qml", {
                "studentId": Fixture.id("hiba"),
                "studentName": "Hiba",
                "reportId": reportId
            });
        tap("kind_home_visit");
        item("outcomeArea").text = "Samen ontbeten, morgen komt ze";
        tap("saveContactButton");
        const log = Fixture.contactLog(Fixture.id("hiba"));
        compare(log.length, 1);
        compare(log[0].kind, "home_visit");
        compare(log[0].report_id, reportId);
    }

    name: "LogContactPage"
}
