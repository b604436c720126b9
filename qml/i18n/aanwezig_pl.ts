<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="nl">
<context>
    <name>Aanwezig::AbsenceActions</name>
    <message>
        <source>Je kind is ziek</source>
        <translation>Dziecko jest chore</translation>
    </message>
    <message>
        <source>Een afspraak bij dokter, tandarts of orthodontist</source>
        <translation>Wizyta u lekarza, dentysty lub ortodonty</translation>
    </message>
    <message>
        <source>Bijvoorbeeld een bruiloft, begrafenis of verhuizing</source>
        <translation>Na przykład ślub, pogrzeb albo przeprowadzka</translation>
    </message>
    <message>
        <source>Vraag verlof aan; de school laat weten of het kan</source>
        <translation>Poproś o zwolnienie; szkoła da znać, czy to możliwe</translation>
    </message>
</context>
<context>
    <name>Aanwezig::MessageActions</name>
    <message>
        <source>Nederlands</source>
        <translation>niderlandzki</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>angielski</translation>
    </message>
    <message>
        <source>Arabisch</source>
        <translation>arabski</translation>
    </message>
    <message>
        <source>Turks</source>
        <translation>turecki</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>polski</translation>
    </message>
    <message>
        <source>Oekraïens</source>
        <translation>ukraiński</translation>
    </message>
</context>
<context>
    <name>Aanwezig::Notifications</name>
    <message>
        <source>Eerste dag afwezig (meteen in schooltijd)</source>
        <translation>Pierwszy dzień nieobecności (od razu w godzinach lekcji)</translation>
    </message>
    <message>
        <source>Ochtendoverzicht om 07:45</source>
        <translation>Poranne podsumowanie o 07:45</translation>
    </message>
    <message>
        <source>Afwezig zonder melding: &quot;Alles goed?&quot;</source>
        <translation>Nieobecność bez zgłoszenia: „Wszystko w porządku?”</translation>
    </message>
    <message>
        <source>De mentor zag mijn melding</source>
        <translation>Wychowawca zobaczył moje zgłoszenie</translation>
    </message>
    <message>
        <source>Besluit over verlof</source>
        <translation>Decyzja w sprawie zwolnienia</translation>
    </message>
    <message>
        <source>Berichten van school</source>
        <translation>Wiadomości ze szkoły</translation>
    </message>
    <message>
        <source>Nieuwe of gewijzigde stap in mijn plan</source>
        <translation>Nowy lub zmieniony krok w moim planie</translation>
    </message>
    <message>
        <source>Tijd voor mijn check-in</source>
        <translation>Czas na moje samopoczucie</translation>
    </message>
    <message>
        <source>Ouder: ik weet ervan (%1)</source>
        <translation>Rodzic: wiem o tym (%1)</translation>
    </message>
</context>
<context>
    <name>Aanwezig::Preferences</name>
    <message>
        <source>Zoals het systeem</source>
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <source>Zoals school het heeft</source>
        <translation>Tak jak podała szkoła</translation>
    </message>
</context>
<context>
    <name>Aanwezig::ReportsModel</name>
    <message>
        <source>Onbekende melding</source>
        <translation>Nieznane zgłoszenie</translation>
    </message>
    <message>
        <source>Werk de app bij om deze melding helemaal te zien.</source>
        <translation>Zaktualizuj aplikację, aby zobaczyć całe zgłoszenie.</translation>
    </message>
</context>
<context>
    <name>Aanwezig::Session</name>
    <message>
        <source>Vul het adres van de school in, bijvoorbeeld https://aanwezig.school.nl.</source>
        <translation>Wpisz adres szkoły, na przykład https://aanwezig.school.nl.</translation>
    </message>
    <message>
        <source>Vul de koppelcode in die je van school kreeg.</source>
        <translation>Wpisz kod połączenia, który dostałeś ze szkoły.</translation>
    </message>
    <message>
        <source>Koppelen kan in deze versie van de app nog niet.</source>
        <translation>Ta wersja aplikacji nie umie jeszcze się połączyć.</translation>
    </message>
    <message>
        <source>Ouder</source>
        <translation>Rodzic</translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation>Uczeń</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Wychowawca</translation>
    </message>
    <message>
        <source>Verzuimteam</source>
        <translation>Zespół ds. frekwencji</translation>
    </message>
    <message>
        <source>Beheer</source>
        <translation>Administracja</translation>
    </message>
    <message>
        <source>Deze koppelcode werkt niet (meer). Vraag school om een nieuwe code.</source>
        <translation>Ten kod połączenia nie działa (już). Poproś szkołę o nowy kod.</translation>
    </message>
    <message>
        <source>Even te veel pogingen. Probeer het over een minuut nog eens.</source>
        <translation>Trochę za dużo prób. Spróbuj ponownie za minutę.</translation>
    </message>
    <message>
        <source>Niet gekoppeld. Alles op deze telefoon is bewaard.</source>
        <translation>Brak połączenia ze szkołą. Wszystko na tym telefonie jest zachowane.</translation>
    </message>
    <message>
        <source>Deze app is te oud voor de server van school. Werk de app eerst bij.</source>
        <translation>Ta aplikacja jest za stara dla serwera szkoły. Najpierw ją zaktualizuj.</translation>
    </message>
    <message>
        <source>School is nu niet bereikbaar. Kijk het adres en je verbinding na en probeer het nog eens.</source>
        <translation>Nie można teraz połączyć się ze szkołą. Sprawdź adres i połączenie, i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>De opslag van de app op deze telefoon gaat niet open. Start de app opnieuw en probeer het nog eens.</source>
        <translation>Nie można otworzyć pamięci aplikacji w tym telefonie. Uruchom aplikację ponownie i spróbuj jeszcze raz.</translation>
    </message>
</context>
<context>
    <name>Aanwezig::SyncStatusView</name>
    <message>
        <source>Koppel de app opnieuw met school. Je wijzigingen blijven bewaard.</source>
        <translation>Połącz aplikację ze szkołą jeszcze raz. Twoje zmiany są bezpieczne.</translation>
    </message>
    <message>
        <source>Er is een nieuwe versie van de app nodig. Je wijzigingen blijven bewaard.</source>
        <translation>Potrzebna jest nowsza wersja aplikacji. Twoje zmiany są bezpieczne.</translation>
    </message>
    <message numerus="yes">
        <source>Geen verbinding. %n wijziging(en) staan veilig op je telefoon en gaan vanzelf mee.</source>
        <translation>
            <numerusform>Brak połączenia. %n zmiana jest bezpieczna w telefonie i wyśle się sama.</numerusform>
            <numerusform>Brak połączenia. %n zmiany są bezpieczne w telefonie i wyślą się same.</numerusform>
            <numerusform>Brak połączenia. %n zmian jest bezpiecznych w telefonie i wyślą się same.</numerusform>
        </translation>
    </message>
    <message>
        <source>Geen verbinding. Je kunt gewoon verder; alles wordt later verstuurd.</source>
        <translation>Brak połączenia. Możesz spokojnie działać dalej; wszystko wyśle się później.</translation>
    </message>
    <message numerus="yes">
        <source>%n wijziging(en) wachten op verzending.</source>
        <translation>
            <numerusform>%n zmiana czeka na wysłanie.</numerusform>
            <numerusform>%n zmiany czekają na wysłanie.</numerusform>
            <numerusform>%n zmian czeka na wysłanie.</numerusform>
        </translation>
    </message>
    <message>
        <source>School kon een wijziging niet verwerken en die is teruggedraaid. %1</source>
        <translation>Szkoła nie mogła przyjąć jednej zmiany, więc została cofnięta. %1</translation>
    </message>
</context>
<context>
    <name>AbsenceForm</name>
    <message>
        <source>Vul een tijd in zoals 08:30.</source>
        <translation>Wpisz godzinę, na przykład 08:30.</translation>
    </message>
    <message>
        <source>Kies eerst een kind en een reden.</source>
        <translation>Najpierw wybierz dziecko i powód.</translation>
    </message>
    <message>
        <source>Kies een begindatum.</source>
        <translation>Wybierz datę początku.</translation>
    </message>
    <message>
        <source>Kies een einddatum, of kies &apos;tot beter&apos;.</source>
        <translation>Wybierz datę końca albo „do wyzdrowienia”.</translation>
    </message>
</context>
<context>
    <name>AppDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Aanwezigheid van %1</source>
        <translation>Obecność: %1</translation>
    </message>
    <message>
        <source>Aanwezigheid</source>
        <translation>Obecność</translation>
    </message>
    <message>
        <source>Zodra school de aanwezigheid deelt, zie je hier hoe het gaat.</source>
        <translation>Gdy szkoła udostępni obecności, zobaczysz tutaj, jak idzie.</translation>
    </message>
    <message>
        <source>Nog geen cijfers</source>
        <translation>Jeszcze brak danych</translation>
    </message>
    <message>
        <source>Aanwezig bij</source>
        <translation>Obecność na</translation>
    </message>
    <message>
        <source>Aanwezig bij %1 van de lessen</source>
        <translation>Obecność na %1 lekcji</translation>
    </message>
    <message>
        <source>van de lessen. %1.</source>
        <translation>lekcji. %1.</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Tygodniowo</translation>
    </message>
    <message>
        <source>De stippellijn is 95 %: goede aanwezigheid.</source>
        <translation>Linia przerywana to 95%: dobra obecność.</translation>
    </message>
    <message>
        <source>Elke gemiste les telt mee, ook ziekte. Zo zie je samen met school wat je kind mist, zonder oordeel.</source>
        <translation>Liczy się każda opuszczona lekcja, także z powodu choroby. Dzięki temu razem ze szkołą widzicie, co dziecko omija, bez oceniania.</translation>
    </message>
</context>
<context>
    <name>CallParentsButton</name>
    <message>
        <source>Bel de ouders van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bel ouders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact vastleggen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf op dat je de ouders van %1 belde en wat eruit kwam, zodat je team het ook weet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Check-in</source>
        <translation>Samopoczucie</translation>
    </message>
    <message>
        <source>Je mentor leest het en denkt met je mee. Tot de volgende keer!</source>
        <translation>Wychowawca to przeczyta i pomyśli razem z tobą. Do następnego razu!</translation>
    </message>
    <message>
        <source>Dank je wel!</source>
        <translation>Dziękuję!</translation>
    </message>
    <message>
        <source>Hoe gaat het met je?</source>
        <translation>Jak się masz?</translation>
    </message>
    <message>
        <source>%1 van 5</source>
        <translation>%1 z 5</translation>
    </message>
    <message>
        <source>1 is: het gaat niet goed. 5 is: het gaat heel goed.</source>
        <translation>1 to: nie jest dobrze. 5 to: jest bardzo dobrze.</translation>
    </message>
    <message>
        <source>Wat hielp je de afgelopen tijd?</source>
        <translation>Co ci ostatnio pomogło?</translation>
    </message>
    <message>
        <source>Wat hielp je?</source>
        <translation>Co ci pomogło?</translation>
    </message>
    <message>
        <source>Wat heb je nú nodig om wél te kunnen komen?</source>
        <translation>Czego potrzebujesz teraz, żeby móc przyjść?</translation>
    </message>
    <message>
        <source>Wat heb je nu nodig?</source>
        <translation>Czego teraz potrzebujesz?</translation>
    </message>
    <message>
        <source>Versturen</source>
        <translation>Wyślij</translation>
    </message>
</context>
<context>
    <name>ChildDelegate</name>
    <message>
        <source>%1 ziek melden</source>
        <translation>Zgłoś chorobę: %1</translation>
    </message>
    <message>
        <source>Ziek melden</source>
        <translation>Zgłoś chorobę</translation>
    </message>
    <message>
        <source>%1 beter melden</source>
        <translation>Zgłoś powrót do zdrowia: %1</translation>
    </message>
    <message>
        <source>Beter melden</source>
        <translation>Zgłoś powrót do zdrowia</translation>
    </message>
    <message>
        <source>Andere afwezigheid melden voor %1</source>
        <translation>Zgłoś inną nieobecność: %1</translation>
    </message>
    <message>
        <source>Andere melding</source>
        <translation>Inne zgłoszenie</translation>
    </message>
    <message>
        <source>Aanwezigheid van %1</source>
        <translation>Obecność: %1</translation>
    </message>
    <message>
        <source>Aanwezigheid</source>
        <translation>Obecność</translation>
    </message>
    <message>
        <source>Terugkeerplan van %1</source>
        <translation>Plan powrotu: %1</translation>
    </message>
    <message>
        <source>Terugkeerplan</source>
        <translation>Plan powrotu</translation>
    </message>
</context>
<context>
    <name>ChildrenPage</name>
    <message>
        <source>Mijn kinderen</source>
        <translation>Moje dzieci</translation>
    </message>
    <message>
        <source>Zodra school je kinderen heeft gekoppeld, zie je ze hier. Trek omlaag om te verversen.</source>
        <translation>Gdy szkoła połączy twoje dzieci z kontem, zobaczysz je tutaj. Przeciągnij w dół, aby odświeżyć.</translation>
    </message>
    <message>
        <source>Nog geen kinderen</source>
        <translation>Jeszcze brak dzieci</translation>
    </message>
    <message>
        <source>Ziek melden</source>
        <translation>Zgłoś chorobę</translation>
    </message>
    <message>
        <source>%1 ziek melden</source>
        <translation>Zgłoś chorobę: %1</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Ongedaan gemaakt: de ziekmelding is ingetrokken.</source>
        <translation>Cofnięto: zgłoszenie choroby zostało wycofane.</translation>
    </message>
    <message>
        <source>Vandaag, de hele dag, tot %1 weer beter is. Je kunt later altijd &apos;Beter melden&apos;.</source>
        <translation>Dziś, cały dzień, aż %1 wyzdrowieje. Później zawsze możesz „Zgłosić powrót do zdrowia”.</translation>
    </message>
    <message>
        <source>Verstuurd. Beterschap voor %1!</source>
        <translation>Wysłano. Zdrowia dla %1!</translation>
    </message>
    <message>
        <source>Bewaard. Beterschap voor %1!</source>
        <translation>Zapisano. Zdrowia dla %1!</translation>
    </message>
    <message>
        <source>Bewaard. Beterschap voor %1! School krijgt het bij verbinding.</source>
        <translation>Zapisano. Zdrowia dla %1! Szkoła dostanie je po połączeniu.</translation>
    </message>
    <message>
        <source>Beter melden</source>
        <translation>Zgłoś powrót do zdrowia</translation>
    </message>
    <message>
        <source>Is %1 weer beter?</source>
        <translation>Czy %1 jest już zdrowy/zdrowa?</translation>
    </message>
    <message>
        <source>Fijn dat %1 weer beter is! De ziekmelding is gestopt.</source>
        <translation>Cieszymy się, że %1 jest już zdrowy/zdrowa! Zgłoszenie choroby zakończone.</translation>
    </message>
    <message>
        <source>De ziekmelding stopt vandaag en school verwacht %1 weer.</source>
        <translation>Zgłoszenie choroby kończy się dziś, a szkoła znów czeka na: %1.</translation>
    </message>
</context>
<context>
    <name>ClassPage</name>
    <message>
        <source>Klas</source>
        <translation type="unfinished">Klasa</translation>
    </message>
    <message>
        <source>Zodra school de klas heeft gekoppeld, zie je de leerlingen hier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen leerlingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klas kiezen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeMessagePage</name>
    <message>
        <source>Bericht aan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen woorden</source>
        <translation>Własnymi słowami</translation>
    </message>
    <message>
        <source>Tekst van het bericht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf iets warms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van wie?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van mij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van de klas</source>
        <translation type="unfinished">Od klasy</translation>
    </message>
    <message>
        <source>Voor wie?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 zelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De ouders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taal van de ouders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouders lezen deze tekst in hun eigen taal, bijvoorbeeld:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorbeeldtaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen woorden gaan zoals je ze schrijft; ze worden niet vertaald.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versturen</source>
        <translation>Wyślij</translation>
    </message>
</context>
<context>
    <name>DayPicker</name>
    <message>
        <source>vandaag</source>
        <translation>dziś</translation>
    </message>
    <message>
        <source>morgen</source>
        <translation>jutro</translation>
    </message>
    <message>
        <source>gisteren</source>
        <translation>wczoraj</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Melding sluiten</source>
        <translation>Zamknij komunikat</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Opnieuw koppelen</source>
        <translation>Połącz ponownie</translation>
    </message>
    <message>
        <source>Welkom</source>
        <translation>Witaj</translation>
    </message>
    <message>
        <source>Welkom bij Aanwezig</source>
        <translation>Witaj w Aanwezig</translation>
    </message>
    <message>
        <source>Vraag school om een nieuwe koppelcode. Je wijzigingen blijven bewaard en gaan daarna alsnog mee.</source>
        <translation>Poproś szkołę o nowy kod połączenia. Twoje zmiany są zachowane i wyślą się potem.</translation>
    </message>
    <message>
        <source>Samen zorgen we dat elke leerling zich welkom voelt op school. Koppel de app één keer met je school; daarna werkt hij ook zonder verbinding.</source>
        <translation>Razem dbamy o to, by każdy uczeń czuł się w szkole mile widziany. Połącz aplikację ze szkołą raz; potem działa także bez internetu.</translation>
    </message>
    <message>
        <source>Het adres en de koppelcode krijg je van school, bijvoorbeeld per brief of e-mail.</source>
        <translation>Adres i kod połączenia dostaniesz ze szkoły, na przykład w liście albo e-mailu.</translation>
    </message>
    <message>
        <source>Adres van de school</source>
        <translation>Adres szkoły</translation>
    </message>
    <message>
        <source>Koppelcode</source>
        <translation>Kod połączenia</translation>
    </message>
    <message>
        <source>Koppelen</source>
        <translation>Połącz</translation>
    </message>
    <message>
        <source>Even verbinden met school…</source>
        <translation>Łączę ze szkołą…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Koppelen als %1?</source>
        <translation>Połączyć jako %1?</translation>
    </message>
    <message numerus="yes">
        <source>Deze code hoort bij iemand anders. %n wijziging(en) van deze telefoon heeft school nog niet; bij koppelen gaan die verloren.</source>
        <translation>
            <numerusform>Ten kod należy do kogoś innego. Szkoła nie ma jeszcze %n zmiany z tego telefonu; po połączeniu przepadnie.</numerusform>
            <numerusform>Ten kod należy do kogoś innego. Szkoła nie ma jeszcze %n zmian z tego telefonu; po połączeniu przepadną.</numerusform>
            <numerusform>Ten kod należy do kogoś innego. Szkoła nie ma jeszcze %n zmian z tego telefonu; po połączeniu przepadną.</numerusform>
        </translation>
    </message>
    <message>
        <source>Taal van de app</source>
        <translation>Język aplikacji</translation>
    </message>
    <message>
        <source>Zelf typen</source>
        <translation>Wpiszę sam(a)</translation>
    </message>
    <message>
        <source>QR-code scannen</source>
        <translation>Zeskanuj kod QR</translation>
    </message>
    <message>
        <source>Adres en code staan klaar. Tik op Koppelen.</source>
        <translation>Adres i kod są gotowe. Stuknij „Połącz”.</translation>
    </message>
</context>
<context>
    <name>LoadingState</name>
    <message>
        <source>Even geduld…</source>
        <translation>Chwileczkę…</translation>
    </message>
</context>
<context>
    <name>LogContactPage</name>
    <message>
        <source>Contact met %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat kwam eruit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen medische details; schrijf op wat helpt om verder te gaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat kwam eruit? Bijv. &apos;Moeder gesproken, morgen weer op school, huiswerk via Sara&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Kinderen</source>
        <translation>Dzieci</translation>
    </message>
    <message>
        <source>Meldingen</source>
        <translation>Zgłoszenia</translation>
    </message>
    <message>
        <source>Berichten</source>
        <translation>Wiadomości</translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <source>Klas</source>
        <translation>Klasa</translation>
    </message>
    <message>
        <source>Mijn plan</source>
        <translation>Mój plan</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Samopoczucie</translation>
    </message>
    <message>
        <source>Steun</source>
        <translation>Wsparcie</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Aanwezig · %1</source>
        <translation>Aanwezig · %1</translation>
    </message>
    <message>
        <source>Aanwezig</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Terug</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Bezig met verversen</source>
        <translation>Odświeżanie</translation>
    </message>
    <message>
        <source>Bijgewerkt om %1</source>
        <translation>Zaktualizowano o %1</translation>
    </message>
    <message>
        <source>Verversen</source>
        <translation>Odśwież</translation>
    </message>
</context>
<context>
    <name>MentorTodayPage</name>
    <message>
        <source>Vandaag</source>
        <translation type="unfinished">Dziś</translation>
    </message>
    <message>
        <source>Niemand van je klassen is vandaag afwezig gemeld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iedereen is er</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n leerling(en) afwezig; bij %1 nog geen contact. Een belletje op de eerste dag doet veel.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leerling(en) afwezig; met iedereen is contact geweest. Mooi!</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>%1 · aan %2</source>
        <translation>%1 · do: %2</translation>
    </message>
    <message>
        <source>Vertaling uit het Nederlands</source>
        <translation>Tłumaczenie z niderlandzkiego</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <source>Berichten</source>
        <translation>Wiadomości</translation>
    </message>
    <message>
        <source>Berichten van de mentor of de klas komen hier.</source>
        <translation>Tutaj pojawią się wiadomości od wychowawcy lub klasy.</translation>
    </message>
    <message>
        <source>Stuur een bericht vanaf de pagina van een leerling.</source>
        <translation>Wyślij wiadomość ze strony ucznia.</translation>
    </message>
    <message>
        <source>Nog geen berichten</source>
        <translation>Jeszcze brak wiadomości</translation>
    </message>
</context>
<context>
    <name>MomentPicker</name>
    <message>
        <source>%1: dag %2</source>
        <translation>%1: dzień %2</translation>
    </message>
    <message>
        <source>%1: deel van de dag</source>
        <translation>%1: pora dnia</translation>
    </message>
    <message>
        <source>Hele dag</source>
        <translation>Cały dzień</translation>
    </message>
    <message>
        <source>Ochtend</source>
        <translation>Rano</translation>
    </message>
    <message>
        <source>Middag</source>
        <translation>Popołudnie</translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <source>%1: tijd</source>
        <translation>%1: godzina</translation>
    </message>
    <message>
        <source>Tijd, bijv. 08:30</source>
        <translation>Godzina, np. 08:30</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Melding sluiten</source>
        <translation>Zamknij komunikat</translation>
    </message>
</context>
<context>
    <name>ParentReportsPage</name>
    <message>
        <source>Meldingen</source>
        <translation>Zgłoszenia</translation>
    </message>
    <message>
        <source>Als je je kind ziek of afwezig meldt, zie je hier hoe ver de melding is.</source>
        <translation>Gdy zgłosisz chorobę lub nieobecność dziecka, zobaczysz tutaj, na jakim etapie jest zgłoszenie.</translation>
    </message>
    <message>
        <source>Geen meldingen</source>
        <translation>Brak zgłoszeń</translation>
    </message>
    <message>
        <source>Fijn dat het weer beter gaat!</source>
        <translation>Jak dobrze, że już lepiej!</translation>
    </message>
    <message>
        <source>Ingetrokken: de melding geldt niet meer.</source>
        <translation>Wycofane: zgłoszenie już nie obowiązuje.</translation>
    </message>
    <message>
        <source>Beter melden</source>
        <translation>Zgłoś powrót do zdrowia</translation>
    </message>
    <message>
        <source>Is %1 weer beter?</source>
        <translation>Czy %1 jest już zdrowy/zdrowa?</translation>
    </message>
    <message>
        <source>De ziekmelding stopt vandaag en school verwacht %1 weer.</source>
        <translation>Zgłoszenie choroby kończy się dziś, a szkoła znów czeka na: %1.</translation>
    </message>
</context>
<context>
    <name>PlanEditorPage</name>
    <message>
        <source>Terugkeerplan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maak het plan samen met de leerling. Niet alles hoeft ingehaald te worden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buddy</source>
        <translation type="unfinished">Kolega do wsparcia</translation>
    </message>
    <message>
        <source>Check-in elke … dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in elke %1 dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stappen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen stappen. Denk aan: welkom bij de poort, een buddy, een rustige werkplek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijv. &apos;Toets wiskunde verschuiven&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie doet het?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaard om %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijv. &apos;Weer elke ochtend het eerste uur erbij&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een klasgenoot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanspreekpunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij wie de leerling terecht kan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar en wanneer de contactpersoon te vinden is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar en wanneer, bijv. &apos;Kamer 12, in de grote pauze&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alles wat je hier schrijft, wordt meteen bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrScanPane</name>
    <message>
        <source>Camerabeeld</source>
        <translation>Obraz z kamery</translation>
    </message>
    <message>
        <source>Deze QR-code is geen koppelcode van Aanwezig. Scan de code in de brief van school.</source>
        <translation>Ten kod QR nie jest kodem połączenia Aanwezig. Zeskanuj kod z listu ze szkoły.</translation>
    </message>
    <message>
        <source>Richt de camera op de QR-code in de brief van school.</source>
        <translation>Skieruj aparat na kod QR w liście ze szkoły.</translation>
    </message>
    <message>
        <source>Geen camera gevonden. Typ het adres en de code uit de brief over.</source>
        <translation>Nie znaleziono aparatu. Przepisz adres i kod z listu.</translation>
    </message>
</context>
<context>
    <name>RefreshableList</name>
    <message>
        <source>Loslaten om te verversen</source>
        <translation>Puść, aby odświeżyć</translation>
    </message>
    <message>
        <source>Trek omlaag om te verversen</source>
        <translation>Przeciągnij w dół, aby odświeżyć</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n element</numerusform>
            <numerusform>%n elementy</numerusform>
            <numerusform>%n elementów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepliesColumn</name>
    <message>
        <source>Antwoord van %1: %2, %3</source>
        <translation>Odpowiedź od %1: %2, %3</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <source>Eigen woorden</source>
        <translation>Własnymi słowami</translation>
    </message>
    <message>
        <source>Je antwoord in eigen woorden</source>
        <translation>Twoja odpowiedź własnymi słowami</translation>
    </message>
    <message>
        <source>Schrijf een kort antwoord…</source>
        <translation>Napisz krótką odpowiedź…</translation>
    </message>
    <message>
        <source>%1 van %2 tekens</source>
        <translation>%1 z %2 znaków</translation>
    </message>
    <message>
        <source>Versturen</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <source>Verstuurd: %1</source>
        <translation>Wysłano: %1</translation>
    </message>
</context>
<context>
    <name>ReportAbsencePage</name>
    <message>
        <source>Melding voor %1</source>
        <translation>Zgłoszenie: %1</translation>
    </message>
    <message>
        <source>Afwezigheid melden</source>
        <translation>Zgłoś nieobecność</translation>
    </message>
    <message>
        <source>Waarom?</source>
        <translation>Dlaczego?</translation>
    </message>
    <message>
        <source>Vanaf</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Einde nog niet bekend (tot beter)</source>
        <translation>Koniec jeszcze nieznany (do wyzdrowienia)</translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation>Do (włącznie)</translation>
    </message>
    <message>
        <source>Korte toelichting</source>
        <translation>Krótka uwaga</translation>
    </message>
    <message>
        <source>Geen medische details: school hoeft niet te weten wat je kind heeft.</source>
        <translation>Bez szczegółów medycznych: szkoła nie musi wiedzieć, co dolega dziecku.</translation>
    </message>
    <message>
        <source>Verlof aanvragen</source>
        <translation>Poproś o zwolnienie</translation>
    </message>
    <message>
        <source>Melden</source>
        <translation>Zgłoś</translation>
    </message>
    <message>
        <source>Mag leeg blijven</source>
        <translation>Może zostać puste</translation>
    </message>
</context>
<context>
    <name>ReportDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 beter melden</source>
        <translation>Zgłoś powrót do zdrowia: %1</translation>
    </message>
    <message>
        <source>Beter melden</source>
        <translation>Zgłoś powrót do zdrowia</translation>
    </message>
    <message>
        <source>Melding voor %1 intrekken</source>
        <translation>Wycofaj zgłoszenie: %1</translation>
    </message>
    <message>
        <source>Intrekken</source>
        <translation>Wycofaj</translation>
    </message>
</context>
<context>
    <name>ReportProgress</name>
    <message>
        <source>bewaard op telefoon</source>
        <translation>zapisane w telefonie</translation>
    </message>
    <message>
        <source>verstuurd</source>
        <translation>wysłane</translation>
    </message>
    <message>
        <source>ontvangen</source>
        <translation>odebrane</translation>
    </message>
    <message>
        <source>gezien door mentor</source>
        <translation>wychowawca widział</translation>
    </message>
    <message>
        <source>Verstuurd</source>
        <translation>Wysłane</translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation>Odebrane</translation>
    </message>
    <message>
        <source>Gezien</source>
        <translation>Widziane</translation>
    </message>
    <message>
        <source>Bewaard</source>
        <translation>Zapisane</translation>
    </message>
</context>
<context>
    <name>ReturnPlanPage</name>
    <message>
        <source>Terugkeerplan</source>
        <translation>Plan powrotu</translation>
    </message>
    <message>
        <source>Als de mentor samen met jullie een plan maakt, staat het hier.</source>
        <translation>Gdy wychowawca ułoży z wami plan, pojawi się tutaj.</translation>
    </message>
    <message>
        <source>Nog geen terugkeerplan</source>
        <translation>Jeszcze brak planu powrotu</translation>
    </message>
    <message>
        <source>Goed bezig! Weer een stap gezet.</source>
        <translation>Świetnie! Kolejny krok za tobą.</translation>
    </message>
    <message>
        <source>Stap weer open gezet.</source>
        <translation>Krok znów otwarty.</translation>
    </message>
    <message>
        <source>Stap voor stap terug naar school</source>
        <translation>Krok po kroku z powrotem do szkoły</translation>
    </message>
    <message>
        <source>Nog geen stappen</source>
        <translation>Jeszcze brak kroków</translation>
    </message>
    <message>
        <source>Alle stappen gedaan. Wat goed!</source>
        <translation>Wszystkie kroki zrobione. Super!</translation>
    </message>
    <message>
        <source>%1 van %2 stappen gedaan</source>
        <translation>Zrobione kroki: %1 z %2</translation>
    </message>
    <message>
        <source>Je hoeft niet alles in te halen. Samen kiezen we wat belangrijk is.</source>
        <translation>Nie musisz nadrabiać wszystkiego. Razem wybierzemy, co ważne.</translation>
    </message>
</context>
<context>
    <name>RoleSwitcher</name>
    <message>
        <source>Rol</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>%1 (rol)</source>
        <translation>%1 (rola)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Instellingen</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Taal van de app</source>
        <translation>Język aplikacji</translation>
    </message>
    <message>
        <source>Berichten van school lezen in</source>
        <translation>Czytaj wiadomości ze szkoły po</translation>
    </message>
    <message>
        <source>Taal van berichten</source>
        <translation>Język wiadomości</translation>
    </message>
    <message>
        <source>Berichten die de mentor met een vaste tekst stuurt, lees je in deze taal.</source>
        <translation>Wiadomości, które wychowawca wysyła z gotowym tekstem, przeczytasz w tym języku.</translation>
    </message>
    <message>
        <source>Deze taal gaf school door. Kies gerust een andere.</source>
        <translation>Ten język podała szkoła. Możesz spokojnie wybrać inny.</translation>
    </message>
    <message>
        <source>Gekoppeld met %1</source>
        <translation>Połączono z %1</translation>
    </message>
    <message>
        <source>Uitloggen</source>
        <translation>Wyloguj</translation>
    </message>
    <message>
        <source>Uitloggen?</source>
        <translation>Wylogować?</translation>
    </message>
    <message numerus="yes">
        <source>Er staan nog %n wijziging(en) op deze telefoon die school nog niet heeft. Bij uitloggen gaan die verloren. Maak eerst verbinding als dat kan.</source>
        <translation>
            <numerusform>Na tym telefonie jest jeszcze %n zmiana, której szkoła nie ma. Po wylogowaniu przepadnie. Jeśli możesz, najpierw połącz się z internetem.</numerusform>
            <numerusform>Na tym telefonie są jeszcze %n zmiany, których szkoła nie ma. Po wylogowaniu przepadną. Jeśli możesz, najpierw połącz się z internetem.</numerusform>
            <numerusform>Na tym telefonie jest jeszcze %n zmian, których szkoła nie ma. Po wylogowaniu przepadną. Jeśli możesz, najpierw połącz się z internetem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alles van deze telefoon wordt gewist. Je kunt later opnieuw koppelen.</source>
        <translation>Wszystko z tego telefonu zostanie usunięte. Później możesz połączyć się ponownie.</translation>
    </message>
    <message>
        <source>Meldingen op je telefoon</source>
        <translation>Powiadomienia na telefonie</translation>
    </message>
    <message>
        <source>Als teamlid ook eerste-dagmeldingen en het ochtendoverzicht</source>
        <translation>Jako członek zespołu także pierwsze dni nieobecności i poranne podsumowanie</translation>
    </message>
    <message>
        <source>Geen namen op het vergrendelscherm</source>
        <translation>Bez imion na ekranie blokady</translation>
    </message>
    <message>
        <source>Stille uren (meldingen wachten tot het einde)</source>
        <translation>Godziny ciszy (powiadomienia czekają do ich końca)</translation>
    </message>
    <message>
        <source>Stil vanaf %1</source>
        <translation>Cisza od %1</translation>
    </message>
    <message>
        <source>tot</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Stil tot %1</source>
        <translation>Cisza do %1</translation>
    </message>
</context>
<context>
    <name>SignalDelegate</name>
    <message>
        <source>Volgende stap: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepDelegate</name>
    <message>
        <source>%1, %2%3</source>
        <translation>%1, %2%3</translation>
    </message>
    <message>
        <source>, gedaan</source>
        <translation>, zrobione</translation>
    </message>
    <message>
        <source>%1 afvinken</source>
        <translation>Odhacz: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Stap %1 verwijderen</source>
        <translation>Usuń krok %1</translation>
    </message>
</context>
<context>
    <name>StudentPage</name>
    <message>
        <source>Nog geen cijfers</source>
        <translation type="unfinished">Jeszcze brak danych</translation>
    </message>
    <message>
        <source>Warm bericht aan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bericht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact met %1 vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugkeerplan van %1</source>
        <translation type="unfinished">Plan powrotu: %1</translation>
    </message>
    <message>
        <source>Terugkeerplan</source>
        <translation type="unfinished">Plan powrotu</translation>
    </message>
    <message>
        <source>Signalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen signalen. Een compliment kan altijd!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldingen</source>
        <translation type="unfinished">Zgłoszenia</translation>
    </message>
    <message>
        <source>Nog geen meldingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished">%1 · %2</translation>
    </message>
    <message>
        <source>Verlof toekennen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toekennen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verlof niet toekennen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet toekennen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door school geregistreerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen contact vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen check-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2
Hielp: %3
Nodig: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reacties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <source>Steun</source>
        <translation>Wsparcie</translation>
    </message>
    <message>
        <source>Je mentor spreekt met je af wie je buddy en je contactpersoon zijn.</source>
        <translation>Wychowawca ustali z tobą, kto będzie twoim kolegą do wsparcia i osobą kontaktową.</translation>
    </message>
    <message>
        <source>Nog niets afgesproken</source>
        <translation>Jeszcze nic nie ustalono</translation>
    </message>
    <message>
        <source>Je buddy</source>
        <translation>Twój kolega do wsparcia</translation>
    </message>
    <message>
        <source>Houdt aantekeningen voor je bij en loopt de eerste dag met je mee.</source>
        <translation>Robi dla ciebie notatki i pierwszego dnia chodzi z tobą.</translation>
    </message>
    <message>
        <source>Je vaste contactpersoon</source>
        <translation>Twoja stała osoba kontaktowa</translation>
    </message>
    <message>
        <source>Bij deze persoon kun je altijd terecht, ook als het even niet gaat.</source>
        <translation>Do tej osoby zawsze możesz przyjść, także gdy jest ci trudno.</translation>
    </message>
    <message>
        <source>Waar en wanneer: %1</source>
        <translation>Gdzie i kiedy: %1</translation>
    </message>
    <message>
        <source>Stuur %1 een berichtje</source>
        <translation>Wyślij wiadomość: %1</translation>
    </message>
    <message>
        <source>Stuur een berichtje</source>
        <translation>Wyślij wiadomość</translation>
    </message>
</context>
<context>
    <name>SyncBanner</name>
    <message>
        <source>Nu proberen</source>
        <translation>Spróbuj teraz</translation>
    </message>
    <message>
        <source>Opnieuw koppelen</source>
        <translation>Połącz ponownie</translation>
    </message>
    <message>
        <source>Begrepen</source>
        <translation>Rozumiem</translation>
    </message>
</context>
<context>
    <name>TierPyramid</name>
    <message>
        <source>doel boven %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doel onder %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laag %1: %2 % van de leerlingen, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doel gehaald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doel nog niet gehaald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Laag %1&lt;/b&gt; · %2 % · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ gehaald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog niet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayAbsenceDelegate</name>
    <message>
        <source>contact gehad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog geen contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished">%1 · %2</translation>
    </message>
    <message>
        <source>Melding van %1 gezien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezien ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezien</source>
        <translation type="unfinished">Widziane</translation>
    </message>
    <message>
        <source>Melding van %1 is gezien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact met %1 vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm bericht aan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afwezig zonder bericht</source>
        <translation type="unfinished">Nieobecność bez zgłoszenia</translation>
    </message>
    <message>
        <source>⚠ Afwezig zonder bericht: niemand weet waar %1 is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Contact gehad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bericht</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Aanwezigheid per week: %1</source>
        <translation>Obecność w tygodniu: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Bijna geen lessen gemist</source>
        <translation>Prawie żadnych opuszczonych lekcji</translation>
    </message>
    <message>
        <source>Ongeveer 1 op de %1 lessen gemist</source>
        <translation>Opuszczona mniej więcej 1 na %1 lekcji</translation>
    </message>
    <message>
        <source>Alle klassen</source>
        <translation>Wszystkie klasy</translation>
    </message>
    <message>
        <source>Van de klas</source>
        <translation>Od klasy</translation>
    </message>
    <message>
        <source>Van de mentor</source>
        <translation>Od wychowawcy</translation>
    </message>
    <message>
        <source>Geen melding voor vandaag</source>
        <translation>Brak zgłoszenia na dziś</translation>
    </message>
    <message>
        <source>Beter gemeld</source>
        <translation>Zgłoszono powrót do zdrowia</translation>
    </message>
    <message>
        <source>%1 uur ongeoorloofd afwezig in 4 weken</source>
        <translation>%1 godz. nieusprawiedliwionej nieobecności w 4 tygodnie</translation>
    </message>
    <message>
        <source>Vanaf 16 uur in 4 schoolweken meldt de school dit binnen 5 schooldagen bij leerplicht. Leerplicht denkt mee; het is geen straf. Ziekte telt hier nooit mee.</source>
        <translation>Od 16 godzin w 4 tygodniach szkolnych szkoła w ciągu 5 dni szkolnych zgłasza to urzędnikowi ds. obowiązku szkolnego. On pomaga szukać rozwiązania; to nie jest kara. Choroba nigdy się tu nie liczy.</translation>
    </message>
    <message>
        <source>Meld het binnen 5 schooldagen bij DUO en nodig leerling en ouders uit voor een gesprek over wat er speelt.</source>
        <translation>Zgłoś to w DUO w ciągu 5 dni szkolnych i zaproś ucznia i rodziców na rozmowę o tym, co się dzieje.</translation>
    </message>
    <message>
        <source>Bij 16 uur in 4 schoolweken moet de school leerplicht inschakelen. Er is nu nog ruimte om samen te kijken wat er speelt.</source>
        <translation>Przy 16 godzinach w 4 tygodniach szkolnych szkoła musi powiadomić urzędnika ds. obowiązku szkolnego. Teraz jest jeszcze czas, by razem zobaczyć, co się dzieje.</translation>
    </message>
    <message>
        <source>Bel de ouders vandaag nog en vraag hoe het gaat. Spreek samen een eerste kleine stap af.</source>
        <translation>Zadzwoń dziś do rodziców i zapytaj, jak się mają. Ustalcie razem pierwszy mały krok.</translation>
    </message>
    <message>
        <source>Vaker ziek gemeld</source>
        <translation>Częściej zgłaszana choroba</translation>
    </message>
    <message>
        <source>Vier ziekmeldingen in twaalf schoolweken, of zeven schooldagen achter elkaar ziek. Dat zegt niets over de oorzaak; het is een reden om te vragen hoe het gaat.</source>
        <translation>Cztery zgłoszenia choroby w dwunastu tygodniach szkolnych albo siedem dni szkolnych choroby z rzędu. To nic nie mówi o przyczynie; to powód, by zapytać, jak się ma.</translation>
    </message>
    <message>
        <source>Plan een gesprek met leerling en ouders en bespreek of de jeugdarts kan meedenken.</source>
        <translation>Zaplanuj rozmowę z uczniem i rodzicami i omówcie, czy lekarz młodzieżowy (jeugdarts) może pomóc.</translation>
    </message>
    <message>
        <source>Vaker te laat</source>
        <translation>Częściej się spóźnia</translation>
    </message>
    <message>
        <source>Drie keer of vaker te laat in vier weken. Vaak zit er iets achter, zoals slaap, zorgen of de reis.</source>
        <translation>Trzy lub więcej spóźnień w cztery tygodnie. Często coś za tym stoi, na przykład sen, zmartwienia albo dojazd.</translation>
    </message>
    <message>
        <source>Vraag de leerling wat de ochtend lastig maakt en wat zou helpen.</source>
        <translation>Zapytaj ucznia, co utrudnia mu poranki i co by pomogło.</translation>
    </message>
    <message>
        <source>Minder aanwezig dan eerder</source>
        <translation>Mniejsza obecność niż wcześniej</translation>
    </message>
    <message>
        <source>De aanwezigheid is lager dan in de vorige periode.</source>
        <translation>Obecność jest niższa niż w poprzednim okresie.</translation>
    </message>
    <message>
        <source>Vraag de leerling wat er veranderd is en wat nu zou helpen.</source>
        <translation>Zapytaj ucznia, co się zmieniło i co teraz by pomogło.</translation>
    </message>
    <message>
        <source>Aanwezig</source>
        <translation>Obecny</translation>
    </message>
    <message>
        <source>Ziek</source>
        <translation>Choroba</translation>
    </message>
    <message>
        <source>Afwezig zonder bericht</source>
        <translation>Nieobecność bez zgłoszenia</translation>
    </message>
    <message>
        <source>Later binnen</source>
        <translation>Spóźnienie</translation>
    </message>
    <message>
        <source>Verlof</source>
        <translation>Zwolnienie</translation>
    </message>
    <message>
        <source>Belangrijke familieomstandigheden</source>
        <translation>Ważne sprawy rodzinne</translation>
    </message>
    <message>
        <source>Dokter of tandarts</source>
        <translation>Lekarz lub dentysta</translation>
    </message>
    <message>
        <source>Schorsing</source>
        <translation>Zawieszenie</translation>
    </message>
    <message>
        <source>Uit de les gestuurd</source>
        <translation>Wyproszony z lekcji</translation>
    </message>
    <message>
        <source>Bewaard op je telefoon, wordt verstuurd zodra er verbinding is</source>
        <translation>Zapisane w telefonie, wyśle się, gdy będzie połączenie</translation>
    </message>
    <message>
        <source>Verstuurd</source>
        <translation>Wysłane</translation>
    </message>
    <message>
        <source>Ontvangen door school</source>
        <translation>Szkoła odebrała</translation>
    </message>
    <message>
        <source>Gezien door de mentor</source>
        <translation>Wychowawca widział</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Zakończone</translation>
    </message>
    <message>
        <source>Ingetrokken</source>
        <translation>Wycofane</translation>
    </message>
    <message>
        <source>De school bekijkt de aanvraag</source>
        <translation>Szkoła rozpatruje prośbę</translation>
    </message>
    <message>
        <source>Verlof toegekend</source>
        <translation>Zwolnienie przyznane</translation>
    </message>
    <message>
        <source>Verlof niet toegekend; de mentor neemt contact op</source>
        <translation>Zwolnienie nieprzyznane; wychowawca się z tobą skontaktuje</translation>
    </message>
    <message>
        <source>vandaag</source>
        <translation>dziś</translation>
    </message>
    <message>
        <source>morgen</source>
        <translation>jutro</translation>
    </message>
    <message>
        <source>gisteren</source>
        <translation>wczoraj</translation>
    </message>
    <message>
        <source>%1 om %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message numerus="yes">
        <source>door school geregistreerd: %1 - %2, %n les(sen)</source>
        <translation>
            <numerusform>zarejestrowane przez szkołę: %1 - %2, %n lekcja</numerusform>
            <numerusform>zarejestrowane przez szkołę: %1 - %2, %n lekcje</numerusform>
            <numerusform>zarejestrowane przez szkołę: %1 - %2, %n lekcji</numerusform>
        </translation>
    </message>
    <message>
        <source>vanaf %1, tot beter</source>
        <translation>od %1, do wyzdrowienia</translation>
    </message>
    <message>
        <source>%1, de hele dag</source>
        <translation>%1, cały dzień</translation>
    </message>
    <message>
        <source>%1 tot en met %2</source>
        <translation>%1 – %2 (włącznie)</translation>
    </message>
    <message>
        <source>%1 tot %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Gebeld</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Bericht gestuurd</source>
        <translation>Wysłano wiadomość</translation>
    </message>
    <message>
        <source>Kaart gestuurd</source>
        <translation>Wysłano kartkę</translation>
    </message>
    <message>
        <source>Op huisbezoek</source>
        <translation>Wizyta domowa</translation>
    </message>
    <message>
        <source>Gesprek gehad</source>
        <translation>Odbyła się rozmowa</translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation>Uczeń</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Wychowawca</translation>
    </message>
    <message>
        <source>Ouder</source>
        <translation>Rodzic</translation>
    </message>
    <message>
        <source>Buddy</source>
        <translation>Kolega do wsparcia</translation>
    </message>
    <message>
        <source>Goede aanwezigheid</source>
        <translation>Dobra obecność</translation>
    </message>
    <message>
        <source>Wat vaker afwezig</source>
        <translation>Trochę częściej nieobecny</translation>
    </message>
    <message>
        <source>Vaak afwezig</source>
        <translation>Często nieobecny</translation>
    </message>
    <message>
        <source>Nog geen cijfers</source>
        <translation>Jeszcze brak danych</translation>
    </message>
    <message>
        <source>Er is bijna elke les aanwezig. Mooi zo!</source>
        <translation>Obecność prawie na każdej lekcji. Super!</translation>
    </message>
    <message>
        <source>Er zijn wat meer lessen gemist dan gewoonlijk. Een goed moment om even te praten over hoe het gaat.</source>
        <translation>Opuszczono trochę więcej lekcji niż zwykle. To dobry moment, żeby porozmawiać, jak idzie.</translation>
    </message>
    <message>
        <source>Er is een op de tien lessen of meer gemist. Dat is veel om in te halen; de mentor denkt graag met jullie mee.</source>
        <translation>Opuszczono co dziesiątą lekcję lub więcej. To dużo do nadrobienia; wychowawca chętnie pomyśli razem z wami.</translation>
    </message>
    <message>
        <source>Zodra de school cijfers deelt, zie je ze hier.</source>
        <translation>Gdy szkoła udostępni dane, zobaczysz je tutaj.</translation>
    </message>
    <message>
        <source>Gaat niet goed</source>
        <translation>Nie jest dobrze</translation>
    </message>
    <message>
        <source>Gaat matig</source>
        <translation>Tak sobie</translation>
    </message>
    <message>
        <source>Gaat wel</source>
        <translation>W porządku</translation>
    </message>
    <message>
        <source>Gaat goed</source>
        <translation>Dobrze</translation>
    </message>
    <message>
        <source>Gaat heel goed</source>
        <translation>Bardzo dobrze</translation>
    </message>
    <message>
        <source>Het einde ligt voor het begin. Kies een later einde.</source>
        <translation>Koniec jest przed początkiem. Wybierz późniejszy koniec.</translation>
    </message>
    <message>
        <source>Zo ver terug melden kan niet in de app. Neem even contact op met school.</source>
        <translation>Tak dawno wstecz nie da się zgłosić w aplikacji. Skontaktuj się proszę ze szkołą.</translation>
    </message>
    <message>
        <source>Er is al een melding voor deze tijd. Pas die aan of kies een andere tijd.</source>
        <translation>Na ten czas jest już zgłoszenie. Zmień je albo wybierz inny czas.</translation>
    </message>
    <message>
        <source>De tekst is te lang. Maak hem wat korter.</source>
        <translation>Tekst jest za długi. Skróć go trochę.</translation>
    </message>
    <message>
        <source>Dit kan niet vanuit deze rol.</source>
        <translation>W tej roli nie da się tego zrobić.</translation>
    </message>
    <message>
        <source>Deze melding is al afgerond.</source>
        <translation>To zgłoszenie jest już zakończone.</translation>
    </message>
    <message>
        <source>Alleen wie de melding deed, kan hem intrekken.</source>
        <translation>Zgłoszenie może wycofać tylko osoba, która je zrobiła.</translation>
    </message>
    <message>
        <source>Intrekken kan tot en met de eerste dag. Meld je kind beter, of neem even contact op met school.</source>
        <translation>Zgłoszenie można wycofać do końca pierwszego dnia. Zgłoś powrót dziecka do zdrowia albo skontaktuj się ze szkołą.</translation>
    </message>
    <message>
        <source>Beter melden kan pas na het begin van de ziekmelding.</source>
        <translation>Powrót do zdrowia można zgłosić dopiero po początku zgłoszenia choroby.</translation>
    </message>
    <message>
        <source>Deze melding was al gezien.</source>
        <translation>To zgłoszenie było już widziane.</translation>
    </message>
    <message>
        <source>Kies een tekst of schrijf een paar woorden.</source>
        <translation>Wybierz tekst albo napisz kilka słów.</translation>
    </message>
    <message>
        <source>Kies voor wie het bericht is: de leerling, de ouders of allebei.</source>
        <translation>Wybierz, dla kogo jest wiadomość: dla ucznia, rodziców czy dla obu.</translation>
    </message>
    <message>
        <source>Geef de stap een korte naam.</source>
        <translation>Nadaj krokowi krótką nazwę.</translation>
    </message>
    <message>
        <source>Kies hoe het gaat, van 1 tot 5.</source>
        <translation>Wybierz, jak się masz, od 1 do 5.</translation>
    </message>
    <message>
        <source>Kies een ritme van 1 tot 60 dagen.</source>
        <translation>Wybierz rytm od 1 do 60 dni.</translation>
    </message>
    <message>
        <source>Opslaan op de telefoon lukte niet. Probeer het nog eens; er is niets verloren gegaan.</source>
        <translation>Nie udało się zapisać w telefonie. Spróbuj ponownie; nic nie przepadło.</translation>
    </message>
    <message>
        <source>Dat lukte niet. Probeer het nog eens.</source>
        <translation>Nie udało się. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Jij</source>
        <translation>Ty</translation>
    </message>
    <message>
        <source>Een ouder van %1</source>
        <translation>Rodzic: %1</translation>
    </message>
    <message>
        <source>Aan de contactpersoon</source>
        <translation>Do osoby kontaktowej</translation>
    </message>
    <message>
        <source>Op: %1</source>
        <translation>W odpowiedzi na: %1</translation>
    </message>
    <message>
        <source>Kies een antwoord of schrijf een paar woorden.</source>
        <translation>Wybierz odpowiedź lub napisz kilka słów.</translation>
    </message>
    <message>
        <source>Er is nog geen contactpersoon afgesproken.</source>
        <translation>Nie ustalono jeszcze osoby kontaktowej.</translation>
    </message>
    <message>
        <source>Dit is niet meer te vinden. Misschien is het intussen weggehaald.</source>
        <translation>Tego już nie ma. Być może zostało w międzyczasie usunięte.</translation>
    </message>
    <message>
        <source>Hierop is al geantwoord.</source>
        <translation>Na to już odpowiedziano.</translation>
    </message>
    <message>
        <source>Over dit verlof is al beslist.</source>
        <translation>O tym zwolnieniu już zdecydowano.</translation>
    </message>
    <message>
        <source>Deze wijziging was al bij school binnen.</source>
        <translation>Ta zmiana już wcześniej dotarła do szkoły.</translation>
    </message>
    <message>
        <source>Zo ver vooruit melden kan niet. Kies een datum binnen een jaar.</source>
        <translation>Tak daleko naprzód nie da się zgłosić. Wybierz datę w ciągu roku.</translation>
    </message>
    <message>
        <source>Er staan al veel meldingen voor later klaar. Neem even contact op met school.</source>
        <translation>Jest już wiele zgłoszeń na późniejsze dni. Skontaktuj się proszę ze szkołą.</translation>
    </message>
    <message>
        <source>De app stuurde iets wat school niet begreep. Kijk of er een nieuwe versie van de app is.</source>
        <translation>Aplikacja wysłała coś, czego szkoła nie zrozumiała. Sprawdź, czy jest nowsza wersja aplikacji.</translation>
    </message>
</context>
</TS>
