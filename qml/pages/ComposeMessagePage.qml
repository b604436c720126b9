pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aanwezig

// A warm message: a template in the seeds' voice or own words, from the mentor
// or from the class, to the student and/or the parents. Parents get a template
// in their own language.
FormPage {
    id: page

    // [{code, name, rightToLeft}] the school told for the student's parents
    property var parentLanguages: MessageActions.parentLanguages(studentId)
    property string previewLanguage: "ar"
    property string studentId
    property string studentName
    property string templateKey: "miss_you"
    // A template as it is: each reader gets it in their own language.
    readonly property bool unchangedTemplate: templateKey.length > 0 && textArea.text === MessageActions.templateIn(templateKey, "nl")

    objectName: "composeMessagePage"
    title: qsTr("Bericht aan %1").arg(studentName)

    background: Rectangle {
        color: Theme.background
    }

    // The form's action stays on screen, under the fields, on the smallest
    // phone too; a problem is told right above it.
    footer: Pane {
        Material.background: Theme.background
        bottomPadding: 4
        horizontalPadding: 0
        topPadding: 4

        ColumnLayout {
            objectName: "formActions"
            width: Theme.contentWidth(parent.width, Theme.readableWidth)
            x: (parent.width - width) / 2

            ErrorBanner {
                id: errorBanner
                Layout.fillWidth: true
            }
            AppButton {
                Accessible.name: text
                Layout.fillWidth: true
                highlighted: true
                objectName: "sendButton"
                text: qsTr("Versturen")

                onClicked: {
                    const result = MessageActions.send(messageForm);
                    if (!result.ok)
                        errorBanner.show(result.words);
                    else
                        page.StackView.view.pop();
                }
            }
        }
    }

    MessageForm {
        id: messageForm
        fromClass: fromClassButton.checked
        studentId: page.studentId
        templateKey: page.templateKey
        text: textArea.text
        toParents: toParentsBox.checked
        toStudent: toStudentBox.checked
    }
    Connections {
        function onPeopleChanged() {
            page.parentLanguages = MessageActions.parentLanguages(page.studentId);
        }

        target: MessageActions
    }
    PageColumn {
        Label {
            Accessible.name: text
            Accessible.role: Accessible.Heading
            font.bold: true
            text: qsTr("Kies een tekst")
        }
        Flow {
            Layout.fillWidth: true
            spacing: 6

            Repeater {
                model: MessageActions.templates

                delegate: AppButton {
                    required property var modelData

                    Accessible.name: modelData.text
                    checkable: true
                    checked: page.templateKey === modelData.key
                    font.capitalization: Font.MixedCase
                    objectName: "template_" + modelData.key
                    text: modelData.text

                    onClicked: {
                        page.templateKey = modelData.key;
                        textArea.text = modelData.text;
                    }
                }
            }
            AppButton {
                Accessible.name: text
                checkable: true
                checked: page.templateKey.length === 0
                font.capitalization: Font.MixedCase
                objectName: "ownWordsButton"
                text: qsTr("Eigen woorden")

                onClicked: {
                    page.templateKey = "";
                    textArea.text = "";
                    textArea.forceActiveFocus();
                }
            }
        }
        AppTextArea {
            id: textArea
            Accessible.name: qsTr("Tekst van het bericht")
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touch
            objectName: "messageArea"
            placeholderText: qsTr("Schrijf iets warms…")
            text: MessageActions.templateIn(page.templateKey, "nl")
            wrapMode: TextEdit.Wrap
        }
        FieldError {
            objectName: "textError"
            text: messageForm.textError
        }
        Label {
            Accessible.name: text
            Accessible.role: Accessible.Heading
            font.bold: true
            text: qsTr("Van wie?")
        }
        RowLayout {
            AppRadioButton {
                id: fromMe
                Accessible.name: text
                checked: true
                objectName: "fromMe"
                text: qsTr("Van mij")
            }
            AppRadioButton {
                id: fromClassButton
                Accessible.name: text
                objectName: "fromClass"
                text: qsTr("Van de klas")
            }
        }
        Label {
            Accessible.name: text
            Accessible.role: Accessible.Heading
            font.bold: true
            text: qsTr("Voor wie?")
        }
        AppCheckBox {
            id: toStudentBox
            Accessible.name: text
            checked: true
            objectName: "toStudent"
            text: qsTr("%1 zelf").arg(page.studentName)
        }
        AppCheckBox {
            id: toParentsBox
            Accessible.name: text
            objectName: "toParents"
            text: qsTr("De ouders")
        }
        FieldError {
            objectName: "recipientsError"
            text: messageForm.recipientsError
        }
        // The languages the school told for the parents, each with the
        // template as they will read it.
        Card {
            Layout.fillWidth: true
            objectName: "parentLanguagesCard"
            visible: toParentsBox.checked && page.parentLanguages.length > 0

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.gap

                Label {
                    Layout.fillWidth: true
                    color: Theme.muted
                    objectName: "parentLanguagesText"
                    text: qsTr("Taal van de ouders: %1").arg(page.parentLanguages.map(language => language.name).join(", "))
                    wrapMode: Text.Wrap
                }
                Repeater {
                    model: page.unchangedTemplate ? page.parentLanguages : []

                    delegate: ColumnLayout {
                        id: preview

                        required property var modelData

                        Layout.fillWidth: true
                        spacing: 2

                        Label {
                            Layout.fillWidth: true
                            color: Theme.muted
                            font.pixelSize: 13
                            horizontalAlignment: preview.modelData.rightToLeft ? Text.AlignRight : Text.AlignLeft
                            text: preview.modelData.name
                        }
                        Label {
                            Layout.fillWidth: true
                            color: Theme.primary
                            font.pixelSize: 20
                            horizontalAlignment: preview.modelData.rightToLeft ? Text.AlignRight : Text.AlignLeft
                            objectName: "preview_" + preview.modelData.code
                            text: MessageActions.templateIn(page.templateKey, preview.modelData.code)
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }
        }
        // No language known: an example in a language to choose.
        Card {
            Layout.fillWidth: true
            visible: toParentsBox.checked && page.parentLanguages.length === 0 && page.unchangedTemplate

            ColumnLayout {
                anchors.fill: parent

                Label {
                    Layout.fillWidth: true
                    color: Theme.muted
                    text: qsTr("Ouders lezen deze tekst in hun eigen taal, bijvoorbeeld:")
                    wrapMode: Text.Wrap
                }
                AppComboBox {
                    id: languageBox
                    Accessible.name: qsTr("Voorbeeldtaal")
                    Layout.fillWidth: true
                    model: Preferences.messageLanguages
                    objectName: "previewLanguageBox"
                    textRole: "name"
                    valueRole: "code"

                    Component.onCompleted: currentIndex = indexOfValue(page.previewLanguage)
                    onActivated: page.previewLanguage = currentValue
                }
                Label {
                    Layout.fillWidth: true
                    color: Theme.primary
                    font.pixelSize: 20
                    horizontalAlignment: MessageActions.isRightToLeft(page.previewLanguage) ? Text.AlignRight : Text.AlignLeft
                    objectName: "previewText"
                    text: MessageActions.templateIn(page.templateKey, page.previewLanguage)
                    wrapMode: Text.Wrap
                }
            }
        }
        Label {
            Layout.fillWidth: true
            color: Theme.muted
            font.pixelSize: 13
            objectName: "ownWordsNote"
            text: qsTr("Eigen woorden gaan zoals je ze schrijft; ze worden niet vertaald.")
            visible: toParentsBox.checked && !page.unchangedTemplate
            wrapMode: Text.Wrap
        }
    }
}
