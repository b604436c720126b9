<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl">
<context>
    <name>Aanwezig::SyncStatusView</name>
    <message numerus="yes">
        <source>Geen verbinding. %n wijziging(en) staan veilig op je telefoon en gaan vanzelf mee.</source>
        <translation>
            <numerusform>Geen verbinding. %n wijziging staat veilig op je telefoon en gaat vanzelf mee.</numerusform>
            <numerusform>Geen verbinding. %n wijzigingen staan veilig op je telefoon en gaan vanzelf mee.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wijziging(en) wachten op verzending.</source>
        <translation>
            <numerusform>%n wijziging wacht op verzending.</numerusform>
            <numerusform>%n wijzigingen wachten op verzending.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message numerus="yes">
        <source>Deze code hoort bij iemand anders. %n wijziging(en) van deze telefoon heeft school nog niet; bij koppelen gaan die verloren.</source>
        <translation>
            <numerusform>Deze code hoort bij iemand anders. %n wijziging van deze telefoon heeft school nog niet; bij koppelen gaat die verloren.</numerusform>
            <numerusform>Deze code hoort bij iemand anders. %n wijzigingen van deze telefoon heeft school nog niet; bij koppelen gaan die verloren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MentorTodayPage</name>
    <message numerus="yes">
        <source>%n leerling(en) afwezig; bij %1 nog geen contact. Een belletje op de eerste dag doet veel.</source>
        <translation>
            <numerusform>%n leerling afwezig; bij %1 nog geen contact. Een belletje op de eerste dag doet veel.</numerusform>
            <numerusform>%n leerlingen afwezig; bij %1 nog geen contact. Een belletje op de eerste dag doet veel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leerling(en) afwezig; met iedereen is contact geweest. Mooi!</source>
        <translation>
            <numerusform>%n leerling afwezig; er is contact geweest. Mooi!</numerusform>
            <numerusform>%n leerlingen afwezig; met iedereen is contact geweest. Mooi!</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source>Er staan nog %n wijziging(en) op deze telefoon die school nog niet heeft. Bij uitloggen gaan die verloren. Maak eerst verbinding als dat kan.</source>
        <translation>
            <numerusform>Er staat nog %n wijziging op deze telefoon die school nog niet heeft. Bij uitloggen gaat die verloren. Maak eerst verbinding als dat kan.</numerusform>
            <numerusform>Er staan nog %n wijzigingen op deze telefoon die school nog niet heeft. Bij uitloggen gaan die verloren. Maak eerst verbinding als dat kan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <source>door school geregistreerd: %1 - %2, %n les(sen)</source>
        <translation>
            <numerusform>door school geregistreerd: %1 - %2, %n les</numerusform>
            <numerusform>door school geregistreerd: %1 - %2, %n lessen</numerusform>
        </translation>
    </message>
</context>
</TS>
