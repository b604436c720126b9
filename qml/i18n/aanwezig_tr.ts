<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="nl">
<context>
    <name>Aanwezig::AbsenceActions</name>
    <message>
        <source>Je kind is ziek</source>
        <translation>Çocuğunuz hasta</translation>
    </message>
    <message>
        <source>Een afspraak bij dokter, tandarts of orthodontist</source>
        <translation>Doktor, diş hekimi veya ortodontist randevusu</translation>
    </message>
    <message>
        <source>Bijvoorbeeld een bruiloft, begrafenis of verhuizing</source>
        <translation>Örneğin düğün, cenaze veya taşınma</translation>
    </message>
    <message>
        <source>Vraag verlof aan; de school laat weten of het kan</source>
        <translation>İzin isteyin; okul bunun mümkün olup olmadığını size bildirir</translation>
    </message>
</context>
<context>
    <name>Aanwezig::MessageActions</name>
    <message>
        <source>Nederlands</source>
        <translation>Felemenkçe</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>İngilizce</translation>
    </message>
    <message>
        <source>Arabisch</source>
        <translation>Arapça</translation>
    </message>
    <message>
        <source>Turks</source>
        <translation>Türkçe</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Lehçe</translation>
    </message>
    <message>
        <source>Oekraïens</source>
        <translation>Ukraynaca</translation>
    </message>
</context>
<context>
    <name>Aanwezig::Notifications</name>
    <message>
        <source>Eerste dag afwezig (meteen in schooltijd)</source>
        <translation>İlk gün devamsızlık (okul saatlerinde hemen)</translation>
    </message>
    <message>
        <source>Ochtendoverzicht om 07:45</source>
        <translation>Saat 07:45&apos;te sabah özeti</translation>
    </message>
    <message>
        <source>Afwezig zonder melding: &quot;Alles goed?&quot;</source>
        <translation>Bildirimsiz devamsızlık: &quot;Her şey yolunda mı?&quot;</translation>
    </message>
    <message>
        <source>De mentor zag mijn melding</source>
        <translation>Mentor bildirimimi gördü</translation>
    </message>
    <message>
        <source>Besluit over verlof</source>
        <translation>İzin hakkında karar</translation>
    </message>
    <message>
        <source>Berichten van school</source>
        <translation>Okuldan mesajlar</translation>
    </message>
    <message>
        <source>Nieuwe of gewijzigde stap in mijn plan</source>
        <translation>Planımda yeni veya değişen adım</translation>
    </message>
    <message>
        <source>Tijd voor mijn check-in</source>
        <translation>Durumumu paylaşma zamanı</translation>
    </message>
    <message>
        <source>Ouder: ik weet ervan (%1)</source>
        <translation>Veli: haberim var (%1)</translation>
    </message>
</context>
<context>
    <name>Aanwezig::Preferences</name>
    <message>
        <source>Zoals het systeem</source>
        <translation>Sistem dili</translation>
    </message>
    <message>
        <source>Zoals school het heeft</source>
        <translation>Okulun bildirdiği dil</translation>
    </message>
</context>
<context>
    <name>Aanwezig::ReportsModel</name>
    <message>
        <source>Onbekende melding</source>
        <translation>Bilinmeyen bildirim</translation>
    </message>
    <message>
        <source>Werk de app bij om deze melding helemaal te zien.</source>
        <translation>Bu bildirimi tam olarak görmek için uygulamayı güncelleyin.</translation>
    </message>
</context>
<context>
    <name>Aanwezig::Session</name>
    <message>
        <source>Vul het adres van de school in, bijvoorbeeld https://aanwezig.school.nl.</source>
        <translation>Okulun adresini yazın, örneğin https://aanwezig.school.nl.</translation>
    </message>
    <message>
        <source>Vul de koppelcode in die je van school kreeg.</source>
        <translation>Okuldan aldığınız eşleştirme kodunu yazın.</translation>
    </message>
    <message>
        <source>Koppelen kan in deze versie van de app nog niet.</source>
        <translation>Bu uygulama sürümü henüz eşleştirme yapamıyor.</translation>
    </message>
    <message>
        <source>Ouder</source>
        <translation>Veli</translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation>Öğrenci</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Verzuimteam</source>
        <translation>Devamsızlık ekibi</translation>
    </message>
    <message>
        <source>Beheer</source>
        <translation>Yönetim</translation>
    </message>
    <message>
        <source>Deze koppelcode werkt niet (meer). Vraag school om een nieuwe code.</source>
        <translation>Bu eşleştirme kodu çalışmıyor (artık geçerli değil). Okuldan yeni bir kod isteyin.</translation>
    </message>
    <message>
        <source>Even te veel pogingen. Probeer het over een minuut nog eens.</source>
        <translation>Biraz fazla deneme oldu. Bir dakika sonra tekrar deneyin.</translation>
    </message>
    <message>
        <source>Niet gekoppeld. Alles op deze telefoon is bewaard.</source>
        <translation>Eşleştirilmemiş. Bu telefondaki her şey saklandı.</translation>
    </message>
    <message>
        <source>Deze app is te oud voor de server van school. Werk de app eerst bij.</source>
        <translation>Bu uygulama okulun sunucusu için çok eski. Önce uygulamayı güncelleyin.</translation>
    </message>
    <message>
        <source>School is nu niet bereikbaar. Kijk het adres en je verbinding na en probeer het nog eens.</source>
        <translation>Okula şu anda ulaşılamıyor. Adresi ve bağlantınızı kontrol edip tekrar deneyin.</translation>
    </message>
    <message>
        <source>De opslag van de app op deze telefoon gaat niet open. Start de app opnieuw en probeer het nog eens.</source>
        <translation>Uygulamanın bu telefondaki depolama alanı açılamıyor. Uygulamayı yeniden başlatıp tekrar deneyin.</translation>
    </message>
</context>
<context>
    <name>Aanwezig::SyncStatusView</name>
    <message>
        <source>Koppel de app opnieuw met school. Je wijzigingen blijven bewaard.</source>
        <translation>Uygulamayı okulla yeniden eşleştirin. Değişiklikleriniz saklı kalır.</translation>
    </message>
    <message>
        <source>Er is een nieuwe versie van de app nodig. Je wijzigingen blijven bewaard.</source>
        <translation>Uygulamanın yeni bir sürümü gerekiyor. Değişiklikleriniz saklı kalır.</translation>
    </message>
    <message numerus="yes">
        <source>Geen verbinding. %n wijziging(en) staan veilig op je telefoon en gaan vanzelf mee.</source>
        <translation>
            <numerusform>Bağlantı yok. %n değişiklik telefonunuzda güvende ve kendiliğinden gönderilecek.</numerusform>
        </translation>
    </message>
    <message>
        <source>Geen verbinding. Je kunt gewoon verder; alles wordt later verstuurd.</source>
        <translation>Bağlantı yok. Devam edebilirsiniz; her şey daha sonra gönderilecek.</translation>
    </message>
    <message numerus="yes">
        <source>%n wijziging(en) wachten op verzending.</source>
        <translation>
            <numerusform>%n değişiklik gönderilmeyi bekliyor.</numerusform>
        </translation>
    </message>
    <message>
        <source>School kon een wijziging niet verwerken en die is teruggedraaid. %1</source>
        <translation>Okul bir değişikliği işleyemedi, bu yüzden geri alındı. %1</translation>
    </message>
</context>
<context>
    <name>AbsenceForm</name>
    <message>
        <source>Vul een tijd in zoals 08:30.</source>
        <translation>08:30 gibi bir saat yazın.</translation>
    </message>
    <message>
        <source>Kies eerst een kind en een reden.</source>
        <translation>Önce bir çocuk ve bir neden seçin.</translation>
    </message>
    <message>
        <source>Kies een begindatum.</source>
        <translation>Bir başlangıç tarihi seçin.</translation>
    </message>
    <message>
        <source>Kies een einddatum, of kies &apos;tot beter&apos;.</source>
        <translation>Bir bitiş tarihi seçin ya da &apos;iyileşene kadar&apos;ı seçin.</translation>
    </message>
</context>
<context>
    <name>AppDialog</name>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Vazgeç</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Aanwezigheid van %1</source>
        <translation>%1 için devam durumu</translation>
    </message>
    <message>
        <source>Aanwezigheid</source>
        <translation>Devam durumu</translation>
    </message>
    <message>
        <source>Zodra school de aanwezigheid deelt, zie je hier hoe het gaat.</source>
        <translation>Okul devam durumunu paylaştığında, nasıl gittiğini burada görürsünüz.</translation>
    </message>
    <message>
        <source>Nog geen cijfers</source>
        <translation>Henüz rakam yok</translation>
    </message>
    <message>
        <source>Aanwezig bij</source>
        <translation>Katıldığı</translation>
    </message>
    <message>
        <source>Aanwezig bij %1 van de lessen</source>
        <translation>Derslerin %1 kadarına katıldı</translation>
    </message>
    <message>
        <source>van de lessen. %1.</source>
        <translation>ders. %1.</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Haftalık</translation>
    </message>
    <message>
        <source>De stippellijn is 95 %: goede aanwezigheid.</source>
        <translation>Kesikli çizgi %95: iyi devam.</translation>
    </message>
    <message>
        <source>Elke gemiste les telt mee, ook ziekte. Zo zie je samen met school wat je kind mist, zonder oordeel.</source>
        <translation>Kaçırılan her ders sayılır, hastalık da. Böylece okulla birlikte çocuğunuzun neleri kaçırdığını, yargılamadan görürsünüz.</translation>
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
        <translation>Durumum</translation>
    </message>
    <message>
        <source>Je mentor leest het en denkt met je mee. Tot de volgende keer!</source>
        <translation>Mentorun bunu okuyacak ve seninle birlikte düşünecek. Bir dahaki sefere!</translation>
    </message>
    <message>
        <source>Dank je wel!</source>
        <translation>Teşekkürler!</translation>
    </message>
    <message>
        <source>Hoe gaat het met je?</source>
        <translation>Nasılsın?</translation>
    </message>
    <message>
        <source>%1 van 5</source>
        <translation>5 üzerinden %1</translation>
    </message>
    <message>
        <source>1 is: het gaat niet goed. 5 is: het gaat heel goed.</source>
        <translation>1: hiç iyi değil. 5: çok iyi.</translation>
    </message>
    <message>
        <source>Wat hielp je de afgelopen tijd?</source>
        <translation>Son zamanlarda sana ne yardımcı oldu?</translation>
    </message>
    <message>
        <source>Wat hielp je?</source>
        <translation>Sana ne yardımcı oldu?</translation>
    </message>
    <message>
        <source>Wat heb je nú nodig om wél te kunnen komen?</source>
        <translation>Gelebilmek için şu an neye ihtiyacın var?</translation>
    </message>
    <message>
        <source>Wat heb je nu nodig?</source>
        <translation>Şu an neye ihtiyacın var?</translation>
    </message>
    <message>
        <source>Versturen</source>
        <translation>Gönder</translation>
    </message>
</context>
<context>
    <name>ChildDelegate</name>
    <message>
        <source>%1 ziek melden</source>
        <translation>%1 için hastalık bildir</translation>
    </message>
    <message>
        <source>Ziek melden</source>
        <translation>Hastalık bildir</translation>
    </message>
    <message>
        <source>%1 beter melden</source>
        <translation>%1 için iyileşti bildir</translation>
    </message>
    <message>
        <source>Beter melden</source>
        <translation>İyileşti bildir</translation>
    </message>
    <message>
        <source>Andere afwezigheid melden voor %1</source>
        <translation>%1 için başka bir devamsızlık bildir</translation>
    </message>
    <message>
        <source>Andere melding</source>
        <translation>Başka bildirim</translation>
    </message>
    <message>
        <source>Aanwezigheid van %1</source>
        <translation>%1 için devam durumu</translation>
    </message>
    <message>
        <source>Aanwezigheid</source>
        <translation>Devam durumu</translation>
    </message>
    <message>
        <source>Terugkeerplan van %1</source>
        <translation>%1 için okula dönüş planı</translation>
    </message>
    <message>
        <source>Terugkeerplan</source>
        <translation>Okula dönüş planı</translation>
    </message>
</context>
<context>
    <name>ChildrenPage</name>
    <message>
        <source>Mijn kinderen</source>
        <translation>Çocuklarım</translation>
    </message>
    <message>
        <source>Zodra school je kinderen heeft gekoppeld, zie je ze hier. Trek omlaag om te verversen.</source>
        <translation>Okul çocuklarınızı bağladığında onları burada görürsünüz. Yenilemek için aşağı çekin.</translation>
    </message>
    <message>
        <source>Nog geen kinderen</source>
        <translation>Henüz çocuk yok</translation>
    </message>
    <message>
        <source>Ziek melden</source>
        <translation>Hastalık bildir</translation>
    </message>
    <message>
        <source>%1 ziek melden</source>
        <translation>%1 için hastalık bildir</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <source>Ongedaan gemaakt: de ziekmelding is ingetrokken.</source>
        <translation>Geri alındı: hastalık bildirimi iptal edildi.</translation>
    </message>
    <message>
        <source>Vandaag, de hele dag, tot %1 weer beter is. Je kunt later altijd &apos;Beter melden&apos;.</source>
        <translation>Bugün, tüm gün, %1 iyileşene kadar. Daha sonra her zaman &apos;İyileşti bildir&apos; diyebilirsiniz.</translation>
    </message>
    <message>
        <source>Verstuurd. Beterschap voor %1!</source>
        <translation>Gönderildi. %1 için geçmiş olsun!</translation>
    </message>
    <message>
        <source>Bewaard. Beterschap voor %1!</source>
        <translation>Kaydedildi. %1 için geçmiş olsun!</translation>
    </message>
    <message>
        <source>Bewaard. Beterschap voor %1! School krijgt het bij verbinding.</source>
        <translation>Kaydedildi. %1 için geçmiş olsun! Bağlantı olunca okula ulaşır.</translation>
    </message>
    <message>
        <source>Beter melden</source>
        <translation>İyileşti bildir</translation>
    </message>
    <message>
        <source>Is %1 weer beter?</source>
        <translation>%1 iyileşti mi?</translation>
    </message>
    <message>
        <source>Fijn dat %1 weer beter is! De ziekmelding is gestopt.</source>
        <translation>%1 iyileştiğine sevindik! Hastalık bildirimi sona erdi.</translation>
    </message>
    <message>
        <source>De ziekmelding stopt vandaag en school verwacht %1 weer.</source>
        <translation>Hastalık bildirimi bugün sona erer ve okul %1 öğrencisini tekrar bekler.</translation>
    </message>
</context>
<context>
    <name>ClassPage</name>
    <message>
        <source>Klas</source>
        <translation type="unfinished">Sınıf</translation>
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
        <translation>Kendi sözlerimle</translation>
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
        <translation type="unfinished">Sınıftan</translation>
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
        <translation>Gönder</translation>
    </message>
</context>
<context>
    <name>DayPicker</name>
    <message>
        <source>vandaag</source>
        <translation>bugün</translation>
    </message>
    <message>
        <source>morgen</source>
        <translation>yarın</translation>
    </message>
    <message>
        <source>gisteren</source>
        <translation>dün</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Melding sluiten</source>
        <translation>Uyarıyı kapat</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Opnieuw koppelen</source>
        <translation>Yeniden eşleştir</translation>
    </message>
    <message>
        <source>Welkom</source>
        <translation>Hoş geldiniz</translation>
    </message>
    <message>
        <source>Welkom bij Aanwezig</source>
        <translation>Aanwezig&apos;e hoş geldiniz</translation>
    </message>
    <message>
        <source>Vraag school om een nieuwe koppelcode. Je wijzigingen blijven bewaard en gaan daarna alsnog mee.</source>
        <translation>Okuldan yeni bir eşleştirme kodu isteyin. Değişiklikleriniz saklı kalır ve sonra yine gönderilir.</translation>
    </message>
    <message>
        <source>Samen zorgen we dat elke leerling zich welkom voelt op school. Koppel de app één keer met je school; daarna werkt hij ook zonder verbinding.</source>
        <translation>Birlikte her öğrencinin okulda kendini hoş karşılanmış hissetmesini sağlıyoruz. Uygulamayı okulunuzla bir kez eşleştirin; sonra bağlantı olmadan da çalışır.</translation>
    </message>
    <message>
        <source>Het adres en de koppelcode krijg je van school, bijvoorbeeld per brief of e-mail.</source>
        <translation>Adresi ve eşleştirme kodunu okuldan alırsınız, örneğin mektupla veya e-postayla.</translation>
    </message>
    <message>
        <source>Adres van de school</source>
        <translation>Okulun adresi</translation>
    </message>
    <message>
        <source>Koppelcode</source>
        <translation>Eşleştirme kodu</translation>
    </message>
    <message>
        <source>Koppelen</source>
        <translation>Eşleştir</translation>
    </message>
    <message>
        <source>Even verbinden met school…</source>
        <translation>Okula bağlanılıyor…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Vazgeç</translation>
    </message>
    <message>
        <source>Koppelen als %1?</source>
        <translation>%1 olarak eşleştirilsin mi?</translation>
    </message>
    <message numerus="yes">
        <source>Deze code hoort bij iemand anders. %n wijziging(en) van deze telefoon heeft school nog niet; bij koppelen gaan die verloren.</source>
        <translation>
            <numerusform>Bu kod başka birine ait. Bu telefondaki %n değişiklik henüz okula ulaşmadı; eşleştirince kaybolur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Taal van de app</source>
        <translation>Uygulama dili</translation>
    </message>
    <message>
        <source>Zelf typen</source>
        <translation>Kendim yazacağım</translation>
    </message>
    <message>
        <source>QR-code scannen</source>
        <translation>QR kodu tara</translation>
    </message>
    <message>
        <source>Adres en code staan klaar. Tik op Koppelen.</source>
        <translation>Adres ve kod hazır. Eşleştir&apos;e dokunun.</translation>
    </message>
</context>
<context>
    <name>LoadingState</name>
    <message>
        <source>Even geduld…</source>
        <translation>Biraz bekleyin…</translation>
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
        <translation>Çocuklar</translation>
    </message>
    <message>
        <source>Meldingen</source>
        <translation>Bildirimler</translation>
    </message>
    <message>
        <source>Berichten</source>
        <translation>Mesajlar</translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <source>Klas</source>
        <translation>Sınıf</translation>
    </message>
    <message>
        <source>Mijn plan</source>
        <translation>Planım</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Durumum</translation>
    </message>
    <message>
        <source>Steun</source>
        <translation>Destek</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Ayarlar</translation>
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
        <translation>Geri</translation>
    </message>
    <message>
        <source>Bezig met verversen</source>
        <translation>Yenileniyor</translation>
    </message>
    <message>
        <source>Bijgewerkt om %1</source>
        <translation>%1 itibarıyla güncel</translation>
    </message>
    <message>
        <source>Verversen</source>
        <translation>Yenile</translation>
    </message>
</context>
<context>
    <name>MentorTodayPage</name>
    <message>
        <source>Vandaag</source>
        <translation type="unfinished">Bugün</translation>
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
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leerling(en) afwezig; met iedereen is contact geweest. Mooi!</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>%1 · aan %2</source>
        <translation>%1 · %2 için</translation>
    </message>
    <message>
        <source>Vertaling uit het Nederlands</source>
        <translation>Felemenkçeden çeviri</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <source>Berichten</source>
        <translation>Mesajlar</translation>
    </message>
    <message>
        <source>Berichten van de mentor of de klas komen hier.</source>
        <translation>Mentordan veya sınıftan gelen mesajlar burada görünür.</translation>
    </message>
    <message>
        <source>Stuur een bericht vanaf de pagina van een leerling.</source>
        <translation>Bir öğrencinin sayfasından mesaj gönderin.</translation>
    </message>
    <message>
        <source>Nog geen berichten</source>
        <translation>Henüz mesaj yok</translation>
    </message>
</context>
<context>
    <name>MomentPicker</name>
    <message>
        <source>%1: dag %2</source>
        <translation>%1: gün %2</translation>
    </message>
    <message>
        <source>%1: deel van de dag</source>
        <translation>%1: günün bölümü</translation>
    </message>
    <message>
        <source>Hele dag</source>
        <translation>Tüm gün</translation>
    </message>
    <message>
        <source>Ochtend</source>
        <translation>Sabah</translation>
    </message>
    <message>
        <source>Middag</source>
        <translation>Öğleden sonra</translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation>Saat</translation>
    </message>
    <message>
        <source>%1: tijd</source>
        <translation>%1: saat</translation>
    </message>
    <message>
        <source>Tijd, bijv. 08:30</source>
        <translation>Saat, örn. 08:30</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Melding sluiten</source>
        <translation>Uyarıyı kapat</translation>
    </message>
</context>
<context>
    <name>ParentReportsPage</name>
    <message>
        <source>Meldingen</source>
        <translation>Bildirimler</translation>
    </message>
    <message>
        <source>Als je je kind ziek of afwezig meldt, zie je hier hoe ver de melding is.</source>
        <translation>Çocuğunuz için hastalık veya devamsızlık bildirdiğinizde, bildirimin ne durumda olduğunu burada görürsünüz.</translation>
    </message>
    <message>
        <source>Geen meldingen</source>
        <translation>Bildirim yok</translation>
    </message>
    <message>
        <source>Fijn dat het weer beter gaat!</source>
        <translation>İyileşmesine çok sevindik!</translation>
    </message>
    <message>
        <source>Ingetrokken: de melding geldt niet meer.</source>
        <translation>İptal edildi: bildirim artık geçerli değil.</translation>
    </message>
    <message>
        <source>Beter melden</source>
        <translation>İyileşti bildir</translation>
    </message>
    <message>
        <source>Is %1 weer beter?</source>
        <translation>%1 iyileşti mi?</translation>
    </message>
    <message>
        <source>De ziekmelding stopt vandaag en school verwacht %1 weer.</source>
        <translation>Hastalık bildirimi bugün sona erer ve okul %1 öğrencisini tekrar bekler.</translation>
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
        <translation type="unfinished">Destek arkadaşı</translation>
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
        <translation>Kamera görüntüsü</translation>
    </message>
    <message>
        <source>Deze QR-code is geen koppelcode van Aanwezig. Scan de code in de brief van school.</source>
        <translation>Bu QR kod bir Aanwezig eşleştirme kodu değil. Okulun mektubundaki kodu tarayın.</translation>
    </message>
    <message>
        <source>Richt de camera op de QR-code in de brief van school.</source>
        <translation>Kamerayı okulun mektubundaki QR koda tutun.</translation>
    </message>
    <message>
        <source>Geen camera gevonden. Typ het adres en de code uit de brief over.</source>
        <translation>Kamera bulunamadı. Mektuptaki adresi ve kodu yazın.</translation>
    </message>
</context>
<context>
    <name>RefreshableList</name>
    <message>
        <source>Loslaten om te verversen</source>
        <translation>Yenilemek için bırakın</translation>
    </message>
    <message>
        <source>Trek omlaag om te verversen</source>
        <translation>Yenilemek için aşağı çekin</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n öğe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepliesColumn</name>
    <message>
        <source>Antwoord van %1: %2, %3</source>
        <translation>%1 yanıtı: %2, %3</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <source>Eigen woorden</source>
        <translation>Kendi sözlerimle</translation>
    </message>
    <message>
        <source>Je antwoord in eigen woorden</source>
        <translation>Kendi sözlerinizle yanıtınız</translation>
    </message>
    <message>
        <source>Schrijf een kort antwoord…</source>
        <translation>Kısa bir yanıt yazın…</translation>
    </message>
    <message>
        <source>%1 van %2 tekens</source>
        <translation>%1 / %2 karakter</translation>
    </message>
    <message>
        <source>Versturen</source>
        <translation>Gönder</translation>
    </message>
    <message>
        <source>Verstuurd: %1</source>
        <translation>Gönderildi: %1</translation>
    </message>
</context>
<context>
    <name>ReportAbsencePage</name>
    <message>
        <source>Melding voor %1</source>
        <translation>%1 için bildirim</translation>
    </message>
    <message>
        <source>Afwezigheid melden</source>
        <translation>Devamsızlık bildir</translation>
    </message>
    <message>
        <source>Waarom?</source>
        <translation>Neden?</translation>
    </message>
    <message>
        <source>Vanaf</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Einde nog niet bekend (tot beter)</source>
        <translation>Bitişi henüz belli değil (iyileşene kadar)</translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation>Bitiş (dahil)</translation>
    </message>
    <message>
        <source>Korte toelichting</source>
        <translation>Kısa açıklama</translation>
    </message>
    <message>
        <source>Geen medische details: school hoeft niet te weten wat je kind heeft.</source>
        <translation>Tıbbi ayrıntı yazmayın: okulun çocuğunuzun neyi olduğunu bilmesi gerekmez.</translation>
    </message>
    <message>
        <source>Verlof aanvragen</source>
        <translation>İzin iste</translation>
    </message>
    <message>
        <source>Melden</source>
        <translation>Bildir</translation>
    </message>
    <message>
        <source>Mag leeg blijven</source>
        <translation>Boş bırakılabilir</translation>
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
        <translation>%1 için iyileşti bildir</translation>
    </message>
    <message>
        <source>Beter melden</source>
        <translation>İyileşti bildir</translation>
    </message>
    <message>
        <source>Melding voor %1 intrekken</source>
        <translation>%1 için bildirimi iptal et</translation>
    </message>
    <message>
        <source>Intrekken</source>
        <translation>İptal et</translation>
    </message>
</context>
<context>
    <name>ReportProgress</name>
    <message>
        <source>bewaard op telefoon</source>
        <translation>telefonda kayıtlı</translation>
    </message>
    <message>
        <source>verstuurd</source>
        <translation>gönderildi</translation>
    </message>
    <message>
        <source>ontvangen</source>
        <translation>alındı</translation>
    </message>
    <message>
        <source>gezien door mentor</source>
        <translation>mentor gördü</translation>
    </message>
    <message>
        <source>Verstuurd</source>
        <translation>Gönderildi</translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation>Alındı</translation>
    </message>
    <message>
        <source>Gezien</source>
        <translation>Görüldü</translation>
    </message>
    <message>
        <source>Bewaard</source>
        <translation>Kaydedildi</translation>
    </message>
</context>
<context>
    <name>ReturnPlanPage</name>
    <message>
        <source>Terugkeerplan</source>
        <translation>Okula dönüş planı</translation>
    </message>
    <message>
        <source>Als de mentor samen met jullie een plan maakt, staat het hier.</source>
        <translation>Mentor sizinle birlikte bir plan yaptığında burada görünür.</translation>
    </message>
    <message>
        <source>Nog geen terugkeerplan</source>
        <translation>Henüz okula dönüş planı yok</translation>
    </message>
    <message>
        <source>Goed bezig! Weer een stap gezet.</source>
        <translation>Aferin! Bir adım daha attın.</translation>
    </message>
    <message>
        <source>Stap weer open gezet.</source>
        <translation>Adım yeniden açıldı.</translation>
    </message>
    <message>
        <source>Stap voor stap terug naar school</source>
        <translation>Adım adım okula dönüş</translation>
    </message>
    <message>
        <source>Nog geen stappen</source>
        <translation>Henüz adım yok</translation>
    </message>
    <message>
        <source>Alle stappen gedaan. Wat goed!</source>
        <translation>Tüm adımlar tamam. Harika!</translation>
    </message>
    <message>
        <source>%1 van %2 stappen gedaan</source>
        <translation>%2 adımdan %1 tanesi tamam</translation>
    </message>
    <message>
        <source>Je hoeft niet alles in te halen. Samen kiezen we wat belangrijk is.</source>
        <translation>Her şeyi telafi etmek zorunda değilsin. Neyin önemli olduğunu birlikte seçiyoruz.</translation>
    </message>
</context>
<context>
    <name>RoleSwitcher</name>
    <message>
        <source>Rol</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>%1 (rol)</source>
        <translation>%1 (rol)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Instellingen</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Taal van de app</source>
        <translation>Uygulamanın dili</translation>
    </message>
    <message>
        <source>Berichten van school lezen in</source>
        <translation>Okuldan gelen mesajları şu dilde oku</translation>
    </message>
    <message>
        <source>Taal van berichten</source>
        <translation>Mesajların dili</translation>
    </message>
    <message>
        <source>Berichten die de mentor met een vaste tekst stuurt, lees je in deze taal.</source>
        <translation>Mentorun hazır metinle gönderdiği mesajları bu dilde okursunuz.</translation>
    </message>
    <message>
        <source>Deze taal gaf school door. Kies gerust een andere.</source>
        <translation>Bu dili okul bildirdi. İsterseniz başka bir dil seçin.</translation>
    </message>
    <message>
        <source>Gekoppeld met %1</source>
        <translation>%1 ile eşleştirildi</translation>
    </message>
    <message>
        <source>Uitloggen</source>
        <translation>Çıkış yap</translation>
    </message>
    <message>
        <source>Uitloggen?</source>
        <translation>Çıkış yapılsın mı?</translation>
    </message>
    <message numerus="yes">
        <source>Er staan nog %n wijziging(en) op deze telefoon die school nog niet heeft. Bij uitloggen gaan die verloren. Maak eerst verbinding als dat kan.</source>
        <translation>
            <numerusform>Bu telefonda okulun henüz almadığı %n değişiklik var. Çıkış yaparsanız kaybolur. Mümkünse önce internete bağlanın.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alles van deze telefoon wordt gewist. Je kunt later opnieuw koppelen.</source>
        <translation>Bu telefondaki her şey silinecek. Daha sonra yeniden eşleştirebilirsiniz.</translation>
    </message>
    <message>
        <source>Meldingen op je telefoon</source>
        <translation>Telefonunuzdaki bildirimler</translation>
    </message>
    <message>
        <source>Als teamlid ook eerste-dagmeldingen en het ochtendoverzicht</source>
        <translation>Ekip üyesi olarak ilk gün bildirimleri ve sabah özeti de</translation>
    </message>
    <message>
        <source>Geen namen op het vergrendelscherm</source>
        <translation>Kilit ekranında isim gösterme</translation>
    </message>
    <message>
        <source>Stille uren (meldingen wachten tot het einde)</source>
        <translation>Sessiz saatler (bildirimler bitişine kadar bekler)</translation>
    </message>
    <message>
        <source>Stil vanaf %1</source>
        <translation>%1 itibarıyla sessiz</translation>
    </message>
    <message>
        <source>tot</source>
        <translation>ile</translation>
    </message>
    <message>
        <source>Stil tot %1</source>
        <translation>%1 saatine kadar sessiz</translation>
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
        <translation>, tamam</translation>
    </message>
    <message>
        <source>%1 afvinken</source>
        <translation>%1 tamamlandı olarak işaretle</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Stap %1 verwijderen</source>
        <translation>%1 adımını sil</translation>
    </message>
</context>
<context>
    <name>StudentPage</name>
    <message>
        <source>Nog geen cijfers</source>
        <translation type="unfinished">Henüz rakam yok</translation>
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
        <translation type="unfinished">%1 için okula dönüş planı</translation>
    </message>
    <message>
        <source>Terugkeerplan</source>
        <translation type="unfinished">Okula dönüş planı</translation>
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
        <translation type="unfinished">Bildirimler</translation>
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
        <translation>Destek</translation>
    </message>
    <message>
        <source>Je mentor spreekt met je af wie je buddy en je contactpersoon zijn.</source>
        <translation>Mentorun seninle birlikte destek arkadaşının ve irtibat kişinin kim olacağını kararlaştırır.</translation>
    </message>
    <message>
        <source>Nog niets afgesproken</source>
        <translation>Henüz bir şey kararlaştırılmadı</translation>
    </message>
    <message>
        <source>Je buddy</source>
        <translation>Destek arkadaşın</translation>
    </message>
    <message>
        <source>Houdt aantekeningen voor je bij en loopt de eerste dag met je mee.</source>
        <translation>Senin için not tutar ve ilk gün seninle birlikte olur.</translation>
    </message>
    <message>
        <source>Je vaste contactpersoon</source>
        <translation>Sabit irtibat kişin</translation>
    </message>
    <message>
        <source>Bij deze persoon kun je altijd terecht, ook als het even niet gaat.</source>
        <translation>Zor bir an yaşasan bile bu kişiye her zaman gidebilirsin.</translation>
    </message>
    <message>
        <source>Waar en wanneer: %1</source>
        <translation>Nerede ve ne zaman: %1</translation>
    </message>
    <message>
        <source>Stuur %1 een berichtje</source>
        <translation>%1 kişisine mesaj gönder</translation>
    </message>
    <message>
        <source>Stuur een berichtje</source>
        <translation>Mesaj gönder</translation>
    </message>
</context>
<context>
    <name>SyncBanner</name>
    <message>
        <source>Nu proberen</source>
        <translation>Şimdi dene</translation>
    </message>
    <message>
        <source>Opnieuw koppelen</source>
        <translation>Yeniden eşleştir</translation>
    </message>
    <message>
        <source>Begrepen</source>
        <translation>Anladım</translation>
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
        <translation type="unfinished">Görüldü</translation>
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
        <translation type="unfinished">Haber vermeden devamsız</translation>
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
        <translation>Haftalık devam: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%%1</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Bijna geen lessen gemist</source>
        <translation>Neredeyse hiç ders kaçırılmadı</translation>
    </message>
    <message>
        <source>Ongeveer 1 op de %1 lessen gemist</source>
        <translation>Yaklaşık her %1 dersten 1’i kaçırıldı</translation>
    </message>
    <message>
        <source>Alle klassen</source>
        <translation>Tüm sınıflar</translation>
    </message>
    <message>
        <source>Van de klas</source>
        <translation>Sınıftan</translation>
    </message>
    <message>
        <source>Van de mentor</source>
        <translation>Mentordan</translation>
    </message>
    <message>
        <source>Geen melding voor vandaag</source>
        <translation>Bugün için bildirim yok</translation>
    </message>
    <message>
        <source>Beter gemeld</source>
        <translation>İyileşti bildirildi</translation>
    </message>
    <message>
        <source>%1 uur ongeoorloofd afwezig in 4 weken</source>
        <translation>4 haftada %1 saat izinsiz devamsızlık</translation>
    </message>
    <message>
        <source>Vanaf 16 uur in 4 schoolweken meldt de school dit binnen 5 schooldagen bij leerplicht. Leerplicht denkt mee; het is geen straf. Ziekte telt hier nooit mee.</source>
        <translation>4 okul haftasında 16 saatten itibaren okul bunu 5 okul günü içinde zorunlu eğitim görevlisine bildirir. Zorunlu eğitim görevlisi birlikte çözüm arar; bu bir ceza değildir. Hastalık burada asla sayılmaz.</translation>
    </message>
    <message>
        <source>Meld het binnen 5 schooldagen bij DUO en nodig leerling en ouders uit voor een gesprek over wat er speelt.</source>
        <translation>5 okul günü içinde DUO’ya bildirin ve öğrenci ile veliyi neler olup bittiğini konuşmak için davet edin.</translation>
    </message>
    <message>
        <source>Bij 16 uur in 4 schoolweken moet de school leerplicht inschakelen. Er is nu nog ruimte om samen te kijken wat er speelt.</source>
        <translation>4 okul haftasında 16 saate ulaşınca okul zorunlu eğitim görevlisine başvurmak zorunda. Neler olduğuna birlikte bakmak için şimdi hâlâ zaman var.</translation>
    </message>
    <message>
        <source>Bel de ouders vandaag nog en vraag hoe het gaat. Spreek samen een eerste kleine stap af.</source>
        <translation>Veliyi bugün arayın ve nasıl olduklarını sorun. Birlikte küçük bir ilk adım kararlaştırın.</translation>
    </message>
    <message>
        <source>Vaker ziek gemeld</source>
        <translation>Daha sık hasta bildirildi</translation>
    </message>
    <message>
        <source>Vier ziekmeldingen in twaalf schoolweken, of zeven schooldagen achter elkaar ziek. Dat zegt niets over de oorzaak; het is een reden om te vragen hoe het gaat.</source>
        <translation>On iki okul haftasında dört hastalık bildirimi ya da art arda yedi okul günü hastalık. Bu nedeni hakkında bir şey söylemez; nasıl olduğunu sormak için bir sebeptir.</translation>
    </message>
    <message>
        <source>Plan een gesprek met leerling en ouders en bespreek of de jeugdarts kan meedenken.</source>
        <translation>Öğrenci ve veliyle bir görüşme planlayın ve okul doktorunun (jeugdarts) destek olup olamayacağını konuşun.</translation>
    </message>
    <message>
        <source>Vaker te laat</source>
        <translation>Daha sık geç kalıyor</translation>
    </message>
    <message>
        <source>Drie keer of vaker te laat in vier weken. Vaak zit er iets achter, zoals slaap, zorgen of de reis.</source>
        <translation>Dört haftada üç kez veya daha fazla geç kalma. Çoğu zaman arkasında uyku, endişeler veya yol gibi bir şey vardır.</translation>
    </message>
    <message>
        <source>Vraag de leerling wat de ochtend lastig maakt en wat zou helpen.</source>
        <translation>Öğrenciye sabahları neyin zorlaştırdığını ve neyin yardımcı olacağını sorun.</translation>
    </message>
    <message>
        <source>Minder aanwezig dan eerder</source>
        <translation>Eskisinden daha az devam</translation>
    </message>
    <message>
        <source>De aanwezigheid is lager dan in de vorige periode.</source>
        <translation>Devam önceki döneme göre daha düşük.</translation>
    </message>
    <message>
        <source>Vraag de leerling wat er veranderd is en wat nu zou helpen.</source>
        <translation>Öğrenciye neyin değiştiğini ve şimdi neyin yardımcı olacağını sorun.</translation>
    </message>
    <message>
        <source>Aanwezig</source>
        <translation>Derste</translation>
    </message>
    <message>
        <source>Ziek</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Afwezig zonder bericht</source>
        <translation>Haber vermeden devamsız</translation>
    </message>
    <message>
        <source>Later binnen</source>
        <translation>Geç geldi</translation>
    </message>
    <message>
        <source>Verlof</source>
        <translation>İzin</translation>
    </message>
    <message>
        <source>Belangrijke familieomstandigheden</source>
        <translation>Önemli aile durumu</translation>
    </message>
    <message>
        <source>Dokter of tandarts</source>
        <translation>Doktor veya diş hekimi</translation>
    </message>
    <message>
        <source>Schorsing</source>
        <translation>Uzaklaştırma</translation>
    </message>
    <message>
        <source>Uit de les gestuurd</source>
        <translation>Dersten çıkarıldı</translation>
    </message>
    <message>
        <source>Bewaard op je telefoon, wordt verstuurd zodra er verbinding is</source>
        <translation>Telefonunuzda kayıtlı, bağlantı olunca gönderilecek</translation>
    </message>
    <message>
        <source>Verstuurd</source>
        <translation>Gönderildi</translation>
    </message>
    <message>
        <source>Ontvangen door school</source>
        <translation>Okula ulaştı</translation>
    </message>
    <message>
        <source>Gezien door de mentor</source>
        <translation>Mentor gördü</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Ingetrokken</source>
        <translation>İptal edildi</translation>
    </message>
    <message>
        <source>De school bekijkt de aanvraag</source>
        <translation>Okul talebi inceliyor</translation>
    </message>
    <message>
        <source>Verlof toegekend</source>
        <translation>İzin verildi</translation>
    </message>
    <message>
        <source>Verlof niet toegekend; de mentor neemt contact op</source>
        <translation>İzin verilmedi; mentor sizinle iletişime geçecek</translation>
    </message>
    <message>
        <source>vandaag</source>
        <translation>bugün</translation>
    </message>
    <message>
        <source>morgen</source>
        <translation>yarın</translation>
    </message>
    <message>
        <source>gisteren</source>
        <translation>dün</translation>
    </message>
    <message>
        <source>%1 om %2</source>
        <translation>%1, saat %2</translation>
    </message>
    <message numerus="yes">
        <source>door school geregistreerd: %1 - %2, %n les(sen)</source>
        <translation>
            <numerusform>okulun kaydı: %1 - %2, %n ders</numerusform>
        </translation>
    </message>
    <message>
        <source>vanaf %1, tot beter</source>
        <translation>%1 itibarıyla, iyileşene kadar</translation>
    </message>
    <message>
        <source>%1, de hele dag</source>
        <translation>%1, tüm gün</translation>
    </message>
    <message>
        <source>%1 tot en met %2</source>
        <translation>%1 ile %2 arası (dahil)</translation>
    </message>
    <message>
        <source>%1 tot %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Gebeld</source>
        <translation>Telefonla arandı</translation>
    </message>
    <message>
        <source>Bericht gestuurd</source>
        <translation>Mesaj gönderildi</translation>
    </message>
    <message>
        <source>Kaart gestuurd</source>
        <translation>Kart gönderildi</translation>
    </message>
    <message>
        <source>Op huisbezoek</source>
        <translation>Ev ziyareti</translation>
    </message>
    <message>
        <source>Gesprek gehad</source>
        <translation>Görüşme yapıldı</translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation>Öğrenci</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Ouder</source>
        <translation>Veli</translation>
    </message>
    <message>
        <source>Buddy</source>
        <translation>Destek arkadaşı</translation>
    </message>
    <message>
        <source>Goede aanwezigheid</source>
        <translation>İyi devam</translation>
    </message>
    <message>
        <source>Wat vaker afwezig</source>
        <translation>Biraz daha sık devamsız</translation>
    </message>
    <message>
        <source>Vaak afwezig</source>
        <translation>Sık devamsız</translation>
    </message>
    <message>
        <source>Nog geen cijfers</source>
        <translation>Henüz rakam yok</translation>
    </message>
    <message>
        <source>Er is bijna elke les aanwezig. Mooi zo!</source>
        <translation>Neredeyse her derse katılıyor. Harika!</translation>
    </message>
    <message>
        <source>Er zijn wat meer lessen gemist dan gewoonlijk. Een goed moment om even te praten over hoe het gaat.</source>
        <translation>Her zamankinden biraz daha fazla ders kaçırıldı. Nasıl gittiğini konuşmak için iyi bir an.</translation>
    </message>
    <message>
        <source>Er is een op de tien lessen of meer gemist. Dat is veel om in te halen; de mentor denkt graag met jullie mee.</source>
        <translation>Her on dersten biri veya daha fazlası kaçırıldı. Telafi etmek için çok; mentor sizinle birlikte düşünmekten memnuniyet duyar.</translation>
    </message>
    <message>
        <source>Zodra de school cijfers deelt, zie je ze hier.</source>
        <translation>Okul rakamları paylaştığında burada görürsünüz.</translation>
    </message>
    <message>
        <source>Gaat niet goed</source>
        <translation>İyi değil</translation>
    </message>
    <message>
        <source>Gaat matig</source>
        <translation>Pek iyi değil</translation>
    </message>
    <message>
        <source>Gaat wel</source>
        <translation>İdare eder</translation>
    </message>
    <message>
        <source>Gaat goed</source>
        <translation>İyi</translation>
    </message>
    <message>
        <source>Gaat heel goed</source>
        <translation>Çok iyi</translation>
    </message>
    <message>
        <source>Het einde ligt voor het begin. Kies een later einde.</source>
        <translation>Bitiş, başlangıçtan önce. Daha sonraki bir bitiş seçin.</translation>
    </message>
    <message>
        <source>Zo ver terug melden kan niet in de app. Neem even contact op met school.</source>
        <translation>Bu kadar geriye dönük bildirim uygulamada yapılamaz. Lütfen okulla iletişime geçin.</translation>
    </message>
    <message>
        <source>Er is al een melding voor deze tijd. Pas die aan of kies een andere tijd.</source>
        <translation>Bu zaman için zaten bir bildirim var. Onu değiştirin veya başka bir zaman seçin.</translation>
    </message>
    <message>
        <source>De tekst is te lang. Maak hem wat korter.</source>
        <translation>Metin çok uzun. Biraz kısaltın.</translation>
    </message>
    <message>
        <source>Dit kan niet vanuit deze rol.</source>
        <translation>Bu rolle bu yapılamaz.</translation>
    </message>
    <message>
        <source>Deze melding is al afgerond.</source>
        <translation>Bu bildirim zaten tamamlandı.</translation>
    </message>
    <message>
        <source>Alleen wie de melding deed, kan hem intrekken.</source>
        <translation>Bildirimi yalnızca yapan kişi iptal edebilir.</translation>
    </message>
    <message>
        <source>Intrekken kan tot en met de eerste dag. Meld je kind beter, of neem even contact op met school.</source>
        <translation>Bildirim ilk günün sonuna kadar iptal edilebilir. Çocuğunuz için iyileşti bildirin veya okulla iletişime geçin.</translation>
    </message>
    <message>
        <source>Beter melden kan pas na het begin van de ziekmelding.</source>
        <translation>İyileşti bildirimi ancak hastalık bildiriminin başlangıcından sonra yapılabilir.</translation>
    </message>
    <message>
        <source>Deze melding was al gezien.</source>
        <translation>Bu bildirim zaten görülmüştü.</translation>
    </message>
    <message>
        <source>Kies een tekst of schrijf een paar woorden.</source>
        <translation>Bir metin seçin veya birkaç kelime yazın.</translation>
    </message>
    <message>
        <source>Kies voor wie het bericht is: de leerling, de ouders of allebei.</source>
        <translation>Mesajın kime olduğunu seçin: öğrenciye, velilere veya ikisine.</translation>
    </message>
    <message>
        <source>Geef de stap een korte naam.</source>
        <translation>Adıma kısa bir ad verin.</translation>
    </message>
    <message>
        <source>Kies hoe het gaat, van 1 tot 5.</source>
        <translation>Nasıl gittiğini 1 ile 5 arasında seç.</translation>
    </message>
    <message>
        <source>Kies een ritme van 1 tot 60 dagen.</source>
        <translation>1 ile 60 gün arasında bir sıklık seçin.</translation>
    </message>
    <message>
        <source>Opslaan op de telefoon lukte niet. Probeer het nog eens; er is niets verloren gegaan.</source>
        <translation>Telefona kaydetme başarısız oldu. Tekrar deneyin; hiçbir şey kaybolmadı.</translation>
    </message>
    <message>
        <source>Dat lukte niet. Probeer het nog eens.</source>
        <translation>Olmadı. Tekrar deneyin.</translation>
    </message>
    <message>
        <source>Jij</source>
        <translation>Sen</translation>
    </message>
    <message>
        <source>Een ouder van %1</source>
        <translation>%1 velisi</translation>
    </message>
    <message>
        <source>Aan de contactpersoon</source>
        <translation>İrtibat kişisine</translation>
    </message>
    <message>
        <source>Op: %1</source>
        <translation>Yanıtlanan: %1</translation>
    </message>
    <message>
        <source>Kies een antwoord of schrijf een paar woorden.</source>
        <translation>Bir yanıt seçin veya birkaç kelime yazın.</translation>
    </message>
    <message>
        <source>Er is nog geen contactpersoon afgesproken.</source>
        <translation>Henüz bir irtibat kişisi belirlenmedi.</translation>
    </message>
    <message>
        <source>Dit is niet meer te vinden. Misschien is het intussen weggehaald.</source>
        <translation>Bu artık bulunamıyor. Belki bu arada kaldırıldı.</translation>
    </message>
    <message>
        <source>Hierop is al geantwoord.</source>
        <translation>Buna zaten yanıt verildi.</translation>
    </message>
    <message>
        <source>Over dit verlof is al beslist.</source>
        <translation>Bu izin hakkında zaten karar verildi.</translation>
    </message>
    <message>
        <source>Deze wijziging was al bij school binnen.</source>
        <translation>Bu değişiklik okula zaten ulaşmıştı.</translation>
    </message>
    <message>
        <source>Zo ver vooruit melden kan niet. Kies een datum binnen een jaar.</source>
        <translation>Bu kadar ileri bir tarih için bildirim yapılamaz. Bir yıl içinde bir tarih seçin.</translation>
    </message>
    <message>
        <source>Er staan al veel meldingen voor later klaar. Neem even contact op met school.</source>
        <translation>İleri tarihler için zaten çok sayıda bildirim var. Lütfen okulla iletişime geçin.</translation>
    </message>
    <message>
        <source>De app stuurde iets wat school niet begreep. Kijk of er een nieuwe versie van de app is.</source>
        <translation>Uygulama okulun anlamadığı bir şey gönderdi. Uygulamanın yeni bir sürümü olup olmadığına bakın.</translation>
    </message>
</context>
</TS>
