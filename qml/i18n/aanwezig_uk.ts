<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="nl">
<context>
    <name>Aanwezig::AbsenceActions</name>
    <message>
        <source>Je kind is ziek</source>
        <translation>Дитина захворіла</translation>
    </message>
    <message>
        <source>Een afspraak bij dokter, tandarts of orthodontist</source>
        <translation>Візит до лікаря, стоматолога чи ортодонта</translation>
    </message>
    <message>
        <source>Bijvoorbeeld een bruiloft, begrafenis of verhuizing</source>
        <translation>Наприклад, весілля, похорон або переїзд</translation>
    </message>
    <message>
        <source>Vraag verlof aan; de school laat weten of het kan</source>
        <translation>Попросіть дозвіл на відсутність; школа повідомить, чи це можливо</translation>
    </message>
</context>
<context>
    <name>Aanwezig::MessageActions</name>
    <message>
        <source>Nederlands</source>
        <translation>нідерландська</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>англійська</translation>
    </message>
    <message>
        <source>Arabisch</source>
        <translation>арабська</translation>
    </message>
    <message>
        <source>Turks</source>
        <translation>турецька</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>польська</translation>
    </message>
    <message>
        <source>Oekraïens</source>
        <translation>українська</translation>
    </message>
</context>
<context>
    <name>Aanwezig::Notifications</name>
    <message>
        <source>Eerste dag afwezig (meteen in schooltijd)</source>
        <translation>Перший день відсутності (одразу під час уроків)</translation>
    </message>
    <message>
        <source>Ochtendoverzicht om 07:45</source>
        <translation>Ранковий підсумок о 07:45</translation>
    </message>
    <message>
        <source>Afwezig zonder melding: &quot;Alles goed?&quot;</source>
        <translation>Відсутність без заяви: «Усе гаразд?»</translation>
    </message>
    <message>
        <source>De mentor zag mijn melding</source>
        <translation>Класний керівник побачив мою заяву</translation>
    </message>
    <message>
        <source>Besluit over verlof</source>
        <translation>Рішення щодо дозволу на відсутність</translation>
    </message>
    <message>
        <source>Berichten van school</source>
        <translation>Повідомлення від школи</translation>
    </message>
    <message>
        <source>Nieuwe of gewijzigde stap in mijn plan</source>
        <translation>Новий або змінений крок у моєму плані</translation>
    </message>
    <message>
        <source>Tijd voor mijn check-in</source>
        <translation>Час розповісти про самопочуття</translation>
    </message>
    <message>
        <source>Ouder: ik weet ervan (%1)</source>
        <translation>Батьки: я знаю про це (%1)</translation>
    </message>
</context>
<context>
    <name>Aanwezig::Preferences</name>
    <message>
        <source>Zoals het systeem</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>Zoals school het heeft</source>
        <translation>Як указала школа</translation>
    </message>
</context>
<context>
    <name>Aanwezig::ReportsModel</name>
    <message>
        <source>Onbekende melding</source>
        <translation>Невідома заява</translation>
    </message>
    <message>
        <source>Werk de app bij om deze melding helemaal te zien.</source>
        <translation>Оновіть застосунок, щоб побачити цю заяву повністю.</translation>
    </message>
</context>
<context>
    <name>Aanwezig::Session</name>
    <message>
        <source>Vul het adres van de school in, bijvoorbeeld https://aanwezig.school.nl.</source>
        <translation>Введіть адресу школи, наприклад https://aanwezig.school.nl.</translation>
    </message>
    <message>
        <source>Vul de koppelcode in die je van school kreeg.</source>
        <translation>Введіть код під’єднання, який ви отримали від школи.</translation>
    </message>
    <message>
        <source>Koppelen kan in deze versie van de app nog niet.</source>
        <translation>Ця версія застосунку ще не вміє під’єднуватися.</translation>
    </message>
    <message>
        <source>Ouder</source>
        <translation>Батьки</translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation>Учень</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Класний керівник</translation>
    </message>
    <message>
        <source>Verzuimteam</source>
        <translation>Команда з відвідуваності</translation>
    </message>
    <message>
        <source>Beheer</source>
        <translation>Адміністрування</translation>
    </message>
    <message>
        <source>Deze koppelcode werkt niet (meer). Vraag school om een nieuwe code.</source>
        <translation>Цей код під’єднання не працює (вже). Попросіть у школи новий код.</translation>
    </message>
    <message>
        <source>Even te veel pogingen. Probeer het over een minuut nog eens.</source>
        <translation>Забагато спроб. Спробуйте ще раз за хвилину.</translation>
    </message>
    <message>
        <source>Niet gekoppeld. Alles op deze telefoon is bewaard.</source>
        <translation>Не під’єднано. Усе на цьому телефоні збережено.</translation>
    </message>
    <message>
        <source>Deze app is te oud voor de server van school. Werk de app eerst bij.</source>
        <translation>Цей застосунок застарий для сервера школи. Спершу оновіть його.</translation>
    </message>
    <message>
        <source>School is nu niet bereikbaar. Kijk het adres en je verbinding na en probeer het nog eens.</source>
        <translation>Школа зараз недоступна. Перевірте адресу та з’єднання і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>De opslag van de app op deze telefoon gaat niet open. Start de app opnieuw en probeer het nog eens.</source>
        <translation>Не вдається відкрити сховище застосунку на цьому телефоні. Перезапустіть застосунок і спробуйте ще раз.</translation>
    </message>
</context>
<context>
    <name>Aanwezig::SyncStatusView</name>
    <message>
        <source>Koppel de app opnieuw met school. Je wijzigingen blijven bewaard.</source>
        <translation>Під’єднайте застосунок до школи ще раз. Ваші зміни збережено.</translation>
    </message>
    <message>
        <source>Er is een nieuwe versie van de app nodig. Je wijzigingen blijven bewaard.</source>
        <translation>Потрібна новіша версія застосунку. Ваші зміни збережено.</translation>
    </message>
    <message numerus="yes">
        <source>Geen verbinding. %n wijziging(en) staan veilig op je telefoon en gaan vanzelf mee.</source>
        <translation>
            <numerusform>Немає з’єднання. %n зміна безпечно збережена на телефоні й надішлеться сама.</numerusform>
            <numerusform>Немає з’єднання. %n зміни безпечно збережені на телефоні й надішлються самі.</numerusform>
            <numerusform>Немає з’єднання. %n змін безпечно збережено на телефоні, вони надішлються самі.</numerusform>
        </translation>
    </message>
    <message>
        <source>Geen verbinding. Je kunt gewoon verder; alles wordt later verstuurd.</source>
        <translation>Немає з’єднання. Можна працювати далі; усе надішлеться пізніше.</translation>
    </message>
    <message numerus="yes">
        <source>%n wijziging(en) wachten op verzending.</source>
        <translation>
            <numerusform>%n зміна чекає на надсилання.</numerusform>
            <numerusform>%n зміни чекають на надсилання.</numerusform>
            <numerusform>%n змін чекають на надсилання.</numerusform>
        </translation>
    </message>
    <message>
        <source>School kon een wijziging niet verwerken en die is teruggedraaid. %1</source>
        <translation>Школа не змогла прийняти одну зміну, тож її скасовано. %1</translation>
    </message>
</context>
<context>
    <name>AbsenceForm</name>
    <message>
        <source>Vul een tijd in zoals 08:30.</source>
        <translation>Введіть час, наприклад 08:30.</translation>
    </message>
    <message>
        <source>Kies eerst een kind en een reden.</source>
        <translation>Спершу виберіть дитину та причину.</translation>
    </message>
    <message>
        <source>Kies een begindatum.</source>
        <translation>Виберіть дату початку.</translation>
    </message>
    <message>
        <source>Kies een einddatum, of kies &apos;tot beter&apos;.</source>
        <translation>Виберіть дату закінчення або «до одужання».</translation>
    </message>
</context>
<context>
    <name>AppDialog</name>
    <message>
        <source>OK</source>
        <translation>Гаразд</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Aanwezigheid van %1</source>
        <translation>Відвідування: %1</translation>
    </message>
    <message>
        <source>Aanwezigheid</source>
        <translation>Відвідування</translation>
    </message>
    <message>
        <source>Zodra school de aanwezigheid deelt, zie je hier hoe het gaat.</source>
        <translation>Щойно школа поділиться відвідуванням, ви побачите тут, як справи.</translation>
    </message>
    <message>
        <source>Nog geen cijfers</source>
        <translation>Ще немає даних</translation>
    </message>
    <message>
        <source>Aanwezig bij</source>
        <translation>Присутність на</translation>
    </message>
    <message>
        <source>Aanwezig bij %1 van de lessen</source>
        <translation>Присутність на %1 уроків</translation>
    </message>
    <message>
        <source>van de lessen. %1.</source>
        <translation>уроків. %1.</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Щотижня</translation>
    </message>
    <message>
        <source>De stippellijn is 95 %: goede aanwezigheid.</source>
        <translation>Пунктирна лінія — 95 %: добре відвідування.</translation>
    </message>
    <message>
        <source>Elke gemiste les telt mee, ook ziekte. Zo zie je samen met school wat je kind mist, zonder oordeel.</source>
        <translation>Рахується кожен пропущений урок, навіть через хворобу. Так ви разом зі школою бачите, що пропускає дитина, без осуду.</translation>
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
        <translation>Самопочуття</translation>
    </message>
    <message>
        <source>Je mentor leest het en denkt met je mee. Tot de volgende keer!</source>
        <translation>Класний керівник прочитає це й подумає разом із тобою. До наступного разу!</translation>
    </message>
    <message>
        <source>Dank je wel!</source>
        <translation>Дякуємо!</translation>
    </message>
    <message>
        <source>Hoe gaat het met je?</source>
        <translation>Як у тебе справи?</translation>
    </message>
    <message>
        <source>%1 van 5</source>
        <translation>%1 з 5</translation>
    </message>
    <message>
        <source>1 is: het gaat niet goed. 5 is: het gaat heel goed.</source>
        <translation>1 — справи не дуже. 5 — справи дуже добре.</translation>
    </message>
    <message>
        <source>Wat hielp je de afgelopen tijd?</source>
        <translation>Що тобі допомогло останнім часом?</translation>
    </message>
    <message>
        <source>Wat hielp je?</source>
        <translation>Що тобі допомогло?</translation>
    </message>
    <message>
        <source>Wat heb je nú nodig om wél te kunnen komen?</source>
        <translation>Що тобі потрібно саме зараз, щоб прийти?</translation>
    </message>
    <message>
        <source>Wat heb je nu nodig?</source>
        <translation>Що тобі зараз потрібно?</translation>
    </message>
    <message>
        <source>Versturen</source>
        <translation>Надіслати</translation>
    </message>
</context>
<context>
    <name>ChildDelegate</name>
    <message>
        <source>%1 ziek melden</source>
        <translation>Повідомити про хворобу: %1</translation>
    </message>
    <message>
        <source>Ziek melden</source>
        <translation>Повідомити про хворобу</translation>
    </message>
    <message>
        <source>%1 beter melden</source>
        <translation>Повідомити про одужання: %1</translation>
    </message>
    <message>
        <source>Beter melden</source>
        <translation>Повідомити про одужання</translation>
    </message>
    <message>
        <source>Andere afwezigheid melden voor %1</source>
        <translation>Повідомити про іншу відсутність: %1</translation>
    </message>
    <message>
        <source>Andere melding</source>
        <translation>Інша заява</translation>
    </message>
    <message>
        <source>Aanwezigheid van %1</source>
        <translation>Відвідування: %1</translation>
    </message>
    <message>
        <source>Aanwezigheid</source>
        <translation>Відвідування</translation>
    </message>
    <message>
        <source>Terugkeerplan van %1</source>
        <translation>План повернення: %1</translation>
    </message>
    <message>
        <source>Terugkeerplan</source>
        <translation>План повернення</translation>
    </message>
</context>
<context>
    <name>ChildrenPage</name>
    <message>
        <source>Mijn kinderen</source>
        <translation>Мої діти</translation>
    </message>
    <message>
        <source>Zodra school je kinderen heeft gekoppeld, zie je ze hier. Trek omlaag om te verversen.</source>
        <translation>Щойно школа під’єднає ваших дітей, ви побачите їх тут. Потягніть униз, щоб оновити.</translation>
    </message>
    <message>
        <source>Nog geen kinderen</source>
        <translation>Ще немає дітей</translation>
    </message>
    <message>
        <source>Ziek melden</source>
        <translation>Повідомити про хворобу</translation>
    </message>
    <message>
        <source>%1 ziek melden</source>
        <translation>Повідомити про хворобу: %1</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Ongedaan gemaakt: de ziekmelding is ingetrokken.</source>
        <translation>Скасовано: заяву про хворобу відкликано.</translation>
    </message>
    <message>
        <source>Vandaag, de hele dag, tot %1 weer beter is. Je kunt later altijd &apos;Beter melden&apos;.</source>
        <translation>Сьогодні, увесь день, доки %1 не одужає. Пізніше завжди можна «Повідомити про одужання».</translation>
    </message>
    <message>
        <source>Verstuurd. Beterschap voor %1!</source>
        <translation>Надіслано. Швидкого одужання, %1!</translation>
    </message>
    <message>
        <source>Bewaard. Beterschap voor %1!</source>
        <translation>Збережено. Швидкого одужання, %1!</translation>
    </message>
    <message>
        <source>Bewaard. Beterschap voor %1! School krijgt het bij verbinding.</source>
        <translation>Збережено. Швидкого одужання, %1! Школа отримає заяву, щойно буде зв’язок.</translation>
    </message>
    <message>
        <source>Beter melden</source>
        <translation>Повідомити про одужання</translation>
    </message>
    <message>
        <source>Is %1 weer beter?</source>
        <translation>%1 уже одужав(-ла)?</translation>
    </message>
    <message>
        <source>Fijn dat %1 weer beter is! De ziekmelding is gestopt.</source>
        <translation>Раді, що %1 одужав(-ла)! Заяву про хворобу завершено.</translation>
    </message>
    <message>
        <source>De ziekmelding stopt vandaag en school verwacht %1 weer.</source>
        <translation>Заява про хворобу завершується сьогодні, і школа знову чекає: %1.</translation>
    </message>
</context>
<context>
    <name>ClassPage</name>
    <message>
        <source>Klas</source>
        <translation type="unfinished">Клас</translation>
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
        <translation>Своїми словами</translation>
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
        <translation type="unfinished">Від класу</translation>
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
        <translation>Надіслати</translation>
    </message>
</context>
<context>
    <name>DayPicker</name>
    <message>
        <source>vandaag</source>
        <translation>сьогодні</translation>
    </message>
    <message>
        <source>morgen</source>
        <translation>завтра</translation>
    </message>
    <message>
        <source>gisteren</source>
        <translation>учора</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Melding sluiten</source>
        <translation>Закрити повідомлення</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Opnieuw koppelen</source>
        <translation>Під’єднати знову</translation>
    </message>
    <message>
        <source>Welkom</source>
        <translation>Вітаємо</translation>
    </message>
    <message>
        <source>Welkom bij Aanwezig</source>
        <translation>Вітаємо в Aanwezig</translation>
    </message>
    <message>
        <source>Vraag school om een nieuwe koppelcode. Je wijzigingen blijven bewaard en gaan daarna alsnog mee.</source>
        <translation>Попросіть у школи новий код під’єднання. Ваші зміни збережено, і їх буде надіслано потім.</translation>
    </message>
    <message>
        <source>Samen zorgen we dat elke leerling zich welkom voelt op school. Koppel de app één keer met je school; daarna werkt hij ook zonder verbinding.</source>
        <translation>Разом ми дбаємо, щоб кожен учень почувався в школі бажаним. Під’єднайте застосунок до школи один раз — далі він працює і без з’єднання.</translation>
    </message>
    <message>
        <source>Het adres en de koppelcode krijg je van school, bijvoorbeeld per brief of e-mail.</source>
        <translation>Адресу й код під’єднання ви отримаєте від школи, наприклад листом чи електронною поштою.</translation>
    </message>
    <message>
        <source>Adres van de school</source>
        <translation>Адреса школи</translation>
    </message>
    <message>
        <source>Koppelcode</source>
        <translation>Код під’єднання</translation>
    </message>
    <message>
        <source>Koppelen</source>
        <translation>Під’єднати</translation>
    </message>
    <message>
        <source>Even verbinden met school…</source>
        <translation>З’єднуємося зі школою…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Koppelen als %1?</source>
        <translation>Під’єднати як %1?</translation>
    </message>
    <message numerus="yes">
        <source>Deze code hoort bij iemand anders. %n wijziging(en) van deze telefoon heeft school nog niet; bij koppelen gaan die verloren.</source>
        <translation>
            <numerusform>Цей код належить комусь іншому. Школа ще не має %n зміни з цього телефону; після під’єднання її буде втрачено.</numerusform>
            <numerusform>Цей код належить комусь іншому. Школа ще не має %n змін з цього телефону; після під’єднання їх буде втрачено.</numerusform>
            <numerusform>Цей код належить комусь іншому. Школа ще не має %n змін з цього телефону; після під’єднання їх буде втрачено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Taal van de app</source>
        <translation>Мова застосунку</translation>
    </message>
    <message>
        <source>Zelf typen</source>
        <translation>Ввести самостійно</translation>
    </message>
    <message>
        <source>QR-code scannen</source>
        <translation>Сканувати QR-код</translation>
    </message>
    <message>
        <source>Adres en code staan klaar. Tik op Koppelen.</source>
        <translation>Адресу й код заповнено. Торкніться «Під’єднати».</translation>
    </message>
</context>
<context>
    <name>LoadingState</name>
    <message>
        <source>Even geduld…</source>
        <translation>Хвилинку…</translation>
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
        <translation>Діти</translation>
    </message>
    <message>
        <source>Meldingen</source>
        <translation>Заяви</translation>
    </message>
    <message>
        <source>Berichten</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Klas</source>
        <translation>Клас</translation>
    </message>
    <message>
        <source>Mijn plan</source>
        <translation>Мій план</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Самопочуття</translation>
    </message>
    <message>
        <source>Steun</source>
        <translation>Підтримка</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Налаштування</translation>
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
        <translation>Назад</translation>
    </message>
    <message>
        <source>Bezig met verversen</source>
        <translation>Оновлення</translation>
    </message>
    <message>
        <source>Bijgewerkt om %1</source>
        <translation>Оновлено о %1</translation>
    </message>
    <message>
        <source>Verversen</source>
        <translation>Оновити</translation>
    </message>
</context>
<context>
    <name>MentorTodayPage</name>
    <message>
        <source>Vandaag</source>
        <translation type="unfinished">Сьогодні</translation>
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
        <translation>%1 · для: %2</translation>
    </message>
    <message>
        <source>Vertaling uit het Nederlands</source>
        <translation>Переклад з нідерландської</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <source>Berichten</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>Berichten van de mentor of de klas komen hier.</source>
        <translation>Тут з’являться повідомлення від класного керівника або класу.</translation>
    </message>
    <message>
        <source>Stuur een bericht vanaf de pagina van een leerling.</source>
        <translation>Надішліть повідомлення зі сторінки учня.</translation>
    </message>
    <message>
        <source>Nog geen berichten</source>
        <translation>Ще немає повідомлень</translation>
    </message>
</context>
<context>
    <name>MomentPicker</name>
    <message>
        <source>%1: dag %2</source>
        <translation>%1: день %2</translation>
    </message>
    <message>
        <source>%1: deel van de dag</source>
        <translation>%1: частина дня</translation>
    </message>
    <message>
        <source>Hele dag</source>
        <translation>Увесь день</translation>
    </message>
    <message>
        <source>Ochtend</source>
        <translation>Ранок</translation>
    </message>
    <message>
        <source>Middag</source>
        <translation>Після обіду</translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>%1: tijd</source>
        <translation>%1: час</translation>
    </message>
    <message>
        <source>Tijd, bijv. 08:30</source>
        <translation>Час, напр. 08:30</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Melding sluiten</source>
        <translation>Закрити повідомлення</translation>
    </message>
</context>
<context>
    <name>ParentReportsPage</name>
    <message>
        <source>Meldingen</source>
        <translation>Заяви</translation>
    </message>
    <message>
        <source>Als je je kind ziek of afwezig meldt, zie je hier hoe ver de melding is.</source>
        <translation>Коли ви повідомите про хворобу чи відсутність дитини, тут буде видно, на якому етапі заява.</translation>
    </message>
    <message>
        <source>Geen meldingen</source>
        <translation>Немає заяв</translation>
    </message>
    <message>
        <source>Fijn dat het weer beter gaat!</source>
        <translation>Як добре, що вже краще!</translation>
    </message>
    <message>
        <source>Ingetrokken: de melding geldt niet meer.</source>
        <translation>Відкликано: заява більше не діє.</translation>
    </message>
    <message>
        <source>Beter melden</source>
        <translation>Повідомити про одужання</translation>
    </message>
    <message>
        <source>Is %1 weer beter?</source>
        <translation>%1 уже одужав(-ла)?</translation>
    </message>
    <message>
        <source>De ziekmelding stopt vandaag en school verwacht %1 weer.</source>
        <translation>Заява про хворобу завершується сьогодні, і школа знову чекає: %1.</translation>
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
        <translation type="unfinished">Друг-помічник</translation>
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
        <translation>Зображення з камери</translation>
    </message>
    <message>
        <source>Deze QR-code is geen koppelcode van Aanwezig. Scan de code in de brief van school.</source>
        <translation>Цей QR-код не є кодом під’єднання Aanwezig. Скануйте код із листа від школи.</translation>
    </message>
    <message>
        <source>Richt de camera op de QR-code in de brief van school.</source>
        <translation>Наведіть камеру на QR-код у листі від школи.</translation>
    </message>
    <message>
        <source>Geen camera gevonden. Typ het adres en de code uit de brief over.</source>
        <translation>Камеру не знайдено. Введіть адресу й код із листа.</translation>
    </message>
</context>
<context>
    <name>RefreshableList</name>
    <message>
        <source>Loslaten om te verversen</source>
        <translation>Відпустіть, щоб оновити</translation>
    </message>
    <message>
        <source>Trek omlaag om te verversen</source>
        <translation>Потягніть униз, щоб оновити</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n елемент</numerusform>
            <numerusform>%n елементи</numerusform>
            <numerusform>%n елементів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepliesColumn</name>
    <message>
        <source>Antwoord van %1: %2, %3</source>
        <translation>Відповідь від %1: %2, %3</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <source>Eigen woorden</source>
        <translation>Своїми словами</translation>
    </message>
    <message>
        <source>Je antwoord in eigen woorden</source>
        <translation>Ваша відповідь своїми словами</translation>
    </message>
    <message>
        <source>Schrijf een kort antwoord…</source>
        <translation>Напишіть коротку відповідь…</translation>
    </message>
    <message>
        <source>%1 van %2 tekens</source>
        <translation>%1 з %2 символів</translation>
    </message>
    <message>
        <source>Versturen</source>
        <translation>Надіслати</translation>
    </message>
    <message>
        <source>Verstuurd: %1</source>
        <translation>Надіслано: %1</translation>
    </message>
</context>
<context>
    <name>ReportAbsencePage</name>
    <message>
        <source>Melding voor %1</source>
        <translation>Заява: %1</translation>
    </message>
    <message>
        <source>Afwezigheid melden</source>
        <translation>Повідомити про відсутність</translation>
    </message>
    <message>
        <source>Waarom?</source>
        <translation>Чому?</translation>
    </message>
    <message>
        <source>Vanaf</source>
        <translation>З</translation>
    </message>
    <message>
        <source>Einde nog niet bekend (tot beter)</source>
        <translation>Кінець ще невідомий (до одужання)</translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation>По (включно)</translation>
    </message>
    <message>
        <source>Korte toelichting</source>
        <translation>Коротке пояснення</translation>
    </message>
    <message>
        <source>Geen medische details: school hoeft niet te weten wat je kind heeft.</source>
        <translation>Без медичних подробиць: школі не потрібно знати, що з дитиною.</translation>
    </message>
    <message>
        <source>Verlof aanvragen</source>
        <translation>Попросити дозвіл на відсутність</translation>
    </message>
    <message>
        <source>Melden</source>
        <translation>Повідомити</translation>
    </message>
    <message>
        <source>Mag leeg blijven</source>
        <translation>Можна не заповнювати</translation>
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
        <translation>Повідомити про одужання: %1</translation>
    </message>
    <message>
        <source>Beter melden</source>
        <translation>Повідомити про одужання</translation>
    </message>
    <message>
        <source>Melding voor %1 intrekken</source>
        <translation>Відкликати заяву: %1</translation>
    </message>
    <message>
        <source>Intrekken</source>
        <translation>Відкликати</translation>
    </message>
</context>
<context>
    <name>ReportProgress</name>
    <message>
        <source>bewaard op telefoon</source>
        <translation>збережено на телефоні</translation>
    </message>
    <message>
        <source>verstuurd</source>
        <translation>надіслано</translation>
    </message>
    <message>
        <source>ontvangen</source>
        <translation>отримано</translation>
    </message>
    <message>
        <source>gezien door mentor</source>
        <translation>класний керівник бачив</translation>
    </message>
    <message>
        <source>Verstuurd</source>
        <translation>Надіслано</translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <source>Gezien</source>
        <translation>Переглянуто</translation>
    </message>
    <message>
        <source>Bewaard</source>
        <translation>Збережено</translation>
    </message>
</context>
<context>
    <name>ReturnPlanPage</name>
    <message>
        <source>Terugkeerplan</source>
        <translation>План повернення</translation>
    </message>
    <message>
        <source>Als de mentor samen met jullie een plan maakt, staat het hier.</source>
        <translation>Коли класний керівник складе з вами план, він з’явиться тут.</translation>
    </message>
    <message>
        <source>Nog geen terugkeerplan</source>
        <translation>Ще немає плану повернення</translation>
    </message>
    <message>
        <source>Goed bezig! Weer een stap gezet.</source>
        <translation>Молодець! Ще один крок зроблено.</translation>
    </message>
    <message>
        <source>Stap weer open gezet.</source>
        <translation>Крок знову відкрито.</translation>
    </message>
    <message>
        <source>Stap voor stap terug naar school</source>
        <translation>Крок за кроком назад до школи</translation>
    </message>
    <message>
        <source>Nog geen stappen</source>
        <translation>Ще немає кроків</translation>
    </message>
    <message>
        <source>Alle stappen gedaan. Wat goed!</source>
        <translation>Усі кроки зроблено. Чудово!</translation>
    </message>
    <message>
        <source>%1 van %2 stappen gedaan</source>
        <translation>Зроблено кроків: %1 з %2</translation>
    </message>
    <message>
        <source>Je hoeft niet alles in te halen. Samen kiezen we wat belangrijk is.</source>
        <translation>Не треба надолужувати все. Разом виберемо, що важливо.</translation>
    </message>
</context>
<context>
    <name>RoleSwitcher</name>
    <message>
        <source>Rol</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>%1 (rol)</source>
        <translation>%1 (роль)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Instellingen</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Taal van de app</source>
        <translation>Мова застосунку</translation>
    </message>
    <message>
        <source>Berichten van school lezen in</source>
        <translation>Читати повідомлення школи мовою</translation>
    </message>
    <message>
        <source>Taal van berichten</source>
        <translation>Мова повідомлень</translation>
    </message>
    <message>
        <source>Berichten die de mentor met een vaste tekst stuurt, lees je in deze taal.</source>
        <translation>Повідомлення, які класний керівник надсилає готовим текстом, ви читатимете цією мовою.</translation>
    </message>
    <message>
        <source>Deze taal gaf school door. Kies gerust een andere.</source>
        <translation>Цю мову вказала школа. Можете вибрати іншу.</translation>
    </message>
    <message>
        <source>Gekoppeld met %1</source>
        <translation>Під’єднано до %1</translation>
    </message>
    <message>
        <source>Uitloggen</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>Uitloggen?</source>
        <translation>Вийти?</translation>
    </message>
    <message numerus="yes">
        <source>Er staan nog %n wijziging(en) op deze telefoon die school nog niet heeft. Bij uitloggen gaan die verloren. Maak eerst verbinding als dat kan.</source>
        <translation>
            <numerusform>На цьому телефоні ще є %n зміна, якої школа не має. Після виходу її буде втрачено. Якщо можете, спершу під’єднайтеся до інтернету.</numerusform>
            <numerusform>На цьому телефоні ще є %n зміни, яких школа не має. Після виходу їх буде втрачено. Якщо можете, спершу під’єднайтеся до інтернету.</numerusform>
            <numerusform>На цьому телефоні ще є %n змін, яких школа не має. Після виходу їх буде втрачено. Якщо можете, спершу під’єднайтеся до інтернету.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alles van deze telefoon wordt gewist. Je kunt later opnieuw koppelen.</source>
        <translation>Усе з цього телефону буде стерто. Пізніше можна під’єднатися знову.</translation>
    </message>
    <message>
        <source>Meldingen op je telefoon</source>
        <translation>Сповіщення на телефоні</translation>
    </message>
    <message>
        <source>Als teamlid ook eerste-dagmeldingen en het ochtendoverzicht</source>
        <translation>Як член команди також перші дні відсутності й ранковий підсумок</translation>
    </message>
    <message>
        <source>Geen namen op het vergrendelscherm</source>
        <translation>Без імен на екрані блокування</translation>
    </message>
    <message>
        <source>Stille uren (meldingen wachten tot het einde)</source>
        <translation>Тихі години (сповіщення чекають до їх кінця)</translation>
    </message>
    <message>
        <source>Stil vanaf %1</source>
        <translation>Тиша з %1</translation>
    </message>
    <message>
        <source>tot</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Stil tot %1</source>
        <translation>Тиша до %1</translation>
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
        <translation>, зроблено</translation>
    </message>
    <message>
        <source>%1 afvinken</source>
        <translation>Позначити: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Stap %1 verwijderen</source>
        <translation>Видалити крок %1</translation>
    </message>
</context>
<context>
    <name>StudentPage</name>
    <message>
        <source>Nog geen cijfers</source>
        <translation type="unfinished">Ще немає даних</translation>
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
        <translation type="unfinished">План повернення: %1</translation>
    </message>
    <message>
        <source>Terugkeerplan</source>
        <translation type="unfinished">План повернення</translation>
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
        <translation type="unfinished">Заяви</translation>
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
        <translation>Підтримка</translation>
    </message>
    <message>
        <source>Je mentor spreekt met je af wie je buddy en je contactpersoon zijn.</source>
        <translation>Класний керівник домовиться з тобою, хто буде твоїм другом-помічником і контактною особою.</translation>
    </message>
    <message>
        <source>Nog niets afgesproken</source>
        <translation>Ще нічого не домовлено</translation>
    </message>
    <message>
        <source>Je buddy</source>
        <translation>Твій друг-помічник</translation>
    </message>
    <message>
        <source>Houdt aantekeningen voor je bij en loopt de eerste dag met je mee.</source>
        <translation>Веде для тебе нотатки й у перший день буде поруч.</translation>
    </message>
    <message>
        <source>Je vaste contactpersoon</source>
        <translation>Твоя постійна контактна особа</translation>
    </message>
    <message>
        <source>Bij deze persoon kun je altijd terecht, ook als het even niet gaat.</source>
        <translation>До цієї людини можна звернутися завжди, навіть коли важко.</translation>
    </message>
    <message>
        <source>Waar en wanneer: %1</source>
        <translation>Де і коли: %1</translation>
    </message>
    <message>
        <source>Stuur %1 een berichtje</source>
        <translation>Надіслати повідомлення: %1</translation>
    </message>
    <message>
        <source>Stuur een berichtje</source>
        <translation>Надіслати повідомлення</translation>
    </message>
</context>
<context>
    <name>SyncBanner</name>
    <message>
        <source>Nu proberen</source>
        <translation>Спробувати зараз</translation>
    </message>
    <message>
        <source>Opnieuw koppelen</source>
        <translation>Під’єднати знову</translation>
    </message>
    <message>
        <source>Begrepen</source>
        <translation>Зрозуміло</translation>
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
        <translation type="unfinished">Переглянуто</translation>
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
        <translation type="unfinished">Відсутність без повідомлення</translation>
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
        <translation>Відвідування за тиждень: %1</translation>
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
        <translation>Майже без пропущених уроків</translation>
    </message>
    <message>
        <source>Ongeveer 1 op de %1 lessen gemist</source>
        <translation>Пропущено приблизно 1 з %1 уроків</translation>
    </message>
    <message>
        <source>Alle klassen</source>
        <translation>Усі класи</translation>
    </message>
    <message>
        <source>Van de klas</source>
        <translation>Від класу</translation>
    </message>
    <message>
        <source>Van de mentor</source>
        <translation>Від класного керівника</translation>
    </message>
    <message>
        <source>Geen melding voor vandaag</source>
        <translation>На сьогодні заяви немає</translation>
    </message>
    <message>
        <source>Beter gemeld</source>
        <translation>Повідомлено про одужання</translation>
    </message>
    <message>
        <source>%1 uur ongeoorloofd afwezig in 4 weken</source>
        <translation>%1 год. відсутності без дозволу за 4 тижні</translation>
    </message>
    <message>
        <source>Vanaf 16 uur in 4 schoolweken meldt de school dit binnen 5 schooldagen bij leerplicht. Leerplicht denkt mee; het is geen straf. Ziekte telt hier nooit mee.</source>
        <translation>Від 16 годин за 4 навчальні тижні школа протягом 5 навчальних днів повідомляє про це інспектора з обов’язкового навчання. Інспектор допомагає знайти рішення; це не покарання. Хвороба тут ніколи не рахується.</translation>
    </message>
    <message>
        <source>Meld het binnen 5 schooldagen bij DUO en nodig leerling en ouders uit voor een gesprek over wat er speelt.</source>
        <translation>Повідомте DUO протягом 5 навчальних днів і запросіть учня та батьків на розмову про те, що відбувається.</translation>
    </message>
    <message>
        <source>Bij 16 uur in 4 schoolweken moet de school leerplicht inschakelen. Er is nu nog ruimte om samen te kijken wat er speelt.</source>
        <translation>При 16 годинах за 4 навчальні тижні школа мусить залучити інспектора з обов’язкового навчання. Зараз ще є час разом подивитися, що відбувається.</translation>
    </message>
    <message>
        <source>Bel de ouders vandaag nog en vraag hoe het gaat. Spreek samen een eerste kleine stap af.</source>
        <translation>Зателефонуйте батькам сьогодні й запитайте, як справи. Домовтеся разом про перший маленький крок.</translation>
    </message>
    <message>
        <source>Vaker ziek gemeld</source>
        <translation>Частіше повідомляють про хворобу</translation>
    </message>
    <message>
        <source>Vier ziekmeldingen in twaalf schoolweken, of zeven schooldagen achter elkaar ziek. Dat zegt niets over de oorzaak; het is een reden om te vragen hoe het gaat.</source>
        <translation>Чотири заяви про хворобу за дванадцять навчальних тижнів або сім навчальних днів хвороби поспіль. Це нічого не каже про причину; це привід запитати, як справи.</translation>
    </message>
    <message>
        <source>Plan een gesprek met leerling en ouders en bespreek of de jeugdarts kan meedenken.</source>
        <translation>Заплануйте розмову з учнем і батьками та обговоріть, чи може допомогти лікар для молоді (jeugdarts).</translation>
    </message>
    <message>
        <source>Vaker te laat</source>
        <translation>Частіше запізнюється</translation>
    </message>
    <message>
        <source>Drie keer of vaker te laat in vier weken. Vaak zit er iets achter, zoals slaap, zorgen of de reis.</source>
        <translation>Три чи більше запізнень за чотири тижні. Часто за цим щось стоїть: сон, тривоги чи дорога.</translation>
    </message>
    <message>
        <source>Vraag de leerling wat de ochtend lastig maakt en wat zou helpen.</source>
        <translation>Запитайте учня, що ускладнює ранок і що могло б допомогти.</translation>
    </message>
    <message>
        <source>Minder aanwezig dan eerder</source>
        <translation>Менше присутності, ніж раніше</translation>
    </message>
    <message>
        <source>De aanwezigheid is lager dan in de vorige periode.</source>
        <translation>Відвідування нижче, ніж у попередній період.</translation>
    </message>
    <message>
        <source>Vraag de leerling wat er veranderd is en wat nu zou helpen.</source>
        <translation>Запитайте учня, що змінилося і що допомогло б зараз.</translation>
    </message>
    <message>
        <source>Aanwezig</source>
        <translation>Присутній</translation>
    </message>
    <message>
        <source>Ziek</source>
        <translation>Хвороба</translation>
    </message>
    <message>
        <source>Afwezig zonder bericht</source>
        <translation>Відсутність без повідомлення</translation>
    </message>
    <message>
        <source>Later binnen</source>
        <translation>Запізнення</translation>
    </message>
    <message>
        <source>Verlof</source>
        <translation>Дозвіл на відсутність</translation>
    </message>
    <message>
        <source>Belangrijke familieomstandigheden</source>
        <translation>Важливі сімейні обставини</translation>
    </message>
    <message>
        <source>Dokter of tandarts</source>
        <translation>Лікар чи стоматолог</translation>
    </message>
    <message>
        <source>Schorsing</source>
        <translation>Тимчасове відсторонення</translation>
    </message>
    <message>
        <source>Uit de les gestuurd</source>
        <translation>Вивели з уроку</translation>
    </message>
    <message>
        <source>Bewaard op je telefoon, wordt verstuurd zodra er verbinding is</source>
        <translation>Збережено на телефоні, надішлеться, щойно буде з’єднання</translation>
    </message>
    <message>
        <source>Verstuurd</source>
        <translation>Надіслано</translation>
    </message>
    <message>
        <source>Ontvangen door school</source>
        <translation>Школа отримала</translation>
    </message>
    <message>
        <source>Gezien door de mentor</source>
        <translation>Класний керівник переглянув</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Ingetrokken</source>
        <translation>Відкликано</translation>
    </message>
    <message>
        <source>De school bekijkt de aanvraag</source>
        <translation>Школа розглядає прохання</translation>
    </message>
    <message>
        <source>Verlof toegekend</source>
        <translation>Дозвіл на відсутність надано</translation>
    </message>
    <message>
        <source>Verlof niet toegekend; de mentor neemt contact op</source>
        <translation>Дозвіл на відсутність не надано; класний керівник зв’яжеться з вами</translation>
    </message>
    <message>
        <source>vandaag</source>
        <translation>сьогодні</translation>
    </message>
    <message>
        <source>morgen</source>
        <translation>завтра</translation>
    </message>
    <message>
        <source>gisteren</source>
        <translation>учора</translation>
    </message>
    <message>
        <source>%1 om %2</source>
        <translation>%1 о %2</translation>
    </message>
    <message numerus="yes">
        <source>door school geregistreerd: %1 - %2, %n les(sen)</source>
        <translation>
            <numerusform>зареєстровано школою: %1 - %2, %n урок</numerusform>
            <numerusform>зареєстровано школою: %1 - %2, %n уроки</numerusform>
            <numerusform>зареєстровано школою: %1 - %2, %n уроків</numerusform>
        </translation>
    </message>
    <message>
        <source>vanaf %1, tot beter</source>
        <translation>з %1, до одужання</translation>
    </message>
    <message>
        <source>%1, de hele dag</source>
        <translation>%1, увесь день</translation>
    </message>
    <message>
        <source>%1 tot en met %2</source>
        <translation>%1 – %2 (включно)</translation>
    </message>
    <message>
        <source>%1 tot %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Gebeld</source>
        <translation>Дзвінок</translation>
    </message>
    <message>
        <source>Bericht gestuurd</source>
        <translation>Надіслано повідомлення</translation>
    </message>
    <message>
        <source>Kaart gestuurd</source>
        <translation>Надіслано листівку</translation>
    </message>
    <message>
        <source>Op huisbezoek</source>
        <translation>Візит додому</translation>
    </message>
    <message>
        <source>Gesprek gehad</source>
        <translation>Була розмова</translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation>Учень</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Класний керівник</translation>
    </message>
    <message>
        <source>Ouder</source>
        <translation>Батьки</translation>
    </message>
    <message>
        <source>Buddy</source>
        <translation>Друг-помічник</translation>
    </message>
    <message>
        <source>Goede aanwezigheid</source>
        <translation>Добре відвідування</translation>
    </message>
    <message>
        <source>Wat vaker afwezig</source>
        <translation>Трохи частіше відсутній</translation>
    </message>
    <message>
        <source>Vaak afwezig</source>
        <translation>Часто відсутній</translation>
    </message>
    <message>
        <source>Nog geen cijfers</source>
        <translation>Ще немає даних</translation>
    </message>
    <message>
        <source>Er is bijna elke les aanwezig. Mooi zo!</source>
        <translation>Присутність майже на кожному уроці. Чудово!</translation>
    </message>
    <message>
        <source>Er zijn wat meer lessen gemist dan gewoonlijk. Een goed moment om even te praten over hoe het gaat.</source>
        <translation>Пропущено трохи більше уроків, ніж зазвичай. Гарна нагода поговорити, як справи.</translation>
    </message>
    <message>
        <source>Er is een op de tien lessen of meer gemist. Dat is veel om in te halen; de mentor denkt graag met jullie mee.</source>
        <translation>Пропущено кожен десятий урок або більше. Це багато, щоб надолужити; класний керівник охоче подумає разом із вами.</translation>
    </message>
    <message>
        <source>Zodra de school cijfers deelt, zie je ze hier.</source>
        <translation>Щойно школа поділиться даними, ви побачите їх тут.</translation>
    </message>
    <message>
        <source>Gaat niet goed</source>
        <translation>Не дуже</translation>
    </message>
    <message>
        <source>Gaat matig</source>
        <translation>Так собі</translation>
    </message>
    <message>
        <source>Gaat wel</source>
        <translation>Нормально</translation>
    </message>
    <message>
        <source>Gaat goed</source>
        <translation>Добре</translation>
    </message>
    <message>
        <source>Gaat heel goed</source>
        <translation>Дуже добре</translation>
    </message>
    <message>
        <source>Het einde ligt voor het begin. Kies een later einde.</source>
        <translation>Кінець раніше за початок. Виберіть пізніший кінець.</translation>
    </message>
    <message>
        <source>Zo ver terug melden kan niet in de app. Neem even contact op met school.</source>
        <translation>Так далеко назад повідомити в застосунку не можна. Зв’яжіться, будь ласка, зі школою.</translation>
    </message>
    <message>
        <source>Er is al een melding voor deze tijd. Pas die aan of kies een andere tijd.</source>
        <translation>На цей час уже є заява. Змініть її або виберіть інший час.</translation>
    </message>
    <message>
        <source>De tekst is te lang. Maak hem wat korter.</source>
        <translation>Текст задовгий. Зробіть його трохи коротшим.</translation>
    </message>
    <message>
        <source>Dit kan niet vanuit deze rol.</source>
        <translation>У цій ролі це неможливо.</translation>
    </message>
    <message>
        <source>Deze melding is al afgerond.</source>
        <translation>Цю заяву вже завершено.</translation>
    </message>
    <message>
        <source>Alleen wie de melding deed, kan hem intrekken.</source>
        <translation>Відкликати заяву може лише той, хто її подав.</translation>
    </message>
    <message>
        <source>Intrekken kan tot en met de eerste dag. Meld je kind beter, of neem even contact op met school.</source>
        <translation>Відкликати заяву можна до кінця першого дня. Повідомте про одужання дитини або зв’яжіться зі школою.</translation>
    </message>
    <message>
        <source>Beter melden kan pas na het begin van de ziekmelding.</source>
        <translation>Повідомити про одужання можна лише після початку заяви про хворобу.</translation>
    </message>
    <message>
        <source>Deze melding was al gezien.</source>
        <translation>Цю заяву вже переглянули.</translation>
    </message>
    <message>
        <source>Kies een tekst of schrijf een paar woorden.</source>
        <translation>Виберіть текст або напишіть кілька слів.</translation>
    </message>
    <message>
        <source>Kies voor wie het bericht is: de leerling, de ouders of allebei.</source>
        <translation>Виберіть, кому повідомлення: учню, батькам чи всім.</translation>
    </message>
    <message>
        <source>Geef de stap een korte naam.</source>
        <translation>Дайте кроку коротку назву.</translation>
    </message>
    <message>
        <source>Kies hoe het gaat, van 1 tot 5.</source>
        <translation>Вибери, як справи, від 1 до 5.</translation>
    </message>
    <message>
        <source>Kies een ritme van 1 tot 60 dagen.</source>
        <translation>Виберіть ритм від 1 до 60 днів.</translation>
    </message>
    <message>
        <source>Opslaan op de telefoon lukte niet. Probeer het nog eens; er is niets verloren gegaan.</source>
        <translation>Не вдалося зберегти на телефоні. Спробуйте ще раз; нічого не втрачено.</translation>
    </message>
    <message>
        <source>Dat lukte niet. Probeer het nog eens.</source>
        <translation>Не вдалося. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Jij</source>
        <translation>Ви</translation>
    </message>
    <message>
        <source>Een ouder van %1</source>
        <translation>Батьки: %1</translation>
    </message>
    <message>
        <source>Aan de contactpersoon</source>
        <translation>Контактній особі</translation>
    </message>
    <message>
        <source>Op: %1</source>
        <translation>У відповідь на: %1</translation>
    </message>
    <message>
        <source>Kies een antwoord of schrijf een paar woorden.</source>
        <translation>Виберіть відповідь або напишіть кілька слів.</translation>
    </message>
    <message>
        <source>Er is nog geen contactpersoon afgesproken.</source>
        <translation>Контактну особу ще не визначено.</translation>
    </message>
    <message>
        <source>Dit is niet meer te vinden. Misschien is het intussen weggehaald.</source>
        <translation>Цього вже немає. Можливо, його тим часом видалили.</translation>
    </message>
    <message>
        <source>Hierop is al geantwoord.</source>
        <translation>На це вже відповіли.</translation>
    </message>
    <message>
        <source>Over dit verlof is al beslist.</source>
        <translation>Щодо цього дозволу на відсутність уже ухвалено рішення.</translation>
    </message>
    <message>
        <source>Deze wijziging was al bij school binnen.</source>
        <translation>Ця зміна вже раніше надійшла до школи.</translation>
    </message>
    <message>
        <source>Zo ver vooruit melden kan niet. Kies een datum binnen een jaar.</source>
        <translation>Так далеко наперед повідомити не можна. Виберіть дату в межах року.</translation>
    </message>
    <message>
        <source>Er staan al veel meldingen voor later klaar. Neem even contact op met school.</source>
        <translation>Уже є багато заяв на пізніші дні. Зв’яжіться, будь ласка, зі школою.</translation>
    </message>
    <message>
        <source>De app stuurde iets wat school niet begreep. Kijk of er een nieuwe versie van de app is.</source>
        <translation>Застосунок надіслав те, чого школа не зрозуміла. Перевірте, чи є новіша версія застосунку.</translation>
    </message>
</context>
</TS>
