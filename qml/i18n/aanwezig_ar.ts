<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="nl">
<context>
    <name>Aanwezig::AbsenceActions</name>
    <message>
        <source>Je kind is ziek</source>
        <translation>طفلك مريض</translation>
    </message>
    <message>
        <source>Een afspraak bij dokter, tandarts of orthodontist</source>
        <translation>موعد عند الطبيب أو طبيب الأسنان أو أخصائي تقويم الأسنان</translation>
    </message>
    <message>
        <source>Bijvoorbeeld een bruiloft, begrafenis of verhuizing</source>
        <translation>مثلًا حفل زفاف أو جنازة أو انتقال إلى بيت جديد</translation>
    </message>
    <message>
        <source>Vraag verlof aan; de school laat weten of het kan</source>
        <translation>اطلب إذن غياب، والمدرسة ستخبرك إن كان ذلك ممكنًا</translation>
    </message>
</context>
<context>
    <name>Aanwezig::MessageActions</name>
    <message>
        <source>Nederlands</source>
        <translation>الهولندية</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Arabisch</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Turks</source>
        <translation>التركية</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>البولندية</translation>
    </message>
    <message>
        <source>Oekraïens</source>
        <translation>الأوكرانية</translation>
    </message>
</context>
<context>
    <name>Aanwezig::Notifications</name>
    <message>
        <source>Eerste dag afwezig (meteen in schooltijd)</source>
        <translation>غياب في اليوم الأول (فورًا خلال الدوام المدرسي)</translation>
    </message>
    <message>
        <source>Ochtendoverzicht om 07:45</source>
        <translation>ملخص الصباح الساعة 07:45</translation>
    </message>
    <message>
        <source>Afwezig zonder melding: &quot;Alles goed?&quot;</source>
        <translation>غياب دون بلاغ: «هل كل شيء على ما يرام؟»</translation>
    </message>
    <message>
        <source>De mentor zag mijn melding</source>
        <translation>رأى المرشد بلاغي</translation>
    </message>
    <message>
        <source>Besluit over verlof</source>
        <translation>قرار بشأن إذن الغياب</translation>
    </message>
    <message>
        <source>Berichten van school</source>
        <translation>رسائل من المدرسة</translation>
    </message>
    <message>
        <source>Nieuwe of gewijzigde stap in mijn plan</source>
        <translation>خطوة جديدة أو معدّلة في خطتي</translation>
    </message>
    <message>
        <source>Tijd voor mijn check-in</source>
        <translation>حان وقت «حالي»</translation>
    </message>
    <message>
        <source>Ouder: ik weet ervan (%1)</source>
        <translation>وليّ الأمر: أنا على علم (⁨%1⁩)</translation>
    </message>
</context>
<context>
    <name>Aanwezig::Preferences</name>
    <message>
        <source>Zoals het systeem</source>
        <translation>مثل لغة الجهاز</translation>
    </message>
    <message>
        <source>Zoals school het heeft</source>
        <translation>كما لدى المدرسة</translation>
    </message>
</context>
<context>
    <name>Aanwezig::ReportsModel</name>
    <message>
        <source>Onbekende melding</source>
        <translation>بلاغ غير معروف</translation>
    </message>
    <message>
        <source>Werk de app bij om deze melding helemaal te zien.</source>
        <translation>حدِّث التطبيق لترى هذا البلاغ كاملًا.</translation>
    </message>
</context>
<context>
    <name>Aanwezig::Session</name>
    <message>
        <source>Vul het adres van de school in, bijvoorbeeld https://aanwezig.school.nl.</source>
        <translation>اكتب عنوان المدرسة، مثلًا https://aanwezig.school.nl.</translation>
    </message>
    <message>
        <source>Vul de koppelcode in die je van school kreeg.</source>
        <translation>اكتب رمز الربط الذي حصلت عليه من المدرسة.</translation>
    </message>
    <message>
        <source>Koppelen kan in deze versie van de app nog niet.</source>
        <translation>لا يمكن الربط بعد في هذه النسخة من التطبيق.</translation>
    </message>
    <message>
        <source>Ouder</source>
        <translation>وليّ الأمر</translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation>الطالب</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>المرشد</translation>
    </message>
    <message>
        <source>Verzuimteam</source>
        <translation>فريق الحضور</translation>
    </message>
    <message>
        <source>Beheer</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>Deze koppelcode werkt niet (meer). Vraag school om een nieuwe code.</source>
        <translation>رمز الربط هذا لا يعمل (لم يعد يعمل). اطلب من المدرسة رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>Even te veel pogingen. Probeer het over een minuut nog eens.</source>
        <translation>محاولات كثيرة قليلًا. حاول مرة أخرى بعد دقيقة.</translation>
    </message>
    <message>
        <source>Niet gekoppeld. Alles op deze telefoon is bewaard.</source>
        <translation>غير مربوط. كل ما على هذا الهاتف محفوظ.</translation>
    </message>
    <message>
        <source>Deze app is te oud voor de server van school. Werk de app eerst bij.</source>
        <translation>هذا التطبيق قديم بالنسبة لخادم المدرسة. حدِّث التطبيق أولًا.</translation>
    </message>
    <message>
        <source>School is nu niet bereikbaar. Kijk het adres en je verbinding na en probeer het nog eens.</source>
        <translation>لا يمكن الوصول إلى المدرسة الآن. تحقق من العنوان ومن اتصالك وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>De opslag van de app op deze telefoon gaat niet open. Start de app opnieuw en probeer het nog eens.</source>
        <translation>لا يمكن فتح مساحة تخزين التطبيق على هذا الهاتف. أعد تشغيل التطبيق وحاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>Aanwezig::SyncStatusView</name>
    <message>
        <source>Koppel de app opnieuw met school. Je wijzigingen blijven bewaard.</source>
        <translation>اربط التطبيق بالمدرسة من جديد. تغييراتك تبقى محفوظة.</translation>
    </message>
    <message>
        <source>Er is een nieuwe versie van de app nodig. Je wijzigingen blijven bewaard.</source>
        <translation>تحتاج إلى نسخة أحدث من التطبيق. تغييراتك تبقى محفوظة.</translation>
    </message>
    <message numerus="yes">
        <source>Geen verbinding. %n wijziging(en) staan veilig op je telefoon en gaan vanzelf mee.</source>
        <translation>
            <numerusform>لا يوجد اتصال. لا توجد تغييرات تنتظر.</numerusform>
            <numerusform>لا يوجد اتصال. تغيير واحد محفوظ بأمان على هاتفك وسيُرسَل تلقائيًا.</numerusform>
            <numerusform>لا يوجد اتصال. تغييران محفوظان بأمان على هاتفك وسيُرسَلان تلقائيًا.</numerusform>
            <numerusform>لا يوجد اتصال. %Ln تغييرات محفوظة بأمان على هاتفك وستُرسَل تلقائيًا.</numerusform>
            <numerusform>لا يوجد اتصال. %Ln تغييرًا محفوظة بأمان على هاتفك وستُرسَل تلقائيًا.</numerusform>
            <numerusform>لا يوجد اتصال. %Ln تغيير محفوظة بأمان على هاتفك وستُرسَل تلقائيًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Geen verbinding. Je kunt gewoon verder; alles wordt later verstuurd.</source>
        <translation>لا يوجد اتصال. يمكنك المتابعة كالمعتاد، وسيُرسَل كل شيء لاحقًا.</translation>
    </message>
    <message numerus="yes">
        <source>%n wijziging(en) wachten op verzending.</source>
        <translation>
            <numerusform>لا توجد تغييرات تنتظر الإرسال.</numerusform>
            <numerusform>تغيير واحد ينتظر الإرسال.</numerusform>
            <numerusform>تغييران ينتظران الإرسال.</numerusform>
            <numerusform>%Ln تغييرات تنتظر الإرسال.</numerusform>
            <numerusform>%Ln تغييرًا تنتظر الإرسال.</numerusform>
            <numerusform>%Ln تغيير تنتظر الإرسال.</numerusform>
        </translation>
    </message>
    <message>
        <source>School kon een wijziging niet verwerken en die is teruggedraaid. %1</source>
        <translation>لم تستطع المدرسة معالجة أحد التغييرات، فأُلغي. %1</translation>
    </message>
</context>
<context>
    <name>AbsenceForm</name>
    <message>
        <source>Vul een tijd in zoals 08:30.</source>
        <translation>اكتب وقتًا مثل 08:30.</translation>
    </message>
    <message>
        <source>Kies eerst een kind en een reden.</source>
        <translation>اختر طفلًا وسببًا أولًا.</translation>
    </message>
    <message>
        <source>Kies een begindatum.</source>
        <translation>اختر تاريخ البداية.</translation>
    </message>
    <message>
        <source>Kies een einddatum, of kies &apos;tot beter&apos;.</source>
        <translation>اختر تاريخ النهاية، أو اختر «حتى التعافي».</translation>
    </message>
</context>
<context>
    <name>AppDialog</name>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Aanwezigheid van %1</source>
        <translation>حضور ⁨%1⁩</translation>
    </message>
    <message>
        <source>Aanwezigheid</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Zodra school de aanwezigheid deelt, zie je hier hoe het gaat.</source>
        <translation>عندما تشارك المدرسة بيانات الحضور، سترى هنا كيف تسير الأمور.</translation>
    </message>
    <message>
        <source>Nog geen cijfers</source>
        <translation>لا توجد أرقام بعد</translation>
    </message>
    <message>
        <source>Aanwezig bij</source>
        <translation>حاضر في</translation>
    </message>
    <message>
        <source>Aanwezig bij %1 van de lessen</source>
        <translation>حاضر في ⁨%1⁩ من الحصص</translation>
    </message>
    <message>
        <source>van de lessen. %1.</source>
        <translation>من الحصص. ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>في الأسبوع</translation>
    </message>
    <message>
        <source>De stippellijn is 95 %: goede aanwezigheid.</source>
        <translation>الخط المنقّط هو 95 ٪: حضور جيد.</translation>
    </message>
    <message>
        <source>Elke gemiste les telt mee, ook ziekte. Zo zie je samen met school wat je kind mist, zonder oordeel.</source>
        <translation>كل حصة فائتة تُحتسب، حتى بسبب المرض. هكذا ترى مع المدرسة ما يفوت طفلك، دون أحكام.</translation>
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
        <translation>حالي</translation>
    </message>
    <message>
        <source>Je mentor leest het en denkt met je mee. Tot de volgende keer!</source>
        <translation>سيقرؤه مرشدك ويفكر معك. إلى المرة القادمة!</translation>
    </message>
    <message>
        <source>Dank je wel!</source>
        <translation>شكرًا لك!</translation>
    </message>
    <message>
        <source>Hoe gaat het met je?</source>
        <translation>كيف حالك؟</translation>
    </message>
    <message>
        <source>%1 van 5</source>
        <translation>⁨%1⁩ من 5</translation>
    </message>
    <message>
        <source>1 is: het gaat niet goed. 5 is: het gaat heel goed.</source>
        <translation>1 يعني: لستُ بخير. 5 يعني: أنا بخير جدًا.</translation>
    </message>
    <message>
        <source>Wat hielp je de afgelopen tijd?</source>
        <translation>ما الذي ساعدك في الفترة الأخيرة؟</translation>
    </message>
    <message>
        <source>Wat hielp je?</source>
        <translation>ما الذي ساعدك؟</translation>
    </message>
    <message>
        <source>Wat heb je nú nodig om wél te kunnen komen?</source>
        <translation>ماذا تحتاج الآن لتتمكن من المجيء؟</translation>
    </message>
    <message>
        <source>Wat heb je nu nodig?</source>
        <translation>ماذا تحتاج الآن؟</translation>
    </message>
    <message>
        <source>Versturen</source>
        <translation>إرسال</translation>
    </message>
</context>
<context>
    <name>ChildDelegate</name>
    <message>
        <source>%1 ziek melden</source>
        <translation>الإبلاغ عن مرض ⁨%1⁩</translation>
    </message>
    <message>
        <source>Ziek melden</source>
        <translation>الإبلاغ عن مرض</translation>
    </message>
    <message>
        <source>%1 beter melden</source>
        <translation>الإبلاغ عن تعافي ⁨%1⁩</translation>
    </message>
    <message>
        <source>Beter melden</source>
        <translation>الإبلاغ عن التعافي</translation>
    </message>
    <message>
        <source>Andere afwezigheid melden voor %1</source>
        <translation>الإبلاغ عن غياب آخر لـ ⁨%1⁩</translation>
    </message>
    <message>
        <source>Andere melding</source>
        <translation>غياب آخر</translation>
    </message>
    <message>
        <source>Aanwezigheid van %1</source>
        <translation>حضور ⁨%1⁩</translation>
    </message>
    <message>
        <source>Aanwezigheid</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Terugkeerplan van %1</source>
        <translation>خطة عودة ⁨%1⁩</translation>
    </message>
    <message>
        <source>Terugkeerplan</source>
        <translation>خطة العودة</translation>
    </message>
</context>
<context>
    <name>ChildrenPage</name>
    <message>
        <source>Mijn kinderen</source>
        <translation>أطفالي</translation>
    </message>
    <message>
        <source>Zodra school je kinderen heeft gekoppeld, zie je ze hier. Trek omlaag om te verversen.</source>
        <translation>عندما تربط المدرسة أطفالك بحسابك، ستراهم هنا. اسحب للأسفل للتحديث.</translation>
    </message>
    <message>
        <source>Nog geen kinderen</source>
        <translation>لا يوجد أطفال بعد</translation>
    </message>
    <message>
        <source>Ziek melden</source>
        <translation>الإبلاغ عن مرض</translation>
    </message>
    <message>
        <source>%1 ziek melden</source>
        <translation>الإبلاغ عن مرض ⁨%1⁩</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Ongedaan gemaakt: de ziekmelding is ingetrokken.</source>
        <translation>تم التراجع: سُحب بلاغ المرض.</translation>
    </message>
    <message>
        <source>Vandaag, de hele dag, tot %1 weer beter is. Je kunt later altijd &apos;Beter melden&apos;.</source>
        <translation>اليوم، طوال اليوم، حتى يتعافى ⁨%1⁩. يمكنك دائمًا لاحقًا «الإبلاغ عن التعافي».</translation>
    </message>
    <message>
        <source>Verstuurd. Beterschap voor %1!</source>
        <translation>أُرسل. نتمنى الشفاء العاجل لـ ⁨%1⁩!</translation>
    </message>
    <message>
        <source>Bewaard. Beterschap voor %1!</source>
        <translation>حُفظ. نتمنى الشفاء العاجل لـ ⁨%1⁩!</translation>
    </message>
    <message>
        <source>Bewaard. Beterschap voor %1! School krijgt het bij verbinding.</source>
        <translation>حُفظ. نتمنى الشفاء العاجل لـ ⁨%1⁩! تصل إلى المدرسة عند الاتصال.</translation>
    </message>
    <message>
        <source>Beter melden</source>
        <translation>الإبلاغ عن التعافي</translation>
    </message>
    <message>
        <source>Is %1 weer beter?</source>
        <translation>هل تعافى ⁨%1⁩؟</translation>
    </message>
    <message>
        <source>Fijn dat %1 weer beter is! De ziekmelding is gestopt.</source>
        <translation>يسعدنا أن ⁨%1⁩ تعافى! انتهى بلاغ المرض.</translation>
    </message>
    <message>
        <source>De ziekmelding stopt vandaag en school verwacht %1 weer.</source>
        <translation>ينتهي بلاغ المرض اليوم وتنتظر المدرسة عودة ⁨%1⁩.</translation>
    </message>
</context>
<context>
    <name>ClassPage</name>
    <message>
        <source>Klas</source>
        <translation type="unfinished">الصف</translation>
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
        <translation>بكلماتي</translation>
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
        <translation type="unfinished">من الصف</translation>
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
        <translation>إرسال</translation>
    </message>
</context>
<context>
    <name>DayPicker</name>
    <message>
        <source>vandaag</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>morgen</source>
        <translation>غدًا</translation>
    </message>
    <message>
        <source>gisteren</source>
        <translation>أمس</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Melding sluiten</source>
        <translation>إغلاق التنبيه</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Opnieuw koppelen</source>
        <translation>الربط من جديد</translation>
    </message>
    <message>
        <source>Welkom</source>
        <translation>أهلًا وسهلًا</translation>
    </message>
    <message>
        <source>Welkom bij Aanwezig</source>
        <translation>أهلًا بك في Aanwezig</translation>
    </message>
    <message>
        <source>Vraag school om een nieuwe koppelcode. Je wijzigingen blijven bewaard en gaan daarna alsnog mee.</source>
        <translation>اطلب من المدرسة رمز ربط جديدًا. تغييراتك تبقى محفوظة وستُرسَل بعد ذلك.</translation>
    </message>
    <message>
        <source>Samen zorgen we dat elke leerling zich welkom voelt op school. Koppel de app één keer met je school; daarna werkt hij ook zonder verbinding.</source>
        <translation>معًا نجعل كل طالب يشعر بالترحيب في المدرسة. اربط التطبيق بمدرستك مرة واحدة، وبعدها يعمل حتى بدون اتصال.</translation>
    </message>
    <message>
        <source>Het adres en de koppelcode krijg je van school, bijvoorbeeld per brief of e-mail.</source>
        <translation>تعطيك المدرسة العنوان ورمز الربط، مثلًا برسالة أو بالبريد الإلكتروني.</translation>
    </message>
    <message>
        <source>Adres van de school</source>
        <translation>عنوان المدرسة</translation>
    </message>
    <message>
        <source>Koppelcode</source>
        <translation>رمز الربط</translation>
    </message>
    <message>
        <source>Koppelen</source>
        <translation>ربط</translation>
    </message>
    <message>
        <source>Even verbinden met school…</source>
        <translation>جارٍ الاتصال بالمدرسة…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Koppelen als %1?</source>
        <translation>الربط باسم ⁨%1⁩؟</translation>
    </message>
    <message numerus="yes">
        <source>Deze code hoort bij iemand anders. %n wijziging(en) van deze telefoon heeft school nog niet; bij koppelen gaan die verloren.</source>
        <translation>
            <numerusform>هذا الرمز يخص شخصًا آخر. لا توجد تغييرات غير مرسلة على هذا الهاتف.</numerusform>
            <numerusform>هذا الرمز يخص شخصًا آخر. تغيير واحد على هذا الهاتف لم يصل إلى المدرسة بعد، وسيضيع عند الربط.</numerusform>
            <numerusform>هذا الرمز يخص شخصًا آخر. تغييران على هذا الهاتف لم يصلا إلى المدرسة بعد، وسيضيعان عند الربط.</numerusform>
            <numerusform>هذا الرمز يخص شخصًا آخر. %Ln تغييرات على هذا الهاتف لم تصل إلى المدرسة بعد، وستضيع عند الربط.</numerusform>
            <numerusform>هذا الرمز يخص شخصًا آخر. %Ln تغييرًا على هذا الهاتف لم تصل إلى المدرسة بعد، وستضيع عند الربط.</numerusform>
            <numerusform>هذا الرمز يخص شخصًا آخر. %Ln تغيير على هذا الهاتف لم تصل إلى المدرسة بعد، وستضيع عند الربط.</numerusform>
        </translation>
    </message>
    <message>
        <source>Taal van de app</source>
        <translation>لغة التطبيق</translation>
    </message>
    <message>
        <source>Zelf typen</source>
        <translation>الكتابة بنفسي</translation>
    </message>
    <message>
        <source>QR-code scannen</source>
        <translation>مسح رمز QR</translation>
    </message>
    <message>
        <source>Adres en code staan klaar. Tik op Koppelen.</source>
        <translation>العنوان والرمز جاهزان. اضغط «ربط».</translation>
    </message>
</context>
<context>
    <name>LoadingState</name>
    <message>
        <source>Even geduld…</source>
        <translation>لحظة من فضلك…</translation>
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
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Meldingen</source>
        <translation>البلاغات</translation>
    </message>
    <message>
        <source>Berichten</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Klas</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Mijn plan</source>
        <translation>خطتي</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>حالي</translation>
    </message>
    <message>
        <source>Steun</source>
        <translation>الدعم</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Aanwezig · %1</source>
        <translation>Aanwezig · ⁨%1⁩</translation>
    </message>
    <message>
        <source>Aanwezig</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Terug</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Bezig met verversen</source>
        <translation>جارٍ التحديث</translation>
    </message>
    <message>
        <source>Bijgewerkt om %1</source>
        <translation>حُدِّث عند ⁨%1⁩</translation>
    </message>
    <message>
        <source>Verversen</source>
        <translation>تحديث</translation>
    </message>
</context>
<context>
    <name>MentorTodayPage</name>
    <message>
        <source>Vandaag</source>
        <translation type="unfinished">اليوم</translation>
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
        <translation>⁨%1⁩ · إلى ⁨%2⁩</translation>
    </message>
    <message>
        <source>Vertaling uit het Nederlands</source>
        <translation>ترجمة من الهولندية</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <source>Berichten</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Berichten van de mentor of de klas komen hier.</source>
        <translation>تظهر هنا رسائل المرشد أو الصف.</translation>
    </message>
    <message>
        <source>Stuur een bericht vanaf de pagina van een leerling.</source>
        <translation>أرسل رسالة من صفحة الطالب.</translation>
    </message>
    <message>
        <source>Nog geen berichten</source>
        <translation>لا توجد رسائل بعد</translation>
    </message>
</context>
<context>
    <name>MomentPicker</name>
    <message>
        <source>%1: dag %2</source>
        <translation>⁨%1⁩: اليوم ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1: deel van de dag</source>
        <translation>⁨%1⁩: جزء من اليوم</translation>
    </message>
    <message>
        <source>Hele dag</source>
        <translation>اليوم كله</translation>
    </message>
    <message>
        <source>Ochtend</source>
        <translation>الصباح</translation>
    </message>
    <message>
        <source>Middag</source>
        <translation>بعد الظهر</translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>%1: tijd</source>
        <translation>⁨%1⁩: الوقت</translation>
    </message>
    <message>
        <source>Tijd, bijv. 08:30</source>
        <translation>الوقت، مثلًا 08:30</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Melding sluiten</source>
        <translation>إغلاق التنبيه</translation>
    </message>
</context>
<context>
    <name>ParentReportsPage</name>
    <message>
        <source>Meldingen</source>
        <translation>البلاغات</translation>
    </message>
    <message>
        <source>Als je je kind ziek of afwezig meldt, zie je hier hoe ver de melding is.</source>
        <translation>عندما تُبلغ عن مرض طفلك أو غيابه، سترى هنا إلى أين وصل البلاغ.</translation>
    </message>
    <message>
        <source>Geen meldingen</source>
        <translation>لا توجد بلاغات</translation>
    </message>
    <message>
        <source>Fijn dat het weer beter gaat!</source>
        <translation>يسعدنا أن الحال تحسّن!</translation>
    </message>
    <message>
        <source>Ingetrokken: de melding geldt niet meer.</source>
        <translation>سُحب: لم يعد البلاغ ساريًا.</translation>
    </message>
    <message>
        <source>Beter melden</source>
        <translation>الإبلاغ عن التعافي</translation>
    </message>
    <message>
        <source>Is %1 weer beter?</source>
        <translation>هل تعافى ⁨%1⁩؟</translation>
    </message>
    <message>
        <source>De ziekmelding stopt vandaag en school verwacht %1 weer.</source>
        <translation>ينتهي بلاغ المرض اليوم وتنتظر المدرسة عودة ⁨%1⁩.</translation>
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
        <translation type="unfinished">رفيق الدعم</translation>
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
        <translation>صورة الكاميرا</translation>
    </message>
    <message>
        <source>Deze QR-code is geen koppelcode van Aanwezig. Scan de code in de brief van school.</source>
        <translation>رمز QR هذا ليس رمز ربط لتطبيق Aanwezig. امسح الرمز الموجود في رسالة المدرسة.</translation>
    </message>
    <message>
        <source>Richt de camera op de QR-code in de brief van school.</source>
        <translation>وجّه الكاميرا نحو رمز QR في رسالة المدرسة.</translation>
    </message>
    <message>
        <source>Geen camera gevonden. Typ het adres en de code uit de brief over.</source>
        <translation>لم يتم العثور على كاميرا. اكتب العنوان والرمز من الرسالة.</translation>
    </message>
</context>
<context>
    <name>RefreshableList</name>
    <message>
        <source>Loslaten om te verversen</source>
        <translation>اترك للتحديث</translation>
    </message>
    <message>
        <source>Trek omlaag om te verversen</source>
        <translation>اسحب للأسفل للتحديث</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>لا عناصر</numerusform>
            <numerusform>عنصر واحد</numerusform>
            <numerusform>عنصران</numerusform>
            <numerusform>%n عناصر</numerusform>
            <numerusform>%n عنصرًا</numerusform>
            <numerusform>%n عنصر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepliesColumn</name>
    <message>
        <source>Antwoord van %1: %2, %3</source>
        <translation>ردّ من ⁨%1⁩: ⁨%2⁩، ⁨%3⁩</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <source>Eigen woorden</source>
        <translation>بكلماتي</translation>
    </message>
    <message>
        <source>Je antwoord in eigen woorden</source>
        <translation>ردّك بكلماتك</translation>
    </message>
    <message>
        <source>Schrijf een kort antwoord…</source>
        <translation>اكتب ردًّا قصيرًا…</translation>
    </message>
    <message>
        <source>%1 van %2 tekens</source>
        <translation>%1 من %2 حرفًا</translation>
    </message>
    <message>
        <source>Versturen</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Verstuurd: %1</source>
        <translation>أُرسل: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>ReportAbsencePage</name>
    <message>
        <source>Melding voor %1</source>
        <translation>بلاغ عن ⁨%1⁩</translation>
    </message>
    <message>
        <source>Afwezigheid melden</source>
        <translation>الإبلاغ عن غياب</translation>
    </message>
    <message>
        <source>Waarom?</source>
        <translation>لماذا؟</translation>
    </message>
    <message>
        <source>Vanaf</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Einde nog niet bekend (tot beter)</source>
        <translation>النهاية غير معروفة بعد (حتى التعافي)</translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation>حتى (مع احتسابه)</translation>
    </message>
    <message>
        <source>Korte toelichting</source>
        <translation>ملاحظة قصيرة</translation>
    </message>
    <message>
        <source>Geen medische details: school hoeft niet te weten wat je kind heeft.</source>
        <translation>دون تفاصيل طبية: لا تحتاج المدرسة إلى معرفة مرض طفلك.</translation>
    </message>
    <message>
        <source>Verlof aanvragen</source>
        <translation>طلب إذن غياب</translation>
    </message>
    <message>
        <source>Melden</source>
        <translation>إبلاغ</translation>
    </message>
    <message>
        <source>Mag leeg blijven</source>
        <translation>يمكن تركها فارغة</translation>
    </message>
</context>
<context>
    <name>ReportDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation>⁨%1⁩ · ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1 beter melden</source>
        <translation>الإبلاغ عن تعافي ⁨%1⁩</translation>
    </message>
    <message>
        <source>Beter melden</source>
        <translation>الإبلاغ عن التعافي</translation>
    </message>
    <message>
        <source>Melding voor %1 intrekken</source>
        <translation>سحب البلاغ عن ⁨%1⁩</translation>
    </message>
    <message>
        <source>Intrekken</source>
        <translation>سحب</translation>
    </message>
</context>
<context>
    <name>ReportProgress</name>
    <message>
        <source>bewaard op telefoon</source>
        <translation>محفوظ على الهاتف</translation>
    </message>
    <message>
        <source>verstuurd</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <source>ontvangen</source>
        <translation>وصل</translation>
    </message>
    <message>
        <source>gezien door mentor</source>
        <translation>رآه المرشد</translation>
    </message>
    <message>
        <source>Verstuurd</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation>وصل</translation>
    </message>
    <message>
        <source>Gezien</source>
        <translation>شوهد</translation>
    </message>
    <message>
        <source>Bewaard</source>
        <translation>محفوظ</translation>
    </message>
</context>
<context>
    <name>ReturnPlanPage</name>
    <message>
        <source>Terugkeerplan</source>
        <translation>خطة العودة</translation>
    </message>
    <message>
        <source>Als de mentor samen met jullie een plan maakt, staat het hier.</source>
        <translation>عندما يضع المرشد خطة معكم، ستظهر هنا.</translation>
    </message>
    <message>
        <source>Nog geen terugkeerplan</source>
        <translation>لا توجد خطة عودة بعد</translation>
    </message>
    <message>
        <source>Goed bezig! Weer een stap gezet.</source>
        <translation>أحسنت! خطوة أخرى إلى الأمام.</translation>
    </message>
    <message>
        <source>Stap weer open gezet.</source>
        <translation>أُعيد فتح الخطوة.</translation>
    </message>
    <message>
        <source>Stap voor stap terug naar school</source>
        <translation>العودة إلى المدرسة خطوة بخطوة</translation>
    </message>
    <message>
        <source>Nog geen stappen</source>
        <translation>لا توجد خطوات بعد</translation>
    </message>
    <message>
        <source>Alle stappen gedaan. Wat goed!</source>
        <translation>أُنجزت كل الخطوات. رائع!</translation>
    </message>
    <message>
        <source>%1 van %2 stappen gedaan</source>
        <translation>أُنجزت ⁨%1⁩ من ⁨%2⁩ خطوات</translation>
    </message>
    <message>
        <source>Je hoeft niet alles in te halen. Samen kiezen we wat belangrijk is.</source>
        <translation>لست مضطرًا إلى تعويض كل شيء. معًا نختار ما هو مهم.</translation>
    </message>
</context>
<context>
    <name>RoleSwitcher</name>
    <message>
        <source>Rol</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>%1 (rol)</source>
        <translation>⁨%1⁩ (الدور)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Instellingen</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Taal van de app</source>
        <translation>لغة التطبيق</translation>
    </message>
    <message>
        <source>Berichten van school lezen in</source>
        <translation>قراءة رسائل المدرسة بـ</translation>
    </message>
    <message>
        <source>Taal van berichten</source>
        <translation>لغة الرسائل</translation>
    </message>
    <message>
        <source>Berichten die de mentor met een vaste tekst stuurt, lees je in deze taal.</source>
        <translation>الرسائل التي يرسلها المرشد بنص جاهز تقرؤها بهذه اللغة.</translation>
    </message>
    <message>
        <source>Deze taal gaf school door. Kies gerust een andere.</source>
        <translation>هذه اللغة من المدرسة. يمكنك اختيار لغة أخرى.</translation>
    </message>
    <message>
        <source>Gekoppeld met %1</source>
        <translation>مربوط بـ ⁨%1⁩</translation>
    </message>
    <message>
        <source>Uitloggen</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Uitloggen?</source>
        <translation>تسجيل الخروج؟</translation>
    </message>
    <message numerus="yes">
        <source>Er staan nog %n wijziging(en) op deze telefoon die school nog niet heeft. Bij uitloggen gaan die verloren. Maak eerst verbinding als dat kan.</source>
        <translation>
            <numerusform>لا توجد تغييرات تنتظر على هذا الهاتف.</numerusform>
            <numerusform>على هذا الهاتف تغيير واحد لم يصل إلى المدرسة بعد، وسيضيع عند تسجيل الخروج. اتصل بالإنترنت أولًا إن أمكن.</numerusform>
            <numerusform>على هذا الهاتف تغييران لم يصلا إلى المدرسة بعد، وسيضيعان عند تسجيل الخروج. اتصل بالإنترنت أولًا إن أمكن.</numerusform>
            <numerusform>على هذا الهاتف %Ln تغييرات لم تصل إلى المدرسة بعد، وستضيع عند تسجيل الخروج. اتصل بالإنترنت أولًا إن أمكن.</numerusform>
            <numerusform>على هذا الهاتف %Ln تغييرًا لم تصل إلى المدرسة بعد، وستضيع عند تسجيل الخروج. اتصل بالإنترنت أولًا إن أمكن.</numerusform>
            <numerusform>على هذا الهاتف %Ln تغيير لم تصل إلى المدرسة بعد، وستضيع عند تسجيل الخروج. اتصل بالإنترنت أولًا إن أمكن.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alles van deze telefoon wordt gewist. Je kunt later opnieuw koppelen.</source>
        <translation>سيُمسح كل شيء من هذا الهاتف. يمكنك الربط من جديد لاحقًا.</translation>
    </message>
    <message>
        <source>Meldingen op je telefoon</source>
        <translation>الإشعارات على هاتفك</translation>
    </message>
    <message>
        <source>Als teamlid ook eerste-dagmeldingen en het ochtendoverzicht</source>
        <translation>بصفتك عضوًا في الفريق: أيضًا غيابات اليوم الأول وملخص الصباح</translation>
    </message>
    <message>
        <source>Geen namen op het vergrendelscherm</source>
        <translation>بدون أسماء على شاشة القفل</translation>
    </message>
    <message>
        <source>Stille uren (meldingen wachten tot het einde)</source>
        <translation>ساعات الهدوء (تنتظر الإشعارات حتى نهايتها)</translation>
    </message>
    <message>
        <source>Stil vanaf %1</source>
        <translation>هدوء من ⁨%1⁩</translation>
    </message>
    <message>
        <source>tot</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>Stil tot %1</source>
        <translation>هدوء حتى ⁨%1⁩</translation>
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
        <translation>⁨%1⁩، ⁨%2⁩%3</translation>
    </message>
    <message>
        <source>, gedaan</source>
        <translation>، تمّت</translation>
    </message>
    <message>
        <source>%1 afvinken</source>
        <translation>وضع علامة على ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>⁨%1⁩ · ⁨%2⁩</translation>
    </message>
    <message>
        <source>Stap %1 verwijderen</source>
        <translation>حذف الخطوة ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>StudentPage</name>
    <message>
        <source>Nog geen cijfers</source>
        <translation type="unfinished">لا توجد أرقام بعد</translation>
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
        <translation type="unfinished">خطة عودة ⁨%1⁩</translation>
    </message>
    <message>
        <source>Terugkeerplan</source>
        <translation type="unfinished">خطة العودة</translation>
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
        <translation type="unfinished">البلاغات</translation>
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
        <translation type="unfinished">⁨%1⁩ · ⁨%2⁩</translation>
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
        <translation>الدعم</translation>
    </message>
    <message>
        <source>Je mentor spreekt met je af wie je buddy en je contactpersoon zijn.</source>
        <translation>يتفق معك مرشدك على من سيكون رفيق دعمك ومن سيكون الشخص الذي تتواصل معه.</translation>
    </message>
    <message>
        <source>Nog niets afgesproken</source>
        <translation>لم يُتفق على شيء بعد</translation>
    </message>
    <message>
        <source>Je buddy</source>
        <translation>رفيق دعمك</translation>
    </message>
    <message>
        <source>Houdt aantekeningen voor je bij en loopt de eerste dag met je mee.</source>
        <translation>يدوّن لك الملاحظات ويرافقك في اليوم الأول.</translation>
    </message>
    <message>
        <source>Je vaste contactpersoon</source>
        <translation>الشخص الثابت الذي تتواصل معه</translation>
    </message>
    <message>
        <source>Bij deze persoon kun je altijd terecht, ook als het even niet gaat.</source>
        <translation>يمكنك دائمًا اللجوء إلى هذا الشخص، حتى عندما تمر بوقت صعب.</translation>
    </message>
    <message>
        <source>Waar en wanneer: %1</source>
        <translation>أين ومتى: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Stuur %1 een berichtje</source>
        <translation>أرسل رسالة إلى ⁨%1⁩</translation>
    </message>
    <message>
        <source>Stuur een berichtje</source>
        <translation>أرسل رسالة</translation>
    </message>
</context>
<context>
    <name>SyncBanner</name>
    <message>
        <source>Nu proberen</source>
        <translation>حاول الآن</translation>
    </message>
    <message>
        <source>Opnieuw koppelen</source>
        <translation>الربط من جديد</translation>
    </message>
    <message>
        <source>Begrepen</source>
        <translation>فهمت</translation>
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
        <translation type="unfinished">⁨%1⁩ · ⁨%2⁩</translation>
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
        <translation type="unfinished">شوهد</translation>
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
        <translation type="unfinished">غائب دون إبلاغ</translation>
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
        <translation>الحضور في الأسبوع: ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Bijna geen lessen gemist</source>
        <translation>لم تفت تقريبًا أي حصة</translation>
    </message>
    <message>
        <source>Ongeveer 1 op de %1 lessen gemist</source>
        <translation>فاتت حصة واحدة تقريبًا من كل ⁨%1⁩ حصص</translation>
    </message>
    <message>
        <source>Alle klassen</source>
        <translation>كل الصفوف</translation>
    </message>
    <message>
        <source>Van de klas</source>
        <translation>من الصف</translation>
    </message>
    <message>
        <source>Van de mentor</source>
        <translation>من المرشد</translation>
    </message>
    <message>
        <source>Geen melding voor vandaag</source>
        <translation>لا يوجد بلاغ لليوم</translation>
    </message>
    <message>
        <source>Beter gemeld</source>
        <translation>أُبلغ عن التعافي</translation>
    </message>
    <message>
        <source>%1 uur ongeoorloofd afwezig in 4 weken</source>
        <translation>⁨%1⁩ ساعة غياب دون إذن في 4 أسابيع</translation>
    </message>
    <message>
        <source>Vanaf 16 uur in 4 schoolweken meldt de school dit binnen 5 schooldagen bij leerplicht. Leerplicht denkt mee; het is geen straf. Ziekte telt hier nooit mee.</source>
        <translation>من 16 ساعة في 4 أسابيع دراسية، تُبلغ المدرسة موظف التعليم الإلزامي خلال 5 أيام دراسية. يفكر موظف التعليم الإلزامي معكم، وهذا ليس عقابًا. المرض لا يُحتسب هنا أبدًا.</translation>
    </message>
    <message>
        <source>Meld het binnen 5 schooldagen bij DUO en nodig leerling en ouders uit voor een gesprek over wat er speelt.</source>
        <translation>أبلغ DUO خلال 5 أيام دراسية وادعُ الطالب ووليّ أمره إلى حديث عمّا يجري.</translation>
    </message>
    <message>
        <source>Bij 16 uur in 4 schoolweken moet de school leerplicht inschakelen. Er is nu nog ruimte om samen te kijken wat er speelt.</source>
        <translation>عند 16 ساعة في 4 أسابيع دراسية يجب على المدرسة إشراك موظف التعليم الإلزامي. ما زال هناك وقت الآن لننظر معًا فيما يجري.</translation>
    </message>
    <message>
        <source>Bel de ouders vandaag nog en vraag hoe het gaat. Spreek samen een eerste kleine stap af.</source>
        <translation>اتصل بأولياء الأمور اليوم واسأل عن الأحوال. اتفقوا معًا على خطوة أولى صغيرة.</translation>
    </message>
    <message>
        <source>Vaker ziek gemeld</source>
        <translation>أُبلغ عن مرضه أكثر من المعتاد</translation>
    </message>
    <message>
        <source>Vier ziekmeldingen in twaalf schoolweken, of zeven schooldagen achter elkaar ziek. Dat zegt niets over de oorzaak; het is een reden om te vragen hoe het gaat.</source>
        <translation>أربعة بلاغات مرض في اثني عشر أسبوعًا دراسيًا، أو سبعة أيام دراسية متتالية من المرض. هذا لا يقول شيئًا عن السبب؛ إنه سبب للسؤال عن الأحوال.</translation>
    </message>
    <message>
        <source>Plan een gesprek met leerling en ouders en bespreek of de jeugdarts kan meedenken.</source>
        <translation>حدّد موعد حديث مع الطالب ووليّ أمره، وناقشوا إن كان طبيب الشباب يستطيع المساعدة.</translation>
    </message>
    <message>
        <source>Vaker te laat</source>
        <translation>يتأخر أكثر من المعتاد</translation>
    </message>
    <message>
        <source>Drie keer of vaker te laat in vier weken. Vaak zit er iets achter, zoals slaap, zorgen of de reis.</source>
        <translation>تأخر ثلاث مرات أو أكثر في أربعة أسابيع. غالبًا هناك سبب، مثل النوم أو الهموم أو الطريق.</translation>
    </message>
    <message>
        <source>Vraag de leerling wat de ochtend lastig maakt en wat zou helpen.</source>
        <translation>اسأل الطالب عمّا يجعل الصباح صعبًا وما الذي قد يساعد.</translation>
    </message>
    <message>
        <source>Minder aanwezig dan eerder</source>
        <translation>حضور أقل من قبل</translation>
    </message>
    <message>
        <source>De aanwezigheid is lager dan in de vorige periode.</source>
        <translation>الحضور أقل مما كان في الفترة السابقة.</translation>
    </message>
    <message>
        <source>Vraag de leerling wat er veranderd is en wat nu zou helpen.</source>
        <translation>اسأل الطالب عمّا تغيّر وما الذي قد يساعد الآن.</translation>
    </message>
    <message>
        <source>Aanwezig</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>Ziek</source>
        <translation>مريض</translation>
    </message>
    <message>
        <source>Afwezig zonder bericht</source>
        <translation>غائب دون إبلاغ</translation>
    </message>
    <message>
        <source>Later binnen</source>
        <translation>وصل متأخرًا</translation>
    </message>
    <message>
        <source>Verlof</source>
        <translation>إذن غياب</translation>
    </message>
    <message>
        <source>Belangrijke familieomstandigheden</source>
        <translation>ظروف عائلية مهمة</translation>
    </message>
    <message>
        <source>Dokter of tandarts</source>
        <translation>طبيب أو طبيب أسنان</translation>
    </message>
    <message>
        <source>Schorsing</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Uit de les gestuurd</source>
        <translation>أُخرج من الحصة</translation>
    </message>
    <message>
        <source>Bewaard op je telefoon, wordt verstuurd zodra er verbinding is</source>
        <translation>محفوظ على هاتفك، وسيُرسَل عند توفر الاتصال</translation>
    </message>
    <message>
        <source>Verstuurd</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <source>Ontvangen door school</source>
        <translation>وصل إلى المدرسة</translation>
    </message>
    <message>
        <source>Gezien door de mentor</source>
        <translation>رآه المرشد</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Ingetrokken</source>
        <translation>سُحب</translation>
    </message>
    <message>
        <source>De school bekijkt de aanvraag</source>
        <translation>المدرسة تدرس الطلب</translation>
    </message>
    <message>
        <source>Verlof toegekend</source>
        <translation>تمت الموافقة على إذن الغياب</translation>
    </message>
    <message>
        <source>Verlof niet toegekend; de mentor neemt contact op</source>
        <translation>لم تتم الموافقة على إذن الغياب؛ سيتواصل معك المرشد</translation>
    </message>
    <message>
        <source>vandaag</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>morgen</source>
        <translation>غدًا</translation>
    </message>
    <message>
        <source>gisteren</source>
        <translation>أمس</translation>
    </message>
    <message>
        <source>%1 om %2</source>
        <translation>⁨%1⁩ الساعة ⁨%2⁩</translation>
    </message>
    <message numerus="yes">
        <source>door school geregistreerd: %1 - %2, %n les(sen)</source>
        <translation>
            <numerusform>سجّلته المدرسة: ⁨%1⁩ - ⁨%2⁩، بلا حصص</numerusform>
            <numerusform>سجّلته المدرسة: ⁨%1⁩ - ⁨%2⁩، حصة واحدة</numerusform>
            <numerusform>سجّلته المدرسة: ⁨%1⁩ - ⁨%2⁩، حصتان</numerusform>
            <numerusform>سجّلته المدرسة: ⁨%1⁩ - ⁨%2⁩، %Ln حصص</numerusform>
            <numerusform>سجّلته المدرسة: ⁨%1⁩ - ⁨%2⁩، %Ln حصة</numerusform>
            <numerusform>سجّلته المدرسة: ⁨%1⁩ - ⁨%2⁩، %Ln حصة</numerusform>
        </translation>
    </message>
    <message>
        <source>vanaf %1, tot beter</source>
        <translation>من ⁨%1⁩، حتى التعافي</translation>
    </message>
    <message>
        <source>%1, de hele dag</source>
        <translation>⁨%1⁩، طوال اليوم</translation>
    </message>
    <message>
        <source>%1 tot en met %2</source>
        <translation>من ⁨%1⁩ حتى ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1 tot %2</source>
        <translation>من ⁨%1⁩ إلى ⁨%2⁩</translation>
    </message>
    <message>
        <source>Gebeld</source>
        <translation>اتصال هاتفي</translation>
    </message>
    <message>
        <source>Bericht gestuurd</source>
        <translation>أُرسلت رسالة</translation>
    </message>
    <message>
        <source>Kaart gestuurd</source>
        <translation>أُرسلت بطاقة</translation>
    </message>
    <message>
        <source>Op huisbezoek</source>
        <translation>زيارة منزلية</translation>
    </message>
    <message>
        <source>Gesprek gehad</source>
        <translation>أُجريت محادثة</translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation>الطالب</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>المرشد</translation>
    </message>
    <message>
        <source>Ouder</source>
        <translation>وليّ الأمر</translation>
    </message>
    <message>
        <source>Buddy</source>
        <translation>رفيق الدعم</translation>
    </message>
    <message>
        <source>Goede aanwezigheid</source>
        <translation>حضور جيد</translation>
    </message>
    <message>
        <source>Wat vaker afwezig</source>
        <translation>يغيب أكثر قليلًا</translation>
    </message>
    <message>
        <source>Vaak afwezig</source>
        <translation>يغيب كثيرًا</translation>
    </message>
    <message>
        <source>Nog geen cijfers</source>
        <translation>لا توجد أرقام بعد</translation>
    </message>
    <message>
        <source>Er is bijna elke les aanwezig. Mooi zo!</source>
        <translation>حاضر في كل الحصص تقريبًا. رائع!</translation>
    </message>
    <message>
        <source>Er zijn wat meer lessen gemist dan gewoonlijk. Een goed moment om even te praten over hoe het gaat.</source>
        <translation>فاتت حصص أكثر قليلًا من المعتاد. وقت مناسب للحديث عن كيف تسير الأمور.</translation>
    </message>
    <message>
        <source>Er is een op de tien lessen of meer gemist. Dat is veel om in te halen; de mentor denkt graag met jullie mee.</source>
        <translation>فاتت حصة من كل عشر حصص أو أكثر. هذا كثير للتعويض، والمرشد يسعده أن يفكر معكم.</translation>
    </message>
    <message>
        <source>Zodra de school cijfers deelt, zie je ze hier.</source>
        <translation>عندما تشارك المدرسة الأرقام، ستراها هنا.</translation>
    </message>
    <message>
        <source>Gaat niet goed</source>
        <translation>لستُ بخير</translation>
    </message>
    <message>
        <source>Gaat matig</source>
        <translation>لستُ بخير تمامًا</translation>
    </message>
    <message>
        <source>Gaat wel</source>
        <translation>لا بأس</translation>
    </message>
    <message>
        <source>Gaat goed</source>
        <translation>بخير</translation>
    </message>
    <message>
        <source>Gaat heel goed</source>
        <translation>بخير جدًا</translation>
    </message>
    <message>
        <source>Het einde ligt voor het begin. Kies een later einde.</source>
        <translation>النهاية قبل البداية. اختر نهاية لاحقة.</translation>
    </message>
    <message>
        <source>Zo ver terug melden kan niet in de app. Neem even contact op met school.</source>
        <translation>لا يمكن الإبلاغ عن تاريخ بعيد كهذا في التطبيق. تواصل مع المدرسة من فضلك.</translation>
    </message>
    <message>
        <source>Er is al een melding voor deze tijd. Pas die aan of kies een andere tijd.</source>
        <translation>يوجد بلاغ لهذا الوقت بالفعل. عدّله أو اختر وقتًا آخر.</translation>
    </message>
    <message>
        <source>De tekst is te lang. Maak hem wat korter.</source>
        <translation>النص طويل جدًا. اجعله أقصر قليلًا.</translation>
    </message>
    <message>
        <source>Dit kan niet vanuit deze rol.</source>
        <translation>لا يمكن فعل هذا بهذا الدور.</translation>
    </message>
    <message>
        <source>Deze melding is al afgerond.</source>
        <translation>هذا البلاغ مكتمل بالفعل.</translation>
    </message>
    <message>
        <source>Alleen wie de melding deed, kan hem intrekken.</source>
        <translation>لا يستطيع سحب البلاغ إلا من قدّمه.</translation>
    </message>
    <message>
        <source>Intrekken kan tot en met de eerste dag. Meld je kind beter, of neem even contact op met school.</source>
        <translation>يمكن سحب البلاغ حتى نهاية يومه الأول. أبلغ عن تعافي طفلك، أو تواصل مع المدرسة.</translation>
    </message>
    <message>
        <source>Beter melden kan pas na het begin van de ziekmelding.</source>
        <translation>لا يمكن الإبلاغ عن التعافي إلا بعد بداية بلاغ المرض.</translation>
    </message>
    <message>
        <source>Deze melding was al gezien.</source>
        <translation>هذا البلاغ شوهد بالفعل.</translation>
    </message>
    <message>
        <source>Kies een tekst of schrijf een paar woorden.</source>
        <translation>اختر نصًا أو اكتب بضع كلمات.</translation>
    </message>
    <message>
        <source>Kies voor wie het bericht is: de leerling, de ouders of allebei.</source>
        <translation>اختر لمن الرسالة: للطالب أو لأولياء الأمور أو لكليهما.</translation>
    </message>
    <message>
        <source>Geef de stap een korte naam.</source>
        <translation>أعطِ الخطوة اسمًا قصيرًا.</translation>
    </message>
    <message>
        <source>Kies hoe het gaat, van 1 tot 5.</source>
        <translation>اختر كيف حالك، من 1 إلى 5.</translation>
    </message>
    <message>
        <source>Kies een ritme van 1 tot 60 dagen.</source>
        <translation>اختر إيقاعًا من 1 إلى 60 يومًا.</translation>
    </message>
    <message>
        <source>Opslaan op de telefoon lukte niet. Probeer het nog eens; er is niets verloren gegaan.</source>
        <translation>لم ينجح الحفظ على الهاتف. حاول مرة أخرى؛ لم يضع شيء.</translation>
    </message>
    <message>
        <source>Dat lukte niet. Probeer het nog eens.</source>
        <translation>لم ينجح ذلك. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Jij</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Een ouder van %1</source>
        <translation>وليّ أمر ⁨%1⁩</translation>
    </message>
    <message>
        <source>Aan de contactpersoon</source>
        <translation>إلى الشخص المسؤول عن التواصل</translation>
    </message>
    <message>
        <source>Op: %1</source>
        <translation>ردًّا على: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Kies een antwoord of schrijf een paar woorden.</source>
        <translation>اختر ردًّا أو اكتب بضع كلمات.</translation>
    </message>
    <message>
        <source>Er is nog geen contactpersoon afgesproken.</source>
        <translation>لم يُتفق بعد على شخص للتواصل.</translation>
    </message>
    <message>
        <source>Dit is niet meer te vinden. Misschien is het intussen weggehaald.</source>
        <translation>لم يعد هذا موجودًا. ربما حُذف في هذه الأثناء.</translation>
    </message>
    <message>
        <source>Hierop is al geantwoord.</source>
        <translation>تمت الإجابة على هذا بالفعل.</translation>
    </message>
    <message>
        <source>Over dit verlof is al beslist.</source>
        <translation>تم البت في إذن الغياب هذا بالفعل.</translation>
    </message>
    <message>
        <source>Deze wijziging was al bij school binnen.</source>
        <translation>هذا التغيير وصل إلى المدرسة من قبل.</translation>
    </message>
    <message>
        <source>Zo ver vooruit melden kan niet. Kies een datum binnen een jaar.</source>
        <translation>لا يمكن الإبلاغ عن تاريخ بعيد كهذا في المستقبل. اختر تاريخًا خلال سنة.</translation>
    </message>
    <message>
        <source>Er staan al veel meldingen voor later klaar. Neem even contact op met school.</source>
        <translation>توجد بالفعل بلاغات كثيرة لمواعيد لاحقة. تواصل مع المدرسة من فضلك.</translation>
    </message>
    <message>
        <source>De app stuurde iets wat school niet begreep. Kijk of er een nieuwe versie van de app is.</source>
        <translation>أرسل التطبيق شيئًا لم تفهمه المدرسة. تحقق من وجود نسخة أحدث من التطبيق.</translation>
    </message>
</context>
</TS>
