import QtQuick
import QtQuick.Controls
import QtTest
import Aanwezig
import AanwezigTest

// The app in the parents' and students' languages: the language
// changes at once, follows the school's until the user chooses, Arabic
// mirrors the window, staff screens fall back to English, and every parent
// and student screen survives long words at phone size: a made-up language
// 40 % longer than Dutch and each real language.
TestCase {
    id: testCase

    readonly property var phone: [360, 640]
    property var window

    // Every text item under `root` that shows: none cut off (elided, or
    // wider than itself without wrapping), none outside its parent sideways
    // or outside the window.
    function checkTextsFit(root: Item, where: string) {
        let texts = 0;
        const walk = item => {
            if (!item.visible || item.opacity === 0)
                return;
            if (item instanceof Text && item.text.length > 0 && item.width > 0) {
                ++texts;
                const label = `${where}: "${item.text}"`;
                verify(!item.truncated, `${label} is not cut off`);
                // (A text that fits by shrinking its font is checked by truncated.)
                if (item.wrapMode === Text.NoWrap && item.fontSizeMode === Text.FixedSize)
                    verify(item.implicitWidth <= item.width + 1, `${label} fits its width (${item.implicitWidth} > ${item.width})`);
                const parent = item.parent;
                if (parent && parent.width > 0 && !(parent instanceof Flickable) && parent !== parent.parent?.contentItem) {
                    verify(item.x >= -0.5 && item.x + item.width <= parent.width + 0.5, `${label} is inside its parent (${item.x}, ${item.width} in ${parent.width})`);
                }
                const left = item.mapToItem(window.contentItem, 0, 0).x;
                verify(left >= -0.5 && left + item.width <= window.width + 0.5, `${label} is inside the window (${left}, ${item.width})`);
            }
            for (let i = 0; i < item.children.length; ++i)
                walk(item.children[i]);
        };
        walk(root);
        verify(texts > 0, where + ": has texts");
    }
    function cleanup() {
        Fixture.setSchoolLanguage("");
        Fixture.setPseudoTranslation(false);
        Preferences.language = "nl";
        if (window)
            window.destroy();
        window = null;
    }

    // Waits until a frame with everything above is drawn. Asks for one: a
    // window with nothing new to draw sends none, and waitForRendering would
    // then wait out its 5 s (a third of this suite's time went that way).
    function drawn() {
        window.update();
        verify(waitForRendering(window.contentItem), "a frame is drawn");
    }
    function openApp() {
        const component = Qt.createComponent("qrc:/qt/qml/Aanwezig/Main.qml");
        compare(component.status, Component.Ready, component.errorString());
        window = component.createObject(null, {
                "width": phone[0],
                "height": phone[1]
            });
        verify(window);
        drawn();
        return window;
    }
    // Opens `file` over the current section and waits until it is in place.
    function openPage(file: string, properties: var, objectName: string) {
        window.openPage(file, properties ?? {});
        settle(objectName);
    }
    // Every screen a parent or a student can open: their sections and the
    // pages on top of them.
    function screens(): var {
        const bas = {
            "studentId": Fixture.id("bas"),
            "studentName": "Bas"
        };
        return [{
                "user": "parent",
                "role": "parent",
                "sections": ["childrenPage", "parentReportsPage", "messagesPage"],
                "pages": [{
                        "file": "ReportAbsencePage.qml",
                        "name": "reportAbsencePage",
                        "properties": bas
                    }, {
                        "file": "AttendancePage.qml",
                        "name": "attendancePage",
                        "properties": bas
                    }, {
                        "file": "ReturnPlanPage.qml",
                        "name": "returnPlanPage",
                        "properties": {
                            "studentId": bas.studentId
                        }
                    }, {
                        "file": "SettingsPage.qml",
                        "name": "settingsPage",
                        "properties": {}
                    }]
            }, {
                "user": "bas",
                "role": "student",
                "sections": ["messagesPage", "returnPlanPage", "checkInPage", "supportPage"],
                "pages": [{
                        "file": "SettingsPage.qml",
                        "name": "settingsPage",
                        "properties": {}
                    }]
            }];
    }
    function sectionTitle(index: int): string {
        return findChild(window.contentItem.parent, "section" + index).text;
    }
    // Waits until the page called `objectName` is in place and drawn.
    function settle(objectName: string) {
        const stack = findChild(window.contentItem, "stack");
        tryVerify(() => !stack.busy && stack.currentItem?.objectName === objectName, 2000, "opens " + objectName);
        drawn();
    }
    function showSection(index: int, objectName: string) {
        window.showSection(index);
        settle(objectName);
    }
    function test_arabic_mirrors_the_window() {
        Fixture.loadSchool(Fixture.id("parent"), ["parent"]);
        openApp();
        showSection(0, "childrenPage");
        // The sections are made again in each language: found anew each time.
        const firstBeforeSecond = () => {
            const first = findChild(window.contentItem.parent, "section0");
            const second = findChild(window.contentItem.parent, "section1");
            return first.mapToItem(window.contentItem, 0, 0).x < second.mapToItem(window.contentItem, 0, 0).x;
        };
        verify(firstBeforeSecond(), "left to right in Dutch");
        Preferences.language = "ar";
        verify(Preferences.rightToLeft);
        tryVerify(() => !firstBeforeSecond(), 2000, "the first section at the right in Arabic");
        openPage("SettingsPage.qml", {}, "settingsPage");
        compare(findChild(window.contentItem.parent, "backButton").text, "→", "the back arrow points right");
        findChild(window.contentItem, "stack").pop(null, StackView.Immediate);
        Preferences.language = "pl";
        tryVerify(firstBeforeSecond, 2000, "left to right again in Polish");
        openPage("SettingsPage.qml", {}, "settingsPage");
        compare(findChild(window.contentItem.parent, "backButton").text, "←");
    }
    function test_every_screen_fits_long_words(data) {
        useLanguage(data.language);
        Fixture.signOut();
        openApp();
        settle("firstRunPage");
        checkTextsFit(window.contentItem.parent, data.language + " firstRunPage");
        window.destroy();
        for (const role of screens()) {
            Fixture.loadSchool(Fixture.id(role.user), [role.role]);
            openApp();
            role.sections.forEach((page, index) => {
                    showSection(index, page);
                    checkTextsFit(window.contentItem.parent, `${data.language} ${page}`);
                });
            for (const page of role.pages) {
                openPage(page.file, page.properties, page.name);
                checkTextsFit(window.contentItem.parent, `${data.language} ${page.name}`);
                findChild(window.contentItem, "stack").pop(null, StackView.Immediate);
            }
            window.destroy();
            window = null;
        }
    }
    function test_every_screen_fits_long_words_data() {
        return ["pseudo", "ar", "tr", "pl", "uk", "en"].map(language => ({
                        "tag": language,
                        "language": language
                    }));
    }
    function test_follows_the_school_until_chosen() {
        Fixture.loadSchool(Fixture.id("parent"), ["parent"]);
        Preferences.language = "";
        Fixture.setSchoolLanguage("tr");
        openApp();
        showSection(0, "childrenPage");
        tryCompare(Preferences, "effectiveLanguage", "tr");
        compare(sectionTitle(0), "Çocuklar", "the school's language");
        verify(findChild(window.contentItem, "stack").currentItem.title !== "Mijn kinderen");
        Preferences.language = "uk";
        tryVerify(() => sectionTitle(0) === "Діти", 2000, "the parent's choice, at once");
        Fixture.setSchoolLanguage("ar");
        compare(Preferences.effectiveLanguage, "uk", "the choice stays when the school's language changes");
        compare(sectionTitle(0), "Діти");
        Preferences.language = "";
        tryVerify(() => sectionTitle(0) === "الأطفال", 2000, "the school's again");
    }
    function test_language_list_in_each_language_own_name() {
        for (const language of ["nl", "ar", "uk"]) {
            Preferences.language = language;
            const names = Preferences.appLanguages.map(entry => entry.name);
            for (const own of ["Nederlands", "English", "العربية", "Türkçe", "Polski", "Українська"])
                verify(names.indexOf(own) >= 0, `${language}: ${own} in ${names}`);
        }
    }
    function test_staff_screens_fall_back_to_english() {
        Preferences.language = "pl";
        compare(qsTranslate("Main", "Instellingen"), "Ustawienia", "a parent's screen in Polish");
        compare(qsTranslate("Main", "Klas"), "Klasa", "the section's name, seen by a mentor who is also a parent");
        compare(qsTranslate("ClassPage", "Klas"), "Class", "a mentor's screen in English, not in Dutch");
        Preferences.language = "nl";
        compare(qsTranslate("ClassPage", "Klas"), "Klas", "in Dutch, Dutch");
    }
    function test_switching_language_translates_what_is_on_screen(data) {
        Fixture.loadSchool(Fixture.id(data.user), [data.role]);
        openApp();
        showSection(0, data.page);
        for (const language of Object.keys(data.texts)) {
            Preferences.language = language;
            const expected = data.texts[language];
            tryVerify(() => sectionTitle(0) === expected[0], 2000, `${language}: section "${sectionTitle(0)}"`);
            tryCompare(findChild(window.contentItem, "stack").currentItem, "title", expected[1]);
        }
    }
    function test_switching_language_translates_what_is_on_screen_data() {
        return [{
                "tag": "parent",
                "user": "parent",
                "role": "parent",
                "page": "childrenPage",
                "texts": {
                    "ar": ["الأطفال", "أطفالي"],
                    "tr": ["Çocuklar", "Çocuklarım"],
                    "pl": ["Dzieci", "Moje dzieci"],
                    "uk": ["Діти", "Мої діти"],
                    "en": ["Children", "My children"],
                    "nl": ["Kinderen", "Mijn kinderen"]
                }
            }, {
                "tag": "student",
                "user": "bas",
                "role": "student",
                "page": "messagesPage",
                "texts": {
                    "ar": ["الرسائل", "الرسائل"],
                    "tr": ["Mesajlar", "Mesajlar"],
                    "pl": ["Wiadomości", "Wiadomości"],
                    "uk": ["Повідомлення", "Повідомлення"],
                    "nl": ["Berichten", "Berichten"]
                }
            }];
    }
    // Sets the language the test is about ("pseudo": Dutch 40 % longer).
    function useLanguage(language: string) {
        Fixture.setPseudoTranslation(language === "pseudo");
        Preferences.language = language === "pseudo" ? "nl" : language;
    }

    name: "Languages"
    when: windowShown
}
