<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="nl">
<context>
    <name>Aanwezig::AbsenceActions</name>
    <message>
        <source>Je kind is ziek</source>
        <translation>Your child is ill</translation>
    </message>
    <message>
        <source>Een afspraak bij dokter, tandarts of orthodontist</source>
        <translation>An appointment with a doctor, dentist or orthodontist</translation>
    </message>
    <message>
        <source>Bijvoorbeeld een bruiloft, begrafenis of verhuizing</source>
        <translation>For example a wedding, a funeral or a move</translation>
    </message>
    <message>
        <source>Vraag verlof aan; de school laat weten of het kan</source>
        <translation>Ask for leave; the school will let you know if it is possible</translation>
    </message>
</context>
<context>
    <name>Aanwezig::MessageActions</name>
    <message>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Arabisch</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>Turks</source>
        <translation>Turkish</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Polish</translation>
    </message>
    <message>
        <source>Oekraïens</source>
        <translation>Ukrainian</translation>
    </message>
</context>
<context>
    <name>Aanwezig::Notifications</name>
    <message>
        <source>Eerste dag afwezig (meteen in schooltijd)</source>
        <translation>First day absent (at once during school hours)</translation>
    </message>
    <message>
        <source>Ochtendoverzicht om 07:45</source>
        <translation>Morning summary at 07:45</translation>
    </message>
    <message>
        <source>Afwezig zonder melding: &quot;Alles goed?&quot;</source>
        <translation>Absent without a report: &quot;Is everything all right?&quot;</translation>
    </message>
    <message>
        <source>De mentor zag mijn melding</source>
        <translation>The mentor saw my report</translation>
    </message>
    <message>
        <source>Besluit over verlof</source>
        <translation>Decision on leave</translation>
    </message>
    <message>
        <source>Berichten van school</source>
        <translation>Messages from school</translation>
    </message>
    <message>
        <source>Nieuwe of gewijzigde stap in mijn plan</source>
        <translation>New or changed step in my plan</translation>
    </message>
    <message>
        <source>Tijd voor mijn check-in</source>
        <translation>Time for my check-in</translation>
    </message>
    <message>
        <source>Ouder: ik weet ervan (%1)</source>
        <translation>Parent: I know about it (%1)</translation>
    </message>
</context>
<context>
    <name>Aanwezig::Preferences</name>
    <message>
        <source>Zoals het systeem</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>Zoals school het heeft</source>
        <translation>As the school has it</translation>
    </message>
</context>
<context>
    <name>Aanwezig::ReportsModel</name>
    <message>
        <source>Onbekende melding</source>
        <translation>Unknown report</translation>
    </message>
    <message>
        <source>Werk de app bij om deze melding helemaal te zien.</source>
        <translation>Update the app to see this report in full.</translation>
    </message>
</context>
<context>
    <name>Aanwezig::Session</name>
    <message>
        <source>Vul het adres van de school in, bijvoorbeeld https://aanwezig.school.nl.</source>
        <translation>Enter the school&apos;s address, for example https://aanwezig.school.nl.</translation>
    </message>
    <message>
        <source>Vul de koppelcode in die je van school kreeg.</source>
        <translation>Enter the pairing code you got from school.</translation>
    </message>
    <message>
        <source>Koppelen kan in deze versie van de app nog niet.</source>
        <translation>This version of the app cannot pair yet.</translation>
    </message>
    <message>
        <source>Ouder</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Verzuimteam</source>
        <translation>Attendance team</translation>
    </message>
    <message>
        <source>Beheer</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Deze koppelcode werkt niet (meer). Vraag school om een nieuwe code.</source>
        <translation>This pairing code does not work (any more). Ask the school for a new code.</translation>
    </message>
    <message>
        <source>Even te veel pogingen. Probeer het over een minuut nog eens.</source>
        <translation>A few too many attempts. Please try again in a minute.</translation>
    </message>
    <message>
        <source>Deze app is te oud voor de server van school. Werk de app eerst bij.</source>
        <translation>This app is too old for the school&apos;s server. Please update the app first.</translation>
    </message>
    <message>
        <source>School is nu niet bereikbaar. Kijk het adres en je verbinding na en probeer het nog eens.</source>
        <translation>The school cannot be reached right now. Check the address and your connection and try again.</translation>
    </message>
    <message>
        <source>Niet gekoppeld. Alles op deze telefoon is bewaard.</source>
        <translation>Not paired. Everything on this phone is kept.</translation>
    </message>
    <message>
        <source>De opslag van de app op deze telefoon gaat niet open. Start de app opnieuw en probeer het nog eens.</source>
        <translation>The app&apos;s storage on this phone cannot be opened. Restart the app and try again.</translation>
    </message>
</context>
<context>
    <name>Aanwezig::SyncStatusView</name>
    <message>
        <source>Koppel de app opnieuw met school. Je wijzigingen blijven bewaard.</source>
        <translation>Please pair the app with school again. Your changes are kept safe.</translation>
    </message>
    <message>
        <source>Er is een nieuwe versie van de app nodig. Je wijzigingen blijven bewaard.</source>
        <translation>A newer version of the app is needed. Your changes are kept safe.</translation>
    </message>
    <message numerus="yes">
        <source>Geen verbinding. %n wijziging(en) staan veilig op je telefoon en gaan vanzelf mee.</source>
        <translation>
            <numerusform>No connection. %n change is safe on your phone and will be sent by itself.</numerusform>
            <numerusform>No connection. %n changes are safe on your phone and will be sent by themselves.</numerusform>
        </translation>
    </message>
    <message>
        <source>Geen verbinding. Je kunt gewoon verder; alles wordt later verstuurd.</source>
        <translation>No connection. Just carry on; everything will be sent later.</translation>
    </message>
    <message numerus="yes">
        <source>%n wijziging(en) wachten op verzending.</source>
        <translation>
            <numerusform>%n change is waiting to be sent.</numerusform>
            <numerusform>%n changes are waiting to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>School kon een wijziging niet verwerken en die is teruggedraaid. %1</source>
        <translation>The school could not take a change, so it was undone. %1</translation>
    </message>
</context>
<context>
    <name>AbsenceForm</name>
    <message>
        <source>Vul een tijd in zoals 08:30.</source>
        <translation>Enter a time like 08:30.</translation>
    </message>
    <message>
        <source>Kies eerst een kind en een reden.</source>
        <translation>First choose a child and a reason.</translation>
    </message>
    <message>
        <source>Kies een begindatum.</source>
        <translation>Choose a start date.</translation>
    </message>
    <message>
        <source>Kies een einddatum, of kies &apos;tot beter&apos;.</source>
        <translation>Choose an end date, or choose &apos;until better&apos;.</translation>
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
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Aanwezigheid van %1</source>
        <translation>%1&apos;s attendance</translation>
    </message>
    <message>
        <source>Aanwezigheid</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Zodra school de aanwezigheid deelt, zie je hier hoe het gaat.</source>
        <translation>As soon as the school shares attendance, you will see here how it is going.</translation>
    </message>
    <message>
        <source>Nog geen cijfers</source>
        <translation>No figures yet</translation>
    </message>
    <message>
        <source>Aanwezig bij</source>
        <translation>Present at</translation>
    </message>
    <message>
        <source>Aanwezig bij %1 van de lessen</source>
        <translation>Present at %1 of lessons</translation>
    </message>
    <message>
        <source>van de lessen. %1.</source>
        <translation>of lessons. %1.</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Per week</translation>
    </message>
    <message>
        <source>De stippellijn is 95 %: goede aanwezigheid.</source>
        <translation>The dotted line is 95 %: good attendance.</translation>
    </message>
    <message>
        <source>Elke gemiste les telt mee, ook ziekte. Zo zie je samen met school wat je kind mist, zonder oordeel.</source>
        <translation>Every missed lesson counts, illness too. That way you and the school see together what your child misses, without judgement.</translation>
    </message>
</context>
<context>
    <name>CallParentsButton</name>
    <message>
        <source>Bel de ouders van %1</source>
        <translation>Call the parents of %1</translation>
    </message>
    <message>
        <source>Bel ouders</source>
        <translation>Call parents</translation>
    </message>
    <message>
        <source>Bel %1</source>
        <translation>Call %1</translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation>Write it down</translation>
    </message>
    <message>
        <source>Niet nu</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Contact vastleggen?</source>
        <translation>Record the contact?</translation>
    </message>
    <message>
        <source>Schrijf op dat je de ouders van %1 belde en wat eruit kwam, zodat je team het ook weet.</source>
        <translation>Write down that you called the parents of %1 and what came of it, so your team knows too.</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Je mentor leest het en denkt met je mee. Tot de volgende keer!</source>
        <translation>Your mentor will read it and think along with you. Until next time!</translation>
    </message>
    <message>
        <source>Dank je wel!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <source>Hoe gaat het met je?</source>
        <translation>How are you doing?</translation>
    </message>
    <message>
        <source>%1 van 5</source>
        <translation>%1 out of 5</translation>
    </message>
    <message>
        <source>Wat hielp je de afgelopen tijd?</source>
        <translation>What helped you lately?</translation>
    </message>
    <message>
        <source>Wat hielp je?</source>
        <translation>What helped you?</translation>
    </message>
    <message>
        <source>Wat heb je nú nodig om wél te kunnen komen?</source>
        <translation>What do you need right now to be able to come?</translation>
    </message>
    <message>
        <source>Wat heb je nu nodig?</source>
        <translation>What do you need now?</translation>
    </message>
    <message>
        <source>Versturen</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>1 is: het gaat niet goed. 5 is: het gaat heel goed.</source>
        <translation>1 means: not going well. 5 means: going very well.</translation>
    </message>
</context>
<context>
    <name>ChildDelegate</name>
    <message>
        <source>%1 ziek melden</source>
        <translation>Report %1 ill</translation>
    </message>
    <message>
        <source>Ziek melden</source>
        <translation>Report ill</translation>
    </message>
    <message>
        <source>%1 beter melden</source>
        <translation>Report %1 better</translation>
    </message>
    <message>
        <source>Beter melden</source>
        <translation>Report better</translation>
    </message>
    <message>
        <source>Andere afwezigheid melden voor %1</source>
        <translation>Report another absence for %1</translation>
    </message>
    <message>
        <source>Andere melding</source>
        <translation>Other report</translation>
    </message>
    <message>
        <source>Aanwezigheid van %1</source>
        <translation>%1&apos;s attendance</translation>
    </message>
    <message>
        <source>Aanwezigheid</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Terugkeerplan van %1</source>
        <translation>%1&apos;s return plan</translation>
    </message>
    <message>
        <source>Terugkeerplan</source>
        <translation>Return plan</translation>
    </message>
</context>
<context>
    <name>ChildrenPage</name>
    <message>
        <source>Mijn kinderen</source>
        <translation>My children</translation>
    </message>
    <message>
        <source>Zodra school je kinderen heeft gekoppeld, zie je ze hier. Trek omlaag om te verversen.</source>
        <translation>Once the school has linked your children, you will see them here. Pull down to refresh.</translation>
    </message>
    <message>
        <source>Nog geen kinderen</source>
        <translation>No children yet</translation>
    </message>
    <message>
        <source>%1 ziek melden</source>
        <translation>Report %1 ill</translation>
    </message>
    <message>
        <source>Ziek melden</source>
        <translation>Report ill</translation>
    </message>
    <message>
        <source>Vandaag, de hele dag, tot %1 weer beter is. Je kunt later altijd &apos;Beter melden&apos;.</source>
        <translation>Today, the whole day, until %1 is better. You can always &apos;Report better&apos; later.</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Ongedaan gemaakt: de ziekmelding is ingetrokken.</source>
        <translation>Undone: the sick report was withdrawn.</translation>
    </message>
    <message>
        <source>Verstuurd. Beterschap voor %1!</source>
        <translation>Sent. Get well soon, %1!</translation>
    </message>
    <message>
        <source>Bewaard. Beterschap voor %1!</source>
        <translation>Saved. Get well soon, %1!</translation>
    </message>
    <message>
        <source>Bewaard. Beterschap voor %1! School krijgt het bij verbinding.</source>
        <translation>Saved. Get well soon, %1! School gets it once connected.</translation>
    </message>
    <message>
        <source>Beter melden</source>
        <translation>Report better</translation>
    </message>
    <message>
        <source>Is %1 weer beter?</source>
        <translation>Is %1 better again?</translation>
    </message>
    <message>
        <source>Fijn dat %1 weer beter is! De ziekmelding is gestopt.</source>
        <translation>Glad %1 is better! The sick report has ended.</translation>
    </message>
    <message>
        <source>De ziekmelding stopt vandaag en school verwacht %1 weer.</source>
        <translation>The sick report ends today and school expects %1 back.</translation>
    </message>
</context>
<context>
    <name>ClassPage</name>
    <message>
        <source>Klas</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Klas kiezen</source>
        <translation>Choose a class</translation>
    </message>
    <message>
        <source>Zodra school de klas heeft gekoppeld, zie je de leerlingen hier.</source>
        <translation>Once the school has linked the class, you will see the students here.</translation>
    </message>
    <message>
        <source>Nog geen leerlingen</source>
        <translation>No students yet</translation>
    </message>
</context>
<context>
    <name>ComposeMessagePage</name>
    <message>
        <source>Bericht aan %1</source>
        <translation>Message to %1</translation>
    </message>
    <message>
        <source>Kies een tekst</source>
        <translation>Choose a text</translation>
    </message>
    <message>
        <source>Eigen woorden</source>
        <translation>Own words</translation>
    </message>
    <message>
        <source>Tekst van het bericht</source>
        <translation>Text of the message</translation>
    </message>
    <message>
        <source>Schrijf iets warms…</source>
        <translation>Write something warm…</translation>
    </message>
    <message>
        <source>Van wie?</source>
        <translation>From whom?</translation>
    </message>
    <message>
        <source>Van mij</source>
        <translation>From me</translation>
    </message>
    <message>
        <source>Van de klas</source>
        <translation>From the class</translation>
    </message>
    <message>
        <source>Voor wie?</source>
        <translation>For whom?</translation>
    </message>
    <message>
        <source>%1 zelf</source>
        <translation>%1 themselves</translation>
    </message>
    <message>
        <source>De ouders</source>
        <translation>The parents</translation>
    </message>
    <message>
        <source>Taal van de ouders: %1</source>
        <translation>Parents&apos; language: %1</translation>
    </message>
    <message>
        <source>Ouders lezen deze tekst in hun eigen taal, bijvoorbeeld:</source>
        <translation>Parents read this text in their own language, for example:</translation>
    </message>
    <message>
        <source>Voorbeeldtaal</source>
        <translation>Preview language</translation>
    </message>
    <message>
        <source>Eigen woorden gaan zoals je ze schrijft; ze worden niet vertaald.</source>
        <translation>Own words are sent as you write them; they are not translated.</translation>
    </message>
    <message>
        <source>Versturen</source>
        <translation>Send</translation>
    </message>
</context>
<context>
    <name>DayPicker</name>
    <message>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>morgen</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>gisteren</source>
        <translation>yesterday</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Melding sluiten</source>
        <translation>Close message</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welkom</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Welkom bij Aanwezig</source>
        <translation>Welcome to Aanwezig</translation>
    </message>
    <message>
        <source>Samen zorgen we dat elke leerling zich welkom voelt op school. Koppel de app één keer met je school; daarna werkt hij ook zonder verbinding.</source>
        <translation>Together we make every student feel welcome at school. Pair the app with your school once; after that it also works without a connection.</translation>
    </message>
    <message>
        <source>Het adres en de koppelcode krijg je van school, bijvoorbeeld per brief of e-mail.</source>
        <translation>The school gives you the address and the pairing code, for example by letter or e-mail.</translation>
    </message>
    <message>
        <source>Adres van de school</source>
        <translation>School&apos;s address</translation>
    </message>
    <message>
        <source>Koppelcode</source>
        <translation>Pairing code</translation>
    </message>
    <message>
        <source>Koppelen</source>
        <translation>Pair</translation>
    </message>
    <message>
        <source>Even verbinden met school…</source>
        <translation>Connecting to school…</translation>
    </message>
    <message>
        <source>Opnieuw koppelen</source>
        <translation>Pair again</translation>
    </message>
    <message>
        <source>Vraag school om een nieuwe koppelcode. Je wijzigingen blijven bewaard en gaan daarna alsnog mee.</source>
        <translation>Ask the school for a new pairing code. Your changes are kept and will still be sent afterwards.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Koppelen als %1?</source>
        <translation>Pair as %1?</translation>
    </message>
    <message numerus="yes">
        <source>Deze code hoort bij iemand anders. %n wijziging(en) van deze telefoon heeft school nog niet; bij koppelen gaan die verloren.</source>
        <translation>
            <numerusform>This code belongs to someone else. The school does not have %n change from this phone yet; pairing loses it.</numerusform>
            <numerusform>This code belongs to someone else. The school does not have %n changes from this phone yet; pairing loses them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Taal van de app</source>
        <translation>Language of the app</translation>
    </message>
    <message>
        <source>Zelf typen</source>
        <translation>Type it in</translation>
    </message>
    <message>
        <source>QR-code scannen</source>
        <translation>Scan QR code</translation>
    </message>
    <message>
        <source>Adres en code staan klaar. Tik op Koppelen.</source>
        <translation>Address and code are filled in. Tap Pair.</translation>
    </message>
</context>
<context>
    <name>LoadingState</name>
    <message>
        <source>Even geduld…</source>
        <translation>One moment…</translation>
    </message>
</context>
<context>
    <name>LogContactPage</name>
    <message>
        <source>Contact met %1</source>
        <translation>Contact with %1</translation>
    </message>
    <message>
        <source>Hoe?</source>
        <translation>How?</translation>
    </message>
    <message>
        <source>Wat kwam eruit?</source>
        <translation>What came of it?</translation>
    </message>
    <message>
        <source>Geen medische details; schrijf op wat helpt om verder te gaan.</source>
        <translation>No medical details; write down what helps to move on.</translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Wat kwam eruit? Bijv. &apos;Moeder gesproken, morgen weer op school, huiswerk via Sara&apos;</source>
        <translation>What came of it? E.g. &apos;Spoke to mother, back at school tomorrow, homework via Sara&apos;</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Kinderen</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Meldingen</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Berichten</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Klas</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Mijn plan</source>
        <translation>My plan</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Steun</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Aanwezig</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Aanwezig · %1</source>
        <translation>Aanwezig · %1</translation>
    </message>
    <message>
        <source>Bezig met verversen</source>
        <translation>Refreshing</translation>
    </message>
    <message>
        <source>Bijgewerkt om %1</source>
        <translation>Updated at %1</translation>
    </message>
    <message>
        <source>Verversen</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>MentorTodayPage</name>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message numerus="yes">
        <source>%n leerling(en) afwezig; bij %1 nog geen contact. Een belletje op de eerste dag doet veel.</source>
        <translation>
            <numerusform>%n student absent; no contact yet with %1. A call on the first day goes a long way.</numerusform>
            <numerusform>%n students absent; no contact yet with %1. A call on the first day goes a long way.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leerling(en) afwezig; met iedereen is contact geweest. Mooi!</source>
        <translation>
            <numerusform>%n student absent; you have been in touch. Well done!</numerusform>
            <numerusform>%n students absent; you have been in touch with everyone. Well done!</numerusform>
        </translation>
    </message>
    <message>
        <source>Niemand van je klassen is vandaag afwezig gemeld.</source>
        <translation>Nobody in your classes was reported absent today.</translation>
    </message>
    <message>
        <source>Iedereen is er</source>
        <translation>Everyone is here</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>%1 · aan %2</source>
        <translation>%1 · to %2</translation>
    </message>
    <message>
        <source>Vertaling uit het Nederlands</source>
        <translation>Translation from Dutch</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <source>Berichten</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Berichten van de mentor of de klas komen hier.</source>
        <translation>Messages from the mentor or the class appear here.</translation>
    </message>
    <message>
        <source>Stuur een bericht vanaf de pagina van een leerling.</source>
        <translation>Send a message from a student&apos;s page.</translation>
    </message>
    <message>
        <source>Nog geen berichten</source>
        <translation>No messages yet</translation>
    </message>
</context>
<context>
    <name>MomentPicker</name>
    <message>
        <source>%1: dag %2</source>
        <translation>%1: day %2</translation>
    </message>
    <message>
        <source>%1: deel van de dag</source>
        <translation>%1: part of the day</translation>
    </message>
    <message>
        <source>Hele dag</source>
        <translation>Whole day</translation>
    </message>
    <message>
        <source>Ochtend</source>
        <translation>Morning</translation>
    </message>
    <message>
        <source>Middag</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>%1: tijd</source>
        <translation>%1: time</translation>
    </message>
    <message>
        <source>Tijd, bijv. 08:30</source>
        <translation>Time, e.g. 08:30</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Melding sluiten</source>
        <translation>Close message</translation>
    </message>
</context>
<context>
    <name>ParentReportsPage</name>
    <message>
        <source>Meldingen</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Als je je kind ziek of afwezig meldt, zie je hier hoe ver de melding is.</source>
        <translation>When you report your child ill or absent, you see here how far the report has got.</translation>
    </message>
    <message>
        <source>Geen meldingen</source>
        <translation>No reports</translation>
    </message>
    <message>
        <source>Fijn dat het weer beter gaat!</source>
        <translation>Glad it&apos;s better!</translation>
    </message>
    <message>
        <source>Ingetrokken: de melding geldt niet meer.</source>
        <translation>Withdrawn: the report no longer counts.</translation>
    </message>
    <message>
        <source>Beter melden</source>
        <translation>Report better</translation>
    </message>
    <message>
        <source>Is %1 weer beter?</source>
        <translation>Is %1 better again?</translation>
    </message>
    <message>
        <source>De ziekmelding stopt vandaag en school verwacht %1 weer.</source>
        <translation>The sick report ends today and school expects %1 back.</translation>
    </message>
</context>
<context>
    <name>PlanEditorPage</name>
    <message>
        <source>Terugkeerplan %1</source>
        <translation>Return plan %1</translation>
    </message>
    <message>
        <source>Maak het plan samen met de leerling. Niet alles hoeft ingehaald te worden.</source>
        <translation>Make the plan together with the student. Not everything has to be caught up.</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Buddy</source>
        <translation>Buddy</translation>
    </message>
    <message>
        <source>Check-in elke … dagen</source>
        <translation>Check-in every … days</translation>
    </message>
    <message>
        <source>Check-in elke %1 dagen</source>
        <translation>Check-in every %1 days</translation>
    </message>
    <message>
        <source>Stappen</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Nog geen stappen. Denk aan: welkom bij de poort, een buddy, een rustige werkplek.</source>
        <translation>No steps yet. Think of: a welcome at the gate, a buddy, a quiet place to work.</translation>
    </message>
    <message>
        <source>Stap toevoegen</source>
        <translation>Add step</translation>
    </message>
    <message>
        <source>Nieuwe stap</source>
        <translation>New step</translation>
    </message>
    <message>
        <source>Bijv. &apos;Toets wiskunde verschuiven&apos;</source>
        <translation>E.g. &apos;Move the maths test&apos;</translation>
    </message>
    <message>
        <source>Wie doet het?</source>
        <translation>Who does it?</translation>
    </message>
    <message>
        <source>Met datum</source>
        <translation>With a date</translation>
    </message>
    <message>
        <source>Bewaard om %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <source>Bijv. &apos;Weer elke ochtend het eerste uur erbij&apos;</source>
        <translation>E.g. &apos;Back for the first lesson every morning&apos;</translation>
    </message>
    <message>
        <source>Een klasgenoot</source>
        <translation>A classmate</translation>
    </message>
    <message>
        <source>Aanspreekpunt</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Bij wie de leerling terecht kan</source>
        <translation>Who the student can turn to</translation>
    </message>
    <message>
        <source>Alles wat je hier schrijft, wordt meteen bewaard.</source>
        <translation>Everything you write here is saved straight away.</translation>
    </message>
    <message>
        <source>Waar en wanneer de contactpersoon te vinden is</source>
        <translation>Where and when to find the contact person</translation>
    </message>
    <message>
        <source>Waar en wanneer, bijv. &apos;Kamer 12, in de grote pauze&apos;</source>
        <translation>Where and when, e.g. &apos;Room 12, at lunch break&apos;</translation>
    </message>
</context>
<context>
    <name>QrScanPane</name>
    <message>
        <source>Camerabeeld</source>
        <translation>Camera view</translation>
    </message>
    <message>
        <source>Deze QR-code is geen koppelcode van Aanwezig. Scan de code in de brief van school.</source>
        <translation>This QR code is not an Aanwezig pairing code. Scan the code in the letter from school.</translation>
    </message>
    <message>
        <source>Richt de camera op de QR-code in de brief van school.</source>
        <translation>Point the camera at the QR code in the letter from school.</translation>
    </message>
    <message>
        <source>Geen camera gevonden. Typ het adres en de code uit de brief over.</source>
        <translation>No camera found. Type in the address and the code from the letter.</translation>
    </message>
</context>
<context>
    <name>RefreshableList</name>
    <message>
        <source>Loslaten om te verversen</source>
        <translation>Release to refresh</translation>
    </message>
    <message>
        <source>Trek omlaag om te verversen</source>
        <translation>Pull down to refresh</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepliesColumn</name>
    <message>
        <source>Antwoord van %1: %2, %3</source>
        <translation>Reply from %1: %2, %3</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <source>Eigen woorden</source>
        <translation>Own words</translation>
    </message>
    <message>
        <source>Je antwoord in eigen woorden</source>
        <translation>Your reply in your own words</translation>
    </message>
    <message>
        <source>Schrijf een kort antwoord…</source>
        <translation>Write a short reply…</translation>
    </message>
    <message>
        <source>%1 van %2 tekens</source>
        <translation>%1 of %2 characters</translation>
    </message>
    <message>
        <source>Versturen</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Verstuurd: %1</source>
        <translation>Sent: %1</translation>
    </message>
</context>
<context>
    <name>ReportAbsencePage</name>
    <message>
        <source>Melding voor %1</source>
        <translation>Report for %1</translation>
    </message>
    <message>
        <source>Afwezigheid melden</source>
        <translation>Report absence</translation>
    </message>
    <message>
        <source>Waarom?</source>
        <translation>Why?</translation>
    </message>
    <message>
        <source>Vanaf</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Einde nog niet bekend (tot beter)</source>
        <translation>End not known yet (until better)</translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <source>Korte toelichting</source>
        <translation>Short note</translation>
    </message>
    <message>
        <source>Geen medische details: school hoeft niet te weten wat je kind heeft.</source>
        <translation>No medical details: the school does not need to know what your child has.</translation>
    </message>
    <message>
        <source>Verlof aanvragen</source>
        <translation>Ask for leave</translation>
    </message>
    <message>
        <source>Melden</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Mag leeg blijven</source>
        <translation>May stay empty</translation>
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
        <translation>Report %1 better</translation>
    </message>
    <message>
        <source>Beter melden</source>
        <translation>Report better</translation>
    </message>
    <message>
        <source>Melding voor %1 intrekken</source>
        <translation>Withdraw the report for %1</translation>
    </message>
    <message>
        <source>Intrekken</source>
        <translation>Withdraw</translation>
    </message>
</context>
<context>
    <name>ReportProgress</name>
    <message>
        <source>bewaard op telefoon</source>
        <translation>saved on phone</translation>
    </message>
    <message>
        <source>verstuurd</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>ontvangen</source>
        <translation>received</translation>
    </message>
    <message>
        <source>gezien door mentor</source>
        <translation>seen by mentor</translation>
    </message>
    <message>
        <source>Verstuurd</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Gezien</source>
        <translation>Seen</translation>
    </message>
    <message>
        <source>Bewaard</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>ReturnPlanPage</name>
    <message>
        <source>Terugkeerplan</source>
        <translation>Return plan</translation>
    </message>
    <message>
        <source>Stap voor stap terug naar school</source>
        <translation>Step by step back to school</translation>
    </message>
    <message>
        <source>Nog geen stappen</source>
        <translation>No steps yet</translation>
    </message>
    <message>
        <source>Alle stappen gedaan. Wat goed!</source>
        <translation>All steps done. Great!</translation>
    </message>
    <message>
        <source>%1 van %2 stappen gedaan</source>
        <translation>%1 of %2 steps done</translation>
    </message>
    <message>
        <source>Je hoeft niet alles in te halen. Samen kiezen we wat belangrijk is.</source>
        <translation>You don&apos;t have to catch up on everything. Together we choose what matters.</translation>
    </message>
    <message>
        <source>Als de mentor samen met jullie een plan maakt, staat het hier.</source>
        <translation>When the mentor makes a plan together with you, it appears here.</translation>
    </message>
    <message>
        <source>Nog geen terugkeerplan</source>
        <translation>No return plan yet</translation>
    </message>
    <message>
        <source>Goed bezig! Weer een stap gezet.</source>
        <translation>Well done! Another step taken.</translation>
    </message>
    <message>
        <source>Stap weer open gezet.</source>
        <translation>Step reopened.</translation>
    </message>
</context>
<context>
    <name>RoleSwitcher</name>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>%1 (rol)</source>
        <translation>%1 (role)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Taal van de app</source>
        <translation>Language of the app</translation>
    </message>
    <message>
        <source>Berichten van school lezen in</source>
        <translation>Read messages from school in</translation>
    </message>
    <message>
        <source>Taal van berichten</source>
        <translation>Language of messages</translation>
    </message>
    <message>
        <source>Berichten die de mentor met een vaste tekst stuurt, lees je in deze taal.</source>
        <translation>Messages the mentor sends with a standard text are shown in this language.</translation>
    </message>
    <message>
        <source>Deze taal gaf school door. Kies gerust een andere.</source>
        <translation>The school gave this language. Feel free to choose another.</translation>
    </message>
    <message>
        <source>Gekoppeld met %1</source>
        <translation>Paired with %1</translation>
    </message>
    <message>
        <source>Uitloggen</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Uitloggen?</source>
        <translation>Log out?</translation>
    </message>
    <message numerus="yes">
        <source>Er staan nog %n wijziging(en) op deze telefoon die school nog niet heeft. Bij uitloggen gaan die verloren. Maak eerst verbinding als dat kan.</source>
        <translation>
            <numerusform>There is still %n change on this phone that the school does not have yet. Logging out loses it. Connect first if you can.</numerusform>
            <numerusform>There are still %n changes on this phone that the school does not have yet. Logging out loses them. Connect first if you can.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alles van deze telefoon wordt gewist. Je kunt later opnieuw koppelen.</source>
        <translation>Everything on this phone will be wiped. You can pair again later.</translation>
    </message>
    <message>
        <source>Meldingen op je telefoon</source>
        <translation>Notifications on your phone</translation>
    </message>
    <message>
        <source>Als teamlid ook eerste-dagmeldingen en het ochtendoverzicht</source>
        <translation>As a team member, also first-day items and the morning summary</translation>
    </message>
    <message>
        <source>Geen namen op het vergrendelscherm</source>
        <translation>No names on the lock screen</translation>
    </message>
    <message>
        <source>Stille uren (meldingen wachten tot het einde)</source>
        <translation>Quiet hours (notifications wait until they end)</translation>
    </message>
    <message>
        <source>Stil vanaf %1</source>
        <translation>Quiet from %1</translation>
    </message>
    <message>
        <source>tot</source>
        <translation>until</translation>
    </message>
    <message>
        <source>Stil tot %1</source>
        <translation>Quiet until %1</translation>
    </message>
</context>
<context>
    <name>SignalDelegate</name>
    <message>
        <source>Volgende stap: %1</source>
        <translation>Next step: %1</translation>
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
        <translation>, done</translation>
    </message>
    <message>
        <source>%1 afvinken</source>
        <translation>Tick off %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Stap %1 verwijderen</source>
        <translation>Remove step %1</translation>
    </message>
</context>
<context>
    <name>StudentPage</name>
    <message>
        <source>Nog geen cijfers</source>
        <translation>No figures yet</translation>
    </message>
    <message>
        <source>Warm bericht aan %1</source>
        <translation>Warm message to %1</translation>
    </message>
    <message>
        <source>Bericht</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Contact met %1 vastleggen</source>
        <translation>Record contact with %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Terugkeerplan van %1</source>
        <translation>%1&apos;s return plan</translation>
    </message>
    <message>
        <source>Terugkeerplan</source>
        <translation>Return plan</translation>
    </message>
    <message>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Geen signalen. Een compliment kan altijd!</source>
        <translation>No signals. A compliment is always welcome!</translation>
    </message>
    <message>
        <source>Meldingen</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Nog geen meldingen.</source>
        <translation>No reports yet.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Nog geen contact vastgelegd.</source>
        <translation>No contact recorded yet.</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Nog geen check-ins.</source>
        <translation>No check-ins yet.</translation>
    </message>
    <message>
        <source>%1 · %2
Hielp: %3
Nodig: %4</source>
        <translation>%1 · %2
Helped: %3
Needs: %4</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Verlof toekennen</source>
        <translation>Grant leave</translation>
    </message>
    <message>
        <source>Toekennen</source>
        <translation>Grant</translation>
    </message>
    <message>
        <source>Verlof niet toekennen</source>
        <translation>Do not grant leave</translation>
    </message>
    <message>
        <source>Niet toekennen</source>
        <translation>Do not grant</translation>
    </message>
    <message>
        <source>Door school geregistreerd</source>
        <translation>Registered by the school</translation>
    </message>
    <message>
        <source>Reacties</source>
        <translation>Replies</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <source>Steun</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Je mentor spreekt met je af wie je buddy en je contactpersoon zijn.</source>
        <translation>Your mentor will agree with you who your buddy and your contact person are.</translation>
    </message>
    <message>
        <source>Nog niets afgesproken</source>
        <translation>Nothing agreed yet</translation>
    </message>
    <message>
        <source>Je buddy</source>
        <translation>Your buddy</translation>
    </message>
    <message>
        <source>Houdt aantekeningen voor je bij en loopt de eerste dag met je mee.</source>
        <translation>Keeps notes for you and walks with you on the first day.</translation>
    </message>
    <message>
        <source>Je vaste contactpersoon</source>
        <translation>Your fixed contact person</translation>
    </message>
    <message>
        <source>Bij deze persoon kun je altijd terecht, ook als het even niet gaat.</source>
        <translation>You can always go to this person, also when things are hard.</translation>
    </message>
    <message>
        <source>Waar en wanneer: %1</source>
        <translation>Where and when: %1</translation>
    </message>
    <message>
        <source>Stuur %1 een berichtje</source>
        <translation>Send %1 a message</translation>
    </message>
    <message>
        <source>Stuur een berichtje</source>
        <translation>Send a message</translation>
    </message>
</context>
<context>
    <name>SyncBanner</name>
    <message>
        <source>Nu proberen</source>
        <translation>Try now</translation>
    </message>
    <message>
        <source>Begrepen</source>
        <translation>Got it</translation>
    </message>
    <message>
        <source>Opnieuw koppelen</source>
        <translation>Pair again</translation>
    </message>
</context>
<context>
    <name>TierPyramid</name>
    <message>
        <source>doel boven %1 %</source>
        <translation>goal above %1 %</translation>
    </message>
    <message>
        <source>doel onder %1 %</source>
        <translation>goal below %1 %</translation>
    </message>
    <message>
        <source>Laag %1: %2 % van de leerlingen, %3, %4</source>
        <translation>Tier %1: %2 % of the students, %3, %4</translation>
    </message>
    <message>
        <source>doel gehaald</source>
        <translation>goal met</translation>
    </message>
    <message>
        <source>doel nog niet gehaald</source>
        <translation>goal not met yet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Laag %1&lt;/b&gt; · %2 % · %3</source>
        <translation>&lt;b&gt;Tier %1&lt;/b&gt; · %2 % · %3</translation>
    </message>
    <message>
        <source>✓ gehaald</source>
        <translation>✓ met</translation>
    </message>
    <message>
        <source>nog niet</source>
        <translation>not yet</translation>
    </message>
</context>
<context>
    <name>TodayAbsenceDelegate</name>
    <message>
        <source>contact gehad</source>
        <translation>in touch</translation>
    </message>
    <message>
        <source>nog geen contact</source>
        <translation>no contact yet</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nog geen contact</source>
        <translation>No contact yet</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Melding van %1 gezien</source>
        <translation>Seen %1&apos;s report</translation>
    </message>
    <message>
        <source>Gezien ✓</source>
        <translation>Seen ✓</translation>
    </message>
    <message>
        <source>Gezien</source>
        <translation>Seen</translation>
    </message>
    <message>
        <source>Contact met %1 vastleggen</source>
        <translation>Record contact with %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Warm bericht aan %1</source>
        <translation>Warm message to %1</translation>
    </message>
    <message>
        <source>Melding van %1 is gezien</source>
        <translation>%1&apos;s report has been seen</translation>
    </message>
    <message>
        <source>Afwezig zonder bericht</source>
        <translation>Absent without notice</translation>
    </message>
    <message>
        <source>⚠ Afwezig zonder bericht: niemand weet waar %1 is</source>
        <translation>⚠ Absent without notice: nobody knows where %1 is</translation>
    </message>
    <message>
        <source>✓ Contact gehad</source>
        <translation>✓ In touch</translation>
    </message>
    <message>
        <source>Bericht</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Aanwezigheid per week: %1</source>
        <translation>Attendance per week: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Aanwezig</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Ziek</source>
        <translation>Ill</translation>
    </message>
    <message>
        <source>Afwezig zonder bericht</source>
        <translation>Absent without notice</translation>
    </message>
    <message>
        <source>Later binnen</source>
        <translation>Came in late</translation>
    </message>
    <message>
        <source>Verlof</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>Belangrijke familieomstandigheden</source>
        <translation>Important family circumstances</translation>
    </message>
    <message>
        <source>Dokter of tandarts</source>
        <translation>Doctor or dentist</translation>
    </message>
    <message>
        <source>Schorsing</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <source>Uit de les gestuurd</source>
        <translation>Sent out of class</translation>
    </message>
    <message>
        <source>Bewaard op je telefoon, wordt verstuurd zodra er verbinding is</source>
        <translation>Saved on your phone, sent as soon as there is a connection</translation>
    </message>
    <message>
        <source>Verstuurd</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Ontvangen door school</source>
        <translation>Received by the school</translation>
    </message>
    <message>
        <source>Gezien door de mentor</source>
        <translation>Seen by the mentor</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>De school bekijkt de aanvraag</source>
        <translation>The school is looking at the request</translation>
    </message>
    <message>
        <source>Verlof toegekend</source>
        <translation>Leave granted</translation>
    </message>
    <message>
        <source>Verlof niet toegekend; de mentor neemt contact op</source>
        <translation>Leave not granted; the mentor will get in touch</translation>
    </message>
    <message>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>morgen</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>gisteren</source>
        <translation>yesterday</translation>
    </message>
    <message>
        <source>%1 om %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>vanaf %1, tot beter</source>
        <translation>from %1, until better</translation>
    </message>
    <message>
        <source>%1, de hele dag</source>
        <translation>%1, the whole day</translation>
    </message>
    <message>
        <source>%1 tot en met %2</source>
        <translation>%1 up to and including %2</translation>
    </message>
    <message>
        <source>%1 tot %2</source>
        <translation>%1 until %2</translation>
    </message>
    <message>
        <source>Gebeld</source>
        <translation>Phoned</translation>
    </message>
    <message>
        <source>Bericht gestuurd</source>
        <translation>Sent a message</translation>
    </message>
    <message>
        <source>Kaart gestuurd</source>
        <translation>Sent a card</translation>
    </message>
    <message>
        <source>Op huisbezoek</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Gesprek gehad</source>
        <translation>Had a conversation</translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Ouder</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Buddy</source>
        <translation>Buddy</translation>
    </message>
    <message>
        <source>Goede aanwezigheid</source>
        <translation>Good attendance</translation>
    </message>
    <message>
        <source>Wat vaker afwezig</source>
        <translation>Absent a bit more often</translation>
    </message>
    <message>
        <source>Vaak afwezig</source>
        <translation>Often absent</translation>
    </message>
    <message>
        <source>Nog geen cijfers</source>
        <translation>No figures yet</translation>
    </message>
    <message>
        <source>Er is bijna elke les aanwezig. Mooi zo!</source>
        <translation>Present at almost every lesson. Lovely!</translation>
    </message>
    <message>
        <source>Er zijn wat meer lessen gemist dan gewoonlijk. Een goed moment om even te praten over hoe het gaat.</source>
        <translation>A few more lessons were missed than usual. A good moment to talk about how things are going.</translation>
    </message>
    <message>
        <source>Er is een op de tien lessen of meer gemist. Dat is veel om in te halen; de mentor denkt graag met jullie mee.</source>
        <translation>One in ten lessons or more was missed. That is a lot to catch up on; the mentor is happy to think along with you.</translation>
    </message>
    <message>
        <source>Zodra de school cijfers deelt, zie je ze hier.</source>
        <translation>As soon as the school shares figures, you will see them here.</translation>
    </message>
    <message>
        <source>Gaat niet goed</source>
        <translation>Not going well</translation>
    </message>
    <message>
        <source>Gaat matig</source>
        <translation>So-so</translation>
    </message>
    <message>
        <source>Gaat wel</source>
        <translation>Okay</translation>
    </message>
    <message>
        <source>Gaat goed</source>
        <translation>Going well</translation>
    </message>
    <message>
        <source>Gaat heel goed</source>
        <translation>Going very well</translation>
    </message>
    <message>
        <source>Het einde ligt voor het begin. Kies een later einde.</source>
        <translation>The end is before the start. Choose a later end.</translation>
    </message>
    <message>
        <source>Zo ver terug melden kan niet in de app. Neem even contact op met school.</source>
        <translation>Reporting that far back is not possible in the app. Please contact the school.</translation>
    </message>
    <message>
        <source>Er is al een melding voor deze tijd. Pas die aan of kies een andere tijd.</source>
        <translation>There is already a report for this time. Change that one or choose another time.</translation>
    </message>
    <message>
        <source>De tekst is te lang. Maak hem wat korter.</source>
        <translation>The text is too long. Please make it a bit shorter.</translation>
    </message>
    <message>
        <source>Dit kan niet vanuit deze rol.</source>
        <translation>This is not possible in this role.</translation>
    </message>
    <message>
        <source>Deze melding is al afgerond.</source>
        <translation>This report is already closed.</translation>
    </message>
    <message>
        <source>Beter melden kan pas na het begin van de ziekmelding.</source>
        <translation>Reporting better is only possible after the illness started.</translation>
    </message>
    <message>
        <source>Deze melding was al gezien.</source>
        <translation>This report was already seen.</translation>
    </message>
    <message>
        <source>Kies een tekst of schrijf een paar woorden.</source>
        <translation>Choose a text or write a few words.</translation>
    </message>
    <message>
        <source>Kies voor wie het bericht is: de leerling, de ouders of allebei.</source>
        <translation>Choose who the message is for: the student, the parents or both.</translation>
    </message>
    <message>
        <source>Geef de stap een korte naam.</source>
        <translation>Give the step a short name.</translation>
    </message>
    <message>
        <source>Kies hoe het gaat, van 1 tot 5.</source>
        <translation>Choose how it is going, from 1 to 5.</translation>
    </message>
    <message>
        <source>Kies een ritme van 1 tot 60 dagen.</source>
        <translation>Choose a rhythm of 1 to 60 days.</translation>
    </message>
    <message>
        <source>Opslaan op de telefoon lukte niet. Probeer het nog eens; er is niets verloren gegaan.</source>
        <translation>Saving on the phone did not work. Please try again; nothing was lost.</translation>
    </message>
    <message>
        <source>Dat lukte niet. Probeer het nog eens.</source>
        <translation>That did not work. Please try again.</translation>
    </message>
    <message>
        <source>Bijna geen lessen gemist</source>
        <translation>Hardly any lessons missed</translation>
    </message>
    <message>
        <source>Ongeveer 1 op de %1 lessen gemist</source>
        <translation>About 1 in %1 lessons missed</translation>
    </message>
    <message>
        <source>Alle klassen</source>
        <translation>All classes</translation>
    </message>
    <message>
        <source>Van de klas</source>
        <translation>From the class</translation>
    </message>
    <message>
        <source>Van de mentor</source>
        <translation>From the mentor</translation>
    </message>
    <message>
        <source>Geen melding voor vandaag</source>
        <translation>Nothing reported for today</translation>
    </message>
    <message>
        <source>Beter gemeld</source>
        <translation>Reported better</translation>
    </message>
    <message>
        <source>%1 uur ongeoorloofd afwezig in 4 weken</source>
        <translation>%1 hours of unauthorised absence in 4 weeks</translation>
    </message>
    <message>
        <source>Vanaf 16 uur in 4 schoolweken meldt de school dit binnen 5 schooldagen bij leerplicht. Leerplicht denkt mee; het is geen straf. Ziekte telt hier nooit mee.</source>
        <translation>From 16 hours in 4 school weeks the school reports this to the compulsory education officer within 5 school days. They think along; it is not a punishment. Illness never counts here.</translation>
    </message>
    <message>
        <source>Meld het binnen 5 schooldagen bij DUO en nodig leerling en ouders uit voor een gesprek over wat er speelt.</source>
        <translation>Report it to DUO within 5 school days and invite the student and parents to talk about what is going on.</translation>
    </message>
    <message>
        <source>Bij 16 uur in 4 schoolweken moet de school leerplicht inschakelen. Er is nu nog ruimte om samen te kijken wat er speelt.</source>
        <translation>At 16 hours in 4 school weeks the school must involve the compulsory education officer. There is still room now to look together at what is going on.</translation>
    </message>
    <message>
        <source>Bel de ouders vandaag nog en vraag hoe het gaat. Spreek samen een eerste kleine stap af.</source>
        <translation>Call the parents today and ask how things are. Agree on a first small step together.</translation>
    </message>
    <message>
        <source>Vaker ziek gemeld</source>
        <translation>Reported ill more often</translation>
    </message>
    <message>
        <source>Vier ziekmeldingen in twaalf schoolweken, of zeven schooldagen achter elkaar ziek. Dat zegt niets over de oorzaak; het is een reden om te vragen hoe het gaat.</source>
        <translation>Four sick reports in twelve school weeks, or seven school days ill in a row. That says nothing about the cause; it is a reason to ask how things are.</translation>
    </message>
    <message>
        <source>Plan een gesprek met leerling en ouders en bespreek of de jeugdarts kan meedenken.</source>
        <translation>Plan a conversation with the student and parents and discuss whether the youth doctor can help.</translation>
    </message>
    <message>
        <source>Vaker te laat</source>
        <translation>Late more often</translation>
    </message>
    <message>
        <source>Drie keer of vaker te laat in vier weken. Vaak zit er iets achter, zoals slaap, zorgen of de reis.</source>
        <translation>Late three times or more in four weeks. There is often something behind it, like sleep, worries or the journey.</translation>
    </message>
    <message>
        <source>Vraag de leerling wat de ochtend lastig maakt en wat zou helpen.</source>
        <translation>Ask the student what makes mornings hard and what would help.</translation>
    </message>
    <message>
        <source>Minder aanwezig dan eerder</source>
        <translation>Less present than before</translation>
    </message>
    <message>
        <source>De aanwezigheid is lager dan in de vorige periode.</source>
        <translation>Attendance is lower than in the previous period.</translation>
    </message>
    <message>
        <source>Vraag de leerling wat er veranderd is en wat nu zou helpen.</source>
        <translation>Ask the student what has changed and what would help now.</translation>
    </message>
    <message>
        <source>Ingetrokken</source>
        <translation>Withdrawn</translation>
    </message>
    <message numerus="yes">
        <source>door school geregistreerd: %1 - %2, %n les(sen)</source>
        <translation>
            <numerusform>registered by the school: %1 - %2, %n lesson</numerusform>
            <numerusform>registered by the school: %1 - %2, %n lessons</numerusform>
        </translation>
    </message>
    <message>
        <source>Alleen wie de melding deed, kan hem intrekken.</source>
        <translation>Only the person who made the report can withdraw it.</translation>
    </message>
    <message>
        <source>Intrekken kan tot en met de eerste dag. Meld je kind beter, of neem even contact op met school.</source>
        <translation>A report can be withdrawn until the end of its first day. Report your child better, or get in touch with the school.</translation>
    </message>
    <message>
        <source>Jij</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Een ouder van %1</source>
        <translation>A parent of %1</translation>
    </message>
    <message>
        <source>Aan de contactpersoon</source>
        <translation>To the contact person</translation>
    </message>
    <message>
        <source>Op: %1</source>
        <translation>Re: %1</translation>
    </message>
    <message>
        <source>Kies een antwoord of schrijf een paar woorden.</source>
        <translation>Choose a reply or write a few words.</translation>
    </message>
    <message>
        <source>Er is nog geen contactpersoon afgesproken.</source>
        <translation>No contact person has been agreed yet.</translation>
    </message>
    <message>
        <source>Dit is niet meer te vinden. Misschien is het intussen weggehaald.</source>
        <translation>This can no longer be found. It may have been removed in the meantime.</translation>
    </message>
    <message>
        <source>Hierop is al geantwoord.</source>
        <translation>This has already been answered.</translation>
    </message>
    <message>
        <source>Over dit verlof is al beslist.</source>
        <translation>This leave has already been decided.</translation>
    </message>
    <message>
        <source>Deze wijziging was al bij school binnen.</source>
        <translation>The school already had this change.</translation>
    </message>
    <message>
        <source>Zo ver vooruit melden kan niet. Kies een datum binnen een jaar.</source>
        <translation>You cannot report that far ahead. Choose a date within a year.</translation>
    </message>
    <message>
        <source>Er staan al veel meldingen voor later klaar. Neem even contact op met school.</source>
        <translation>There are already many reports waiting for later dates. Please get in touch with the school.</translation>
    </message>
    <message>
        <source>De app stuurde iets wat school niet begreep. Kijk of er een nieuwe versie van de app is.</source>
        <translation>The app sent something the school did not understand. Check whether there is a new version of the app.</translation>
    </message>
</context>
</TS>
