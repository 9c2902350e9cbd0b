<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>QObject</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Nid oedd modd cychwyn y llyfrgell gryptograffeg.</translation>
    </message>
    <message>
        <source>There was not enough memory to protect the password.</source>
        <translation>Nid oedd digon o gof i ddiogelu&apos;r cyfrinair.</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Athro</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Lead mentor</source>
        <translation>Prif fentor</translation>
    </message>
    <message>
        <source>Headteacher</source>
        <translation>Pennaeth</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Gweinyddwr</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose a folder that exists, or create it first.</source>
        <translation>Nid yw&apos;r ffolder %1 yn bodoli. Dewiswch ffolder sy&apos;n bodoli, neu crëwch y ffolder yn gyntaf.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>Ffolder yw %1, nid ffeil cronfa ddata.</translation>
    </message>
    <message>
        <source>%1 cannot be read: check that you have permission to open it.</source>
        <translation>Nid oes modd darllen %1: gwiriwch fod gennych ganiatâd i&apos;w agor.</translation>
    </message>
    <message>
        <source>%1 is read-only, and Mentor Desk needs to write to it. Ask whoever manages the computer for write access, or open a copy you can write to.</source>
        <translation>Mae %1 yn ddarllen yn unig, ac mae angen i Mentor Desk ysgrifennu iddo. Gofynnwch i bwy bynnag sy&apos;n rheoli&apos;r cyfrifiadur am fynediad ysgrifennu, neu agorwch gopi y gallwch ysgrifennu iddo.</translation>
    </message>
    <message>
        <source>%1 is not a Mentor Desk database (it is not a SQLite file). Nothing was changed.</source>
        <translation>Nid yw %1 yn gronfa ddata Mentor Desk (nid ffeil SQLite yw hi). Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>%1 is damaged: it is shorter than it should be, as happens when a copy is interrupted or the disk fills up. Nothing was changed; restore it from a backup.</source>
        <translation>Mae&apos;r ffeil %1 wedi&apos;i difrodi: mae&apos;n fyrrach nag y dylai fod, fel sy&apos;n digwydd pan fydd copïo&apos;n cael ei dorri ar ei draws neu pan fydd y ddisg yn llenwi. Ni newidiwyd dim; adferwch hi o gopi wrth gefn.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>Nid oedd modd agor %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be prepared for use: %2</source>
        <translation>Nid oedd modd paratoi %1 at ddefnydd: %2</translation>
    </message>
    <message>
        <source>%1 is read-only and needs updating to this version of Mentor Desk. Open a copy you can write to.</source>
        <translation>Mae %1 yn ddarllen yn unig ac mae angen ei diweddaru i&apos;r fersiwn hon o Mentor Desk. Agorwch gopi y gallwch ysgrifennu iddo.</translation>
    </message>
    <message>
        <source>%1 is not a Mentor Desk database, or it is damaged (%2). Nothing was changed; restore it from a backup if you have one.</source>
        <translation>Nid yw %1 yn gronfa ddata Mentor Desk, neu mae wedi&apos;i difrodi (%2). Ni newidiwyd dim; adferwch hi o gopi wrth gefn os oes gennych un.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Mentor Desk (schema %2; this version knows up to %3). It has not been changed: open it with the newer version.</source>
        <translation>Ysgrifennwyd %1 gan fersiwn fwy diweddar o Mentor Desk (sgema %2; mae&apos;r fersiwn hon yn adnabod hyd at %3). Nid yw wedi&apos;i newid: agorwch hi gyda&apos;r fersiwn fwy diweddar.</translation>
    </message>
    <message>
        <source>Updating the database to schema %1 (%2) failed; nothing was changed. %3</source>
        <translation>Methodd diweddaru&apos;r gronfa ddata i sgema %1 (%2); ni newidiwyd dim. %3</translation>
    </message>
    <message>
        <source>The database could not prepare %1: %2</source>
        <translation>Nid oedd modd i&apos;r gronfa ddata baratoi %1: %2</translation>
    </message>
    <message>
        <source>The disk is full or failing, so the change was not saved (nothing was half-saved). Free some space, then try again.</source>
        <translation>Mae&apos;r ddisg yn llawn neu&apos;n methu, felly ni chadwyd y newid (ni chadwyd dim yn rhannol). Rhyddhewch ychydig o le, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The database is read-only here, so the change was not saved.</source>
        <translation>Mae&apos;r gronfa ddata yn ddarllen yn unig yma, felly ni chadwyd y newid.</translation>
    </message>
    <message>
        <source>Another desk kept the database busy for too long; nothing was saved. Try again in a moment.</source>
        <translation>Roedd desg arall wedi cadw&apos;r gronfa ddata yn brysur am ormod o amser; ni chadwyd dim. Rhowch gynnig arall arni cyn bo hir.</translation>
    </message>
    <message>
        <source>The database refused %1: %2</source>
        <translation>Gwrthododd y gronfa ddata %1: %2</translation>
    </message>
    <message>
        <source>Could not start a change: %1</source>
        <translation>Nid oedd modd dechrau newid: %1</translation>
    </message>
    <message>
        <source>The change was not started or already finished.</source>
        <translation>Ni ddechreuwyd y newid, neu mae eisoes wedi gorffen.</translation>
    </message>
    <message>
        <source>This computer lacks Qt&apos;s PostgreSQL driver (QPSQL), so Mentor Desk cannot reach %1. Install it (on Debian: libqt6sql6-psql) and try again.</source>
        <translation>Nid oes gan y cyfrifiadur hwn yrrwr PostgreSQL Qt (QPSQL), felly ni all Mentor Desk gyrraedd %1. Gosodwch ef (ar Debian: libqt6sql6-psql) a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>Nid oedd modd cyrraedd %1: %2</translation>
    </message>
    <message>
        <source>%1 needs a password, and none was given.</source>
        <translation>Mae angen cyfrinair ar %1, ac ni roddwyd un.</translation>
    </message>
    <message>
        <source>%1 is not a table name.</source>
        <translation>Nid yw %1 yn enw tabl.</translation>
    </message>
    <message>
        <source>%1 has no table %2.</source>
        <translation>Nid oes tabl %2 yn %1.</translation>
    </message>
    <message>
        <source>%1 is at schema %2 and %3 at schema %4: open both with this version of Mentor Desk first.</source>
        <translation>Mae %1 ar sgema %2 a %3 ar sgema %4: agorwch y ddau gyda&apos;r fersiwn hon o Mentor Desk yn gyntaf.</translation>
    </message>
    <message>
        <source>%1 already holds staff users or students; Mentor Desk copies only into an empty database. Nothing was changed.</source>
        <translation>Mae %1 eisoes yn cynnwys defnyddwyr staff neu ddisgyblion; dim ond i gronfa ddata wag y mae Mentor Desk yn copïo. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>%1 has no table %2; nothing was changed.</source>
        <translation>Nid oes tabl %2 yn %1; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The table %1 has different columns in %2 and %3; nothing was changed.</source>
        <translation>Mae gan y tabl %1 golofnau gwahanol yn %2 a %3; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Copying %1 failed; nothing was changed. %2</source>
        <translation>Methodd copïo %1; ni newidiwyd dim. %2</translation>
    </message>
    <message>
        <source>After copying, these tables differ between %1 and %2, so nothing was changed: %3</source>
        <translation>Ar ôl copïo, mae&apos;r tablau hyn yn wahanol rhwng %1 a %2, felly ni newidiwyd dim: %3</translation>
    </message>
    <message>
        <source>%1 is not a server address: it should look like postgresql://user@host:5432/database.</source>
        <translation>Nid yw %1 yn gyfeiriad gweinydd: dylai edrych fel postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>The server address is not valid: %1</source>
        <translation>Nid yw cyfeiriad y gweinydd yn ddilys: %1</translation>
    </message>
    <message>
        <source>The server address has no valid port.</source>
        <translation>Nid oes gan gyfeiriad y gweinydd borth dilys.</translation>
    </message>
    <message>
        <source>The server address names no database: add it after the port, as in postgresql://user@host:5432/mentordesk.</source>
        <translation>Nid yw cyfeiriad y gweinydd yn enwi cronfa ddata: ychwanegwch hi ar ôl y porth, fel yn postgresql://user@host:5432/mentordesk.</translation>
    </message>
    <message>
        <source>sslmode %1 is not one of %2.</source>
        <translation>Nid yw sslmode %1 yn un o %2.</translation>
    </message>
    <message>
        <source>The server address has an option Mentor Desk does not know: %1 (only sslmode and user are accepted).</source>
        <translation>Mae gan gyfeiriad y gweinydd opsiwn nad yw Mentor Desk yn ei adnabod: %1 (dim ond sslmode a user a dderbynnir).</translation>
    </message>
    <message>
        <source>Granting the staff roles the updated tables failed; nothing was changed. %1</source>
        <translation>Methodd rhoi&apos;r tablau wedi&apos;u diweddaru i rolau&apos;r staff; ni newidiwyd dim. %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Mentor Desk: the learning-mentor team&apos;s desk.</source>
        <translation>Mentor Desk: desg tîm y mentoriaid dysgu.</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Agor y ffeil cronfa ddata hon.</translation>
    </message>
    <message>
        <source>Generate a fresh demo school and open it.</source>
        <translation>Creu ysgol arddangos newydd a&apos;i hagor.</translation>
    </message>
    <message>
        <source>Students in the demo school (default 720).</source>
        <translation>Disgyblion yn yr ysgol arddangos (rhagosodiad 720).</translation>
    </message>
    <message>
        <source>Demo school</source>
        <translation>Ysgol arddangos</translation>
    </message>
    <message>
        <source>Open the team&apos;s database on a PostgreSQL server (the password is asked for).</source>
        <translation>Agor cronfa ddata&apos;r tîm ar weinydd PostgreSQL (gofynnir am y cyfrinair).</translation>
    </message>
</context>
<context>
    <name>md::AccessMatrix</name>
    <message>
        <source>Supervisor</source>
        <translation>Goruchwyliwr</translation>
    </message>
    <message>
        <source>own courses</source>
        <translation>eu cyrsiau eu hunain</translation>
    </message>
    <message>
        <source>assigned learners</source>
        <translation>dysgwyr a neilltuwyd</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>sefydliad</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>gwrthodir</translation>
    </message>
</context>
<context>
    <name>md::AddMentorFlow</name>
    <message>
        <source>First name</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <source>Teacher reference number (TRN)</source>
        <translation>Cyfeirnod athro (TRN)</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Cyfeiriad e-bost</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <source>Age range</source>
        <translation>Ystod oedran</translation>
    </message>
    <message>
        <source>Key stage</source>
        <translation>Cyfnod allweddol</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Manylion personol</translation>
    </message>
    <message>
        <source>Check your answers</source>
        <translation>Gwirio eich atebion</translation>
    </message>
    <message>
        <source>Primary subject specialism</source>
        <translation>Arbenigedd pwnc cynradd</translation>
    </message>
    <message>
        <source>Secondary subject</source>
        <translation>Pwnc uwchradd</translation>
    </message>
    <message>
        <source>Primary age range</source>
        <translation>Ystod oedran cynradd</translation>
    </message>
    <message>
        <source>Secondary age range</source>
        <translation>Ystod oedran uwchradd</translation>
    </message>
    <message>
        <source>Primary key stage</source>
        <translation>Cyfnod allweddol cynradd</translation>
    </message>
    <message>
        <source>Secondary key stage</source>
        <translation>Cyfnod allweddol uwchradd</translation>
    </message>
</context>
<context>
    <name>md::AllocationService</name>
    <message>
        <source>%1 of %2 students</source>
        <translation>%1 o %2 disgybl</translation>
    </message>
    <message>
        <source> · SEN keyworker %1 of %2</source>
        <translation> · Gweithiwr allweddol AAA %1 o %2</translation>
    </message>
    <message>
        <source> · over capacity</source>
        <translation> · dros y capasiti</translation>
    </message>
    <message>
        <source> · caseload full</source>
        <translation> · llwyth achosion yn llawn</translation>
    </message>
    <message>
        <source>Looked-after child</source>
        <translation>Plentyn sy&apos;n derbyn gofal</translation>
    </message>
    <message>
        <source>EHC plan objectives</source>
        <translation>Amcanion y cynllun EHC</translation>
    </message>
    <message>
        <source>SEMH on the SEN register</source>
        <translation>SEMH ar y gofrestr AAA</translation>
    </message>
    <message>
        <source>Priority flag: %1</source>
        <translation>Baner blaenoriaeth: %1</translation>
    </message>
    <message>
        <source>Date referred</source>
        <translation>Dyddiad atgyfeirio</translation>
    </message>
    <message>
        <source>Lead learning mentor</source>
        <translation>Prif fentor dysgu</translation>
    </message>
    <message>
        <source>Advanced learning mentor</source>
        <translation>Mentor dysgu uwch</translation>
    </message>
    <message>
        <source>Learning mentor</source>
        <translation>Mentor dysgu</translation>
    </message>
    <message>
        <source>Lead mentor (no mentor profile)</source>
        <translation>Prif fentor (dim proffil mentor)</translation>
    </message>
    <message>
        <source>Mentor (no mentor profile)</source>
        <translation>Mentor (dim proffil mentor)</translation>
    </message>
    <message>
        <source>Only an active mentor or the lead mentor can be a keyworker.</source>
        <translation>Dim ond mentor gweithredol neu&apos;r prif fentor all fod yn weithiwr allweddol.</translation>
    </message>
    <message>
        <source>That intervention no longer exists.</source>
        <translation>Nid yw&apos;r ymyriad hwnnw&apos;n bodoli mwyach.</translation>
    </message>
    <message>
        <source>This intervention has concluded, so it no longer needs a keyworker.</source>
        <translation>Mae&apos;r ymyriad hwn wedi dod i ben, felly nid oes angen gweithiwr allweddol arno mwyach.</translation>
    </message>
    <message>
        <source>Only a student on the SEN register can be a high-needs SEN keyworker case.</source>
        <translation>Dim ond disgybl ar y gofrestr AAA all fod yn achos gweithiwr allweddol AAA anghenion uchel.</translation>
    </message>
    <message>
        <source>Give the date the keyworker is allocated.</source>
        <translation>Rhowch y dyddiad y dyrennir y gweithiwr allweddol.</translation>
    </message>
    <message>
        <source>%1 already has %2 of %3 high-needs SEN keyworker places filled. Assigning another over capacity needs an override: give the reason.</source>
        <translation>Mae %1 eisoes wedi llenwi %2 o %3 lle gweithiwr allweddol AAA anghenion uchel. Mae angen diystyru er mwyn neilltuo un arall dros y capasiti: rhowch y rheswm.</translation>
    </message>
    <message>
        <source>%1 already has %2 of %3 caseload places filled. Assigning another student over capacity needs an override: give the reason.</source>
        <translation>Mae %1 eisoes wedi llenwi %2 o %3 lle yn y llwyth achosion. Mae angen diystyru er mwyn neilltuo disgybl arall dros y capasiti: rhowch y rheswm.</translation>
    </message>
    <message>
        <source>%1 is now keyworker for %2 and should contact the parents or carers to explain the intervention.</source>
        <translation>%1 yw gweithiwr allweddol %2 bellach, a dylai gysylltu â&apos;r rhieni neu&apos;r gofalwyr i egluro&apos;r ymyriad.</translation>
    </message>
    <message>
        <source>A caseload capacity must be from 0 to %1, not %2.</source>
        <translation>Rhaid i gapasiti llwyth achosion fod rhwng 0 a %1, nid %2.</translation>
    </message>
    <message>
        <source>High-needs SEN keyworker places must be from 0 to %1, not %2.</source>
        <translation>Rhaid i nifer y lleoedd gweithiwr allweddol AAA anghenion uchel fod rhwng 0 a %1, nid %2.</translation>
    </message>
</context>
<context>
    <name>md::ApprovalQueueModel</name>
    <message>
        <source>The approval queue has no database to read.</source>
        <translation>Nid oes gan y ciw cymeradwyo gronfa ddata i&apos;w darllen.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>Remind</source>
        <translation>Atgoffa</translation>
    </message>
    <message>
        <source>Remind (last sent %1)</source>
        <translation>Atgoffa (anfonwyd ddiwethaf %1)</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cwrs</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Athrawon</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Students assessed</source>
        <translation>Disgyblion a aseswyd</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Nodyn atgoffa</translation>
    </message>
    <message>
        <source>Returned with</source>
        <translation>Dychwelwyd gyda</translation>
    </message>
</context>
<context>
    <name>md::AssessmentCourseModel</name>
    <message>
        <source>The course list has no database to read.</source>
        <translation>Nid oes gan y rhestr cyrsiau gronfa ddata i&apos;w darllen.</translation>
    </message>
    <message>
        <source>%1 is complete: this course is locked.</source>
        <translation>Mae %1 wedi&apos;i gwblhau: mae&apos;r cwrs hwn wedi&apos;i gloi.</translation>
    </message>
    <message>
        <source>No term</source>
        <translation>Dim tymor</translation>
    </message>
    <message>
        <source>%1 (%2 assessed)</source>
        <translation>%1 (%2 wedi&apos;u hasesu)</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cwrs</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Blwyddyn</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Tymor</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Athrawon</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Disgyblion</translation>
    </message>
    <message>
        <source>Grading scale</source>
        <translation>Graddfa raddio</translation>
    </message>
</context>
<context>
    <name>md::AssessmentRosterModel</name>
    <message>
        <source>The assessments have no database to read.</source>
        <translation>Nid oes gan yr asesiadau gronfa ddata i&apos;w darllen.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>UPN</source>
        <translation>UPN</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Gradd</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Sylw</translation>
    </message>
</context>
<context>
    <name>md::AssessmentService</name>
    <message>
        <source>That term no longer exists.</source>
        <translation>Nid yw&apos;r tymor hwnnw&apos;n bodoli mwyach.</translation>
    </message>
    <message>
        <source>There is no term called &quot;%1&quot;.</source>
        <translation>Nid oes tymor o&apos;r enw &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A term needs a name of at most 60 characters.</source>
        <translation>Mae angen enw o 60 nod ar y mwyaf ar dymor.</translation>
    </message>
    <message>
        <source>A term needs a start date on or before its end date.</source>
        <translation>Mae angen dyddiad dechrau ar dymor sydd ar neu cyn ei ddyddiad gorffen.</translation>
    </message>
    <message>
        <source>There is already a term called &quot;%1&quot;.</source>
        <translation>Mae tymor o&apos;r enw &quot;%1&quot; eisoes yn bodoli.</translation>
    </message>
    <message>
        <source>%1 is complete: no course can be added to it.</source>
        <translation>Mae %1 wedi&apos;i gwblhau: nid oes modd ychwanegu cwrs ato.</translation>
    </message>
    <message>
        <source>%1 is complete: its courses stay in it.</source>
        <translation>Mae %1 wedi&apos;i gwblhau: mae ei gyrsiau&apos;n aros ynddo.</translation>
    </message>
    <message>
        <source>That course no longer exists.</source>
        <translation>Nid yw&apos;r cwrs hwnnw&apos;n bodoli mwyach.</translation>
    </message>
    <message>
        <source>Grade &apos;%1&apos; is not allowed: grades are 1 to 20 characters, without &apos;|&apos;.</source>
        <translation>Nid yw&apos;r radd &apos;%1&apos; yn cael ei chaniatáu: mae graddau rhwng 1 ac 20 nod o hyd, heb &apos;|&apos;.</translation>
    </message>
    <message>
        <source>Grade &apos;%1&apos; appears twice in the scale.</source>
        <translation>Mae&apos;r radd &apos;%1&apos; yn ymddangos ddwywaith yn y raddfa.</translation>
    </message>
    <message>
        <source>A grading scale has from 1 to %1 grades.</source>
        <translation>Mae gan raddfa raddio rhwng 1 a %1 gradd.</translation>
    </message>
    <message>
        <source>The course&apos;s grading scale is locked: students have already been assessed on it.</source>
        <translation>Mae graddfa raddio&apos;r cwrs wedi&apos;i chloi: mae disgyblion eisoes wedi&apos;u hasesu arni.</translation>
    </message>
    <message>
        <source>You may only see the assessments of the courses you teach.</source>
        <translation>Dim ond asesiadau&apos;r cyrsiau rydych chi&apos;n eu haddysgu y cewch eu gweld.</translation>
    </message>
    <message>
        <source>%1 is complete: its assessments are locked and nobody may change them.</source>
        <translation>Mae %1 wedi&apos;i gwblhau: mae ei asesiadau wedi&apos;u cloi ac ni chaiff neb eu newid.</translation>
    </message>
    <message>
        <source>You may only assess students on the courses you teach.</source>
        <translation>Dim ond disgyblion ar y cyrsiau rydych chi&apos;n eu haddysgu y cewch eu hasesu.</translation>
    </message>
    <message>
        <source>The course&apos;s assessments are marked complete and wait for the headteacher&apos;s approval: they can be changed again only if the course is returned to you.</source>
        <translation>Mae asesiadau&apos;r cwrs wedi&apos;u marcio&apos;n gyflawn ac yn aros am gymeradwyaeth y pennaeth: dim ond os caiff y cwrs ei ddychwelyd atoch y mae modd eu newid eto.</translation>
    </message>
    <message>
        <source>The course&apos;s assessments are approved: they can no longer be changed.</source>
        <translation>Mae asesiadau&apos;r cwrs wedi&apos;u cymeradwyo: nid oes modd eu newid mwyach.</translation>
    </message>
    <message>
        <source>Grade &apos;%1&apos; is not on the course&apos;s scale (%2).</source>
        <translation>Nid yw&apos;r radd &apos;%1&apos; ar raddfa&apos;r cwrs (%2).</translation>
    </message>
    <message>
        <source>The comment is %1 characters long; the most is %2.</source>
        <translation>Mae&apos;r sylw yn %1 nod o hyd; yr uchafswm yw %2.</translation>
    </message>
    <message>
        <source>That student is not enrolled on the course.</source>
        <translation>Nid yw&apos;r disgybl hwnnw wedi&apos;i gofrestru ar y cwrs.</translation>
    </message>
    <message>
        <source>A course cannot be moved back to that stage.</source>
        <translation>Nid oes modd symud cwrs yn ôl i&apos;r cam hwnnw.</translation>
    </message>
    <message>
        <source>%1 is complete: its assessments are locked.</source>
        <translation>Mae %1 wedi&apos;i gwblhau: mae ei asesiadau wedi&apos;u cloi.</translation>
    </message>
    <message>
        <source>Only a teacher of the course may mark its assessments complete.</source>
        <translation>Dim ond un o athrawon y cwrs gaiff farcio ei asesiadau&apos;n gyflawn.</translation>
    </message>
    <message>
        <source>The course&apos;s assessments are already marked complete.</source>
        <translation>Mae asesiadau&apos;r cwrs eisoes wedi&apos;u marcio&apos;n gyflawn.</translation>
    </message>
    <message>
        <source>The course&apos;s assessments are already approved.</source>
        <translation>Mae asesiadau&apos;r cwrs eisoes wedi&apos;u cymeradwyo.</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) on the course have no grade yet: give every student a grade before marking the assessments complete.</source>
        <translation>
            <numerusform>Nid oes gradd gan %n disgybl ar y cwrs eto: rhowch radd i bob disgybl cyn marcio&apos;r asesiadau&apos;n gyflawn.</numerusform>
            <numerusform>Nid oes gradd gan %n disgybl ar y cwrs eto: rhowch radd i bob disgybl cyn marcio&apos;r asesiadau&apos;n gyflawn.</numerusform>
            <numerusform>Nid oes gradd gan %n disgybl ar y cwrs eto: rhowch radd i bob disgybl cyn marcio&apos;r asesiadau&apos;n gyflawn.</numerusform>
            <numerusform>Nid oes gradd gan %n disgybl ar y cwrs eto: rhowch radd i bob disgybl cyn marcio&apos;r asesiadau&apos;n gyflawn.</numerusform>
            <numerusform>Nid oes gradd gan %n disgybl ar y cwrs eto: rhowch radd i bob disgybl cyn marcio&apos;r asesiadau&apos;n gyflawn.</numerusform>
        </translation>
    </message>
    <message>
        <source>The course has no assessments yet: there is nothing to approve.</source>
        <translation>Nid oes gan y cwrs asesiadau eto: nid oes dim i&apos;w gymeradwyo.</translation>
    </message>
    <message>
        <source>The teacher has not marked the course&apos;s assessments complete yet: approve them once they are complete, or send a reminder.</source>
        <translation>Nid yw&apos;r athro wedi marcio asesiadau&apos;r cwrs yn gyflawn eto: cymeradwywch nhw pan fyddan nhw&apos;n gyflawn, neu anfonwch nodyn atgoffa.</translation>
    </message>
    <message>
        <source>Say why the course goes back to the teacher: the comment is what they will read.</source>
        <translation>Dywedwch pam mae&apos;r cwrs yn mynd yn ôl at yr athro: y sylw yw&apos;r hyn y byddan nhw&apos;n ei ddarllen.</translation>
    </message>
    <message>
        <source>The course&apos;s assessments are already approved: an approved course cannot be returned to the teacher.</source>
        <translation>Mae asesiadau&apos;r cwrs eisoes wedi&apos;u cymeradwyo: nid oes modd dychwelyd cwrs wedi&apos;i gymeradwyo at yr athro.</translation>
    </message>
    <message>
        <source>The course is already back with the teacher.</source>
        <translation>Mae&apos;r cwrs eisoes yn ôl gyda&apos;r athro.</translation>
    </message>
    <message>
        <source>The course is still with the teacher: only assessments marked complete can be returned.</source>
        <translation>Mae&apos;r cwrs yn dal gyda&apos;r athro: dim ond asesiadau sydd wedi&apos;u marcio&apos;n gyflawn y mae modd eu dychwelyd.</translation>
    </message>
    <message>
        <source>Dear colleague,

The assessments for %1 are not yet marked complete for: %2.

Please give every student a grade and mark the course&apos;s assessments complete in Mentor Desk, so that they can be approved before the term is closed.

Thank you.</source>
        <translation>Annwyl gydweithiwr,

Nid yw asesiadau %1 wedi&apos;u marcio&apos;n gyflawn eto ar gyfer: %2.

Rhowch radd i bob disgybl a marciwch asesiadau&apos;r cwrs yn gyflawn yn Mentor Desk, fel bod modd eu cymeradwyo cyn cau&apos;r tymor.

Diolch.</translation>
    </message>
    <message>
        <source>%1 is complete: there is nothing left to remind anyone about.</source>
        <translation>Mae %1 wedi&apos;i gwblhau: nid oes dim ar ôl i atgoffa neb amdano.</translation>
    </message>
    <message>
        <source>Every course of %1 is complete: nobody needs a reminder.</source>
        <translation>Mae pob cwrs yn %1 wedi&apos;i gwblhau: nid oes angen nodyn atgoffa ar neb.</translation>
    </message>
    <message>
        <source>%1 is already complete.</source>
        <translation>Mae %1 eisoes wedi&apos;i gwblhau.</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) of %1 are not approved yet: approve every course before completing the term.</source>
        <translation>
            <numerusform>Nid yw %n cwrs yn %1 wedi&apos;u cymeradwyo eto: cymeradwywch bob cwrs cyn cwblhau&apos;r tymor.</numerusform>
            <numerusform>Nid yw %n cwrs yn %1 wedi&apos;i gymeradwyo eto: cymeradwywch bob cwrs cyn cwblhau&apos;r tymor.</numerusform>
            <numerusform>Nid yw %n cwrs yn %1 wedi&apos;u cymeradwyo eto: cymeradwywch bob cwrs cyn cwblhau&apos;r tymor.</numerusform>
            <numerusform>Nid yw %n cwrs yn %1 wedi&apos;u cymeradwyo eto: cymeradwywch bob cwrs cyn cwblhau&apos;r tymor.</numerusform>
            <numerusform>Nid yw %n cwrs yn %1 wedi&apos;u cymeradwyo eto: cymeradwywch bob cwrs cyn cwblhau&apos;r tymor.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 would overlap %2 (%3 to %4): terms may not overlap.</source>
        <translation>Byddai %1 yn gorgyffwrdd â %2 (%3 i %4): ni chaiff tymhorau orgyffwrdd.</translation>
    </message>
    <message>
        <source>%1 is complete: the term and its assessments are locked.</source>
        <translation>Mae %1 wedi&apos;i gwblhau: mae&apos;r tymor a&apos;i asesiadau wedi&apos;u cloi.</translation>
    </message>
    <message>
        <source>%1 is complete: a completed term stays on record.</source>
        <translation>Mae %1 wedi&apos;i gwblhau: mae tymor sydd wedi&apos;i gwblhau yn aros ar gofnod.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n course(s): move them to another term before deleting it.</source>
        <translation>
            <numerusform>Mae gan %1 %n cwrs: symudwch nhw i dymor arall cyn dileu&apos;r tymor.</numerusform>
            <numerusform>Mae gan %1 %n cwrs: symudwch ef i dymor arall cyn dileu&apos;r tymor.</numerusform>
            <numerusform>Mae gan %1 %n cwrs: symudwch nhw i dymor arall cyn dileu&apos;r tymor.</numerusform>
            <numerusform>Mae gan %1 %n cwrs: symudwch nhw i dymor arall cyn dileu&apos;r tymor.</numerusform>
            <numerusform>Mae gan %1 %n cwrs: symudwch nhw i dymor arall cyn dileu&apos;r tymor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) of %1 are not marked complete by their teachers yet: the workflow needs every course complete before the term is.</source>
        <translation>
            <numerusform>Nid yw %n cwrs yn %1 wedi&apos;u marcio&apos;n gyflawn gan eu hathrawon eto: mae&apos;r llif gwaith yn gofyn i bob cwrs fod yn gyflawn cyn y tymor.</numerusform>
            <numerusform>Nid yw %n cwrs yn %1 wedi&apos;i farcio&apos;n gyflawn gan ei athrawon eto: mae&apos;r llif gwaith yn gofyn i bob cwrs fod yn gyflawn cyn y tymor.</numerusform>
            <numerusform>Nid yw %n cwrs yn %1 wedi&apos;u marcio&apos;n gyflawn gan eu hathrawon eto: mae&apos;r llif gwaith yn gofyn i bob cwrs fod yn gyflawn cyn y tymor.</numerusform>
            <numerusform>Nid yw %n cwrs yn %1 wedi&apos;u marcio&apos;n gyflawn gan eu hathrawon eto: mae&apos;r llif gwaith yn gofyn i bob cwrs fod yn gyflawn cyn y tymor.</numerusform>
            <numerusform>Nid yw %n cwrs yn %1 wedi&apos;u marcio&apos;n gyflawn gan eu hathrawon eto: mae&apos;r llif gwaith yn gofyn i bob cwrs fod yn gyflawn cyn y tymor.</numerusform>
        </translation>
    </message>
    <message>
        <source>That course or student no longer exists.</source>
        <translation>Nid yw&apos;r cwrs na&apos;r myfyriwr hwnnw&apos;n bodoli mwyach.</translation>
    </message>
    <message>
        <source>The assessment of %1 in %2</source>
        <translation>Asesiad %1 yn %2</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Gradd</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Sylw</translation>
    </message>
</context>
<context>
    <name>md::AssessmentTermModel</name>
    <message>
        <source>The term list has no database to read.</source>
        <translation>Nid oes gan y rhestr tymhorau gronfa ddata i&apos;w darllen.</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (cyfredol)</translation>
    </message>
    <message>
        <source>Complete: assessments locked</source>
        <translation>Wedi&apos;i gwblhau: asesiadau wedi&apos;u cloi</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agored</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Tymor</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Diwedd</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cyrsiau</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
</context>
<context>
    <name>md::Assessments</name>
    <message>
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Ar waith</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Cyflawn</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Cymeradwywyd</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Dychwelwyd</translation>
    </message>
</context>
<context>
    <name>md::AssessmentsDemo</name>
    <message>
        <source>Works hard and contributes well in class.</source>
        <translation>Yn gweithio&apos;n galed ac yn cyfrannu&apos;n dda yn y dosbarth.</translation>
    </message>
    <message>
        <source>Good progress this term; keep revising key vocabulary.</source>
        <translation>Cynnydd da y tymor hwn; daliwch ati i adolygu geirfa allweddol.</translation>
    </message>
    <message>
        <source>Needs to complete homework on time to make further progress.</source>
        <translation>Angen cwblhau gwaith cartref mewn pryd i wneud rhagor o gynnydd.</translation>
    </message>
    <message>
        <source>A confident start; now aim for more detail in written answers.</source>
        <translation>Dechrau hyderus; anelwch nawr at fwy o fanylder mewn atebion ysgrifenedig.</translation>
    </message>
    <message>
        <source>Careful, accurate work. Try the extension tasks.</source>
        <translation>Gwaith gofalus a chywir. Rhowch gynnig ar y tasgau estynedig.</translation>
    </message>
    <message>
        <source>Focus in lessons has improved since half term.</source>
        <translation>Mae&apos;r canolbwyntio mewn gwersi wedi gwella ers hanner tymor.</translation>
    </message>
    <message>
        <source>Would benefit from asking for help sooner.</source>
        <translation>Byddai&apos;n elwa o ofyn am help yn gynt.</translation>
    </message>
    <message>
        <source>Excellent effort and a positive attitude to learning.</source>
        <translation>Ymdrech ragorol ac agwedd gadarnhaol at ddysgu.</translation>
    </message>
    <message>
        <source>Several comments are missing: please add one for every student.</source>
        <translation>Mae sawl sylw ar goll: ychwanegwch un ar gyfer pob disgybl.</translation>
    </message>
    <message>
        <source>The grades look high against the mock results: please moderate with your department and resubmit.</source>
        <translation>Mae&apos;r graddau&apos;n edrych yn uchel o&apos;u cymharu â chanlyniadau&apos;r ffug arholiadau: cymedrolwch gyda&apos;ch adran a&apos;u cyflwyno eto.</translation>
    </message>
    <message>
        <source>Autumn %1</source>
        <translation>Hydref %1</translation>
    </message>
    <message>
        <source>Spring %1</source>
        <translation>Gwanwyn %1</translation>
    </message>
    <message>
        <source>Summer %1</source>
        <translation>Haf %1</translation>
    </message>
    <message>
        <source>Greater depth</source>
        <translation>Dyfnder mwy</translation>
    </message>
    <message>
        <source>Secure</source>
        <translation>Sicr</translation>
    </message>
    <message>
        <source>Developing</source>
        <translation>Datblygu</translation>
    </message>
    <message>
        <source>Emerging</source>
        <translation>Dod i&apos;r amlwg</translation>
    </message>
</context>
<context>
    <name>md::AuditLogModel</name>
    <message>
        <source>No student has the UPN %1.</source>
        <translation>Nid oes gan unrhyw ddisgybl yr UPN %1.</translation>
    </message>
    <message>
        <source>Load the audit log before exporting it.</source>
        <translation>Llwythwch y log archwilio cyn ei allforio.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Nid oedd modd ysgrifennu %1: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Gweithred</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Maes</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Hen werth</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Gwerth newydd</translation>
    </message>
</context>
<context>
    <name>md::AuthService</name>
    <message>
        <source>This school already has users: sign in instead.</source>
        <translation>Mae gan yr ysgol hon ddefnyddwyr eisoes: mewngofnodwch yn lle hynny.</translation>
    </message>
    <message>
        <source>The account &apos;%1&apos; has been switched off.</source>
        <translation>Mae&apos;r cyfrif &apos;%1&apos; wedi&apos;i ddiffodd.</translation>
    </message>
    <message>
        <source>The username or password is not right.</source>
        <translation>Nid yw&apos;r enw defnyddiwr neu&apos;r cyfrinair yn gywir.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: try again in %1 seconds.</source>
        <translation>Gormod o gyfrineiriau anghywir: rhowch gynnig arall arni ymhen %1 eiliad.</translation>
    </message>
</context>
<context>
    <name>md::BackupService</name>
    <message>
        <source>The backup could not be written to disk at %1.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r copi wrth gefn i&apos;r ddisg yn %1.</translation>
    </message>
    <message>
        <source>The backup could not be saved as %1: %2</source>
        <translation>Nid oedd modd cadw&apos;r copi wrth gefn fel %1: %2</translation>
    </message>
    <message>
        <source>Backups of a server database are made on the server.</source>
        <translation>Mae copïau wrth gefn o gronfa ddata gweinydd yn cael eu gwneud ar y gweinydd.</translation>
    </message>
    <message>
        <source>A change is in progress; back up when it has finished.</source>
        <translation>Mae newid ar waith; gwnewch gopi wrth gefn pan fydd wedi gorffen.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Nid yw&apos;r ffolder %1 yn bodoli.</translation>
    </message>
    <message>
        <source>The backups folder %1 could not be created.</source>
        <translation>Nid oedd modd creu&apos;r ffolder copïau wrth gefn %1.</translation>
    </message>
    <message>
        <source>%1 is encrypted: give its passphrase to restore it.</source>
        <translation>Mae %1 wedi&apos;i amgryptio: rhowch ei gyfrinymadrodd i&apos;w adfer.</translation>
    </message>
    <message>
        <source>There is no backup file at %1.</source>
        <translation>Nid oes ffeil copi wrth gefn yn %1.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>Nid oedd modd agor %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Mentor Desk backup, or it is damaged.</source>
        <translation>Nid yw %1 yn gopi wrth gefn Mentor Desk, neu mae wedi&apos;i ddifrodi.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2): choose another backup.</source>
        <translation>Mae %1 wedi&apos;i ddifrodi (%2): dewiswch gopi wrth gefn arall.</translation>
    </message>
    <message>
        <source>%1 is not a Mentor Desk backup.</source>
        <translation>Nid yw %1 yn gopi wrth gefn Mentor Desk.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Mentor Desk (schema %2).</source>
        <translation>Gwnaed %1 gan fersiwn fwy diweddar o Mentor Desk (sgema %2).</translation>
    </message>
    <message>
        <source>The current database could not be opened to keep a copy: %1</source>
        <translation>Nid oedd modd agor y gronfa ddata bresennol i gadw copi: %1</translation>
    </message>
    <message>
        <source>The backup could not be copied to %1 (is the disk full?).</source>
        <translation>Nid oedd modd copïo&apos;r copi wrth gefn i %1 (ydy&apos;r ddisg yn llawn?).</translation>
    </message>
    <message>
        <source>The backup could not be started in %1: %2</source>
        <translation>Nid oedd modd dechrau&apos;r copi wrth gefn yn %1: %2</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2</source>
        <translation>Nid oedd modd ysgrifennu&apos;r copi wrth gefn i %1: %2</translation>
    </message>
</context>
<context>
    <name>md::Behaviour</name>
    <message>
        <source>Positive</source>
        <translation>Cadarnhaol</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negyddol</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>Cadw i mewn</translation>
    </message>
    <message>
        <source>Phone call home</source>
        <translation>Galwad ffôn adref</translation>
    </message>
    <message>
        <source>On report</source>
        <translation>Ar adroddiad</translation>
    </message>
    <message>
        <source>Restorative conversation</source>
        <translation>Sgwrs adferol</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Atgyfeiriad</translation>
    </message>
    <message>
        <source>Removed from lesson</source>
        <translation>Wedi&apos;i dynnu o&apos;r wers</translation>
    </message>
    <message>
        <source>Verbal warning</source>
        <translation>Rhybudd llafar</translation>
    </message>
    <message>
        <source>Praise postcard home</source>
        <translation>Cerdyn post canmoliaeth adref</translation>
    </message>
</context>
<context>
    <name>md::BehaviourCategoryModel</name>
    <message>
        <source>The category list has no database to read.</source>
        <translation>Nid oes gan y rhestr categorïau gronfa ddata i&apos;w darllen.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n digwyddiad</numerusform>
            <numerusform>%n digwyddiad</numerusform>
            <numerusform>%n digwyddiad</numerusform>
            <numerusform>%n digwyddiad</numerusform>
            <numerusform>%n digwyddiad</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Gweithredol</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Allan o ddefnydd</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Default points</source>
        <translation>Pwyntiau rhagosodedig</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Defnyddir gan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
</context>
<context>
    <name>md::BehaviourCategoryService</name>
    <message>
        <source>A behaviour category needs a name.</source>
        <translation>Mae angen enw ar gategori ymddygiad.</translation>
    </message>
    <message>
        <source>A category&apos;s name may be at most %1 characters long.</source>
        <translation>Gall enw categori fod hyd at %1 nod o hyd.</translation>
    </message>
    <message>
        <source>Default %1.</source>
        <translation>Rhagosodiad %1.</translation>
    </message>
    <message>
        <source>That behaviour category no longer exists.</source>
        <translation>Nid yw&apos;r categori ymddygiad hwnnw&apos;n bodoli mwyach.</translation>
    </message>
    <message>
        <source>There is already a behaviour category called &quot;%1&quot;.</source>
        <translation>Mae categori ymddygiad o&apos;r enw &quot;%1&quot; eisoes yn bodoli.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is used by %n event(s): its type cannot change. Retire it and add a new category instead.</source>
        <translation>
            <numerusform>Mae &quot;%1&quot; yn cael ei ddefnyddio gan %n digwyddiad: nid oes modd newid ei fath. Tynnwch ef o ddefnydd ac ychwanegwch gategori newydd yn lle hynny.</numerusform>
            <numerusform>Mae &quot;%1&quot; yn cael ei ddefnyddio gan %n digwyddiad: nid oes modd newid ei fath. Tynnwch ef o ddefnydd ac ychwanegwch gategori newydd yn lle hynny.</numerusform>
            <numerusform>Mae &quot;%1&quot; yn cael ei ddefnyddio gan %n digwyddiad: nid oes modd newid ei fath. Tynnwch ef o ddefnydd ac ychwanegwch gategori newydd yn lle hynny.</numerusform>
            <numerusform>Mae &quot;%1&quot; yn cael ei ddefnyddio gan %n digwyddiad: nid oes modd newid ei fath. Tynnwch ef o ddefnydd ac ychwanegwch gategori newydd yn lle hynny.</numerusform>
            <numerusform>Mae &quot;%1&quot; yn cael ei ddefnyddio gan %n digwyddiad: nid oes modd newid ei fath. Tynnwch ef o ddefnydd ac ychwanegwch gategori newydd yn lle hynny.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in use for new events.</source>
        <translation>Mae &quot;%1&quot; eisoes yn cael ei ddefnyddio ar gyfer digwyddiadau newydd.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already retired.</source>
        <translation>Mae &quot;%1&quot; eisoes allan o ddefnydd.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is used by %n event(s): retire it instead, so those events keep their category.</source>
        <translation>
            <numerusform>Mae &quot;%1&quot; yn cael ei ddefnyddio gan %n digwyddiad: tynnwch ef o ddefnydd yn lle hynny, fel bod y digwyddiadau hynny&apos;n cadw eu categori.</numerusform>
            <numerusform>Mae &quot;%1&quot; yn cael ei ddefnyddio gan %n digwyddiad: tynnwch ef o ddefnydd yn lle hynny, fel bod y digwyddiad hwnnw&apos;n cadw ei gategori.</numerusform>
            <numerusform>Mae &quot;%1&quot; yn cael ei ddefnyddio gan %n digwyddiad: tynnwch ef o ddefnydd yn lle hynny, fel bod y digwyddiadau hynny&apos;n cadw eu categori.</numerusform>
            <numerusform>Mae &quot;%1&quot; yn cael ei ddefnyddio gan %n digwyddiad: tynnwch ef o ddefnydd yn lle hynny, fel bod y digwyddiadau hynny&apos;n cadw eu categori.</numerusform>
            <numerusform>Mae &quot;%1&quot; yn cael ei ddefnyddio gan %n digwyddiad: tynnwch ef o ddefnydd yn lle hynny, fel bod y digwyddiadau hynny&apos;n cadw eu categori.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::BehaviourDemo</name>
    <message>
        <source>Excellent work</source>
        <translation>Gwaith rhagorol</translation>
    </message>
    <message>
        <source>Outstanding piece of classwork.</source>
        <translation>Darn rhagorol o waith dosbarth.</translation>
    </message>
    <message>
        <source>Best answer in the class today.</source>
        <translation>Yr ateb gorau yn y dosbarth heddiw.</translation>
    </message>
    <message>
        <source>Work displayed on the classroom wall.</source>
        <translation>Gwaith wedi&apos;i arddangos ar wal yr ystafell ddosbarth.</translation>
    </message>
    <message>
        <source>Effort in lesson</source>
        <translation>Ymdrech yn y wers</translation>
    </message>
    <message>
        <source>Kept going with a difficult task.</source>
        <translation>Dal ati gyda thasg anodd.</translation>
    </message>
    <message>
        <source>Asked good questions all lesson.</source>
        <translation>Gofyn cwestiynau da drwy&apos;r wers.</translation>
    </message>
    <message>
        <source>Finished the extension task.</source>
        <translation>Gorffen y dasg estynedig.</translation>
    </message>
    <message>
        <source>Helping others</source>
        <translation>Helpu eraill</translation>
    </message>
    <message>
        <source>Helped a classmate who was stuck.</source>
        <translation>Helpu cyd-ddisgybl a oedd yn cael trafferth.</translation>
    </message>
    <message>
        <source>Tidied the room without being asked.</source>
        <translation>Tacluso&apos;r ystafell heb i neb ofyn.</translation>
    </message>
    <message>
        <source>Looked after a new student at lunch.</source>
        <translation>Gofalu am ddisgybl newydd amser cinio.</translation>
    </message>
    <message>
        <source>Outstanding homework</source>
        <translation>Gwaith cartref rhagorol</translation>
    </message>
    <message>
        <source>Homework well above the expected standard.</source>
        <translation>Gwaith cartref ymhell uwchlaw&apos;r safon ddisgwyliedig.</translation>
    </message>
    <message>
        <source>Extra research done at home.</source>
        <translation>Gwneud ymchwil ychwanegol gartref.</translation>
    </message>
    <message>
        <source>Beautifully presented homework.</source>
        <translation>Gwaith cartref wedi&apos;i gyflwyno&apos;n hyfryd.</translation>
    </message>
    <message>
        <source>Low-level disruption</source>
        <translation>Aflonyddu lefel isel</translation>
    </message>
    <message>
        <source>Talking over the teacher after two warnings.</source>
        <translation>Siarad dros yr athro ar ôl dau rybudd.</translation>
    </message>
    <message>
        <source>Distracting others during the starter.</source>
        <translation>Tynnu sylw eraill yn ystod y gweithgaredd cychwynnol.</translation>
    </message>
    <message>
        <source>Out of seat repeatedly.</source>
        <translation>Gadael ei sedd dro ar ôl tro.</translation>
    </message>
    <message>
        <source>Lateness to lesson</source>
        <translation>Hwyr i&apos;r wers</translation>
    </message>
    <message>
        <source>Arrived ten minutes late without a note.</source>
        <translation>Cyrraedd ddeg munud yn hwyr heb nodyn.</translation>
    </message>
    <message>
        <source>Late back from break.</source>
        <translation>Hwyr yn dod yn ôl o&apos;r egwyl.</translation>
    </message>
    <message>
        <source>Late for the third time this week.</source>
        <translation>Hwyr am y trydydd tro&apos;r wythnos hon.</translation>
    </message>
    <message>
        <source>No homework</source>
        <translation>Dim gwaith cartref</translation>
    </message>
    <message>
        <source>Homework not handed in.</source>
        <translation>Heb gyflwyno gwaith cartref.</translation>
    </message>
    <message>
        <source>Homework incomplete again.</source>
        <translation>Gwaith cartref yn anghyflawn unwaith eto.</translation>
    </message>
    <message>
        <source>No equipment and no homework.</source>
        <translation>Dim offer a dim gwaith cartref.</translation>
    </message>
    <message>
        <source>Defiance</source>
        <translation>Herio</translation>
    </message>
    <message>
        <source>Refused to follow a reasonable instruction.</source>
        <translation>Gwrthod dilyn cyfarwyddyd rhesymol.</translation>
    </message>
    <message>
        <source>Refused to move seats when asked.</source>
        <translation>Gwrthod symud sedd pan ofynnwyd.</translation>
    </message>
    <message>
        <source>Walked out of the lesson.</source>
        <translation>Cerdded allan o&apos;r wers.</translation>
    </message>
    <message>
        <source>Unkind language</source>
        <translation>Iaith angharedig</translation>
    </message>
    <message>
        <source>Unkind comments to another student.</source>
        <translation>Sylwadau angharedig wrth ddisgybl arall.</translation>
    </message>
    <message>
        <source>Swearing in the corridor.</source>
        <translation>Rhegi yn y coridor.</translation>
    </message>
    <message>
        <source>Name-calling at lunch.</source>
        <translation>Galw enwau amser cinio.</translation>
    </message>
    <message>
        <source>Truancy from lesson</source>
        <translation>Triwanta o&apos;r wers</translation>
    </message>
    <message>
        <source>Found in the toilets during the lesson.</source>
        <translation>Yn y toiledau yn ystod y wers.</translation>
    </message>
    <message>
        <source>Did not arrive at the lesson; seen on site.</source>
        <translation>Heb gyrraedd y wers; fe&apos;i gwelwyd ar safle&apos;r ysgol.</translation>
    </message>
    <message>
        <source>Left the lesson and did not return.</source>
        <translation>Gadael y wers a pheidio â dychwelyd.</translation>
    </message>
    <message>
        <source>Fighting</source>
        <translation>Ymladd</translation>
    </message>
    <message>
        <source>Involved in a fight on the field.</source>
        <translation>Yn rhan o ymladdfa ar y cae.</translation>
    </message>
    <message>
        <source>Pushing and shoving that became a fight.</source>
        <translation>Gwthio a hwpo a drodd yn ymladdfa.</translation>
    </message>
    <message>
        <source>Fight at the end of the day.</source>
        <translation>Ymladdfa ar ddiwedd y dydd.</translation>
    </message>
    <message>
        <source>Corridor</source>
        <translation>Coridor</translation>
    </message>
    <message>
        <source>Canteen</source>
        <translation>Ffreutur</translation>
    </message>
    <message>
        <source>Playground</source>
        <translation>Iard chwarae</translation>
    </message>
    <message>
        <source>Tutor time</source>
        <translation>Amser tiwtor</translation>
    </message>
    <message>
        <source>Assembly</source>
        <translation>Gwasanaeth</translation>
    </message>
    <message>
        <source>School gate</source>
        <translation>Giât yr ysgol</translation>
    </message>
    <message>
        <source>Verbal warning</source>
        <translation>Rhybudd llafar</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>Cadw i mewn</translation>
    </message>
    <message>
        <source>Phone call home</source>
        <translation>Galwad ffôn adref</translation>
    </message>
    <message>
        <source>Restorative conversation</source>
        <translation>Sgwrs adferol</translation>
    </message>
    <message>
        <source>On report</source>
        <translation>Ar adroddiad</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Atgyfeiriad</translation>
    </message>
    <message>
        <source>Praise postcard home</source>
        <translation>Cerdyn post canmoliaeth adref</translation>
    </message>
</context>
<context>
    <name>md::BehaviourEventModel</name>
    <message>
        <source>The behaviour log has no database to read.</source>
        <translation>Nid oes gan y log ymddygiad gronfa ddata i&apos;w darllen.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>Course or place</source>
        <translation>Cwrs neu le</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pwyntiau</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Camau a gymerwyd</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Cofnodwyd gan</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
</context>
<context>
    <name>md::BehaviourImporter</name>
    <message>
        <source>%1: %2; nothing was imported.</source>
        <translation>%1: %2; ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>Nid oedd modd agor %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: its first line must name the columns (UPN, Date, Time, Category, Points, Course, Place, Description, Action taken, Recorded by); nothing was imported.</source>
        <translation>Mae %1 yn wag: rhaid i&apos;w llinell gyntaf enwi&apos;r colofnau (UPN, Date, Time, Category, Points, Course, Place, Description, Action taken, Recorded by); ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>the header row (line %1) has more than one column named &quot;%2&quot;</source>
        <translation>mae gan y rhes bennawd (llinell %1) fwy nag un golofn o&apos;r enw &quot;%2&quot;</translation>
    </message>
    <message>
        <source>line %1: it has %2 fields but the header row has %3 (is a comma or quote missing?)</source>
        <translation>llinell %1: mae ganddi %2 maes ond mae gan y rhes bennawd %3 (oes coma neu ddyfynnod ar goll?)</translation>
    </message>
    <message>
        <source>%1 is blank</source>
        <translation>mae %1 yn wag</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a student on the school&apos;s roll (import the students first)</source>
        <translation>nid yw %1 &apos;%2&apos; yn ddisgybl ar gofrestr yr ysgol (mewnforiwch y disgyblion yn gyntaf)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a date (write yyyy-mm-dd or dd/mm/yyyy, a time may follow)</source>
        <translation>nid yw %1 &apos;%2&apos; yn ddyddiad (ysgrifennwch yyyy-mm-dd neu dd/mm/yyyy; gall amser ddilyn)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is in the future</source>
        <translation>mae %1 &apos;%2&apos; yn y dyfodol</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a time of day (write hh:mm, 24-hour)</source>
        <translation>nid yw %1 &apos;%2&apos; yn amser o&apos;r dydd (ysgrifennwch hh:mm, cloc 24 awr)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not one of the school&apos;s behaviour categories (%3)</source>
        <translation>nid yw %1 &apos;%2&apos; yn un o gategorïau ymddygiad yr ysgol (%3)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a whole number</source>
        <translation>nid yw %1 &apos;%2&apos; yn rhif cyfan</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: %3</source>
        <translation>%1 &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a course of the school</source>
        <translation>nid yw %1 &apos;%2&apos; yn un o gyrsiau&apos;r ysgol</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the most is %3</source>
        <translation>mae %1 yn %2 nod o hyd; yr uchafswm yw %3</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a staff user&apos;s username or email</source>
        <translation>nid yw %1 &apos;%2&apos; yn enw defnyddiwr nac yn gyfeiriad e-bost defnyddiwr staff</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>llinell %1: %2</translation>
    </message>
    <message>
        <source>… and %1 more lines with problems</source>
        <translation>… a %1 llinell arall â phroblemau</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) have problems; nothing was imported.</source>
        <translation>
            <numerusform>%1: mae problemau mewn %n rhes; ni fewnforiwyd dim.</numerusform>
            <numerusform>%1: mae problemau mewn %n rhes; ni fewnforiwyd dim.</numerusform>
            <numerusform>%1: mae problemau mewn %n rhes; ni fewnforiwyd dim.</numerusform>
            <numerusform>%1: mae problemau mewn %n rhes; ni fewnforiwyd dim.</numerusform>
            <numerusform>%1: mae problemau mewn %n rhes; ni fewnforiwyd dim.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the database refused a row, so nothing was imported. %2</source>
        <translation>%1: gwrthododd y gronfa ddata res, felly ni fewnforiwyd dim. %2</translation>
    </message>
    <message>
        <source>%1: the database refused the import, so nothing was imported. %2</source>
        <translation>%1: gwrthododd y gronfa ddata y mewnforio, felly ni fewnforiwyd dim. %2</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not between the years %3 and %4; check the year</source>
        <translation>Nid yw %1 &apos;%2&apos; rhwng y blynyddoedd %3 a %4; gwiriwch y flwyddyn</translation>
    </message>
</context>
<context>
    <name>md::BehaviourStore</name>
    <message>
        <source>points %1 are out of range (from -%2 to %2)</source>
        <translation>mae&apos;r pwyntiau %1 y tu allan i&apos;r ystod (o -%2 i %2)</translation>
    </message>
    <message>
        <source>points %1 are below zero, but &quot;%2&quot; is a positive category</source>
        <translation>mae&apos;r pwyntiau %1 yn is na sero, ond mae &quot;%2&quot; yn gategori cadarnhaol</translation>
    </message>
    <message>
        <source>points %1 are above zero, but &quot;%2&quot; is a negative category (write them as -%1)</source>
        <translation>mae&apos;r pwyntiau %1 yn uwch na sero, ond mae &quot;%2&quot; yn gategori negyddol (ysgrifennwch nhw fel -%1)</translation>
    </message>
    <message>
        <source>There is already a behaviour category called &quot;%1&quot;.</source>
        <translation>Mae categori ymddygiad o&apos;r enw &quot;%1&quot; eisoes yn bodoli.</translation>
    </message>
    <message>
        <source>Choose at least one student involved.</source>
        <translation>Dewiswch o leiaf un disgybl a oedd yn rhan o&apos;r digwyddiad.</translation>
    </message>
    <message>
        <source>Give the date and time the incident happened.</source>
        <translation>Rhowch y dyddiad a&apos;r amser y digwyddodd y digwyddiad.</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>Mae&apos;r dyddiad %1 yn y dyfodol.</translation>
    </message>
    <message>
        <source>The description is %1 characters long; the most is %2.</source>
        <translation>Mae&apos;r disgrifiad yn %1 nod o hyd; yr uchafswm yw %2.</translation>
    </message>
    <message>
        <source>The place and the action taken may be at most %1 characters long.</source>
        <translation>Gall y lle a&apos;r camau a gymerwyd fod hyd at %1 nod o hyd.</translation>
    </message>
    <message>
        <source>Choose a behaviour category.</source>
        <translation>Dewiswch gategori ymddygiad.</translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; is no longer in use.</source>
        <translation>Nid yw&apos;r categori &quot;%1&quot; yn cael ei ddefnyddio mwyach.</translation>
    </message>
    <message>
        <source>The %1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>The course chosen no longer exists.</source>
        <translation>Nid yw&apos;r cwrs a ddewiswyd yn bodoli mwyach.</translation>
    </message>
    <message>
        <source>That behaviour event no longer exists.</source>
        <translation>Nid yw&apos;r digwyddiad ymddygiad hwnnw&apos;n bodoli mwyach.</translation>
    </message>
    <message>
        <source>Only the person who recorded an event, the headteacher or the lead mentor may delete it.</source>
        <translation>Dim ond y sawl a gofnododd ddigwyddiad, y pennaeth neu&apos;r prif fentor gaiff ei ddileu.</translation>
    </message>
    <message>
        <source>That behaviour event was not deleted: there is nothing to undo.</source>
        <translation>Ni ddilëwyd y digwyddiad ymddygiad hwnnw: nid oes dim i&apos;w ddadwneud.</translation>
    </message>
    <message>
        <source>Only the person who deleted a behaviour event may undo the deletion.</source>
        <translation>Dim ond y person a ddileodd ddigwyddiad ymddygiad gaiff ddadwneud y dileu.</translation>
    </message>
    <message>
        <source>The event&apos;s category &quot;%1&quot; has been deleted since: the event cannot be put back.</source>
        <translation>Mae categori&apos;r digwyddiad, &quot;%1&quot;, wedi&apos;i ddileu ers hynny: nid oes modd rhoi&apos;r digwyddiad yn ôl.</translation>
    </message>
</context>
<context>
    <name>md::BehaviourTotalsModel</name>
    <message>
        <source>The behaviour totals have no database to read.</source>
        <translation>Nid oes gan y cyfansymiau ymddygiad gronfa ddata i&apos;w darllen.</translation>
    </message>
    <message>
        <source>w/c %1</source>
        <translation>w/d %1</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Wythnos</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Digwyddiadau</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Cadarnhaol</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negyddol</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
</context>
<context>
    <name>md::BellSchedule</name>
    <message>
        <source>Period %1</source>
        <translation>Gwers %1</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>Period 1</source>
        <translation>Gwers 1</translation>
    </message>
    <message>
        <source>Period 2</source>
        <translation>Gwers 2</translation>
    </message>
    <message>
        <source>Period 3</source>
        <translation>Gwers 3</translation>
    </message>
    <message>
        <source>Period 4</source>
        <translation>Gwers 4</translation>
    </message>
    <message>
        <source>Period 5</source>
        <translation>Gwers 5</translation>
    </message>
</context>
<context>
    <name>md::CalendarImporter</name>
    <message>
        <source>%1: %2; the calendar was not changed.</source>
        <translation>%1: %2; ni newidiwyd y calendr.</translation>
    </message>
    <message>
        <source>%1 is empty: its first line must name the columns Kind, Name, Start, End.</source>
        <translation>Mae %1 yn wag: rhaid i&apos;w linell gyntaf enwi&apos;r colofnau Kind, Name, Start, End.</translation>
    </message>
    <message>
        <source>Kind &apos;%1&apos; is not term, half_term, holiday or assessment_week</source>
        <translation>Nid yw Kind &apos;%1&apos; yn term, half_term, holiday nac assessment_week</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a date</source>
        <translation>Nid yw %1 &apos;%2&apos; yn ddyddiad</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not between the years %3 and %4; check the year</source>
        <translation>Nid yw %1 &apos;%2&apos; rhwng y blynyddoedd %3 a %4; gwiriwch y flwyddyn</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>llinell %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows have problems; the calendar was not changed.</source>
        <translation>
            <numerusform>%1: mae problemau gyda %n rhes; ni newidiwyd y calendr.</numerusform>
            <numerusform>%1: mae problem gyda %n rhes; ni newidiwyd y calendr.</numerusform>
            <numerusform>%1: mae problemau gyda %n rhes; ni newidiwyd y calendr.</numerusform>
            <numerusform>%1: mae problemau gyda %n rhes; ni newidiwyd y calendr.</numerusform>
            <numerusform>%1: mae problemau gyda %n rhes; ni newidiwyd y calendr.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::CalendarStore</name>
    <message>
        <source>the name is blank</source>
        <translation>mae&apos;r enw&apos;n wag</translation>
    </message>
    <message>
        <source>the name is longer than %1 characters</source>
        <translation>mae&apos;r enw&apos;n hirach na %1 nod</translation>
    </message>
    <message>
        <source>it needs a first and a last day</source>
        <translation>mae angen diwrnod cyntaf a diwrnod olaf</translation>
    </message>
    <message>
        <source>it ends (%1) before it starts (%2)</source>
        <translation>mae&apos;n gorffen (%1) cyn iddo ddechrau (%2)</translation>
    </message>
    <message>
        <source>it is longer than a school year</source>
        <translation>mae&apos;n hirach na blwyddyn ysgol</translation>
    </message>
    <message>
        <source>This calendar entry cannot be saved: %1.</source>
        <translation>Nid oes modd cadw&apos;r cofnod calendr hwn: %1.</translation>
    </message>
    <message>
        <source>That calendar entry no longer exists.</source>
        <translation>Nid yw&apos;r cofnod calendr hwnnw&apos;n bodoli mwyach.</translation>
    </message>
    <message>
        <source>entry %1 (%2): %3</source>
        <translation>cofnod %1 (%2): %3</translation>
    </message>
    <message>
        <source>The calendar was not changed: 1 entry has a problem.</source>
        <translation>Ni newidiwyd y calendr: mae problem gydag 1 cofnod.</translation>
    </message>
    <message>
        <source>The calendar was not changed: %1 entries have problems.</source>
        <translation>Ni newidiwyd y calendr: mae problemau gyda %1 cofnod.</translation>
    </message>
</context>
<context>
    <name>md::CaseStore</name>
    <message>
        <source>This student has no mentor and no open mentoring case: the lead mentor assigns a mentor first.</source>
        <translation>Nid oes gan y disgybl hwn fentor nac achos mentora agored: mae&apos;r prif fentor yn neilltuo mentor yn gyntaf.</translation>
    </message>
    <message>
        <source>The action plan is longer than %1 characters.</source>
        <translation>Mae&apos;r cynllun gweithredu yn hirach na %1 nod.</translation>
    </message>
    <message>
        <source>The review date (%1) is before mentoring started (%2).</source>
        <translation>Mae&apos;r dyddiad adolygu (%1) cyn i&apos;r mentora ddechrau (%2).</translation>
    </message>
    <message>
        <source>Write the objective before saving it.</source>
        <translation>Ysgrifennwch yr amcan cyn ei gadw.</translation>
    </message>
    <message>
        <source>The objective is longer than %1 characters.</source>
        <translation>Mae&apos;r amcan yn hirach na %1 nod.</translation>
    </message>
    <message>
        <source>The objective needs the date it was set.</source>
        <translation>Mae angen y dyddiad y gosodwyd yr amcan.</translation>
    </message>
    <message>
        <source>The plan already has %1 active objectives, the most it holds. Mark one achieved or withdrawn first.</source>
        <translation>Mae gan y cynllun %1 amcan gweithredol eisoes, sef yr uchafswm. Marciwch un wedi&apos;i gyflawni neu wedi&apos;i dynnu&apos;n ôl yn gyntaf.</translation>
    </message>
    <message>
        <source>That objective no longer exists.</source>
        <translation>Nid yw&apos;r amcan hwnnw&apos;n bodoli mwyach.</translation>
    </message>
    <message>
        <source>The action plan</source>
        <translation>y cynllun gweithredu</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Adolygu erbyn</translation>
    </message>
</context>
<context>
    <name>md::CaseloadDashboard</name>
    <message>
        <source>You may only see your own caseload&apos;s expectations.</source>
        <translation>Dim ond disgwyliadau eich llwyth achosion eich hun y cewch eu gweld.</translation>
    </message>
    <message>
        <source>This student is not on a mentor&apos;s caseload.</source>
        <translation>Nid yw&apos;r disgybl hwn ar lwyth achosion mentor.</translation>
    </message>
</context>
<context>
    <name>md::CaseloadModel</name>
    <message>
        <source>All 5 done</source>
        <translation>Pob un o&apos;r 5 wedi&apos;u gwneud</translation>
    </message>
    <message>
        <source>None overdue</source>
        <translation>Dim un yn hwyr</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 yn hwyr</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Five steps</source>
        <translation>Pum cam</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
</context>
<context>
    <name>md::CaseloadPolicy</name>
    <message>
        <source>Initial parent meeting</source>
        <translation>Cyfarfod cyntaf â&apos;r rhiant</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>Gwiriad dyddiol</translation>
    </message>
    <message>
        <source>Weekly 1:1</source>
        <translation>1:1 wythnosol</translation>
    </message>
    <message>
        <source>Log updated after 1:1</source>
        <translation>Log wedi&apos;i ddiweddaru ar ôl 1:1</translation>
    </message>
    <message>
        <source>Parent contact (fortnightly)</source>
        <translation>Cyswllt â rhieni (bob pythefnos)</translation>
    </message>
    <message>
        <source>Teacher or agency contact (twice a term)</source>
        <translation>Cyswllt ag athro neu asiantaeth (ddwywaith y tymor)</translation>
    </message>
    <message>
        <source>Progress update to lead (fortnightly)</source>
        <translation>Diweddariad cynnydd i&apos;r prif fentor (bob pythefnos)</translation>
    </message>
    <message>
        <source>Termly report to DoL</source>
        <translation>Adroddiad tymhorol i&apos;r Cyfarwyddwr Dysgu</translation>
    </message>
    <message>
        <source>1 school day</source>
        <translation>1 diwrnod ysgol</translation>
    </message>
    <message>
        <source>%1 school days</source>
        <translation>%1 diwrnod ysgol</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 diwrnod</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 diwrnod</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 wythnos</translation>
    </message>
    <message>
        <source>Overdue %1</source>
        <translation>Yn hwyr %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>I&apos;w wneud heddiw</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>I&apos;w wneud erbyn %1</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Gwnaed %1</translation>
    </message>
    <message>
        <source>Met the parent or carer on %1.</source>
        <translation>Cyfarfod â&apos;r rhiant neu&apos;r gofalwr ar %1.</translation>
    </message>
    <message>
        <source>Not on a caseload</source>
        <translation>Ddim ar lwyth achosion</translation>
    </message>
    <message>
        <source>Mentoring started on %1; the first meeting with the parent or carer is due within %2 days.</source>
        <translation>Dechreuodd y mentora ar %1; mae&apos;r cyfarfod cyntaf â&apos;r rhiant neu&apos;r gofalwr i&apos;w gynnal o fewn %2 diwrnod.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <source>Checked in today</source>
        <translation>Gwiriad wedi&apos;i gynnal heddiw</translation>
    </message>
    <message>
        <source>Last check-in %1.</source>
        <translation>Gwiriad diwethaf %1.</translation>
    </message>
    <message>
        <source>No check-in since mentoring started on %1.</source>
        <translation>Dim gwiriad ers i&apos;r mentora ddechrau ar %1.</translation>
    </message>
    <message>
        <source>From the next school day</source>
        <translation>O&apos;r diwrnod ysgol nesaf</translation>
    </message>
    <message>
        <source>No 1:1 was held in the week of %1.</source>
        <translation>Ni chynhaliwyd 1:1 yn wythnos %1.</translation>
    </message>
    <message>
        <source>From the week of %1</source>
        <translation>O wythnos %1</translation>
    </message>
    <message>
        <source>None this week</source>
        <translation>Dim un yr wythnos hon</translation>
    </message>
    <message>
        <source>No 1:1 is expected this week (an assessment week or a holiday).</source>
        <translation>Nid oes disgwyl 1:1 yr wythnos hon (wythnos asesu neu wyliau).</translation>
    </message>
    <message>
        <source>Booked %1</source>
        <translation>Wedi&apos;i drefnu %1</translation>
    </message>
    <message>
        <source>No 1:1 held yet</source>
        <translation>Dim 1:1 wedi&apos;i gynnal eto</translation>
    </message>
    <message>
        <source>1 session not yet written up in the log.</source>
        <translation>1 sesiwn heb ei chofnodi yn y log eto.</translation>
    </message>
    <message>
        <source>%1 sessions not yet written up in the log.</source>
        <translation>%1 sesiwn heb eu cofnodi yn y log eto.</translation>
    </message>
    <message>
        <source>Last %1 on %2; the next is due by %3.</source>
        <translation>Diwethaf: %1 ar %2; mae&apos;r nesaf i&apos;w wneud erbyn %3.</translation>
    </message>
    <message>
        <source>No %1 since mentoring started on %2.</source>
        <translation>Dim %1 ers i&apos;r mentora ddechrau ar %2.</translation>
    </message>
    <message>
        <source>Done %1 · next by %2</source>
        <translation>Gwnaed %1 · nesaf erbyn %2</translation>
    </message>
    <message>
        <source>contact with a parent or carer</source>
        <translation>cyswllt â rhiant neu ofalwr</translation>
    </message>
    <message>
        <source>progress update to the lead mentor</source>
        <translation>diweddariad cynnydd i&apos;r prif fentor</translation>
    </message>
    <message>
        <source>Not this term</source>
        <translation>Ddim y tymor hwn</translation>
    </message>
    <message>
        <source>%1 of %2 contacts with teachers or agencies made in %3.</source>
        <translation>%1 o %2 cyswllt ag athrawon neu asiantaethau wedi&apos;u gwneud yn %3.</translation>
    </message>
    <message>
        <source>The report on %1 is due to the director of learning by %2.</source>
        <translation>Mae&apos;r adroddiad ar %1 i&apos;w gyflwyno i&apos;r cyfarwyddwr dysgu erbyn %2.</translation>
    </message>
</context>
<context>
    <name>md::CourseCatalogue</name>
    <message>
        <source>GCSE 9 to 1</source>
        <translation>TGAU 9 i 1</translation>
    </message>
    <message>
        <source>A* to E</source>
        <translation>A* i E</translation>
    </message>
    <message>
        <source>Greater depth to emerging</source>
        <translation>Dyfnder mwy i Ddod i&apos;r amlwg</translation>
    </message>
    <message>
        <source>Greater depth</source>
        <translation>Dyfnder mwy</translation>
    </message>
    <message>
        <source>Secure</source>
        <translation>Sicr</translation>
    </message>
    <message>
        <source>Developing</source>
        <translation>Datblygu</translation>
    </message>
    <message>
        <source>Emerging</source>
        <translation>Dod i&apos;r amlwg</translation>
    </message>
    <message>
        <source>Distinction to pass</source>
        <translation>Rhagoriaeth i Lwyddo</translation>
    </message>
    <message>
        <source>Distinction</source>
        <translation>Rhagoriaeth</translation>
    </message>
    <message>
        <source>Merit</source>
        <translation>Teilyngdod</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Llwyddo</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ddim eto</translation>
    </message>
    <message>
        <source>That course no longer exists.</source>
        <translation>Nid yw&apos;r cwrs hwnnw&apos;n bodoli mwyach.</translation>
    </message>
    <message>
        <source>A course needs a name.</source>
        <translation>Mae angen enw ar gwrs.</translation>
    </message>
    <message>
        <source>A course&apos;s name and subject may be at most %1 characters long.</source>
        <translation>Gall enw a phwnc cwrs fod hyd at %1 nod o hyd.</translation>
    </message>
    <message>
        <source>Year group %1 is out of range (from 1 to 14, or none).</source>
        <translation>Mae grŵp blwyddyn %1 y tu allan i&apos;r ystod (o 1 i 14, neu ddim).</translation>
    </message>
    <message>
        <source>%1 is complete: its courses and their assessments are locked and nobody may change them.</source>
        <translation>Mae %1 wedi&apos;i gwblhau: mae ei gyrsiau a&apos;u hasesiadau wedi&apos;u cloi ac ni chaiff neb eu newid.</translation>
    </message>
    <message>
        <source>%1 is complete: no course can be added to it.</source>
        <translation>Mae %1 wedi&apos;i gwblhau: nid oes modd ychwanegu cwrs ato.</translation>
    </message>
    <message>
        <source>There is already a course called &quot;%1&quot; in that term.</source>
        <translation>Mae cwrs o&apos;r enw &quot;%1&quot; eisoes yn y tymor hwnnw.</translation>
    </message>
    <message>
        <source>Students have been assessed on %1 in %2: the course stays in that term.</source>
        <translation>Mae disgyblion wedi&apos;u hasesu ar %1 yn %2: mae&apos;r cwrs yn aros yn y tymor hwnnw.</translation>
    </message>
    <message>
        <source>One of the chosen teachers no longer exists.</source>
        <translation>Nid yw un o&apos;r athrawon a ddewiswyd yn bodoli mwyach.</translation>
    </message>
    <message>
        <source>%1 does not hold the Teacher role: give them the role in Staff and roles before choosing them for a course.</source>
        <translation>Nid oes gan %1 y rôl Athro: rhowch y rôl iddynt yn Staff a rolau cyn eu dewis ar gyfer cwrs.</translation>
    </message>
    <message>
        <source>One of the students chosen is no longer on the school&apos;s roll.</source>
        <translation>Nid yw un o&apos;r disgyblion a ddewiswyd ar gofrestr yr ysgol mwyach.</translation>
    </message>
    <message>
        <source>Tutor group %1 has no current students.</source>
        <translation>Nid oes gan grŵp tiwtor %1 unrhyw ddisgyblion presennol.</translation>
    </message>
    <message>
        <source>A student chosen has already been assessed on %1: their grade is part of the course&apos;s assessments, so they stay on it.</source>
        <translation>Mae disgybl a ddewiswyd eisoes wedi&apos;i asesu ar %1: mae ei radd yn rhan o asesiadau&apos;r cwrs, felly mae&apos;n aros arno.</translation>
    </message>
</context>
<context>
    <name>md::CriteriaChecklistModel</name>
    <message>
        <source>Ticked: %1</source>
        <translation>Wedi&apos;i dicio: %1</translation>
    </message>
    <message>
        <source>Not ticked: %1</source>
        <translation>Heb ei dicio: %1</translation>
    </message>
</context>
<context>
    <name>md::CsvHeader</name>
    <message>
        <source>no column is named %1</source>
        <translation>nid oes colofn o&apos;r enw %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> neu </translation>
    </message>
    <message>
        <source>the header row (line %1) is missing the required columns %2</source>
        <translation>mae&apos;r colofnau gofynnol %2 ar goll o&apos;r rhes bennawd (llinell %1)</translation>
    </message>
</context>
<context>
    <name>md::CsvReader</name>
    <message>
        <source>line %1: the file could not be read any further: %2</source>
        <translation>llinell %1: nid oedd modd darllen y ffeil ymhellach: %2</translation>
    </message>
    <message>
        <source>line %1: a quoted field starting on this line runs on for more than %2; its closing quote is probably missing</source>
        <translation>llinell %1: mae maes mewn dyfynodau sy&apos;n dechrau ar y llinell hon yn parhau am fwy na %2; mae&apos;n debyg bod ei ddyfynnod cau ar goll</translation>
    </message>
    <message>
        <source>line %1: the line is longer than %2, which does not look like a CSV file</source>
        <translation>llinell %1: mae&apos;r llinell yn hirach na %2, ac nid yw hynny&apos;n edrych fel ffeil CSV</translation>
    </message>
    <message>
        <source>line %1: a quoted field starting on this line has no closing quote</source>
        <translation>llinell %1: nid oes dyfynnod cau gan faes mewn dyfynodau sy&apos;n dechrau ar y llinell hon</translation>
    </message>
    <message>
        <source>line %1: a quoted field has text after its closing quote; a quote inside a field must be doubled (&quot;&quot;)</source>
        <translation>llinell %1: mae testun ar ôl dyfynnod cau maes mewn dyfynodau; rhaid dyblu dyfynnod y tu mewn i faes (&quot;&quot;)</translation>
    </message>
    <message>
        <source>line %1, field %2: the text is not valid UTF-8; save the file as &quot;CSV UTF-8&quot; and try again</source>
        <translation>llinell %1, maes %2: nid yw&apos;r testun yn UTF-8 dilys; cadwch y ffeil fel &quot;CSV UTF-8&quot; a rhowch gynnig arall arni</translation>
    </message>
    <message>
        <source>the file is larger than %1, the most Mentor Desk imports at once; split it into smaller files and import them one after another</source>
        <translation>mae&apos;r ffeil yn fwy na %1, sef y mwyaf y mae Mentor Desk yn ei fewnforio ar unwaith; rhannwch hi&apos;n ffeiliau llai a mewnforiwch nhw un ar ôl y llall</translation>
    </message>
</context>
<context>
    <name>md::DemoReferrals</name>
    <message>
        <source>Removed from lessons several times in the last fortnight; most incidents are just after break.</source>
        <translation>Wedi&apos;i dynnu o wersi sawl gwaith yn ystod y pythefnos diwethaf; mae&apos;r rhan fwyaf o&apos;r digwyddiadau yn syth ar ôl egwyl.</translation>
    </message>
    <message>
        <source>Defiant when challenged and walks out of the room; two detentions this week.</source>
        <translation>Yn herfeiddiol pan gaiff ei herio ac yn cerdded allan o&apos;r ystafell; cadw i mewn ddwywaith yr wythnos hon.</translation>
    </message>
    <message>
        <source>Low-level disruption across most subjects; sanctions are not changing it.</source>
        <translation>Aflonyddu lefel isel yn y rhan fwyaf o bynciau; nid yw sancsiynau&apos;n newid hynny.</translation>
    </message>
    <message>
        <source>Attendance has dropped this half term and the student is often late on Mondays.</source>
        <translation>Mae presenoldeb wedi gostwng yr hanner tymor hwn ac mae&apos;r disgybl yn aml yn hwyr ar ddydd Llun.</translation>
    </message>
    <message>
        <source>Absent on several Fridays; a parent says the student is anxious about coming in.</source>
        <translation>Yn absennol ar sawl dydd Gwener; mae rhiant yn dweud bod y disgybl yn bryderus am ddod i&apos;r ysgol.</translation>
    </message>
    <message>
        <source>Arrives after registration most days and misses the first lesson.</source>
        <translation>Yn cyrraedd ar ôl cofrestru y rhan fwyaf o ddyddiau ac yn colli&apos;r wers gyntaf.</translation>
    </message>
    <message>
        <source>Withdrawn in lessons and eating alone at lunch.</source>
        <translation>Yn dawedog mewn gwersi ac yn bwyta heb gwmni amser cinio.</translation>
    </message>
    <message>
        <source>Tearful in tutor time; a friendship group has broken down.</source>
        <translation>Yn ddagreuol yn ystod amser tiwtor; mae grŵp o ffrindiau wedi chwalu.</translation>
    </message>
    <message>
        <source>Friends say the student seems anxious and is not sleeping well.</source>
        <translation>Mae ffrindiau&apos;n dweud bod y disgybl yn ymddangos yn bryderus ac nad yw&apos;n cysgu&apos;n dda.</translation>
    </message>
    <message>
        <source>Homework rarely handed in; falling behind in the core subjects.</source>
        <translation>Anaml y caiff gwaith cartref ei gyflwyno; yn llithro ar ei hôl hi yn y pynciau craidd.</translation>
    </message>
    <message>
        <source>Progress has stalled in English and Maths since the summer.</source>
        <translation>Mae cynnydd wedi aros yn ei unfan yn Saesneg a Mathemateg ers yr haf.</translation>
    </message>
    <message>
        <source>Books are incomplete and the student avoids starting written tasks.</source>
        <translation>Mae&apos;r llyfrau&apos;n anghyflawn ac mae&apos;r disgybl yn osgoi dechrau tasgau ysgrifenedig.</translation>
    </message>
    <message>
        <source>Struggling to access lessons without in-class support; the SENCo asked for a referral.</source>
        <translation>Yn cael trafferth cael mynediad at wersi heb gymorth yn y dosbarth; gofynnodd y CydAAA am atgyfeiriad.</translation>
    </message>
    <message>
        <source>Finds changes of routine very hard; recent incidents on cover days.</source>
        <translation>Yn ei chael hi&apos;n anodd iawn ymdopi â newidiadau i&apos;r drefn arferol; digwyddiadau diweddar ar ddiwrnodau athrawon cyflenwi.</translation>
    </message>
    <message>
        <source>Needs help to organise equipment and homework across the week.</source>
        <translation>Angen help i drefnu offer a gwaith cartref drwy&apos;r wythnos.</translation>
    </message>
    <message>
        <source>A recent bereavement in the family; the student has asked to talk to someone.</source>
        <translation>Profedigaeth ddiweddar yn y teulu; mae&apos;r disgybl wedi gofyn am gael siarad â rhywun.</translation>
    </message>
    <message>
        <source>Has moved house twice this term and seems unsettled.</source>
        <translation>Wedi symud tŷ ddwywaith y tymor hwn ac yn ymddangos yn ansefydlog.</translation>
    </message>
    <message>
        <source>Caring for a younger sibling before school; often tired in lessons.</source>
        <translation>Yn gofalu am frawd neu chwaer iau cyn ysgol; yn aml wedi blino mewn gwersi.</translation>
    </message>
    <message>
        <source>Seating plan changed and a phone call home.</source>
        <translation>Newid y cynllun eistedd a galwad ffôn adref.</translation>
    </message>
    <message>
        <source>On report to the tutor for two weeks.</source>
        <translation>Ar adroddiad i&apos;r tiwtor am bythefnos.</translation>
    </message>
    <message>
        <source>Conversation with the head of year; parents informed.</source>
        <translation>Sgwrs gyda phennaeth y flwyddyn; rhoddwyd gwybod i&apos;r rhieni.</translation>
    </message>
    <message>
        <source>Daily check-in with the tutor for a week.</source>
        <translation>Gwiriad dyddiol gyda&apos;r tiwtor am wythnos.</translation>
    </message>
    <message>
        <source>Restorative conversation with the class teacher.</source>
        <translation>Sgwrs adferol gyda&apos;r athro dosbarth.</translation>
    </message>
    <message>
        <source>Observed in two lessons: settles with a familiar adult, struggles with unstructured time.</source>
        <translation>Arsylwyd mewn dwy wers: yn setlo gydag oedolyn cyfarwydd, yn cael trafferth gydag amser anstrwythuredig.</translation>
    </message>
    <message>
        <source>Round-robin to teachers: most report the same pattern after lunch.</source>
        <translation>Holi&apos;r athrawon i gyd: mae&apos;r rhan fwyaf yn sôn am yr un patrwm ar ôl cinio.</translation>
    </message>
    <message>
        <source>Observed at break and in tutor time; keeps apart from the group.</source>
        <translation>Arsylwyd amser egwyl ac yn ystod amser tiwtor; yn cadw ar wahân i&apos;r grŵp.</translation>
    </message>
    <message>
        <source>Behaviour data checked: points cluster in two subjects.</source>
        <translation>Gwiriwyd y data ymddygiad: mae&apos;r pwyntiau wedi&apos;u crynhoi mewn dau bwnc.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>School nurse</source>
        <translation>Nyrs yr ysgol</translation>
    </message>
    <message>
        <source>Counselling drop-in</source>
        <translation>Sesiwn galw heibio cwnsela</translation>
    </message>
    <message>
        <source>Family support worker</source>
        <translation>Gweithiwr cymorth i deuluoedd</translation>
    </message>
    <message>
        <source>Educational psychologist</source>
        <translation>Seicolegydd addysg</translation>
    </message>
    <message>
        <source>Attend every lesson on time for a full half term</source>
        <translation>Mynychu pob gwers mewn pryd am hanner tymor cyfan</translation>
    </message>
    <message>
        <source>Use agreed strategies to stay in lessons when frustrated</source>
        <translation>Defnyddio strategaethau y cytunwyd arnynt i aros mewn gwersi wrth deimlo&apos;n rhwystredig</translation>
    </message>
    <message>
        <source>Build a positive relationship with two subject teachers</source>
        <translation>Meithrin perthynas gadarnhaol â dau athro pwnc</translation>
    </message>
    <message>
        <source>Come off report with no further sanctions</source>
        <translation>Dod oddi ar adroddiad heb ragor o sancsiynau</translation>
    </message>
    <message>
        <source>Name three triggers and a strategy for each</source>
        <translation>Enwi tri sbardun a strategaeth ar gyfer pob un</translation>
    </message>
    <message>
        <source>Halve behaviour points by the end of term</source>
        <translation>Haneru pwyntiau ymddygiad erbyn diwedd y tymor</translation>
    </message>
    <message>
        <source>Keep a weekly check-in while at alternative provision</source>
        <translation>Cadw gwiriad wythnosol tra bydd mewn darpariaeth amgen</translation>
    </message>
    <message>
        <source>Plan the return to mainstream lessons</source>
        <translation>Cynllunio&apos;r dychwelyd i wersi prif ffrwd</translation>
    </message>
    <message>
        <source>Complete the withdrawn lessons&apos; work each week</source>
        <translation>Cwblhau gwaith y gwersi a gollwyd bob wythnos</translation>
    </message>
    <message>
        <source>Agree re-integration targets with the subject teacher</source>
        <translation>Cytuno ar dargedau ailintegreiddio gyda&apos;r athro pwnc</translation>
    </message>
    <message>
        <source>Recognise the early signs of anger</source>
        <translation>Adnabod arwyddion cynnar dicter</translation>
    </message>
    <message>
        <source>Use a calm-down plan instead of leaving the room</source>
        <translation>Defnyddio cynllun ymdawelu yn lle gadael yr ystafell</translation>
    </message>
    <message>
        <source>Start a conversation with a peer in tutor time</source>
        <translation>Dechrau sgwrs gyda chyfoed yn ystod amser tiwtor</translation>
    </message>
    <message>
        <source>Join one lunchtime club</source>
        <translation>Ymuno ag un clwb amser cinio</translation>
    </message>
    <message>
        <source>Reach 95% attendance this half term</source>
        <translation>Cyrraedd presenoldeb o 95% yr hanner tymor hwn</translation>
    </message>
    <message>
        <source>Arrive before registration every day</source>
        <translation>Cyrraedd cyn cofrestru bob dydd</translation>
    </message>
    <message>
        <source>Settle to work within five minutes of the start of the lesson</source>
        <translation>Setlo i weithio o fewn pum munud i ddechrau&apos;r wers</translation>
    </message>
    <message>
        <source>Go to the drop-in each week</source>
        <translation>Mynd i&apos;r sesiwn galw heibio bob wythnos</translation>
    </message>
    <message>
        <source>Name one trusted adult to go to</source>
        <translation>Enwi un oedolyn dibynadwy i fynd ato</translation>
    </message>
    <message>
        <source>Attend lunch club at least three days a week</source>
        <translation>Mynychu&apos;r clwb cinio o leiaf dri diwrnod yr wythnos</translation>
    </message>
    <message>
        <source>Hand in homework on time each week</source>
        <translation>Cyflwyno gwaith cartref mewn pryd bob wythnos</translation>
    </message>
    <message>
        <source>Keep to the contract agreed at the restorative conversation</source>
        <translation>Cadw at y contract y cytunwyd arno yn y sgwrs adferol</translation>
    </message>
    <message>
        <source>Head of Year %1</source>
        <translation>Pennaeth Blwyddyn %1</translation>
    </message>
    <message>
        <source>AP Behaviour</source>
        <translation>Pennaeth Cynorthwyol, Ymddygiad</translation>
    </message>
    <message>
        <source>AP Inclusion</source>
        <translation>Pennaeth Cynorthwyol, Cynhwysiant</translation>
    </message>
    <message>
        <source>Director of Learning, KS3</source>
        <translation>Cyfarwyddwr Dysgu, CA3</translation>
    </message>
    <message>
        <source>Director of Learning, KS4</source>
        <translation>Cyfarwyddwr Dysgu, CA4</translation>
    </message>
    <message>
        <source>Senior Behaviour Manager</source>
        <translation>Uwch Reolwr Ymddygiad</translation>
    </message>
    <message>
        <source>Lead Learning Mentor</source>
        <translation>Prif Fentor Dysgu</translation>
    </message>
    <message>
        <source>Director of Learning</source>
        <translation>Cyfarwyddwr Dysgu</translation>
    </message>
    <message>
        <source>SENCo</source>
        <translation>CydAAA</translation>
    </message>
    <message>
        <source>All referrals discussed; action plans to be shared by Friday.</source>
        <translation>Trafodwyd pob atgyfeiriad; cynlluniau gweithredu i&apos;w rhannu erbyn dydd Gwener.</translation>
    </message>
    <message>
        <source>Sent to the form tutor for information.</source>
        <translation>Anfonwyd at y tiwtor dosbarth er gwybodaeth.</translation>
    </message>
    <message>
        <source>The director of learning reports things have settled.</source>
        <translation>Mae&apos;r cyfarwyddwr dysgu yn dweud bod pethau wedi tawelu.</translation>
    </message>
    <message>
        <source>Completed all six sessions and used the calm-down plan in lessons.</source>
        <translation>Wedi cwblhau pob un o&apos;r chwe sesiwn ac wedi defnyddio&apos;r cynllun ymdawelu mewn gwersi.</translation>
    </message>
    <message>
        <source>Engaging well in weekly sessions; fewer incidents reported by staff.</source>
        <translation>Yn ymgysylltu&apos;n dda yn y sesiynau wythnosol; llai o ddigwyddiadau wedi&apos;u hadrodd gan staff.</translation>
    </message>
    <message>
        <source>Behaviour points down from eleven to three over the half term.</source>
        <translation>Pwyntiau ymddygiad wedi gostwng o un ar ddeg i dri dros yr hanner tymor.</translation>
    </message>
    <message>
        <source>Attendance and behaviour points steady or improving since the start.</source>
        <translation>Presenoldeb a phwyntiau ymddygiad yn sefydlog neu&apos;n gwella ers y dechrau.</translation>
    </message>
    <message>
        <source>The programme helped; 1:1 mentoring will build on it. Parents kept informed throughout.</source>
        <translation>Bu&apos;r rhaglen o gymorth; bydd mentora 1:1 yn adeiladu arni. Cadwyd y rhieni&apos;n wybodus drwy gydol y cyfnod.</translation>
    </message>
    <message>
        <source>Keep the progress made in the first half term</source>
        <translation>Cynnal y cynnydd a wnaed yn yr hanner tymor cyntaf</translation>
    </message>
    <message>
        <source>Take part in one enrichment activity each week</source>
        <translation>Cymryd rhan mewn un gweithgaredd cyfoethogi bob wythnos</translation>
    </message>
    <message>
        <source>Termly reviews after the new referrals. One referral held over to the next meeting for more information.</source>
        <translation>Adolygiadau tymhorol ar ôl yr atgyfeiriadau newydd. Gohiriwyd un atgyfeiriad tan y cyfarfod nesaf er mwyn cael rhagor o wybodaeth.</translation>
    </message>
    <message>
        <source>Daily check-in with the lead mentor; phone call home today; seen by the school nurse.</source>
        <translation>Gwiriad dyddiol gyda&apos;r prif fentor; galwad ffôn adref heddiw; wedi gweld nyrs yr ysgol.</translation>
    </message>
    <message>
        <source>One conversation this week, reviewed in a fortnight</source>
        <translation>Un sgwrs yr wythnos hon, i&apos;w hadolygu ymhen pythefnos</translation>
    </message>
</context>
<context>
    <name>md::DemoSchool</name>
    <message>
        <source>The demo word list &apos;%1&apos; is missing from this build.</source>
        <translation>Mae&apos;r rhestr eiriau arddangos &apos;%1&apos; ar goll o&apos;r adeiladwaith hwn.</translation>
    </message>
    <message>
        <source>The demo word list &apos;%1&apos; is empty.</source>
        <translation>Mae&apos;r rhestr eiriau arddangos &apos;%1&apos; yn wag.</translation>
    </message>
    <message>
        <source>This database already has students or staff users. The demo school is only generated into a new, empty database, so that it never mixes with real records.</source>
        <translation>Mae gan y gronfa ddata hon ddisgyblion neu ddefnyddwyr staff eisoes. Dim ond mewn cronfa ddata newydd, wag y caiff yr ysgol arddangos ei chreu, fel nad yw byth yn cymysgu â chofnodion go iawn.</translation>
    </message>
    <message>
        <source>Northgate Academy</source>
        <translation>Academi Northgate</translation>
    </message>
    <message>
        <source>Academy Way, Northgate, NX1 4AQ</source>
        <translation>Academy Way, Northgate, NX1 4AQ</translation>
    </message>
    <message>
        <source>The demo school needs between %1 and %2 students, not %3.</source>
        <translation>Mae angen rhwng %1 a %2 o ddisgyblion ar yr ysgol arddangos, nid %3.</translation>
    </message>
    <message>
        <source>The demo school needs a valid date for today.</source>
        <translation>Mae angen dyddiad dilys ar gyfer heddiw ar yr ysgol arddangos.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Maths</source>
        <translation>Mathemateg</translation>
    </message>
    <message>
        <source>Science</source>
        <translation>Gwyddoniaeth</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <source>Geography</source>
        <translation>Daearyddiaeth</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Ffrangeg</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Celf</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Cerddoriaeth</translation>
    </message>
    <message>
        <source>Computing</source>
        <translation>Cyfrifiadura</translation>
    </message>
    <message>
        <source>PE</source>
        <translation>Addysg Gorfforol</translation>
    </message>
    <message>
        <source>RE</source>
        <translation>Addysg Grefyddol</translation>
    </message>
    <message>
        <source>Design and Technology</source>
        <translation>Dylunio a Thechnoleg</translation>
    </message>
    <message>
        <source>Drama</source>
        <translation>Drama</translation>
    </message>
    <message>
        <source>Year %1 %2</source>
        <translation>Blwyddyn %1 %2</translation>
    </message>
    <message>
        <source>EAL</source>
        <translation>SIY</translation>
    </message>
    <message>
        <source>Young carer</source>
        <translation>Gofalwr ifanc</translation>
    </message>
    <message>
        <source>Bereavement</source>
        <translation>Profedigaeth</translation>
    </message>
    <message>
        <source>Service child</source>
        <translation>Plentyn y lluoedd arfog</translation>
    </message>
    <message>
        <source>Mx</source>
        <translation>Mx</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>Mr</translation>
    </message>
    <message>
        <source>Dr</source>
        <translation>Dr</translation>
    </message>
    <message>
        <source>Mrs</source>
        <translation>Mrs</translation>
    </message>
    <message>
        <source>Ms</source>
        <translation>Ms</translation>
    </message>
    <message>
        <source>Miss</source>
        <translation>Miss</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Mam</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Tad</translation>
    </message>
    <message>
        <source>Step-father</source>
        <translation>Llystad</translation>
    </message>
    <message>
        <source>Step-mother</source>
        <translation>Llysfam</translation>
    </message>
    <message>
        <source>Grandmother</source>
        <translation>Mam-gu</translation>
    </message>
    <message>
        <source>Grandfather</source>
        <translation>Tad-cu</translation>
    </message>
    <message>
        <source>Foster carer</source>
        <translation>Gofalwr maeth</translation>
    </message>
    <message>
        <source>The demo school could not make a valid UPN.</source>
        <translation>Nid oedd modd i&apos;r ysgol arddangos greu UPN dilys.</translation>
    </message>
    <message>
        <source>The demo school made the same UPN twice.</source>
        <translation>Creodd yr ysgol arddangos yr un UPN ddwywaith.</translation>
    </message>
</context>
<context>
    <name>md::FileChecks</name>
    <message>
        <source>%1 is on a network drive (%2). A database file shared over the network gets corrupted when two desks use it, because SQLite&apos;s locking needs one computer. Keep the file on this computer, or ask for Mentor Desk&apos;s shared-server option (PostgreSQL) so the team can work together safely.</source>
        <translation>Mae %1 ar yriant rhwydwaith (%2). Mae ffeil cronfa ddata sy&apos;n cael ei rhannu dros y rhwydwaith yn cael ei llygru pan fydd dwy ddesg yn ei defnyddio, gan fod cloi SQLite angen un cyfrifiadur. Cadwch y ffeil ar y cyfrifiadur hwn, neu gofynnwch am ddewis gweinydd a rennir Mentor Desk (PostgreSQL) fel y gall y tîm weithio gyda&apos;i gilydd yn ddiogel.</translation>
    </message>
    <message>
        <source>network path</source>
        <translation>llwybr rhwydwaith</translation>
    </message>
</context>
<context>
    <name>md::FiveSteps</name>
    <message>
        <source>Referral</source>
        <translation>Atgyfeiriad</translation>
    </message>
    <message>
        <source>Gathering information</source>
        <translation>Casglu gwybodaeth</translation>
    </message>
    <message>
        <source>Create a plan</source>
        <translation>Creu cynllun</translation>
    </message>
    <message>
        <source>Setting targets</source>
        <translation>Gosod targedau</translation>
    </message>
    <message>
        <source>Review and evaluate</source>
        <translation>Adolygu a gwerthuso</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>add the student to the mentoring register and assign a mentor</source>
        <translation>ychwanegu&apos;r disgybl at y gofrestr fentora a neilltuo mentor</translation>
    </message>
    <message>
        <source>the parent or carer refused consent: discuss the case with the lead mentor</source>
        <translation>gwrthododd y rhiant neu&apos;r gofalwr roi caniatâd: trafodwch yr achos gyda&apos;r prif fentor</translation>
    </message>
    <message>
        <source>record the parent&apos;s or carer&apos;s consent to start mentoring</source>
        <translation>cofnodi caniatâd y rhiant neu&apos;r gofalwr i ddechrau mentora</translation>
    </message>
    <message>
        <source>contact home to explain the mentoring and hear the parent&apos;s view</source>
        <translation>cysylltu â&apos;r cartref i egluro&apos;r mentora a chlywed barn y rhiant</translation>
    </message>
    <message>
        <source>assess the student&apos;s needs: observe a lesson or gather teachers&apos; views</source>
        <translation>asesu anghenion y disgybl: arsylwi gwers neu gasglu barn athrawon</translation>
    </message>
    <message>
        <source>set the intervention&apos;s objectives</source>
        <translation>gosod amcanion yr ymyriad</translation>
    </message>
    <message>
        <source>write the action plan</source>
        <translation>ysgrifennu&apos;r cynllun gweithredu</translation>
    </message>
    <message>
        <source>plan the weekly 1:1 sessions</source>
        <translation>cynllunio&apos;r sesiynau 1:1 wythnosol</translation>
    </message>
    <message>
        <source>agree a SMART target with the student</source>
        <translation>cytuno ar darged SMART gyda&apos;r disgybl</translation>
    </message>
    <message>
        <source>set a date to review progress</source>
        <translation>gosod dyddiad i adolygu cynnydd</translation>
    </message>
    <message>
        <source>review progress against the objectives (due %1)</source>
        <translation>adolygu cynnydd yn erbyn yr amcanion (erbyn %1)</translation>
    </message>
    <message>
        <source>review progress against the objectives by %1</source>
        <translation>adolygu cynnydd yn erbyn yr amcanion erbyn %1</translation>
    </message>
    <message>
        <source>All five steps done: reviewed on %1 (%2).</source>
        <translation>Pob un o&apos;r pum cam wedi&apos;u gwneud: adolygwyd ar %1 (%2).</translation>
    </message>
    <message>
        <source>All five steps done: reviewed on %1.</source>
        <translation>Pob un o&apos;r pum cam wedi&apos;u gwneud: adolygwyd ar %1.</translation>
    </message>
    <message>
        <source>Step %1 of 5, %2: %3.</source>
        <translation>Cam %1 o 5, %2: %3.</translation>
    </message>
</context>
<context>
    <name>md::HubAgendaModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, urgent</source>
        <translation>%1, brys</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>To decide: recommendation after monitoring</source>
        <translation>I&apos;w benderfynu: argymhelliad ar ôl monitro</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>I&apos;w benderfynu</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Pryder</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Gofynnwyd gan</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
</context>
<context>
    <name>md::HubDocuments</name>
    <message>
        <source>Year %1</source>
        <translation>Blwyddyn %1</translation>
    </message>
    <message>
        <source>%1 · printed by Mentor Desk on %2</source>
        <translation>%1 · argraffwyd gan Mentor Desk ar %2</translation>
    </message>
    <message>
        <source>Form tutor</source>
        <translation>Tiwtor dosbarth</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Atgyfeiriwr</translation>
    </message>
    <message>
        <source>Parents and carers</source>
        <translation>Rhieni a gofalwyr</translation>
    </message>
    <message>
        <source>Minutes of the assessment hub</source>
        <translation>Cofnodion yr hyb asesu</translation>
    </message>
    <message>
        <source>held</source>
        <translation>cynhaliwyd</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Yn bresennol</translation>
    </message>
    <message>
        <source>No attendees recorded.</source>
        <translation>Ni chofnodwyd neb yn bresennol.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Referrals discussed</source>
        <translation>Atgyfeiriadau a drafodwyd</translation>
    </message>
    <message>
        <source>No referrals were on the agenda.</source>
        <translation>Nid oedd atgyfeiriadau ar yr agenda.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Pryder</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Atgyfeiriwyd</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <source>Timescale: %1</source>
        <translation>Amserlen: %1</translation>
    </message>
    <message>
        <source>External support: %1</source>
        <translation>Cymorth allanol: %1</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Adolygiad: %1</translation>
    </message>
    <message>
        <source>Not decided: carried to the next meeting</source>
        <translation>Heb benderfynu: wedi&apos;i ohirio tan y cyfarfod nesaf</translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation>%1 gan %2 (%3)</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Brys</translation>
    </message>
    <message>
        <source>Interventions reviewed</source>
        <translation>Ymyriadau a adolygwyd</translation>
    </message>
    <message>
        <source>No interventions were due for review.</source>
        <translation>Nid oedd unrhyw ymyriadau i&apos;w hadolygu.</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Ymyriad</translation>
    </message>
    <message>
        <source>Keyworker</source>
        <translation>Gweithiwr allweddol</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Effaith</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Cam %1</translation>
    </message>
    <message>
        <source>Next review: %1</source>
        <translation>Adolygiad nesaf: %1</translation>
    </message>
    <message>
        <source>Due %1: not yet reviewed</source>
        <translation>Dyddiad adolygu %1: heb ei adolygu eto</translation>
    </message>
    <message>
        <source>That hub decision no longer exists.</source>
        <translation>Nid yw&apos;r penderfyniad hyb hwnnw&apos;n bodoli mwyach.</translation>
    </message>
    <message>
        <source>Only a planned intervention has an action plan to share.</source>
        <translation>Dim ond ymyriad wedi&apos;i gynllunio sydd â chynllun gweithredu i&apos;w rannu.</translation>
    </message>
    <message>
        <source>Dear parent or carer</source>
        <translation>Annwyl riant neu ofalwr</translation>
    </message>
    <message>
        <source> and </source>
        <translation> a </translation>
    </message>
    <message>
        <source>The school&apos;s pastoral assessment hub met on %1 to talk about how we can best support %2. We have agreed the plan below.</source>
        <translation>Cyfarfu hyb asesu bugeiliol yr ysgol ar %1 i drafod y ffordd orau o gefnogi %2. Rydym wedi cytuno ar y cynllun isod.</translation>
    </message>
    <message>
        <source>Action plan for %1 (for information)</source>
        <translation>Cynllun gweithredu ar gyfer %1 (er gwybodaeth)</translation>
    </message>
    <message>
        <source>To the form tutor of %1. The assessment hub met on %2 and agreed this plan.</source>
        <translation>At diwtor dosbarth %1. Cyfarfu&apos;r hyb asesu ar %2 a chytunodd ar y cynllun hwn.</translation>
    </message>
    <message>
        <source>Your referral of %1</source>
        <translation>Eich atgyfeiriad ar gyfer %1</translation>
    </message>
    <message>
        <source>To %1. Thank you for your referral of %2 (%3). The assessment hub discussed it on %4 and agreed this plan.</source>
        <translation>At %1. Diolch am eich atgyfeiriad ar gyfer %2 (%3). Trafododd yr hyb asesu yr atgyfeiriad ar %4 a chytunodd ar y cynllun hwn.</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Y cynllun</translation>
    </message>
    <message>
        <source>To be allocated</source>
        <translation>I&apos;w ddyrannu</translation>
    </message>
    <message>
        <source>Timescale</source>
        <translation>Amserlen</translation>
    </message>
    <message>
        <source>External support</source>
        <translation>Cymorth allanol</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Amcanion</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <source>At the assessment hub on or after %1</source>
        <translation>Yn yr hyb asesu ar %1 neu wedi hynny</translation>
    </message>
    <message>
        <source>A keyworker will be allocated shortly and will contact you to explain the support.</source>
        <translation>Bydd gweithiwr allweddol yn cael ei ddyrannu cyn bo hir a bydd yn cysylltu â chi i egluro&apos;r cymorth.</translation>
    </message>
    <message>
        <source>%1, the keyworker, will contact you to explain the support.</source>
        <translation>Bydd %1, y gweithiwr allweddol, yn cysylltu â chi i egluro&apos;r cymorth.</translation>
    </message>
    <message>
        <source>If you have any other concerns, please contact the school: we would be glad to talk them through with you.</source>
        <translation>Os oes gennych unrhyw bryderon eraill, cysylltwch â&apos;r ysgol: byddem yn falch o&apos;u trafod gyda chi.</translation>
    </message>
    <message>
        <source>Yours sincerely,</source>
        <translation>Yn gywir,</translation>
    </message>
    <message>
        <source>Learning support, %1</source>
        <translation>Cymorth dysgu, %1</translation>
    </message>
    <message>
        <source>Please allow the student to attend their 1:1 sessions and tell the keyworker about anything that may affect the plan.</source>
        <translation>Caniatewch i&apos;r disgybl fynychu ei sesiynau 1:1 a rhowch wybod i&apos;r gweithiwr allweddol am unrhyw beth a allai effeithio ar y cynllun.</translation>
    </message>
    <message>
        <source>The plan is reviewed at the assessment hub; please tell the keyworker of anything that may affect it.</source>
        <translation>Caiff y cynllun ei adolygu yn yr hyb asesu; rhowch wybod i&apos;r gweithiwr allweddol am unrhyw beth a allai effeithio arno.</translation>
    </message>
    <message>
        <source>Action plan: %1</source>
        <translation>Cynllun gweithredu: %1</translation>
    </message>
    <message>
        <source>Assessment hub, %1: new actions</source>
        <translation>Hyb asesu, %1: camau gweithredu newydd</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>• %1: support from the learning mentor team; keyworker to be confirmed.</source>
        <translation>• %1: cymorth gan y tîm mentoriaid dysgu; gweithiwr allweddol i&apos;w gadarnhau.</translation>
    </message>
    <message>
        <source>• %1: keyworker %2. Please allow them to attend their 1:1 sessions.</source>
        <translation>• %1: gweithiwr allweddol %2. Caniatewch i&apos;r disgybl fynychu ei sesiynau 1:1.</translation>
    </message>
    <message>
        <source>• %1: being monitored until the next hub meeting.</source>
        <translation>• %1: dan fonitro tan gyfarfod nesaf yr hyb.</translation>
    </message>
    <message>
        <source>No new actions for staff from this meeting.</source>
        <translation>Dim camau gweithredu newydd i staff o&apos;r cyfarfod hwn.</translation>
    </message>
    <message>
        <source>For more information, please speak to the lead learning mentor.</source>
        <translation>Am ragor o wybodaeth, siaradwch â&apos;r prif fentor dysgu.</translation>
    </message>
    <message>
        <source>Mentoring register</source>
        <translation>Cofrestr fentora</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n intervention(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n ymyriad</numerusform>
            <numerusform>%1 · %2 · %n ymyriad</numerusform>
            <numerusform>%1 · %2 · %n ymyriad</numerusform>
            <numerusform>%1 · %2 · %n ymyriad</numerusform>
            <numerusform>%1 · %2 · %n ymyriad</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Outcome and impact</source>
        <translation>Canlyniad ac effaith</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Nid oedd modd ysgrifennu %1: %2</translation>
    </message>
</context>
<context>
    <name>md::HubReviewModel</name>
    <message>
        <source>%1 (stage %2)</source>
        <translation>%1 (cam %2)</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>I&apos;w adolygu</translation>
    </message>
    <message>
        <source>Progress: %1
Impact: %2</source>
        <translation>Cynnydd: %1
Effaith: %2</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Ymyriad</translation>
    </message>
    <message>
        <source>Keyworker</source>
        <translation>Gweithiwr allweddol</translation>
    </message>
    <message>
        <source>Due or reviewed</source>
        <translation>Dyledus neu wedi&apos;i adolygu</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Canlyniad</translation>
    </message>
</context>
<context>
    <name>md::HubStore</name>
    <message>
        <source>Assessment hub, %1</source>
        <translation>Hyb asesu, %1</translation>
    </message>
    <message>
        <source>AP Behaviour</source>
        <translation>Pennaeth Cynorthwyol, Ymddygiad</translation>
    </message>
    <message>
        <source>AP Inclusion</source>
        <translation>Pennaeth Cynorthwyol, Cynhwysiant</translation>
    </message>
    <message>
        <source>Director of Learning</source>
        <translation>Cyfarwyddwr Dysgu</translation>
    </message>
    <message>
        <source>Senior Behaviour Manager</source>
        <translation>Uwch Reolwr Ymddygiad</translation>
    </message>
    <message>
        <source>Lead Learning Mentor</source>
        <translation>Prif Fentor Dysgu</translation>
    </message>
    <message>
        <source>That hub meeting no longer exists.</source>
        <translation>Nid yw cyfarfod yr hyb hwnnw&apos;n bodoli mwyach.</translation>
    </message>
    <message>
        <source>A hub meeting lists at most %1 attendees.</source>
        <translation>Gall cyfarfod hyb restru hyd at %1 o bobl yn bresennol.</translation>
    </message>
    <message>
        <source>Each attendee needs a name or a role.</source>
        <translation>Mae angen enw neu rôl ar gyfer pob un sy&apos;n bresennol.</translation>
    </message>
    <message>
        <source>An attendee&apos;s name and role may each be at most %1 characters long.</source>
        <translation>Gall enw a rôl rhywun sy&apos;n bresennol fod hyd at %1 nod o hyd yr un.</translation>
    </message>
    <message>
        <source>Give the date of the hub meeting.</source>
        <translation>Rhowch ddyddiad cyfarfod yr hyb.</translation>
    </message>
    <message>
        <source>There is already a hub meeting on %1.</source>
        <translation>Mae cyfarfod hyb ar %1 eisoes.</translation>
    </message>
    <message>
        <source>The meeting&apos;s notes may be at most %1 characters long.</source>
        <translation>Gall nodiadau&apos;r cyfarfod fod hyd at %1 nod o hyd.</translation>
    </message>
    <message>
        <source>The hub meeting on %1 is already marked as held.</source>
        <translation>Mae cyfarfod yr hyb ar %1 eisoes wedi&apos;i farcio fel un a gynhaliwyd.</translation>
    </message>
    <message>
        <source>The hub meeting on %1 has not happened yet.</source>
        <translation>Nid yw cyfarfod yr hyb ar %1 wedi digwydd eto.</translation>
    </message>
    <message>
        <source>go on a hub agenda</source>
        <translation>mynd ar agenda hyb</translation>
    </message>
    <message>
        <source>This referral was already decided on %1 (%2). A referral is decided once; change the intervention at a hub review instead.</source>
        <translation>Gwnaed penderfyniad ar yr atgyfeiriad hwn eisoes ar %1 (%2). Dim ond unwaith y gwneir penderfyniad ar atgyfeiriad; newidiwch yr ymyriad mewn adolygiad hyb yn lle hynny.</translation>
    </message>
    <message>
        <source>be decided</source>
        <translation>cael ei benderfynu</translation>
    </message>
    <message>
        <source>The recommendation after monitoring is decided at the next assessment hub meeting: choose the meeting.</source>
        <translation>Penderfynir ar yr argymhelliad ar ôl monitro yng nghyfarfod nesaf yr hyb asesu: dewiswch y cyfarfod.</translation>
    </message>
    <message>
        <source>A non-urgent referral is decided at an assessment hub meeting: choose the meeting.</source>
        <translation>Penderfynir ar atgyfeiriad nad yw&apos;n un brys mewn cyfarfod o&apos;r hyb asesu: dewiswch y cyfarfod.</translation>
    </message>
    <message>
        <source>After monitoring, the director of learning recommends a planned intervention or no intervention: choose one of those.</source>
        <translation>Ar ôl monitro, mae&apos;r cyfarwyddwr dysgu yn argymell ymyriad wedi&apos;i gynllunio neu ddim ymyriad: dewiswch un o&apos;r rheini.</translation>
    </message>
    <message>
        <source>This referral is not on the agenda of the %1: add it to the agenda first.</source>
        <translation>Nid yw&apos;r atgyfeiriad hwn ar agenda %1: ychwanegwch ef at yr agenda yn gyntaf.</translation>
    </message>
    <message>
        <source>The hub chose to monitor this referral on %1; the recommendation is decided at a later meeting.</source>
        <translation>Penderfynodd yr hyb fonitro&apos;r atgyfeiriad hwn ar %1; penderfynir ar yr argymhelliad mewn cyfarfod diweddarach.</translation>
    </message>
    <message>
        <source>Give the date of the decision.</source>
        <translation>Rhowch ddyddiad y penderfyniad.</translation>
    </message>
    <message>
        <source>A decision cannot be dated before the referral (%1).</source>
        <translation>Ni all dyddiad penderfyniad fod cyn dyddiad yr atgyfeiriad (%1).</translation>
    </message>
    <message>
        <source>The notes may be at most %1 characters long.</source>
        <translation>Gall y nodiadau fod hyd at %1 nod o hyd.</translation>
    </message>
    <message>
        <source>Choose the intervention from the provision map.</source>
        <translation>Dewiswch yr ymyriad o&apos;r map darpariaeth.</translation>
    </message>
    <message>
        <source>Tick the criteria for %1 that the student meets: the provision map asks for evidence that they do.</source>
        <translation>Ticiwch y meini prawf ar gyfer %1 y mae&apos;r disgybl yn eu bodloni: mae&apos;r map darpariaeth yn gofyn am dystiolaeth o hynny.</translation>
    </message>
    <message>
        <source>%1 joins the allocation queue: allocate a keyworker on the allocation board.</source>
        <translation>Mae %1 yn ymuno â&apos;r ciw dyrannu: dyrannwch weithiwr allweddol ar y bwrdd dyrannu.</translation>
    </message>
    <message>
        <source>Share the action plan with %1&apos;s tutor, the referrer (%2) and the parents or carers.</source>
        <translation>Rhannwch y cynllun gweithredu â thiwtor %1, yr atgyfeiriwr (%2) a&apos;r rhieni neu&apos;r gofalwyr.</translation>
    </message>
    <message>
        <source>The name may be at most %1 characters long.</source>
        <translation>Gall yr enw fod hyd at %1 nod o hyd.</translation>
    </message>
    <message>
        <source>The SENCo monitors %1 until the next hub meeting, contacts the parents or carers to explain that the student was referred and invites them to a meeting, then recommends a planned intervention or no intervention.</source>
        <translation>Mae&apos;r CydAAA yn monitro %1 tan gyfarfod nesaf yr hyb, yn cysylltu â&apos;r rhieni neu&apos;r gofalwyr i egluro bod y disgybl wedi&apos;i atgyfeirio ac yn eu gwahodd i gyfarfod, ac yna&apos;n argymell ymyriad wedi&apos;i gynllunio neu ddim ymyriad.</translation>
    </message>
    <message>
        <source>The director of learning monitors %1 until the next hub meeting, contacts the parents or carers to explain that the student was referred and invites them to a meeting, then recommends a planned intervention or no intervention.</source>
        <translation>Mae&apos;r cyfarwyddwr dysgu yn monitro %1 tan gyfarfod nesaf yr hyb, yn cysylltu â&apos;r rhieni neu&apos;r gofalwyr i egluro bod y disgybl wedi&apos;i atgyfeirio ac yn eu gwahodd i gyfarfod, ac yna&apos;n argymell ymyriad wedi&apos;i gynllunio neu ddim ymyriad.</translation>
    </message>
    <message>
        <source>Send the referral to %1&apos;s form tutor (%2) for information: the form tutor decides the appropriate action.</source>
        <translation>Anfonwch yr atgyfeiriad at diwtor dosbarth %1 (%2) er gwybodaeth: y tiwtor dosbarth sy&apos;n penderfynu ar y camau priodol.</translation>
    </message>
    <message>
        <source>no tutor group recorded</source>
        <translation>dim grŵp tiwtor wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>Pass the referral to the SENCo for an SEN assessment, as the Learning Support policy defines.</source>
        <translation>Trosglwyddwch yr atgyfeiriad i&apos;r CydAAA ar gyfer asesiad AAA, fel y mae&apos;r polisi Cymorth Dysgu yn ei ddiffinio.</translation>
    </message>
    <message>
        <source>Someone else changed this referral meanwhile; reload and try again.</source>
        <translation>Newidiodd rhywun arall yr atgyfeiriad hwn yn y cyfamser; ail-lwythwch a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>This hub meeting</source>
        <translation>Y cyfarfod hwb hwn</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Yn bresennol</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
</context>
<context>
    <name>md::IlpDocument</name>
    <message>
        <source>Individual learning plan: %1 (%2 copy)</source>
        <translation>Cynllun dysgu unigol: %1 (copi %2)</translation>
    </message>
    <message>
        <source>Individual learning plan</source>
        <translation>Cynllun dysgu unigol</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Dilys</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>Copy for</source>
        <translation>Copi ar gyfer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Not filled in yet.</source>
        <translation>Heb ei lenwi eto.</translation>
    </message>
    <message>
        <source>Midterm reviews</source>
        <translation>Adolygiadau hanner tymor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cwrs</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Asesiad</translation>
    </message>
    <message>
        <source>Teacher&apos;s comment</source>
        <translation>Sylw&apos;r athro</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Hunanasesiad</translation>
    </message>
    <message>
        <source>Parents only see current plans, and this one is valid from %1 to %2.</source>
        <translation>Dim ond cynlluniau cyfredol y mae rhieni&apos;n eu gweld, ac mae&apos;r un hwn yn ddilys o %1 i %2.</translation>
    </message>
    <message>
        <source>The %1 cannot see this plan: it is %2, not published.</source>
        <translation>Ni all y %1 weld y cynllun hwn: ei statws yw %2, nid wedi&apos;i gyhoeddi.</translation>
    </message>
</context>
<context>
    <name>md::IlpPlanStore</name>
    <message>
        <source>That learning plan no longer exists.</source>
        <translation>Nid yw&apos;r cynllun dysgu hwnnw&apos;n bodoli mwyach.</translation>
    </message>
    <message>
        <source>Choose at least one student to make a plan for.</source>
        <translation>Dewiswch o leiaf un disgybl i greu cynllun ar ei gyfer.</translation>
    </message>
    <message>
        <source>A plan needs the date it is valid from and the date it is valid to.</source>
        <translation>Mae angen i gynllun gael y dyddiad y mae&apos;n ddilys ohono a&apos;r dyddiad y mae&apos;n ddilys hyd ato.</translation>
    </message>
    <message>
        <source>The plan cannot end (%1) before it starts (%2).</source>
        <translation>Ni all y cynllun orffen (%1) cyn iddo ddechrau (%2).</translation>
    </message>
    <message>
        <source>That ILP template no longer exists.</source>
        <translation>Nid yw&apos;r templed CDU hwnnw&apos;n bodoli mwyach.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not published: only published templates can be used for new plans.</source>
        <translation>Nid yw &apos;%1&apos; wedi&apos;i gyhoeddi: dim ond templedi sydd wedi&apos;u cyhoeddi y mae modd eu defnyddio ar gyfer cynlluniau newydd.</translation>
    </message>
    <message>
        <source>Choose at least one plan.</source>
        <translation>Dewiswch o leiaf un cynllun.</translation>
    </message>
    <message>
        <source>Only members of staff with the Mentor role can be added to a plan.</source>
        <translation>Dim ond aelodau staff sydd â&apos;r rôl Mentor y mae modd eu hychwanegu at gynllun.</translation>
    </message>
    <message>
        <source>That field of the plan no longer exists: the plan may have been deleted.</source>
        <translation>Nid yw&apos;r maes hwnnw yn y cynllun yn bodoli mwyach: efallai bod y cynllun wedi&apos;i ddileu.</translation>
    </message>
    <message>
        <source>Only a student&apos;s or a parent&apos;s words are recorded on their behalf.</source>
        <translation>Dim ond geiriau disgybl neu riant sy&apos;n cael eu cofnodi ar eu rhan.</translation>
    </message>
    <message>
        <source>The plan&apos;s template does not let the %1 write in &apos;%2&apos;.</source>
        <translation>Nid yw templed y cynllun yn caniatáu i&apos;r %1 ysgrifennu yn &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The plan&apos;s template does not let your role edit &apos;%1&apos;.</source>
        <translation>Nid yw templed y cynllun yn caniatáu i&apos;ch rôl olygu &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>This plan is archived and can no longer be changed.</source>
        <translation>Mae&apos;r cynllun hwn wedi&apos;i archifo ac nid oes modd ei newid mwyach.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than %2 characters.</source>
        <translation>Mae &apos;%1&apos; yn hirach na %2 nod.</translation>
    </message>
    <message>
        <source>%1 saved &apos;%2&apos; at %3 while you were editing it. Your text has not been saved: compare the two and choose which to keep.</source>
        <translation>Cadwodd %1 &apos;%2&apos; am %3 tra oeddech chi&apos;n ei olygu. Nid yw eich testun wedi&apos;i gadw: cymharwch y ddau a dewiswch pa un i&apos;w gadw.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Rhywun arall</translation>
    </message>
    <message>
        <source>%1 for the %2</source>
        <translation>%1 ar gyfer y %2</translation>
    </message>
    <message>
        <source>Someone else saved &apos;%1&apos; at the same moment. Reopen the plan to see their text.</source>
        <translation>Cadwodd rhywun arall &apos;%1&apos; ar yr un pryd. Ailagorwch y cynllun i weld eu testun.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the plan</source>
        <translation>&apos;%1&apos; yn y cynllun</translation>
    </message>
    <message>
        <source>The plan&apos;s dates were changed at another desk to %1 – %2 while you were editing them, so yours (%3 – %4) were not saved. Set them again to keep yours.</source>
        <translation>Newidiwyd dyddiadau&apos;r cynllun wrth ddesg arall i %1 – %2 tra oeddech yn eu golygu, felly ni chadwyd eich rhai chi (%3 – %4). Gosodwch nhw eto i gadw eich rhai chi.</translation>
    </message>
</context>
<context>
    <name>md::IlpReviewGridModel</name>
    <message>
        <source>The student&apos;s own self-assessment, as they gave it.</source>
        <translation>Hunanasesiad y disgybl ei hun, fel y&apos;i rhoddwyd.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Asesiad</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Sylw</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Hunanasesiad</translation>
    </message>
</context>
<context>
    <name>md::IlpReviewStore</name>
    <message>
        <source>That course no longer exists.</source>
        <translation>Nid yw&apos;r cwrs hwnnw&apos;n bodoli mwyach.</translation>
    </message>
    <message>
        <source>Only the course&apos;s teachers make and assess its midterm reviews.</source>
        <translation>Dim ond athrawon y cwrs sy&apos;n creu ac yn asesu ei adolygiadau hanner tymor.</translation>
    </message>
    <message>
        <source>That midterm review no longer exists.</source>
        <translation>Nid yw&apos;r adolygiad hanner tymor hwnnw&apos;n bodoli mwyach.</translation>
    </message>
    <message>
        <source>Give the midterm review a name.</source>
        <translation>Rhowch enw i&apos;r adolygiad hanner tymor.</translation>
    </message>
    <message>
        <source>The review&apos;s name is longer than %1 characters.</source>
        <translation>Mae enw&apos;r adolygiad yn hirach na %1 nod.</translation>
    </message>
    <message>
        <source>Give the midterm review a date.</source>
        <translation>Rhowch ddyddiad i&apos;r adolygiad hanner tymor.</translation>
    </message>
    <message numerus="yes">
        <source>The scale of &apos;%1&apos; is locked: %n student(s) have been assessed on it.</source>
        <translation>
            <numerusform>Mae graddfa &apos;%1&apos; wedi&apos;i chloi: mae %n disgybl wedi&apos;u hasesu arni.</numerusform>
            <numerusform>Mae graddfa &apos;%1&apos; wedi&apos;i chloi: mae %n disgybl wedi&apos;i asesu arni.</numerusform>
            <numerusform>Mae graddfa &apos;%1&apos; wedi&apos;i chloi: mae %n disgybl wedi&apos;u hasesu arni.</numerusform>
            <numerusform>Mae graddfa &apos;%1&apos; wedi&apos;i chloi: mae %n disgybl wedi&apos;u hasesu arni.</numerusform>
            <numerusform>Mae graddfa &apos;%1&apos; wedi&apos;i chloi: mae %n disgybl wedi&apos;u hasesu arni.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scale of &apos;%1&apos; is locked: a student has been assessed on it.</source>
        <translation>Mae graddfa &apos;%1&apos; wedi&apos;i chloi: mae disgybl wedi&apos;i asesu arni.</translation>
    </message>
    <message>
        <source>Line %1: student %2 is not on %3</source>
        <translation>Llinell %1: nid yw&apos;r disgybl %2 ar %3</translation>
    </message>
    <message>
        <source>Line %1: &apos;%2&apos; is a grade, but this review has no scale</source>
        <translation>Llinell %1: mae &apos;%2&apos; yn radd, ond nid oes graddfa gan yr adolygiad hwn</translation>
    </message>
    <message>
        <source>Line %1: &apos;%2&apos; is not on the scale (%3)</source>
        <translation>Llinell %1: nid yw &apos;%2&apos; ar y raddfa (%3)</translation>
    </message>
    <message>
        <source>Line %1: the comment is longer than %2 characters</source>
        <translation>Llinell %1: mae&apos;r sylw yn hirach na %2 nod</translation>
    </message>
    <message>
        <source>Nothing was saved: %1.</source>
        <translation>Ni chadwyd dim: %1.</translation>
    </message>
    <message>
        <source>Someone else saved %1&apos;s assessment while you were editing it; nothing was saved. Reload the review to see theirs.</source>
        <translation>Cadwodd rhywun arall asesiad %1 tra oeddech chi&apos;n ei olygu; ni chadwyd dim. Ail-lwythwch yr adolygiad i weld eu fersiwn nhw.</translation>
    </message>
    <message>
        <source>a student</source>
        <translation>disgybl</translation>
    </message>
    <message>
        <source>The self-assessment is longer than %1 characters.</source>
        <translation>Mae&apos;r hunanasesiad yn hirach na %1 nod.</translation>
    </message>
    <message>
        <source>That student is not on the review&apos;s course.</source>
        <translation>Nid yw&apos;r disgybl hwnnw ar gwrs yr adolygiad.</translation>
    </message>
    <message>
        <source>Someone else saved this line of the review while you were editing it; reload to see it.</source>
        <translation>Cadwodd rhywun arall y llinell hon o&apos;r adolygiad tra oeddech chi&apos;n ei golygu; ail-lwythwch i&apos;w gweld.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was changed at another desk while you were editing it, so your changes to its name, date and scale were not saved. It now shows theirs; make yours again to keep them.</source>
        <translation>Newidiwyd &apos;%1&apos; wrth ddesg arall tra oeddech yn ei olygu, felly ni chadwyd eich newidiadau i&apos;w enw, ei ddyddiad a&apos;i raddfa. Mae&apos;n dangos eu rhai nhw nawr; gwnewch eich newidiadau eto i&apos;w cadw.</translation>
    </message>
</context>
<context>
    <name>md::IlpStudentListModel</name>
    <message>
        <source>No current plan</source>
        <translation>Dim cynllun cyfredol</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>UPN</source>
        <translation>UPN</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Dilys o</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Dilys tan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Fields filled</source>
        <translation>Meysydd wedi&apos;u llenwi</translation>
    </message>
</context>
<context>
    <name>md::IlpTemplateStore</name>
    <message>
        <source>The template&apos;s name is blank</source>
        <translation>Mae enw&apos;r templed yn wag</translation>
    </message>
    <message>
        <source>The template&apos;s name is longer than %1 characters</source>
        <translation>Mae enw&apos;r templed yn hirach na %1 nod</translation>
    </message>
    <message>
        <source>Field %1: the label is blank</source>
        <translation>Maes %1: mae&apos;r label yn wag</translation>
    </message>
    <message>
        <source>Field %1: the label is longer than %2 characters</source>
        <translation>Maes %1: mae&apos;r label yn hirach na %2 nod</translation>
    </message>
    <message>
        <source>Field %1: the label &apos;%2&apos; is used twice</source>
        <translation>Maes %1: mae&apos;r label &apos;%2&apos; yn cael ei ddefnyddio ddwywaith</translation>
    </message>
    <message>
        <source>Field %1: the guidance is longer than %2 characters</source>
        <translation>Maes %1: mae&apos;r canllawiau yn hirach na %2 nod</translation>
    </message>
    <message>
        <source>That ILP template no longer exists.</source>
        <translation>Nid yw&apos;r templed CDU hwnnw&apos;n bodoli mwyach.</translation>
    </message>
    <message>
        <source>There is no ILP template called &apos;%1&apos; that you can use.</source>
        <translation>Nid oes templed CDU o&apos;r enw &apos;%1&apos; y gallwch ei ddefnyddio.</translation>
    </message>
    <message>
        <source>The ILP template cannot be saved: %1.</source>
        <translation>Nid oes modd cadw&apos;r templed CDU: %1.</translation>
    </message>
    <message>
        <source>There is already an ILP template called &apos;%1&apos;.</source>
        <translation>Mae templed CDU o&apos;r enw &apos;%1&apos; eisoes yn bodoli.</translation>
    </message>
    <message>
        <source>A published template needs at least one field.</source>
        <translation>Mae angen o leiaf un maes ar dempled sydd wedi&apos;i gyhoeddi.</translation>
    </message>
    <message>
        <source>Someone else changed this template while you were editing it. Reopen it to see their changes.</source>
        <translation>Newidiodd rhywun arall y templed hwn tra oeddech chi&apos;n ei olygu. Ailagorwch ef i weld eu newidiadau.</translation>
    </message>
    <message>
        <source>A template that has been published cannot go back to draft: unpublish it instead.</source>
        <translation>Ni all templed sydd wedi&apos;i gyhoeddi fynd yn ôl i fod yn ddrafft: dadgyhoeddwch ef yn lle hynny.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be published: it needs at least one field that someone can see.</source>
        <translation>Nid oes modd cyhoeddi &apos;%1&apos;: mae angen o leiaf un maes y gall rhywun ei weld.</translation>
    </message>
    <message>
        <source>The ILP template &apos;%1&apos;</source>
        <translation>y templed CDU &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Meysydd</translation>
    </message>
</context>
<context>
    <name>md::IlpTypes</name>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Athro</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Rhiant</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Cyhoeddwyd</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation>Dadgyhoeddwyd</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archifwyd</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, %2 i %3</translation>
    </message>
</context>
<context>
    <name>md::ImportProblems</name>
    <message numerus="yes">
        <source>… and %n more lines with problems</source>
        <translation>
            <numerusform>… a %n llinell arall â phroblemau</numerusform>
            <numerusform>… a %n llinell arall â phroblemau</numerusform>
            <numerusform>… a %n llinell arall â phroblemau</numerusform>
            <numerusform>… a %n llinell arall â phroblemau</numerusform>
            <numerusform>… a %n llinell arall â phroblemau</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::InterventionStore</name>
    <message>
        <source>That intervention no longer exists.</source>
        <translation>Nid yw&apos;r ymyriad hwnnw&apos;n bodoli mwyach.</translation>
    </message>
    <message>
        <source>That intervention is not for a student in your group, or no longer exists.</source>
        <translation>Nid yw&apos;r ymyriad hwnnw ar gyfer disgybl yn eich grŵp, neu nid yw&apos;n bodoli mwyach.</translation>
    </message>
    <message>
        <source>You may only list the interventions you are keyworker for yourself.</source>
        <translation>Dim ond yr ymyriadau rydych chi&apos;ch hun yn weithiwr allweddol ar eu cyfer y cewch eu rhestru.</translation>
    </message>
    <message>
        <source>Unknown flag filter &apos;%1&apos;: use lac, ehc, sen, semh, pp or flag:CODE.</source>
        <translation>Hidlydd baner anhysbys &apos;%1&apos;: defnyddiwch lac, ehc, sen, semh, pp neu flag:CODE.</translation>
    </message>
    <message>
        <source>An objective may be at most %1 characters long; one is %2.</source>
        <translation>Gall amcan fod hyd at %1 nod o hyd; mae un yn %2.</translation>
    </message>
    <message>
        <source>An intervention has at most three objectives (the mentoring action plan&apos;s limit), not %1.</source>
        <translation>Gall ymyriad gael hyd at dri amcan (terfyn cynllun gweithredu&apos;r mentora), nid %1.</translation>
    </message>
    <message>
        <source>%1 is no longer offered in the provision map.</source>
        <translation>Nid yw %1 yn cael ei gynnig yn y map darpariaeth mwyach.</translation>
    </message>
    <message>
        <source>The intervention needs the date it was planned.</source>
        <translation>Mae angen y dyddiad y cynlluniwyd yr ymyriad.</translation>
    </message>
    <message>
        <source>The review date (%1) must be after the date the intervention is planned (%2).</source>
        <translation>Rhaid i&apos;r dyddiad adolygu (%1) fod ar ôl y dyddiad y cynlluniwyd yr ymyriad (%2).</translation>
    </message>
    <message>
        <source>A ticked criterion is not one of the criteria for %1.</source>
        <translation>Nid yw maen prawf a diciwyd yn un o&apos;r meini prawf ar gyfer %1.</translation>
    </message>
    <message>
        <source>The timescale and external support may each be at most %1 characters long.</source>
        <translation>Gall yr amserlen a&apos;r cymorth allanol fod hyd at %1 nod o hyd yr un.</translation>
    </message>
    <message>
        <source>That student is not on roll.</source>
        <translation>Nid yw&apos;r disgybl hwnnw ar gofrestr yr ysgol.</translation>
    </message>
    <message>
        <source>Only the intervention&apos;s keyworker or the lead mentor may change it.</source>
        <translation>Dim ond gweithiwr allweddol yr ymyriad neu&apos;r prif fentor gaiff ei newid.</translation>
    </message>
    <message>
        <source>This intervention was concluded on %1; it cannot start again. Plan a new one at the hub if the student needs more support.</source>
        <translation>Daeth yr ymyriad hwn i ben ar %1; ni all ddechrau eto. Cynlluniwch un newydd yn yr hyb os oes angen rhagor o gymorth ar y disgybl.</translation>
    </message>
    <message>
        <source>This intervention already started on %1.</source>
        <translation>Dechreuodd yr ymyriad hwn eisoes ar %1.</translation>
    </message>
    <message>
        <source>Allocate a keyworker before starting the intervention: the keyworker delivers or oversees it.</source>
        <translation>Dyrannwch weithiwr allweddol cyn dechrau&apos;r ymyriad: y gweithiwr allweddol sy&apos;n ei gyflwyno neu&apos;n ei oruchwylio.</translation>
    </message>
    <message>
        <source>An intervention cannot start before the date it was planned (%1).</source>
        <translation>Ni all ymyriad ddechrau cyn y dyddiad y cafodd ei gynllunio (%1).</translation>
    </message>
    <message>
        <source>This intervention was concluded on %1; its objectives are part of the record now.</source>
        <translation>Daeth yr ymyriad hwn i ben ar %1; mae ei amcanion bellach yn rhan o&apos;r cofnod.</translation>
    </message>
    <message>
        <source>No parent contact is due for this intervention.</source>
        <translation>Nid oes cyswllt â rhieni yn ddyledus ar gyfer yr ymyriad hwn.</translation>
    </message>
    <message>
        <source>Give the date the parents or carers were contacted.</source>
        <translation>Rhowch y dyddiad y cysylltwyd â&apos;r rhieni neu&apos;r gofalwyr.</translation>
    </message>
    <message>
        <source>This intervention was concluded on %1; it cannot be reviewed again.</source>
        <translation>Daeth yr ymyriad hwn i ben ar %1; nid oes modd ei adolygu eto.</translation>
    </message>
    <message>
        <source>This intervention has not started yet: start it before reviewing its progress.</source>
        <translation>Nid yw&apos;r ymyriad hwn wedi dechrau eto: dechreuwch ef cyn adolygu ei gynnydd.</translation>
    </message>
    <message>
        <source>Give the date of the review.</source>
        <translation>Rhowch ddyddiad yr adolygiad.</translation>
    </message>
    <message>
        <source>The review (%1) cannot be before the intervention started (%2).</source>
        <translation>Ni all yr adolygiad (%1) fod cyn i&apos;r ymyriad ddechrau (%2).</translation>
    </message>
    <message>
        <source>Record the progress made since the intervention started or was last reviewed.</source>
        <translation>Cofnodwch y cynnydd a wnaed ers i&apos;r ymyriad ddechrau neu ers iddo gael ei adolygu ddiwethaf.</translation>
    </message>
    <message>
        <source>Record the impact of the intervention (for example on attendance and behaviour).</source>
        <translation>Cofnodwch effaith yr ymyriad (er enghraifft ar bresenoldeb ac ymddygiad).</translation>
    </message>
    <message>
        <source>Progress, impact and the conclusion report may each be at most %1 characters long.</source>
        <translation>Gall y cynnydd, yr effaith a&apos;r adroddiad cloi fod hyd at %1 nod o hyd yr un.</translation>
    </message>
    <message>
        <source>That hub meeting no longer exists.</source>
        <translation>Nid yw cyfarfod yr hyb hwnnw&apos;n bodoli mwyach.</translation>
    </message>
    <message>
        <source>Give the date of the next review, after %1.</source>
        <translation>Rhowch ddyddiad yr adolygiad nesaf, ar ôl %1.</translation>
    </message>
    <message>
        <source>Say what changes: the intervention, the keyworker or the objectives.</source>
        <translation>Dywedwch beth sy&apos;n newid: yr ymyriad, y gweithiwr allweddol neu&apos;r amcanion.</translation>
    </message>
    <message>
        <source>intervention changed from %1 to %2</source>
        <translation>newidiwyd yr ymyriad o %1 i %2</translation>
    </message>
    <message>
        <source>objectives updated</source>
        <translation>diweddarwyd yr amcanion</translation>
    </message>
    <message>
        <source>keyworker changed</source>
        <translation>newidiwyd y gweithiwr allweddol</translation>
    </message>
    <message>
        <source>An intervention is concluded only with the keyworker&apos;s conclusion report: write the report before concluding.</source>
        <translation>Dim ond gydag adroddiad cloi&apos;r gweithiwr allweddol y daw ymyriad i ben: ysgrifennwch yr adroddiad cyn ei gloi.</translation>
    </message>
    <message>
        <source>Choose the outcome of the intervention before concluding it.</source>
        <translation>Dewiswch ganlyniad yr ymyriad cyn ei gloi.</translation>
    </message>
    <message>
        <source>concluded: %1</source>
        <translation>daeth i ben: %1</translation>
    </message>
    <message>
        <source>The intervention concluded.</source>
        <translation>Daeth yr ymyriad i ben.</translation>
    </message>
    <message>
        <source>Contact the parents or carers of %1 to tell them the intervention has concluded.</source>
        <translation>Cysylltwch â rhieni neu ofalwyr %1 i ddweud wrthynt fod yr ymyriad wedi dod i ben.</translation>
    </message>
    <message>
        <source>This intervention</source>
        <translation>yr ymyriad hwn</translation>
    </message>
    <message>
        <source>Objective %1</source>
        <translation>Amcan %1</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Ymyriad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
</context>
<context>
    <name>md::LetterListModel</name>
    <message>
        <source>The letters list has no database to read.</source>
        <translation>Nid oes gan y rhestr llythyrau gronfa ddata i&apos;w darllen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (student)</source>
        <translation>%1 (disgybl)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ddim eto</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>To</source>
        <translation>At</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Templed</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Cyhoeddwyd</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Ysgrifennwyd gan</translation>
    </message>
</context>
<context>
    <name>md::LetterMerger</name>
    <message>
        <source>A merge field is not closed, or formatting splits it, at “%1”: retype it as {{field}} or pick it from the list.</source>
        <translation>Nid yw maes cyfuno wedi&apos;i gau, neu mae fformatio yn ei hollti, yn “%1”: teipiwch ef eto fel {{maes}} neu dewiswch ef o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>“}}” without a matching “{{” near “%1”.</source>
        <translation>“}}” heb “{{” cyfatebol ger “%1”.</translation>
    </message>
    <message>
        <source>An empty merge field {{}}: pick a field from the list.</source>
        <translation>Maes cyfuno gwag {{}}: dewiswch faes o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>Unknown merge field %1: did you mean %2?</source>
        <translation>Maes cyfuno anhysbys %1: oeddech chi&apos;n golygu %2?</translation>
    </message>
    <message>
        <source>Unknown merge field %1: pick a field from the list.</source>
        <translation>Maes cyfuno anhysbys %1: dewiswch faes o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be used in %3 letters, only in %4 letters.</source>
        <translation>Nid oes modd defnyddio %1 (%2) mewn llythyrau %3, dim ond mewn llythyrau %4.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> a </translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>ar goll: %1</translation>
    </message>
    <message numerus="yes">
        <source>The template has %n merge field problem(s); fix them in the template first.</source>
        <translation>
            <numerusform>Mae gan y templed %n problem maes cyfuno; cywirwch nhw yn y templed yn gyntaf.</numerusform>
            <numerusform>Mae gan y templed %n problem maes cyfuno; cywirwch hi yn y templed yn gyntaf.</numerusform>
            <numerusform>Mae gan y templed %n problem maes cyfuno; cywirwch nhw yn y templed yn gyntaf.</numerusform>
            <numerusform>Mae gan y templed %n problem maes cyfuno; cywirwch nhw yn y templed yn gyntaf.</numerusform>
            <numerusform>Mae gan y templed %n problem maes cyfuno; cywirwch nhw yn y templed yn gyntaf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill in the gap marked “%1”.</source>
        <translation>Llenwch y bwlch sydd wedi&apos;i farcio “%1”.</translation>
    </message>
    <message>
        <source>The field {{%1}} was never merged: type the text in its place.</source>
        <translation>Ni chyfunwyd y maes {{%1}} erioed: teipiwch y testun yn ei le.</translation>
    </message>
</context>
<context>
    <name>md::LetterRenderer</name>
    <message>
        <source>There are no letters to print.</source>
        <translation>Nid oes llythyrau i&apos;w hargraffu.</translation>
    </message>
    <message>
        <source>The printer or PDF file could not be opened for drawing.</source>
        <translation>Nid oedd modd agor yr argraffydd neu&apos;r ffeil PDF ar gyfer lluniadu.</translation>
    </message>
    <message>
        <source>The page is too small for a letter: choose A4 paper.</source>
        <translation>Mae&apos;r dudalen yn rhy fach ar gyfer llythyr: dewiswch bapur A4.</translation>
    </message>
    <message>
        <source>The printer or PDF file refused a new page.</source>
        <translation>Gwrthododd yr argraffydd neu&apos;r ffeil PDF dudalen newydd.</translation>
    </message>
    <message>
        <source>Ref. %1</source>
        <translation>Cyf. %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Nid oedd modd ysgrifennu %1: %2</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Llythyrau</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>Nid oedd modd cadw %1: %2</translation>
    </message>
</context>
<context>
    <name>md::LetterService</name>
    <message>
        <source>The student is not on the course the letter is meant to come from.</source>
        <translation>Nid yw&apos;r disgybl ar y cwrs y mae&apos;r llythyr i fod i ddod ohono.</translation>
    </message>
    <message>
        <source>You may only write letters from a course you teach.</source>
        <translation>Dim ond o gwrs rydych chi&apos;n ei addysgu y cewch ysgrifennu llythyrau.</translation>
    </message>
    <message>
        <source>You may not %1 for this student: they are not in your group or on your courses.</source>
        <translation>Ni chewch %1 ar gyfer y disgybl hwn: nid yw yn eich grŵp nac ar eich cyrsiau.</translation>
    </message>
    <message>
        <source>The template “%1” is archived: choose another.</source>
        <translation>Mae&apos;r templed “%1” wedi&apos;i archifo: dewiswch un arall.</translation>
    </message>
    <message>
        <source>The template “%1” has merge field problems; an administrator must fix them before letters can be made from it.</source>
        <translation>Mae problemau gyda meysydd cyfuno&apos;r templed “%1”; rhaid i weinyddwr eu cywiro cyn bod modd creu llythyrau ohono.</translation>
    </message>
    <message>
        <source>Choose at least one student.</source>
        <translation>Dewiswch o leiaf un disgybl.</translation>
    </message>
    <message>
        <source>Choose who the letters are to: the parents and carers, the student, or both.</source>
        <translation>Dewiswch at bwy mae&apos;r llythyrau: y rhieni a&apos;r gofalwyr, y disgybl, neu&apos;r ddau.</translation>
    </message>
    <message>
        <source>%1, letter to %2: no %3.</source>
        <translation>%1, llythyr at %2: dim %3.</translation>
    </message>
    <message>
        <source>There is no one to write to.</source>
        <translation>Nid oes neb i ysgrifennu ato.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) would have gaps where data is missing. Add the missing data, or create the letters anyway and fill the gaps in each draft.</source>
        <translation>
            <numerusform>Byddai bylchau mewn %n llythyr lle mae data ar goll. Ychwanegwch y data sydd ar goll, neu crëwch y llythyrau beth bynnag a llenwch y bylchau ym mhob drafft.</numerusform>
            <numerusform>Byddai bylchau mewn %n llythyr lle mae data ar goll. Ychwanegwch y data sydd ar goll, neu crëwch y llythyr beth bynnag a llenwch y bylchau yn y drafft.</numerusform>
            <numerusform>Byddai bylchau mewn %n llythyr lle mae data ar goll. Ychwanegwch y data sydd ar goll, neu crëwch y llythyrau beth bynnag a llenwch y bylchau ym mhob drafft.</numerusform>
            <numerusform>Byddai bylchau mewn %n llythyr lle mae data ar goll. Ychwanegwch y data sydd ar goll, neu crëwch y llythyrau beth bynnag a llenwch y bylchau ym mhob drafft.</numerusform>
            <numerusform>Byddai bylchau mewn %n llythyr lle mae data ar goll. Ychwanegwch y data sydd ar goll, neu crëwch y llythyrau beth bynnag a llenwch y bylchau ym mhob drafft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the template&apos;s merge fields first:</source>
        <translation>Cywirwch feysydd cyfuno&apos;r templed yn gyntaf:</translation>
    </message>
    <message>
        <source>Letter %1 does not exist, or is not one you may see.</source>
        <translation>Nid yw llythyr %1 yn bodoli, neu nid yw&apos;n un y cewch ei weld.</translation>
    </message>
    <message>
        <source>You may not see letters: that needs a role that writes or tracks them.</source>
        <translation>Ni chewch weld llythyrau: mae angen rôl sy&apos;n eu hysgrifennu neu&apos;n eu holrhain.</translation>
    </message>
    <message>
        <source>%1 has been issued: an issued letter is kept exactly as it was sent and cannot be changed or deleted.</source>
        <translation>Mae %1 wedi&apos;i gyhoeddi: caiff llythyr sydd wedi&apos;i gyhoeddi ei gadw yn union fel y&apos;i hanfonwyd, ac nid oes modd ei newid na&apos;i ddileu.</translation>
    </message>
    <message>
        <source>Only the letter&apos;s author, or a mentor or headteacher who tracks this student&apos;s letters, may change this draft.</source>
        <translation>Dim ond awdur y llythyr, neu fentor neu bennaeth sy&apos;n olrhain llythyrau&apos;r disgybl hwn, gaiff newid y drafft hwn.</translation>
    </message>
    <message>
        <source>Someone else changed or issued %1 while you were editing it; reopen it to see their version.</source>
        <translation>Mae rhywun arall wedi newid neu gyhoeddi %1 tra oeddech chi&apos;n ei olygu; ailagorwch ef i weld eu fersiwn nhw.</translation>
    </message>
    <message>
        <source>Choose the drafts to delete.</source>
        <translation>Dewiswch y drafftiau i&apos;w dileu.</translation>
    </message>
    <message>
        <source>%1 was issued meanwhile and is kept.</source>
        <translation>Cyhoeddwyd %1 yn y cyfamser ac mae&apos;n cael ei gadw.</translation>
    </message>
    <message>
        <source>Choose the letters to issue.</source>
        <translation>Dewiswch y llythyrau i&apos;w cyhoeddi.</translation>
    </message>
    <message>
        <source>%1 (to %2): %3</source>
        <translation>%1 (at %2): %3</translation>
    </message>
    <message>
        <source>Some letters cannot be issued yet; edit the drafts first:</source>
        <translation>Nid oes modd cyhoeddi rhai llythyrau eto; golygwch y drafftiau yn gyntaf:</translation>
    </message>
    <message>
        <source>%1 was issued or deleted meanwhile.</source>
        <translation>Cafodd %1 ei gyhoeddi neu ei ddileu yn y cyfamser.</translation>
    </message>
    <message>
        <source>%1 is still a draft: it can be acknowledged once it has been issued.</source>
        <translation>Drafft yw %1 o hyd: mae modd cydnabod ei dderbyn ar ôl iddo gael ei gyhoeddi.</translation>
    </message>
    <message>
        <source>%1 was already recorded as %2 on %3.</source>
        <translation>Cofnodwyd %1 eisoes fel %2 ar %3.</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>Mae&apos;r dyddiad %1 yn y dyfodol.</translation>
    </message>
    <message>
        <source>The date %1 is before the letter was issued (%2).</source>
        <translation>Mae&apos;r dyddiad %1 cyn i&apos;r llythyr gael ei gyhoeddi (%2).</translation>
    </message>
    <message>
        <source>%1 changed meanwhile; reload the list.</source>
        <translation>Newidiodd %1 yn y cyfamser; ail-lwythwch y rhestr.</translation>
    </message>
    <message>
        <source>There is no course called “%1”.</source>
        <translation>Nid oes cwrs o&apos;r enw “%1”.</translation>
    </message>
    <message>
        <source>Letter %1</source>
        <translation>y llythyr %1</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Testun y llythyr</translation>
    </message>
</context>
<context>
    <name>md::LetterTemplateStore</name>
    <message>
        <source>That letter template no longer exists.</source>
        <translation>Nid yw&apos;r templed llythyr hwnnw&apos;n bodoli mwyach.</translation>
    </message>
    <message>
        <source>There is no letter template called “%1”.</source>
        <translation>Nid oes templed llythyr o&apos;r enw “%1”.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Rhowch enw i&apos;r templed.</translation>
    </message>
    <message>
        <source>The name is too long (%1 characters; at most %2).</source>
        <translation>Mae&apos;r enw&apos;n rhy hir (%1 nod; %2 ar y mwyaf).</translation>
    </message>
    <message>
        <source>The letter has no text yet.</source>
        <translation>Nid oes testun yn y llythyr eto.</translation>
    </message>
    <message>
        <source>A template called “%1” already exists: choose another name.</source>
        <translation>Mae templed o&apos;r enw “%1” eisoes yn bodoli: dewiswch enw arall.</translation>
    </message>
    <message>
        <source>The template cannot be saved yet:</source>
        <translation>Nid oes modd cadw&apos;r templed eto:</translation>
    </message>
    <message>
        <source>Someone else saved this template while you were editing it. Copy your text, reopen the template and apply your changes again.</source>
        <translation>Cadwodd rhywun arall y templed hwn tra oeddech chi&apos;n ei olygu. Copïwch eich testun, ailagorwch y templed a gwnewch eich newidiadau eto.</translation>
    </message>
    <message>
        <source>The letter template “%1”</source>
        <translation>y templed llythyr “%1”</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Testun y llythyr</translation>
    </message>
</context>
<context>
    <name>md::LetterTerms</name>
    <message>
        <source>Attendance</source>
        <translation>Presenoldeb</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Ymddygiad</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Asesiad</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Mentora</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Cyhoeddwyd</translation>
    </message>
    <message>
        <source>Opened / acknowledged</source>
        <translation>Agorwyd / cydnabuwyd</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Argraffwyd</translation>
    </message>
    <message>
        <source>Saved as PDF</source>
        <translation>Cadwyd fel PDF</translation>
    </message>
    <message>
        <source>Sent by email</source>
        <translation>Anfonwyd drwy e-bost</translation>
    </message>
    <message>
        <source>Reply slip returned</source>
        <translation>Slip ateb wedi&apos;i ddychwelyd</translation>
    </message>
    <message>
        <source>Parent or carer confirmed</source>
        <translation>Cadarnhawyd gan y rhiant neu&apos;r gofalwr</translation>
    </message>
    <message>
        <source>Student confirmed</source>
        <translation>Cadarnhawyd gan y disgybl</translation>
    </message>
    <message>
        <source>Opened (read receipt)</source>
        <translation>Agorwyd (derbynneb darllen)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Parent or carer</source>
        <translation>Rhiant neu ofalwr</translation>
    </message>
</context>
<context>
    <name>md::LetterheadStore</name>
    <message>
        <source>The letterhead %1 no longer exists.</source>
        <translation>Nid yw&apos;r pennawd llythyr %1 yn bodoli mwyach.</translation>
    </message>
    <message>
        <source>The letterhead needs the school&apos;s name.</source>
        <translation>Mae angen enw&apos;r ysgol ar y pennawd llythyr.</translation>
    </message>
    <message>
        <source>The logo is too large (%1 KB): use an image under 2 MB.</source>
        <translation>Mae&apos;r logo yn rhy fawr (%1 KB): defnyddiwch ddelwedd sy&apos;n llai na 2 MB.</translation>
    </message>
    <message>
        <source>The logo could not be read: use a PNG or JPEG image.</source>
        <translation>Nid oedd modd darllen y logo: defnyddiwch ddelwedd PNG neu JPEG.</translation>
    </message>
    <message>
        <source>The logo could not be converted to PNG.</source>
        <translation>Nid oedd modd trosi&apos;r logo i PNG.</translation>
    </message>
</context>
<context>
    <name>md::LettersDemo</name>
    <message>
        <source>Headteacher: %1 · Northgate Academy is part of the Northgate Learning Trust. Demonstration data: every name and address is fictional.</source>
        <translation>Pennaeth: %1 · Mae Academi Northgate yn rhan o Ymddiriedolaeth Ddysgu Northgate. Data arddangos: mae pob enw a chyfeiriad yn ffuglennol.</translation>
    </message>
    <message>
        <source>Attendance concern</source>
        <translation>Pryder am bresenoldeb</translation>
    </message>
    <message>
        <source>Attendance below 90%: asks the family to arrange a meeting.</source>
        <translation>Presenoldeb o dan 90%: yn gofyn i&apos;r teulu drefnu cyfarfod.</translation>
    </message>
    <message>
        <source>Behaviour concern: meeting request</source>
        <translation>Pryder am ymddygiad: cais am gyfarfod</translation>
    </message>
    <message>
        <source>Repeated incidents: invites the family and student to a meeting.</source>
        <translation>Digwyddiadau dro ar ôl tro: yn gwahodd y teulu a&apos;r disgybl i gyfarfod.</translation>
    </message>
    <message>
        <source>Termly assessment report</source>
        <translation>Adroddiad asesu tymhorol</translation>
    </message>
    <message>
        <source>Covering letter for the term&apos;s assessment report.</source>
        <translation>Llythyr eglurhaol ar gyfer adroddiad asesu&apos;r tymor.</translation>
    </message>
    <message>
        <source>Mentoring: consent to start</source>
        <translation>Mentora: caniatâd i ddechrau</translation>
    </message>
    <message>
        <source>Starts a 1:1 intervention: the keyworker, weekly 25-minute sessions, consent slip.</source>
        <translation>Yn dechrau ymyriad 1:1: y gweithiwr allweddol, sesiynau wythnosol 25 munud, slip caniatâd.</translation>
    </message>
    <message>
        <source>Mentoring: support has ended</source>
        <translation>Mentora: mae&apos;r cymorth wedi dod i ben</translation>
    </message>
    <message>
        <source>Closes a 1:1 intervention after the hub&apos;s review.</source>
        <translation>Yn cau ymyriad 1:1 ar ôl adolygiad yr hyb.</translation>
    </message>
    <message>
        <source>Assessment hub: plan agreed</source>
        <translation>Hyb asesu: cytunwyd ar gynllun</translation>
    </message>
    <message>
        <source>Tells the family the hub discussed a referral and invites them to talk.</source>
        <translation>Yn dweud wrth y teulu bod yr hyb wedi trafod atgyfeiriad ac yn eu gwahodd i siarad.</translation>
    </message>
    <message>
        <source>The demo letter resource %1 is missing.</source>
        <translation>Mae&apos;r adnodd llythyr arddangos %1 ar goll.</translation>
    </message>
    <message>
        <source>The demo crest is missing.</source>
        <translation>Mae&apos;r arfbais arddangos ar goll.</translation>
    </message>
    <message>
        <source>Telephone 020 7946 0100 · office@northgate.example.org</source>
        <translation>Ffôn 020 7946 0100 · office@northgate.example.org</translation>
    </message>
    <message>
        <source>The demo template %1 is faulty.</source>
        <translation>Mae nam ar y templed arddangos %1.</translation>
    </message>
</context>
<context>
    <name>md::LogEntryStore</name>
    <message>
        <source>the date is missing</source>
        <translation>mae&apos;r dyddiad ar goll</translation>
    </message>
    <message>
        <source>the date %1 is in the future (the log records what has happened)</source>
        <translation>mae&apos;r dyddiad %1 yn y dyfodol (mae&apos;r log yn cofnodi&apos;r hyn sydd wedi digwydd)</translation>
    </message>
    <message>
        <source>the summary of the contact is blank</source>
        <translation>mae crynodeb y cyswllt yn wag</translation>
    </message>
    <message>
        <source>what happened is blank</source>
        <translation>mae&apos;r hyn a ddigwyddodd yn wag</translation>
    </message>
    <message>
        <source>a text is longer than %1 characters</source>
        <translation>mae testun yn hirach na %1 nod</translation>
    </message>
    <message>
        <source>the title is longer than %1 characters</source>
        <translation>mae&apos;r teitl yn hirach na %1 nod</translation>
    </message>
    <message>
        <source>say who was contacted: a parent or carer, a teacher or an external agency</source>
        <translation>dywedwch â phwy y cysylltwyd: rhiant neu ofalwr, athro neu asiantaeth allanol</translation>
    </message>
    <message>
        <source>say how: phone, email, meeting, letter, video call or text message</source>
        <translation>dywedwch sut: ffôn, e-bost, cyfarfod, llythyr, galwad fideo neu neges destun</translation>
    </message>
    <message>
        <source>say what the contact was for</source>
        <translation>dywedwch beth oedd diben y cyswllt</translation>
    </message>
    <message>
        <source>name the person or agency contacted</source>
        <translation>enwch y person neu&apos;r asiantaeth y cysylltwyd â nhw</translation>
    </message>
    <message>
        <source>only a parent or carer gives consent</source>
        <translation>dim ond rhiant neu ofalwr sy&apos;n rhoi caniatâd</translation>
    </message>
    <message>
        <source>who, how and consent are only recorded for a contact, not a %1</source>
        <translation>dim ond ar gyfer cyswllt y cofnodir pwy, sut a chaniatâd, nid ar gyfer %1</translation>
    </message>
    <message>
        <source>name the lesson observed</source>
        <translation>enwch y wers a arsylwyd</translation>
    </message>
    <message>
        <source>say whether the student is on track, has some concerns or is not on track</source>
        <translation>dywedwch a yw&apos;r disgybl ar y trywydd iawn, a oes rhai pryderon, neu a yw oddi ar y trywydd</translation>
    </message>
    <message>
        <source>say what the review decided: continue, form a new plan or begin ending mentoring</source>
        <translation>dywedwch beth a benderfynodd yr adolygiad: parhau, llunio cynllun newydd neu ddechrau dod â&apos;r mentora i ben</translation>
    </message>
    <message>
        <source>an outcome is only recorded for a progress update or a review</source>
        <translation>dim ond ar gyfer diweddariad cynnydd neu adolygiad y cofnodir canlyniad</translation>
    </message>
    <message>
        <source>the follow-up date is before the entry&apos;s date</source>
        <translation>mae&apos;r dyddiad dilynol cyn dyddiad y cofnod</translation>
    </message>
    <message>
        <source>That log entry no longer exists.</source>
        <translation>Nid yw&apos;r cofnod log hwnnw&apos;n bodoli mwyach.</translation>
    </message>
    <message>
        <source>This %1 cannot be saved: %2.</source>
        <translation>Nid oes modd cadw&apos;r %1: %2.</translation>
    </message>
    <message>
        <source>A check-in needs a date.</source>
        <translation>Mae angen dyddiad ar wiriad.</translation>
    </message>
    <message>
        <source>A check-in cannot be recorded for a day still to come (%1).</source>
        <translation>Nid oes modd cofnodi gwiriad ar gyfer diwrnod sydd eto i ddod (%1).</translation>
    </message>
    <message>
        <source>The check-in note is longer than %1 characters.</source>
        <translation>Mae nodyn y gwiriad yn hirach na %1 nod.</translation>
    </message>
    <message>
        <source>There is no check-in on %1 to undo.</source>
        <translation>Nid oes gwiriad ar %1 i&apos;w ddadwneud.</translation>
    </message>
    <message>
        <source>This %1 of %2</source>
        <translation>y cofnod %1 dyddiedig %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Camau a gymerwyd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Dull</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Camau dilynol</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>Camau dilynol erbyn</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Camau dilynol wedi&apos;u gwneud</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Cyfyngedig</translation>
    </message>
</context>
<context>
    <name>md::MentorCatalogue</name>
    <message>
        <source>Primary</source>
        <translation>Cynradd</translation>
    </message>
    <message>
        <source>Primary with English</source>
        <translation>Cynradd gyda Saesneg</translation>
    </message>
    <message>
        <source>Primary with geography and history</source>
        <translation>Cynradd gyda daearyddiaeth a hanes</translation>
    </message>
    <message>
        <source>Primary with mathematics</source>
        <translation>Cynradd gyda mathemateg</translation>
    </message>
    <message>
        <source>Primary with modern languages</source>
        <translation>Cynradd gydag ieithoedd modern</translation>
    </message>
    <message>
        <source>Primary with physical education</source>
        <translation>Cynradd gydag addysg gorfforol</translation>
    </message>
    <message>
        <source>Primary with science</source>
        <translation>Cynradd gyda gwyddoniaeth</translation>
    </message>
    <message>
        <source>Ancient Greek</source>
        <translation>Groeg yr Henfyd</translation>
    </message>
    <message>
        <source>Ancient Hebrew</source>
        <translation>Hebraeg yr Henfyd</translation>
    </message>
    <message>
        <source>Art and design</source>
        <translation>Celf a dylunio</translation>
    </message>
    <message>
        <source>Biology</source>
        <translation>Bioleg</translation>
    </message>
    <message>
        <source>Business studies</source>
        <translation>Astudiaethau busnes</translation>
    </message>
    <message>
        <source>Chemistry</source>
        <translation>Cemeg</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Dinasyddiaeth</translation>
    </message>
    <message>
        <source>Classics</source>
        <translation>Clasuron</translation>
    </message>
    <message>
        <source>Communication and media studies</source>
        <translation>Astudiaethau cyfathrebu a&apos;r cyfryngau</translation>
    </message>
    <message>
        <source>Computing</source>
        <translation>Cyfrifiadura</translation>
    </message>
    <message>
        <source>Dance</source>
        <translation>Dawns</translation>
    </message>
    <message>
        <source>Design and technology</source>
        <translation>Dylunio a thechnoleg</translation>
    </message>
    <message>
        <source>Drama</source>
        <translation>Drama</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>Economeg</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>English as a second or other language</source>
        <translation>Saesneg fel ail iaith neu iaith arall</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Ffrangeg</translation>
    </message>
    <message>
        <source>Geography</source>
        <translation>Daearyddiaeth</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Almaeneg</translation>
    </message>
    <message>
        <source>Health and social care</source>
        <translation>Iechyd a gofal cymdeithasol</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Eidaleg</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japaneeg</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>Lladin</translation>
    </message>
    <message>
        <source>Mandarin</source>
        <translation>Mandarin</translation>
    </message>
    <message>
        <source>Mathematics</source>
        <translation>Mathemateg</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Cerddoriaeth</translation>
    </message>
    <message>
        <source>Philosophy</source>
        <translation>Athroniaeth</translation>
    </message>
    <message>
        <source>Physical education</source>
        <translation>Addysg gorfforol</translation>
    </message>
    <message>
        <source>Physics</source>
        <translation>Ffiseg</translation>
    </message>
    <message>
        <source>Psychology</source>
        <translation>Seicoleg</translation>
    </message>
    <message>
        <source>Religious education</source>
        <translation>Addysg grefyddol</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Rwseg</translation>
    </message>
    <message>
        <source>Science</source>
        <translation>Gwyddoniaeth</translation>
    </message>
    <message>
        <source>Social sciences</source>
        <translation>Gwyddorau cymdeithasol</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Sbaeneg</translation>
    </message>
    <message>
        <source>3 to 7</source>
        <translation>3 i 7</translation>
    </message>
    <message>
        <source>5 to 11</source>
        <translation>5 i 11</translation>
    </message>
    <message>
        <source>7 to 11</source>
        <translation>7 i 11</translation>
    </message>
    <message>
        <source>7 to 14 - middle years</source>
        <translation>7 i 14 - blynyddoedd canol</translation>
    </message>
    <message>
        <source>11 to 16</source>
        <translation>11 i 16</translation>
    </message>
    <message>
        <source>11 to 18</source>
        <translation>11 i 18</translation>
    </message>
    <message>
        <source>14 to 19</source>
        <translation>14 i 19</translation>
    </message>
    <message>
        <source>Early years</source>
        <translation>Blynyddoedd cynnar</translation>
    </message>
    <message>
        <source>Key stage 1</source>
        <translation>Cyfnod allweddol 1</translation>
    </message>
    <message>
        <source>Key stage 2</source>
        <translation>Cyfnod allweddol 2</translation>
    </message>
    <message>
        <source>Key stage 3</source>
        <translation>Cyfnod allweddol 3</translation>
    </message>
    <message>
        <source>Key stage 4</source>
        <translation>Cyfnod allweddol 4</translation>
    </message>
    <message>
        <source>Key stage 5</source>
        <translation>Cyfnod allweddol 5</translation>
    </message>
    <message>
        <source>Learning mentor</source>
        <translation>Mentor dysgu</translation>
    </message>
    <message>
        <source>Advanced learning mentor</source>
        <translation>Mentor dysgu uwch</translation>
    </message>
    <message>
        <source>Lead learning mentor</source>
        <translation>Prif fentor dysgu</translation>
    </message>
    <message>
        <source>They have left the school</source>
        <translation>Maen nhw wedi gadael yr ysgol</translation>
    </message>
    <message>
        <source>They have decided not to be a mentor</source>
        <translation>Maen nhw wedi penderfynu peidio â bod yn fentor</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Rheswm arall</translation>
    </message>
    <message>
        <source>Supervision meeting</source>
        <translation>Cyfarfod goruchwylio</translation>
    </message>
    <message>
        <source>CPD</source>
        <translation>DPP</translation>
    </message>
    <message>
        <source>1:1 mentoring session</source>
        <translation>Sesiwn fentora 1:1</translation>
    </message>
    <message>
        <source>In-class support in a lesson</source>
        <translation>Cymorth yn y dosbarth mewn gwers</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Wedi&apos;i fodloni</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>Wedi&apos;i fodloni&apos;n rhannol</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Heb ei fodloni</translation>
    </message>
    <message>
        <source>Not seen</source>
        <translation>Heb ei weld</translation>
    </message>
    <message>
        <source>Exceeds expectations</source>
        <translation>Yn rhagori ar y disgwyliadau</translation>
    </message>
    <message>
        <source>Meets expectations</source>
        <translation>Yn bodloni&apos;r disgwyliadau</translation>
    </message>
    <message>
        <source>Working towards expectations</source>
        <translation>Yn gweithio tuag at y disgwyliadau</translation>
    </message>
    <message>
        <source>Below expectations</source>
        <translation>Islaw&apos;r disgwyliadau</translation>
    </message>
    <message>
        <source>My mentor listens to me</source>
        <translation>Mae fy mentor yn gwrando arna i</translation>
    </message>
    <message>
        <source>Our sessions help me work towards my targets</source>
        <translation>Mae ein sesiynau&apos;n fy helpu i weithio tuag at fy nhargedau</translation>
    </message>
    <message>
        <source>I feel safe talking to my mentor</source>
        <translation>Rwy&apos;n teimlo&apos;n ddiogel yn siarad â fy mentor</translation>
    </message>
    <message>
        <source>Mentoring helps me in my lessons</source>
        <translation>Mae mentora&apos;n fy helpu yn fy ngwersi</translation>
    </message>
    <message>
        <source>I would recommend mentoring to a friend</source>
        <translation>Byddwn i&apos;n argymell mentora i ffrind</translation>
    </message>
    <message>
        <source>1 - strongly disagree</source>
        <translation>1 - anghytuno&apos;n gryf</translation>
    </message>
    <message>
        <source>2 - disagree</source>
        <translation>2 - anghytuno</translation>
    </message>
    <message>
        <source>3 - not sure</source>
        <translation>3 - ddim yn siŵr</translation>
    </message>
    <message>
        <source>4 - agree</source>
        <translation>4 - cytuno</translation>
    </message>
    <message>
        <source>5 - strongly agree</source>
        <translation>5 - cytuno&apos;n gryf</translation>
    </message>
</context>
<context>
    <name>md::MentorLoadModel</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>md::MentorMetrics</name>
    <message>
        <source>None yet</source>
        <translation>Dim eto</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 o %3)</translation>
    </message>
    <message>
        <source>Not available: choose a period to count SMART targets closed in it</source>
        <translation>Ddim ar gael: dewiswch gyfnod i gyfrif y targedau SMART a gaewyd ynddo</translation>
    </message>
    <message>
        <source>Not available: choose a period to count the 1:1 sessions due in it</source>
        <translation>Ddim ar gael: dewiswch gyfnod i gyfrif y sesiynau 1:1 sy&apos;n ddyledus ynddo</translation>
    </message>
    <message>
        <source>Not available: choose a period to count the interventions concluded in it</source>
        <translation>Ddim ar gael: dewiswch gyfnod i gyfrif yr ymyriadau a ddaeth i ben ynddo</translation>
    </message>
</context>
<context>
    <name>md::MentorOutbox</name>
    <message>
        <source>To: %1</source>
        <translation>At: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Pwnc: %1</translation>
    </message>
    <message>
        <source>You have been added as a mentor at %1</source>
        <translation>Rydych wedi cael eich ychwanegu fel mentor yn %1</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Annwyl %1,</translation>
    </message>
    <message>
        <source>%1 has added you as a mentor at %2.</source>
        <translation>Mae %1 wedi eich ychwanegu fel mentor yn %2.</translation>
    </message>
    <message>
        <source>These are the details we hold about you:</source>
        <translation>Dyma&apos;r manylion sydd gennym amdanoch:</translation>
    </message>
    <message>
        <source>First name: %1</source>
        <translation>Enw cyntaf: %1</translation>
    </message>
    <message>
        <source>Last name: %1</source>
        <translation>Cyfenw: %1</translation>
    </message>
    <message>
        <source>Teacher reference number (TRN): %1</source>
        <translation>Cyfeirnod athro (TRN): %1</translation>
    </message>
    <message>
        <source>Email address: %1</source>
        <translation>Cyfeiriad e-bost: %1</translation>
    </message>
    <message>
        <source>Age range: %1</source>
        <translation>Ystod oedran: %1</translation>
    </message>
    <message>
        <source>Key stage: %1</source>
        <translation>Cyfnod allweddol: %1</translation>
    </message>
    <message>
        <source>You sign in to Mentor Desk with the username %1. %2 will give you your first password; you will choose your own when you first sign in.</source>
        <translation>Rydych yn mewngofnodi i Mentor Desk gyda&apos;r enw defnyddiwr %1. Bydd %2 yn rhoi eich cyfrinair cyntaf i chi; byddwch yn dewis eich cyfrinair eich hun pan fyddwch yn mewngofnodi am y tro cyntaf.</translation>
    </message>
    <message>
        <source>You sign in to Mentor Desk with your usual username, %1.</source>
        <translation>Rydych yn mewngofnodi i Mentor Desk gyda&apos;ch enw defnyddiwr arferol, %1.</translation>
    </message>
    <message>
        <source>If any of these details are wrong, reply to this message and we will correct them.</source>
        <translation>Os oes unrhyw un o&apos;r manylion hyn yn anghywir, atebwch y neges hon a byddwn yn eu cywiro.</translation>
    </message>
    <message>
        <source>You have been removed as a mentor at %1</source>
        <translation>Rydych wedi cael eich tynnu fel mentor yn %1</translation>
    </message>
    <message>
        <source>%1 removed you from the mentoring team at %2 on %3.</source>
        <translation>Tynnodd %1 chi o&apos;r tîm mentora yn %2 ar %3.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Rheswm: %1</translation>
    </message>
    <message>
        <source>The students you mentored have been allocated to other mentors.</source>
        <translation>Mae&apos;r disgyblion roeddech chi&apos;n eu mentora wedi&apos;u dyrannu i fentoriaid eraill.</translation>
    </message>
    <message>
        <source>If this was a mistake, you can ask the lead mentor or an administrator to reinstate you.</source>
        <translation>Os oedd hyn yn gamgymeriad, gallwch ofyn i&apos;r prif fentor neu i weinyddwr eich adfer.</translation>
    </message>
    <message>
        <source>You have been reinstated as a mentor at %1</source>
        <translation>Rydych wedi cael eich adfer fel mentor yn %1</translation>
    </message>
    <message>
        <source>%1 reinstated you as a mentor at %2 on %3.</source>
        <translation>Adferodd %1 chi fel mentor yn %2 ar %3.</translation>
    </message>
    <message>
        <source>The lead mentor will tell you which students you will mentor.</source>
        <translation>Bydd y prif fentor yn dweud wrthych pa ddisgyblion y byddwch yn eu mentora.</translation>
    </message>
    <message>
        <source>There is no message %1 in the outbox.</source>
        <translation>Nid oes neges %1 yn y blwch anfon.</translation>
    </message>
    <message>
        <source>That message has already been marked sent, or is no longer in the outbox.</source>
        <translation>Mae&apos;r neges honno eisoes wedi&apos;i marcio fel un a anfonwyd, neu nid yw yn y blwch anfon mwyach.</translation>
    </message>
</context>
<context>
    <name>md::MentorOutboxModel</name>
    <message>
        <source>Sent %1</source>
        <translation>Anfonwyd %1</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Heb ei hanfon eto</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Ysgrifennwyd</translation>
    </message>
    <message>
        <source>To</source>
        <translation>At</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Anfonwyd</translation>
    </message>
</context>
<context>
    <name>md::MentorQualityModel</name>
    <message>
        <source>Listens</source>
        <translation>Gwrando</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targedau</translation>
    </message>
    <message>
        <source>Feels safe</source>
        <translation>Teimlo&apos;n ddiogel</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Gwersi</translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation>Argymell</translation>
    </message>
    <message>
        <source>Nothing judged</source>
        <translation>Dim wedi&apos;i farnu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Testun</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Cofnodwyd gan</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Arsylwyd</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Arsylwr</translation>
    </message>
    <message>
        <source>Checklist score</source>
        <translation>Sgôr y rhestr wirio</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Cryfderau</translation>
    </message>
    <message>
        <source>To develop</source>
        <translation>I&apos;w datblygu</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Cyfartaledd</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Sylw</translation>
    </message>
</context>
<context>
    <name>md::MentorQualityStore</name>
    <message>
        <source>You may only %1 for yourself: the lead mentor sees the whole team.</source>
        <translation>Dim ond ar eich cyfer eich hun y cewch %1: mae&apos;r prif fentor yn gweld y tîm cyfan.</translation>
    </message>
    <message>
        <source>There is no mentor with id %1.</source>
        <translation>Nid oes mentor â&apos;r id %1.</translation>
    </message>
    <message>
        <source>Select whether this is a supervision meeting or CPD</source>
        <translation>Dewiswch ai cyfarfod goruchwylio neu DPP yw hwn</translation>
    </message>
    <message>
        <source>Enter the date</source>
        <translation>Rhowch y dyddiad</translation>
    </message>
    <message>
        <source>The date must be today or in the past</source>
        <translation>Rhaid i&apos;r dyddiad fod heddiw neu yn y gorffennol</translation>
    </message>
    <message>
        <source>Enter a topic</source>
        <translation>Rhowch destun</translation>
    </message>
    <message>
        <source>Keep the topic to %1 characters or fewer</source>
        <translation>Cadwch y testun i %1 nod neu lai</translation>
    </message>
    <message>
        <source>Enter the hours, more than 0 and no more than 100</source>
        <translation>Rhowch yr oriau, mwy na 0 a dim mwy na 100</translation>
    </message>
    <message>
        <source>Keep the notes to %1 characters or fewer</source>
        <translation>Cadwch y nodiadau i %1 nod neu lai</translation>
    </message>
    <message>
        <source>Item %1 is longer than %2 characters: shorten it</source>
        <translation>Mae eitem %1 yn hirach na %2 nod: byrhewch hi</translation>
    </message>
    <message>
        <source>Item %1 repeats an earlier item: remove one of them</source>
        <translation>Mae eitem %1 yn ailadrodd eitem gynharach: tynnwch un ohonyn nhw</translation>
    </message>
    <message>
        <source>Enter at least one item for the observation checklist</source>
        <translation>Rhowch o leiaf un eitem ar gyfer rhestr wirio&apos;r arsylwad</translation>
    </message>
    <message>
        <source>Enter the date of the observation</source>
        <translation>Rhowch ddyddiad yr arsylwad</translation>
    </message>
    <message>
        <source>The date of the observation must be today or in the past</source>
        <translation>Rhaid i ddyddiad yr arsylwad fod heddiw neu yn y gorffennol</translation>
    </message>
    <message>
        <source>Select what was observed</source>
        <translation>Dewiswch beth a arsylwyd</translation>
    </message>
    <message>
        <source>The observation has no checklist items: ask the lead mentor to set up the checklist</source>
        <translation>Nid oes eitemau rhestr wirio gan yr arsylwad: gofynnwch i&apos;r prif fentor osod y rhestr wirio</translation>
    </message>
    <message>
        <source>Select a judgement for every item on the checklist (item %1 has none)</source>
        <translation>Dewiswch farn ar gyfer pob eitem ar y rhestr wirio (nid oes barn ar gyfer eitem %1)</translation>
    </message>
    <message>
        <source>Keep each comment to %1 characters or fewer</source>
        <translation>Cadwch bob sylw i %1 nod neu lai</translation>
    </message>
    <message>
        <source>Enter the date the feedback was collected</source>
        <translation>Rhowch y dyddiad y casglwyd yr adborth</translation>
    </message>
    <message>
        <source>The date the feedback was collected must be today or in the past</source>
        <translation>Rhaid i&apos;r dyddiad y casglwyd yr adborth fod heddiw neu yn y gorffennol</translation>
    </message>
    <message>
        <source>Answer “%1” from 1 to 5</source>
        <translation>Atebwch “%1” o 1 i 5</translation>
    </message>
    <message>
        <source>Keep the comment to %1 characters or fewer</source>
        <translation>Cadwch y sylw i %1 nod neu lai</translation>
    </message>
    <message>
        <source>This student has never been in this mentor&apos;s group, so they cannot give feedback about them.</source>
        <translation>Nid yw&apos;r disgybl hwn erioed wedi bod yng ngrŵp y mentor hwn, felly ni all roi adborth amdano.</translation>
    </message>
    <message>
        <source>Enter the date of the review</source>
        <translation>Rhowch ddyddiad yr adolygiad</translation>
    </message>
    <message>
        <source>The date of the review must be today or in the past</source>
        <translation>Rhaid i ddyddiad yr adolygiad fod heddiw neu yn y gorffennol</translation>
    </message>
    <message>
        <source>Select an overall judgement</source>
        <translation>Dewiswch farn gyffredinol</translation>
    </message>
    <message>
        <source>Keep each answer to %1 characters or fewer</source>
        <translation>Cadwch bob ateb i %1 nod neu lai</translation>
    </message>
    <message>
        <source>Select the term the review covers</source>
        <translation>Dewiswch y tymor y mae&apos;r adolygiad yn ei gwmpasu</translation>
    </message>
    <message>
        <source>Performance review, %1</source>
        <translation>Adolygiad perfformiad, %1</translation>
    </message>
    <message>
        <source>Date of the review</source>
        <translation>Dyddiad yr adolygiad</translation>
    </message>
    <message>
        <source>Overall judgement</source>
        <translation>Barn gyffredinol</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Cryfderau</translation>
    </message>
    <message>
        <source>Areas for development</source>
        <translation>Meysydd i&apos;w datblygu</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Amcanion</translation>
    </message>
    <message>
        <source>Mentor&apos;s comments</source>
        <translation>Sylwadau&apos;r mentor</translation>
    </message>
</context>
<context>
    <name>md::MentorRules</name>
    <message>
        <source>Enter a first name</source>
        <translation>Rhowch enw cyntaf</translation>
    </message>
    <message>
        <source>First name must be %1 characters or fewer</source>
        <translation>Rhaid i&apos;r enw cyntaf fod yn %1 nod neu lai</translation>
    </message>
    <message>
        <source>Enter a last name</source>
        <translation>Rhowch gyfenw</translation>
    </message>
    <message>
        <source>Last name must be %1 characters or fewer</source>
        <translation>Rhaid i&apos;r cyfenw fod yn %1 nod neu lai</translation>
    </message>
    <message>
        <source>Enter a teacher reference number (TRN)</source>
        <translation>Rhowch gyfeirnod athro (TRN)</translation>
    </message>
    <message>
        <source>Enter a teacher reference number (TRN) that is 7 digits, like 1234567</source>
        <translation>Rhowch gyfeirnod athro (TRN) sy&apos;n 7 digid, fel 1234567</translation>
    </message>
    <message>
        <source>Enter an email address</source>
        <translation>Rhowch gyfeiriad e-bost</translation>
    </message>
    <message>
        <source>Enter an email address in the correct format, like name@example.com</source>
        <translation>Rhowch gyfeiriad e-bost yn y fformat cywir, fel name@example.com</translation>
    </message>
    <message>
        <source>Select a subject</source>
        <translation>Dewiswch bwnc</translation>
    </message>
    <message>
        <source>Select a subject from the list of primary subject specialisms</source>
        <translation>Dewiswch bwnc o&apos;r rhestr o arbenigeddau pwnc cynradd</translation>
    </message>
    <message>
        <source>Select a subject from the list of secondary subjects</source>
        <translation>Dewiswch bwnc o&apos;r rhestr o bynciau uwchradd</translation>
    </message>
    <message>
        <source>Select an age range</source>
        <translation>Dewiswch ystod oedran</translation>
    </message>
    <message>
        <source>Select an age range from the list for a primary school</source>
        <translation>Dewiswch ystod oedran o&apos;r rhestr ar gyfer ysgol gynradd</translation>
    </message>
    <message>
        <source>Select an age range from the list for a secondary school</source>
        <translation>Dewiswch ystod oedran o&apos;r rhestr ar gyfer ysgol uwchradd</translation>
    </message>
    <message>
        <source>Select a key stage</source>
        <translation>Dewiswch gyfnod allweddol</translation>
    </message>
    <message>
        <source>Key stage 2 is only offered with the age range &apos;%1&apos;</source>
        <translation>Dim ond gyda&apos;r ystod oedran &apos;%1&apos; y cynigir cyfnod allweddol 2</translation>
    </message>
    <message>
        <source>Select a key stage from the list for a primary school</source>
        <translation>Dewiswch gyfnod allweddol o&apos;r rhestr ar gyfer ysgol gynradd</translation>
    </message>
    <message>
        <source>Select a key stage from the list for a secondary school</source>
        <translation>Dewiswch gyfnod allweddol o&apos;r rhestr ar gyfer ysgol uwchradd</translation>
    </message>
    <message>
        <source>The date qualified as a teacher must be today or in the past</source>
        <translation>Rhaid i&apos;r dyddiad cymhwyso fel athro fod heddiw neu yn y gorffennol</translation>
    </message>
    <message>
        <source>The date started mentoring must be today or in the past</source>
        <translation>Rhaid i&apos;r dyddiad dechrau mentora fod heddiw neu yn y gorffennol</translation>
    </message>
    <message>
        <source>Keep each answer to %1 characters or fewer</source>
        <translation>Cadwch bob ateb i %1 nod neu lai</translation>
    </message>
    <message>
        <source>Select a grade</source>
        <translation>Dewiswch radd</translation>
    </message>
    <message>
        <source>Enter a capacity between 1 and %1 students</source>
        <translation>Rhowch gapasiti rhwng 1 a %1 disgybl</translation>
    </message>
</context>
<context>
    <name>md::MentorStore</name>
    <message>
        <source>There is no mentor with id %1.</source>
        <translation>Nid oes mentor â&apos;r id %1.</translation>
    </message>
    <message>
        <source>Could not find a free username for this mentor.</source>
        <translation>Nid oedd modd dod o hyd i enw defnyddiwr rhydd ar gyfer y mentor hwn.</translation>
    </message>
    <message>
        <source>A mentor with the teacher reference number (TRN) %1 has already been added</source>
        <translation>Mae mentor â&apos;r cyfeirnod athro (TRN) %1 eisoes wedi&apos;i ychwanegu</translation>
    </message>
    <message>
        <source>The mentor with this email address was removed. Reinstate them instead of adding them again.</source>
        <translation>Cafodd y mentor â&apos;r cyfeiriad e-bost hwn ei dynnu. Adferwch y mentor yn hytrach na&apos;i ychwanegu eto.</translation>
    </message>
    <message>
        <source>A mentor with this email address has already been added</source>
        <translation>Mae mentor â&apos;r cyfeiriad e-bost hwn eisoes wedi&apos;i ychwanegu</translation>
    </message>
    <message>
        <source>Another staff user already has the email address %1</source>
        <translation>Mae gan ddefnyddiwr staff arall y cyfeiriad e-bost %1 eisoes</translation>
    </message>
    <message>
        <source>You cannot remove yourself from the mentoring team. Ask an administrator or another lead mentor.</source>
        <translation>Ni allwch dynnu eich hun o&apos;r tîm mentora. Gofynnwch i weinyddwr neu i brif fentor arall.</translation>
    </message>
    <message>
        <source>Select why the mentor is being removed</source>
        <translation>Dewiswch pam mae&apos;r mentor yn cael ei dynnu</translation>
    </message>
    <message>
        <source>Enter the reason for removing the mentor</source>
        <translation>Rhowch y rheswm dros dynnu&apos;r mentor</translation>
    </message>
    <message>
        <source>Keep the reason to %1 characters or fewer</source>
        <translation>Cadwch y rheswm i %1 nod neu lai</translation>
    </message>
    <message>
        <source>Enter the date of the removal</source>
        <translation>Rhowch ddyddiad tynnu&apos;r mentor</translation>
    </message>
    <message>
        <source>%1 has already been removed.</source>
        <translation>Mae %1 eisoes wedi&apos;i dynnu.</translation>
    </message>
    <message>
        <source>Student %1 is not one of %2&apos;s current students.</source>
        <translation>Nid yw&apos;r disgybl %1 yn un o ddisgyblion presennol %2.</translation>
    </message>
    <message>
        <source>Student %1 is given a new mentor twice.</source>
        <translation>Mae&apos;r disgybl %1 yn cael mentor newydd ddwywaith.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a new mentor for each of %1&apos;s students before removing them (%n without a new mentor).</source>
        <translation>
            <numerusform>Dewiswch fentor newydd ar gyfer pob un o ddisgyblion %1 cyn tynnu&apos;r mentor (%n heb fentor newydd).</numerusform>
            <numerusform>Dewiswch fentor newydd ar gyfer pob un o ddisgyblion %1 cyn tynnu&apos;r mentor (%n heb fentor newydd).</numerusform>
            <numerusform>Dewiswch fentor newydd ar gyfer pob un o ddisgyblion %1 cyn tynnu&apos;r mentor (%n heb fentor newydd).</numerusform>
            <numerusform>Dewiswch fentor newydd ar gyfer pob un o ddisgyblion %1 cyn tynnu&apos;r mentor (%n heb fentor newydd).</numerusform>
            <numerusform>Dewiswch fentor newydd ar gyfer pob un o ddisgyblion %1 cyn tynnu&apos;r mentor (%n heb fentor newydd).</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a mentor other than the one being removed.</source>
        <translation>Dewiswch fentor heblaw&apos;r un sy&apos;n cael ei dynnu.</translation>
    </message>
    <message>
        <source>User %1 is not a mentor: choose a member of the mentoring team.</source>
        <translation>Nid yw&apos;r defnyddiwr %1 yn fentor: dewiswch aelod o&apos;r tîm mentora.</translation>
    </message>
    <message>
        <source>%1 has been removed from the team: choose an active mentor.</source>
        <translation>Mae %1 wedi&apos;i dynnu o&apos;r tîm: dewiswch fentor gweithredol.</translation>
    </message>
    <message>
        <source>%1 would have %2 students, over their capacity of %3. Choose another mentor or raise their capacity first.</source>
        <translation>Byddai gan %1 %2 disgybl, sy&apos;n fwy na&apos;r capasiti o %3. Dewiswch fentor arall neu codwch y capasiti yn gyntaf.</translation>
    </message>
    <message>
        <source>Enter the date of the reinstatement</source>
        <translation>Rhowch ddyddiad yr adfer</translation>
    </message>
    <message>
        <source>%1 has not been removed, so there is nothing to reinstate.</source>
        <translation>Nid yw %1 wedi&apos;i dynnu, felly nid oes dim i&apos;w adfer.</translation>
    </message>
    <message>
        <source>The profile of %1</source>
        <translation>Proffil %1</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <source>Teacher reference number</source>
        <translation>Cyfeirnod athro</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <source>Age range</source>
        <translation>Ystod oedran</translation>
    </message>
    <message>
        <source>Key stage</source>
        <translation>Cyfnod allweddol</translation>
    </message>
    <message>
        <source>Date qualified</source>
        <translation>Dyddiad cymhwyso</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Cymwysterau</translation>
    </message>
    <message>
        <source>Date started mentoring</source>
        <translation>Dyddiad dechrau mentora</translation>
    </message>
    <message>
        <source>Provider training</source>
        <translation>Hyfforddiant darparwr</translation>
    </message>
    <message>
        <source>SEND training</source>
        <translation>Hyfforddiant AAA ac anabledd</translation>
    </message>
    <message>
        <source>Subject networks</source>
        <translation>Rhwydweithiau pwnc</translation>
    </message>
    <message>
        <source>Other experiences</source>
        <translation>Profiadau eraill</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Gradd</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capasiti</translation>
    </message>
</context>
<context>
    <name>md::MentorTeamModel</name>
    <message>
        <source>%1 (no capacity set)</source>
        <translation>%1 (dim capasiti wedi&apos;i osod)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>Removed on %1</source>
        <translation>Tynnwyd ar %1</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Tynnwyd</translation>
    </message>
    <message>
        <source>Not assigned to any students</source>
        <translation>Heb ei neilltuo i unrhyw ddisgyblion</translation>
    </message>
    <message>
        <source>Assigned to 1 student</source>
        <translation>Wedi&apos;i neilltuo i 1 disgybl</translation>
    </message>
    <message>
        <source>Assigned to %1 students</source>
        <translation>Wedi&apos;i neilltuo i %1 disgybl</translation>
    </message>
    <message>
        <source>Over capacity by %1</source>
        <translation>%1 dros y capasiti</translation>
    </message>
    <message>
        <source>Assigned: full (%1 of %2)</source>
        <translation>Wedi&apos;i neilltuo: llawn (%1 o %2)</translation>
    </message>
    <message>
        <source>Assigned to %1 of %2 students</source>
        <translation>Wedi&apos;i neilltuo i %1 o %2 disgybl</translation>
    </message>
    <message>
        <source>Supervision: none recorded</source>
        <translation>Goruchwyliaeth: dim wedi&apos;i chofnodi</translation>
    </message>
    <message>
        <source>Supervision: last %1 days ago</source>
        <translation>Goruchwyliaeth: ddiwethaf %1 diwrnod yn ôl</translation>
    </message>
    <message>
        <source>Caseload over capacity</source>
        <translation>Llwyth achosion dros y capasiti</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Heb ei osod</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Dim wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Gradd</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Llwyth achosion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <source>Last supervision</source>
        <translation>Goruchwyliaeth ddiwethaf</translation>
    </message>
    <message>
        <source>CPD hours this year</source>
        <translation>Oriau DPP eleni</translation>
    </message>
    <message>
        <source>Caseload: 1 overdue item for 1 student</source>
        <translation>Llwyth achosion: 1 eitem yn hwyr ar gyfer 1 disgybl</translation>
    </message>
    <message numerus="yes">
        <source>Caseload: %1 overdue items for %n student(s)</source>
        <translation>
            <numerusform>Llwyth achosion: %1 eitem yn hwyr ar gyfer %n disgybl</numerusform>
            <numerusform>Llwyth achosion: %1 eitem yn hwyr ar gyfer %n disgybl</numerusform>
            <numerusform>Llwyth achosion: %1 eitem yn hwyr ar gyfer %n disgybl</numerusform>
            <numerusform>Llwyth achosion: %1 eitem yn hwyr ar gyfer %n disgybl</numerusform>
            <numerusform>Llwyth achosion: %1 eitem yn hwyr ar gyfer %n disgybl</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::MentorWeekModel</name>
    <message>
        <source>no lesson</source>
        <translation>dim gwers</translation>
    </message>
    <message>
        <source>⚠ Breaks: %1</source>
        <translation>⚠ Egwyliau: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: free</source>
        <translation>%1: rhydd</translation>
    </message>
</context>
<context>
    <name>md::MentoringGroupStore</name>
    <message>
        <source>Only a mentor or lead mentor can have a mentoring group.</source>
        <translation>Dim ond mentor neu brif fentor all fod â grŵp mentora.</translation>
    </message>
</context>
<context>
    <name>md::MentoringRegisterModel</name>
    <message>
        <source>The mentoring register has no database to read.</source>
        <translation>Nid oes gan y gofrestr fentora gronfa ddata i&apos;w darllen.</translation>
    </message>
    <message>
        <source>%1 (SEN keyworker)</source>
        <translation>%1 (gweithiwr allweddol AAA)</translation>
    </message>
    <message>
        <source>Not allocated</source>
        <translation>Heb ei ddyrannu</translation>
    </message>
    <message>
        <source>Planned %1</source>
        <translation>Cynlluniwyd %1</translation>
    </message>
    <message>
        <source>Concluded %1</source>
        <translation>Daeth i ben %1</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (yn hwyr)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Blwyddyn</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Baneri</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Ymyriad</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Keyworker</source>
        <translation>Gweithiwr allweddol</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Dechreuwyd</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Amcanion</translation>
    </message>
    <message>
        <source>Outcome and impact</source>
        <translation>Canlyniad ac effaith</translation>
    </message>
</context>
<context>
    <name>md::MentorsDemo</name>
    <message>
        <source>BA (Hons) Education Studies</source>
        <translation>BA (Anrh) Astudiaethau Addysg</translation>
    </message>
    <message>
        <source>BSc (Hons) Psychology</source>
        <translation>BSc (Anrh) Seicoleg</translation>
    </message>
    <message>
        <source>Level 3 Certificate in Supporting Teaching and Learning</source>
        <translation>Tystysgrif Lefel 3 mewn Cefnogi Addysgu a Dysgu</translation>
    </message>
    <message>
        <source>Level 4 Certificate for Learning Mentors</source>
        <translation>Tystysgrif Lefel 4 ar gyfer Mentoriaid Dysgu</translation>
    </message>
    <message>
        <source>BA (Hons) Youth Work</source>
        <translation>BA (Anrh) Gwaith Ieuenctid</translation>
    </message>
    <message>
        <source>Foundation degree in Counselling Skills</source>
        <translation>Gradd sylfaen mewn Sgiliau Cwnsela</translation>
    </message>
    <message>
        <source>PGCE Secondary with QTS</source>
        <translation>TAR Uwchradd gyda SAC</translation>
    </message>
    <message>
        <source>BEd (Hons) with QTS</source>
        <translation>BAdd (Anrh) gyda SAC</translation>
    </message>
    <message>
        <source>School Direct (salaried) with QTS</source>
        <translation>School Direct (cyflogedig) gyda SAC</translation>
    </message>
    <message>
        <source>Local authority learning mentor induction (3 days)</source>
        <translation>Cynefino mentoriaid dysgu&apos;r awdurdod lleol (3 diwrnod)</translation>
    </message>
    <message>
        <source>Restorative practice facilitator course</source>
        <translation>Cwrs hwylusydd ymarfer adferol</translation>
    </message>
    <message>
        <source>Solution-focused conversations, two-day course</source>
        <translation>Sgyrsiau sy&apos;n canolbwyntio ar atebion, cwrs deuddydd</translation>
    </message>
    <message>
        <source>GROW model for mentors, online course</source>
        <translation>Model GROW ar gyfer mentoriaid, cwrs ar-lein</translation>
    </message>
    <message>
        <source>SEMH needs in secondary schools (1 day)</source>
        <translation>Anghenion SEMH mewn ysgolion uwchradd (1 diwrnod)</translation>
    </message>
    <message>
        <source>Autism awareness, level 2</source>
        <translation>Ymwybyddiaeth o awtistiaeth, lefel 2</translation>
    </message>
    <message>
        <source>Keyworker role for students with an EHC plan</source>
        <translation>Rôl gweithiwr allweddol ar gyfer disgyblion â chynllun EHC</translation>
    </message>
    <message>
        <source>Attachment and trauma-informed practice</source>
        <translation>Ymarfer sy&apos;n ystyriol o ymlyniad a thrawma</translation>
    </message>
    <message>
        <source>Regional learning mentor network</source>
        <translation>Rhwydwaith rhanbarthol mentoriaid dysgu</translation>
    </message>
    <message>
        <source>Pastoral leads&apos; forum</source>
        <translation>Fforwm arweinwyr bugeiliol</translation>
    </message>
    <message>
        <source>National association for pastoral care in education</source>
        <translation>Cymdeithas genedlaethol gofal bugeiliol mewn addysg</translation>
    </message>
    <message>
        <source>Local SENCo cluster group</source>
        <translation>Grŵp clwstwr CydAAA lleol</translation>
    </message>
    <message>
        <source>Youth worker at a community centre</source>
        <translation>Gweithiwr ieuenctid mewn canolfan gymunedol</translation>
    </message>
    <message>
        <source>Sports coach for a local club</source>
        <translation>Hyfforddwr chwaraeon i glwb lleol</translation>
    </message>
    <message>
        <source>Teaching assistant in a primary school</source>
        <translation>Cynorthwyydd addysgu mewn ysgol gynradd</translation>
    </message>
    <message>
        <source>Volunteer with a young carers&apos; project</source>
        <translation>Gwirfoddolwr gyda phrosiect gofalwyr ifanc</translation>
    </message>
    <message>
        <source>Residential care worker</source>
        <translation>Gweithiwr gofal preswyl</translation>
    </message>
    <message>
        <source>Caseload review and priorities</source>
        <translation>Adolygiad o&apos;r llwyth achosion a blaenoriaethau</translation>
    </message>
    <message>
        <source>Supporting a student with anxiety</source>
        <translation>Cefnogi disgybl sy&apos;n profi gorbryder</translation>
    </message>
    <message>
        <source>Planning the next half term&apos;s 1:1 sessions</source>
        <translation>Cynllunio sesiynau 1:1 yr hanner tymor nesaf</translation>
    </message>
    <message>
        <source>Working with parents who are hard to reach</source>
        <translation>Gweithio gyda rhieni sy&apos;n anodd eu cyrraedd</translation>
    </message>
    <message>
        <source>Endings: closing a long intervention well</source>
        <translation>Diweddglo: cau ymyriad hir yn dda</translation>
    </message>
    <message>
        <source>Wellbeing and workload</source>
        <translation>Llesiant a llwyth gwaith</translation>
    </message>
    <message>
        <source>Safeguarding update</source>
        <translation>Diweddariad diogelu</translation>
    </message>
    <message>
        <source>De-escalation techniques</source>
        <translation>Technegau dad-ddwysáu</translation>
    </message>
    <message>
        <source>Solution-focused conversations refresher</source>
        <translation>Gloywi sgyrsiau sy&apos;n canolbwyntio ar atebion</translation>
    </message>
    <message>
        <source>Emotional literacy for adolescents</source>
        <translation>Llythrennedd emosiynol i bobl ifanc</translation>
    </message>
    <message>
        <source>Assessment for learning in 1:1 work</source>
        <translation>Asesu ar gyfer dysgu mewn gwaith 1:1</translation>
    </message>
    <message>
        <source>SEND Code of Practice: what changed</source>
        <translation>Cod Ymarfer AAA ac Anabledd (SEND): beth sydd wedi newid</translation>
    </message>
    <message>
        <source>Warm, calm relationship; the student talked openly about the week.</source>
        <translation>Perthynas gynnes, dawel; siaradodd y disgybl yn agored am yr wythnos.</translation>
    </message>
    <message>
        <source>Clear three-part structure; targets revisited at the start.</source>
        <translation>Strwythur tair rhan clir; ailedrychwyd ar y targedau ar y dechrau.</translation>
    </message>
    <message>
        <source>Good use of scaling questions to let the student judge progress.</source>
        <translation>Defnydd da o gwestiynau graddio i adael i&apos;r disgybl farnu&apos;r cynnydd.</translation>
    </message>
    <message>
        <source>Leave more time for looking forward and setting mini targets.</source>
        <translation>Gadael mwy o amser i edrych ymlaen ac i osod mân dargedau.</translation>
    </message>
    <message>
        <source>Record the session in the log the same day.</source>
        <translation>Cofnodi&apos;r sesiwn yn y log ar yr un diwrnod.</translation>
    </message>
    <message>
        <source>Link the activity more closely to the hub&apos;s objectives.</source>
        <translation>Cysylltu&apos;r gweithgaredd yn agosach ag amcanion yr hyb.</translation>
    </message>
    <message>
        <source>Complete the restorative practice course; hold fortnightly parent contact for every student.</source>
        <translation>Cwblhau&apos;r cwrs ymarfer adferol; cynnal cyswllt â rhieni bob pythefnos ar gyfer pob disgybl.</translation>
    </message>
    <message>
        <source>Collect learner feedback from each student before the end of term.</source>
        <translation>Casglu adborth dysgwyr gan bob disgybl cyn diwedd y tymor.</translation>
    </message>
    <message>
        <source>Bring one case study to each supervision meeting.</source>
        <translation>Dod ag un astudiaeth achos i bob cyfarfod goruchwylio.</translation>
    </message>
    <message>
        <source>Thank you for the support with the harder cases this term.</source>
        <translation>Diolch am y cymorth gyda&apos;r achosion anoddach y tymor hwn.</translation>
    </message>
    <message>
        <source>I would like more time for planning sessions.</source>
        <translation>Hoffwn gael mwy o amser i gynllunio sesiynau.</translation>
    </message>
    <message>
        <source>Happy with the objectives we agreed.</source>
        <translation>Rwy&apos;n fodlon â&apos;r amcanion y cytunwyd arnynt.</translation>
    </message>
</context>
<context>
    <name>md::MergeFields</name>
    <message>
        <source>Subject</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Gradd</translation>
    </message>
    <message>
        <source>Teacher&apos;s comment</source>
        <translation>Sylw&apos;r athro</translation>
    </message>
    <message>
        <source>not yet assessed</source>
        <translation>heb ei asesu eto</translation>
    </message>
    <message>
        <source>No course assessments for %1.</source>
        <translation>Dim asesiadau cwrs ar gyfer %1.</translation>
    </message>
    <message>
        <source>the %1/%2 school year</source>
        <translation>blwyddyn ysgol %1/%2</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Asesiad</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Tymor</translation>
    </message>
    <message>
        <source>Grades in the term (table)</source>
        <translation>Graddau yn y tymor (tabl)</translation>
    </message>
    <message>
        <source>No behaviour events were recorded in the last %1 weeks.</source>
        <translation>Ni chofnodwyd unrhyw ddigwyddiadau ymddygiad yn ystod y %1 wythnos diwethaf.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>Lesson or place</source>
        <translation>Gwers neu le</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pwyntiau</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Camau a gymerwyd</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Ymddygiad</translation>
    </message>
    <message>
        <source>Recent events (table, last 12 weeks)</source>
        <translation>Digwyddiadau diweddar (tabl, y 12 wythnos diwethaf)</translation>
    </message>
    <message>
        <source>Positive points this school year</source>
        <translation>Pwyntiau cadarnhaol y flwyddyn ysgol hon</translation>
    </message>
    <message>
        <source>Negative points this school year</source>
        <translation>Pwyntiau negyddol y flwyddyn ysgol hon</translation>
    </message>
    <message>
        <source>Net points this school year</source>
        <translation>Pwyntiau net y flwyddyn ysgol hon</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Blwyddyn %1</translation>
    </message>
    <message>
        <source>L-PREVIEW</source>
        <translation>L-PREVIEW</translation>
    </message>
    <message>
        <source>Lead learning mentor</source>
        <translation>Prif fentor dysgu</translation>
    </message>
    <message>
        <source>Advanced learning mentor</source>
        <translation>Mentor dysgu uwch</translation>
    </message>
    <message>
        <source>Learning mentor</source>
        <translation>Mentor dysgu</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Forename (preferred)</source>
        <translation>Enw cyntaf (a ffefrir)</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Enw llawn</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Enw cyfreithiol</translation>
    </message>
    <message>
        <source>Year group</source>
        <translation>Grŵp blwyddyn</translation>
    </message>
    <message>
        <source>Tutor group</source>
        <translation>Grŵp tiwtor</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Derbynnydd</translation>
    </message>
    <message>
        <source>Name (as addressed)</source>
        <translation>Enw (fel y&apos;i cyfarchwyd)</translation>
    </message>
    <message>
        <source>Salutation (Dear ...)</source>
        <translation>Cyfarchiad (Annwyl ...)</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Cyfeiriad post</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Enw&apos;r ysgol</translation>
    </message>
    <message>
        <source>School address</source>
        <translation>Cyfeiriad yr ysgol</translation>
    </message>
    <message>
        <source>Telephone and email</source>
        <translation>Ffôn ac e-bost</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Llythyr</translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation>Dyddiad heddiw</translation>
    </message>
    <message>
        <source>Reference (for the reply slip)</source>
        <translation>Cyfeirnod (ar gyfer y slip ateb)</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Anfonwr</translation>
    </message>
    <message>
        <source>Sender&apos;s name</source>
        <translation>Enw&apos;r anfonwr</translation>
    </message>
    <message>
        <source>Sender&apos;s role</source>
        <translation>Rôl yr anfonwr</translation>
    </message>
    <message>
        <source>Sender&apos;s email</source>
        <translation>E-bost yr anfonwr</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenoldeb</translation>
    </message>
    <message>
        <source>Attendance this year (%)</source>
        <translation>Presenoldeb eleni (%)</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Mentora</translation>
    </message>
    <message>
        <source>Keyworker (mentor)</source>
        <translation>Gweithiwr allweddol (mentor)</translation>
    </message>
    <message>
        <source>Keyworker&apos;s email</source>
        <translation>E-bost y gweithiwr allweddol</translation>
    </message>
    <message>
        <source>Keyworker&apos;s role</source>
        <translation>Rôl y gweithiwr allweddol</translation>
    </message>
    <message>
        <source>Mentoring started on</source>
        <translation>Dechreuodd y mentora ar</translation>
    </message>
</context>
<context>
    <name>md::ParentListModel</name>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Perthynas</translation>
    </message>
    <message>
        <source>Parental responsibility</source>
        <translation>Cyfrifoldeb rhiant</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation>Yn ffafrio</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
</context>
<context>
    <name>md::PerformanceReview</name>
    <message>
        <source>Termly performance review</source>
        <translation>Adolygiad perfformiad tymhorol</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Gradd</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Heb ei osod</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Llwyth achosion</translation>
    </message>
    <message>
        <source>%1 students (capacity %2)</source>
        <translation>%1 disgybl (capasiti %2)</translation>
    </message>
    <message>
        <source>%1 students (no capacity set)</source>
        <translation>%1 disgybl (dim capasiti wedi&apos;i osod)</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Canlyniadau</translation>
    </message>
    <message>
        <source>SMART targets met</source>
        <translation>Targedau SMART a gyflawnwyd</translation>
    </message>
    <message>
        <source>1:1 session attendance</source>
        <translation>Presenoldeb mewn sesiynau 1:1</translation>
    </message>
    <message>
        <source>Interventions concluded with better attendance or behaviour</source>
        <translation>Ymyriadau a ddaeth i ben gyda gwell presenoldeb neu ymddygiad</translation>
    </message>
    <message>
        <source>Supervision and CPD</source>
        <translation>Goruchwyliaeth a DPP</translation>
    </message>
    <message>
        <source>Supervision meetings this term</source>
        <translation>Cyfarfodydd goruchwylio y tymor hwn</translation>
    </message>
    <message>
        <source>%1 (%2 hours)</source>
        <translation>%1 (%2 awr)</translation>
    </message>
    <message>
        <source>Last supervision</source>
        <translation>Goruchwyliaeth ddiwethaf</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Dim wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>CPD this term</source>
        <translation>DPP y tymor hwn</translation>
    </message>
    <message>
        <source>%1 hours in %2 records</source>
        <translation>%1 awr mewn %2 cofnod</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Testun</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Arsylwadau</translation>
    </message>
    <message>
        <source>Observations this term</source>
        <translation>Arsylwadau y tymor hwn</translation>
    </message>
    <message>
        <source>Checklist score</source>
        <translation>Sgôr y rhestr wirio</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Dim eto</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Cryfderau</translation>
    </message>
    <message>
        <source>To develop</source>
        <translation>I&apos;w datblygu</translation>
    </message>
    <message>
        <source>Learner feedback</source>
        <translation>Adborth dysgwyr</translation>
    </message>
    <message>
        <source>Questionnaires this term</source>
        <translation>Holiaduron y tymor hwn</translation>
    </message>
    <message>
        <source>%1 out of 5</source>
        <translation>%1 allan o 5</translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation>Dim atebion eto</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <source>Overall judgement</source>
        <translation>Barn gyffredinol</translation>
    </message>
    <message>
        <source>Areas for development</source>
        <translation>Meysydd i&apos;w datblygu</translation>
    </message>
    <message>
        <source>Objectives for next term</source>
        <translation>Amcanion ar gyfer y tymor nesaf</translation>
    </message>
    <message>
        <source>Mentor&apos;s comments</source>
        <translation>Sylwadau&apos;r mentor</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Adolygwyd ar</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Adolygydd</translation>
    </message>
    <message>
        <source>Not yet reviewed</source>
        <translation>Heb ei adolygu eto</translation>
    </message>
    <message>
        <source>Mentor&apos;s signature</source>
        <translation>Llofnod y mentor</translation>
    </message>
    <message>
        <source>Reviewer&apos;s signature</source>
        <translation>Llofnod yr adolygydd</translation>
    </message>
    <message>
        <source>Performance review: %1, %2</source>
        <translation>Adolygiad perfformiad: %1, %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Methu ysgrifennu %1: %2</translation>
    </message>
</context>
<context>
    <name>md::Permissions</name>
    <message>
        <source>view students</source>
        <translation>gweld disgyblion</translation>
    </message>
    <message>
        <source>edit student records</source>
        <translation>golygu cofnodion disgyblion</translation>
    </message>
    <message>
        <source>import students</source>
        <translation>mewnforio disgyblion</translation>
    </message>
    <message>
        <source>see parents&apos; contact details</source>
        <translation>gweld manylion cyswllt rhieni</translation>
    </message>
    <message>
        <source>assign students to mentors</source>
        <translation>neilltuo disgyblion i fentoriaid</translation>
    </message>
    <message>
        <source>manage staff users</source>
        <translation>rheoli defnyddwyr staff</translation>
    </message>
    <message>
        <source>change school settings</source>
        <translation>newid gosodiadau&apos;r ysgol</translation>
    </message>
    <message>
        <source>rename roles</source>
        <translation>ailenwi rolau</translation>
    </message>
    <message>
        <source>generate the demo school</source>
        <translation>creu&apos;r ysgol arddangos</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>darllen y log archwilio</translation>
    </message>
    <message>
        <source>see the mentoring team</source>
        <translation>gweld y tîm mentora</translation>
    </message>
    <message>
        <source>add, change or remove mentors</source>
        <translation>ychwanegu, newid neu dynnu mentoriaid</translation>
    </message>
    <message>
        <source>reinstate a removed mentor</source>
        <translation>adfer mentor a dynnwyd</translation>
    </message>
    <message>
        <source>see mentors&apos; supervision, CPD and reviews</source>
        <translation>gweld goruchwyliaeth, DPP ac adolygiadau mentoriaid</translation>
    </message>
    <message>
        <source>record supervision, observations and reviews of mentors</source>
        <translation>cofnodi goruchwyliaeth, arsylwadau ac adolygiadau mentoriaid</translation>
    </message>
    <message>
        <source>record mentors&apos; CPD</source>
        <translation>cofnodi DPP mentoriaid</translation>
    </message>
    <message>
        <source>edit the observation checklist</source>
        <translation>golygu&apos;r rhestr wirio arsylwi</translation>
    </message>
    <message>
        <source>record learner feedback</source>
        <translation>cofnodi adborth dysgwyr</translation>
    </message>
    <message>
        <source>manage letter templates and the letterhead</source>
        <translation>rheoli templedi llythyrau a phennawd y llythyr</translation>
    </message>
    <message>
        <source>create attendance letters</source>
        <translation>creu llythyrau presenoldeb</translation>
    </message>
    <message>
        <source>create behaviour letters</source>
        <translation>creu llythyrau ymddygiad</translation>
    </message>
    <message>
        <source>create assessment letters</source>
        <translation>creu llythyrau asesu</translation>
    </message>
    <message>
        <source>create mentoring letters</source>
        <translation>creu llythyrau mentora</translation>
    </message>
    <message>
        <source>track letters</source>
        <translation>olrhain llythyrau</translation>
    </message>
    <message>
        <source>refer a student</source>
        <translation>atgyfeirio disgybl</translation>
    </message>
    <message>
        <source>see referrals</source>
        <translation>gweld atgyfeiriadau</translation>
    </message>
    <message>
        <source>manage the referral register and the assessment hub</source>
        <translation>rheoli&apos;r gofrestr atgyfeirio a&apos;r hyb asesu</translation>
    </message>
    <message>
        <source>import referrals</source>
        <translation>mewnforio atgyfeiriadau</translation>
    </message>
    <message>
        <source>edit the provision map</source>
        <translation>golygu&apos;r map darpariaeth</translation>
    </message>
    <message>
        <source>see the mentoring register</source>
        <translation>gweld y gofrestr fentora</translation>
    </message>
    <message>
        <source>manage interventions and allocate keyworkers</source>
        <translation>rheoli ymyriadau a neilltuo gweithwyr allweddol</translation>
    </message>
    <message>
        <source>update the interventions you are keyworker for</source>
        <translation>diweddaru&apos;r ymyriadau rydych yn weithiwr allweddol ar eu cyfer</translation>
    </message>
    <message>
        <source>read mentoring logs</source>
        <translation>darllen logiau mentora</translation>
    </message>
    <message>
        <source>write in mentoring logs</source>
        <translation>ysgrifennu mewn logiau mentora</translation>
    </message>
    <message>
        <source>see caseload expectations</source>
        <translation>gweld disgwyliadau llwyth achosion</translation>
    </message>
    <message>
        <source>manage lesson timetables and the school calendar</source>
        <translation>rheoli amserlenni gwersi a chalendr yr ysgol</translation>
    </message>
    <message>
        <source>schedule 1:1 sessions</source>
        <translation>trefnu sesiynau 1:1</translation>
    </message>
    <message>
        <source>export everything held on a student</source>
        <translation>allforio popeth a gedwir am ddisgybl</translation>
    </message>
    <message>
        <source>review and erase records past retention</source>
        <translation>adolygu a dileu cofnodion sydd y tu hwnt i&apos;r cyfnod cadw</translation>
    </message>
    <message>
        <source>read restricted safeguarding entries</source>
        <translation>darllen cofnodion diogelu cyfyngedig</translation>
    </message>
    <message>
        <source>see the behaviour log</source>
        <translation>gweld y log ymddygiad</translation>
    </message>
    <message>
        <source>record behaviour</source>
        <translation>cofnodi ymddygiad</translation>
    </message>
    <message>
        <source>import behaviour events</source>
        <translation>mewnforio digwyddiadau ymddygiad</translation>
    </message>
    <message>
        <source>change the behaviour categories</source>
        <translation>newid y categorïau ymddygiad</translation>
    </message>
    <message>
        <source>see course assessments</source>
        <translation>gweld asesiadau cwrs</translation>
    </message>
    <message>
        <source>assess students on your courses</source>
        <translation>asesu disgyblion ar eich cyrsiau</translation>
    </message>
    <message>
        <source>approve assessments and complete terms</source>
        <translation>cymeradwyo asesiadau a chwblhau tymhorau</translation>
    </message>
    <message>
        <source>manage terms</source>
        <translation>rheoli tymhorau</translation>
    </message>
    <message>
        <source>choose the assessment workflow&apos;s stages</source>
        <translation>dewis camau&apos;r llif gwaith asesu</translation>
    </message>
    <message>
        <source>see 360° reports</source>
        <translation>gweld adroddiadau 360°</translation>
    </message>
    <message>
        <source>import course data and weekly attendance</source>
        <translation>mewnforio data cyrsiau a phresenoldeb wythnosol</translation>
    </message>
    <message>
        <source>manage ILP templates</source>
        <translation>rheoli templedi CDU</translation>
    </message>
    <message>
        <source>see individual learning plans</source>
        <translation>gweld cynlluniau dysgu unigol</translation>
    </message>
    <message>
        <source>contribute to individual learning plans</source>
        <translation>cyfrannu at gynlluniau dysgu unigol</translation>
    </message>
    <message>
        <source>create and manage individual learning plans</source>
        <translation>creu a rheoli cynlluniau dysgu unigol</translation>
    </message>
    <message>
        <source>create and assess midterm reviews</source>
        <translation>creu ac asesu adolygiadau canol tymor</translation>
    </message>
    <message>
        <source>You may not %1: that needs the role %2.</source>
        <translation>Does gennych chi ddim hawl i wneud hyn (%1): mae angen y rôl %2.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> neu </translation>
    </message>
    <message>
        <source>back up or restore the whole database</source>
        <translation>gwneud copi wrth gefn o&apos;r gronfa ddata gyfan neu ei hadfer</translation>
    </message>
</context>
<context>
    <name>md::ProvisionMap</name>
    <message>
        <source>Stage 1: Support intervention</source>
        <translation>Cam 1: Ymyriad cymorth</translation>
    </message>
    <message>
        <source>Stage 2: Short term managed intervention</source>
        <translation>Cam 2: Ymyriad tymor byr a reolir</translation>
    </message>
    <message>
        <source>Stage 3: Long term managed intervention</source>
        <translation>Cam 3: Ymyriad tymor hir a reolir</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Cam %1</translation>
    </message>
    <message>
        <source>Requested by any member of staff through contact with Learning Support.</source>
        <translation>Gall unrhyw aelod o staff wneud cais drwy gysylltu â Chymorth Dysgu.</translation>
    </message>
    <message>
        <source>Requested by any member of staff through the Assessment Hub referral.</source>
        <translation>Gall unrhyw aelod o staff wneud cais drwy atgyfeiriad i&apos;r Hyb Asesu.</translation>
    </message>
    <message>
        <source>Requested by SENCo, DoL or SLT through referral process.</source>
        <translation>Cais gan y cydlynydd AAA, cyfarwyddwr dysgu neu&apos;r uwch dîm arwain drwy&apos;r broses atgyfeirio.</translation>
    </message>
    <message>
        <source>Stage 2 interventions are requested through the referral process and the assessment hub decides on them: refer the student rather than asking learning support directly.</source>
        <translation>Gwneir cais am ymyriadau cam 2 drwy&apos;r broses atgyfeirio, a&apos;r hyb asesu sy&apos;n penderfynu arnynt: atgyfeiriwch y disgybl yn hytrach na gofyn yn uniongyrchol i gymorth dysgu.</translation>
    </message>
    <message>
        <source>Stage 3 interventions are considered only at the discretion of the SENCo, a director of learning or senior leadership, following a discussion at the assessment hub. This is a direct request, so refer the student to the hub instead.</source>
        <translation>Dim ond yn ôl disgresiwn y cydlynydd AAA, cyfarwyddwr dysgu neu&apos;r uwch dîm arwain, yn dilyn trafodaeth yn yr hyb asesu, yr ystyrir ymyriadau cam 3. Cais uniongyrchol yw hwn, felly atgyfeiriwch y disgybl i&apos;r hyb yn lle hynny.</translation>
    </message>
    <message>
        <source>Stage 3 interventions are considered only following a discussion at an assessment hub meeting. An urgent decision outside a meeting may choose a stage 1 or stage 2 intervention; put the referral on the next hub&apos;s agenda for stage 3.</source>
        <translation>Dim ond yn dilyn trafodaeth mewn cyfarfod o&apos;r hyb asesu yr ystyrir ymyriadau cam 3. Gall penderfyniad brys y tu allan i gyfarfod ddewis ymyriad cam 1 neu gam 2; rhowch yr atgyfeiriad ar agenda&apos;r hyb nesaf ar gyfer cam 3.</translation>
    </message>
    <message>
        <source>Stage 3 interventions are requested by the SENCo, a director of learning or senior leadership through the referral process. This referral was made by a member of staff, so choose a stage 1 or stage 2 intervention, or ask the SENCo, the director of learning or senior leadership to request stage 3.</source>
        <translation>Y cydlynydd AAA, cyfarwyddwr dysgu neu&apos;r uwch dîm arwain sy&apos;n gwneud cais am ymyriadau cam 3 drwy&apos;r broses atgyfeirio. Gwnaed yr atgyfeiriad hwn gan aelod o staff, felly dewiswch ymyriad cam 1 neu gam 2, neu gofynnwch i&apos;r cydlynydd AAA, y cyfarwyddwr dysgu neu&apos;r uwch dîm arwain wneud cais am gam 3.</translation>
    </message>
    <message>
        <source>That intervention type is not in the provision map.</source>
        <translation>Nid yw&apos;r math hwnnw o ymyriad yn y map darpariaeth.</translation>
    </message>
    <message>
        <source>The provision map has no intervention type &apos;%1&apos;.</source>
        <translation>Nid oes math o ymyriad &apos;%1&apos; yn y map darpariaeth.</translation>
    </message>
    <message>
        <source>The stage must be 1, 2 or 3, not %1.</source>
        <translation>Rhaid i&apos;r cam fod yn 1, 2 neu 3, nid %1.</translation>
    </message>
    <message>
        <source>Enter the name of the intervention.</source>
        <translation>Rhowch enw&apos;r ymyriad.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; the most is %2.</source>
        <translation>Mae&apos;r enw yn %1 nod o hyd; yr uchafswm yw %2.</translation>
    </message>
    <message>
        <source>Enter a description of the intervention.</source>
        <translation>Rhowch ddisgrifiad o&apos;r ymyriad.</translation>
    </message>
    <message>
        <source>Enter what is provided.</source>
        <translation>Rhowch yr hyn a ddarperir.</translation>
    </message>
    <message>
        <source>The description and the provision may each be at most %1 characters long.</source>
        <translation>Gall y disgrifiad a&apos;r ddarpariaeth fod hyd at %1 nod o hyd yr un.</translation>
    </message>
    <message>
        <source>The length in weeks must be from 1 to 156, not %1.</source>
        <translation>Rhaid i&apos;r hyd mewn wythnosau fod rhwng 1 a 156, nid %1.</translation>
    </message>
    <message>
        <source>A criterion may be at most %1 characters long.</source>
        <translation>Gall maen prawf fod hyd at %1 nod o hyd.</translation>
    </message>
</context>
<context>
    <name>md::ProvisionTypeModel</name>
    <message>
        <source>Stage %1 · %2</source>
        <translation>Cam %1 · %2</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Cynigir</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>Ni chynigir</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Ymyriad</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Meini prawf</translation>
    </message>
</context>
<context>
    <name>md::Recipients</name>
    <message>
        <source>Dear %1</source>
        <translation>Annwyl %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> a </translation>
    </message>
    <message>
        <source>%1: no parent or carer with parental responsibility is recorded.</source>
        <translation>%1: nid oes rhiant na gofalwr â chyfrifoldeb rhiant wedi&apos;i gofnodi.</translation>
    </message>
</context>
<context>
    <name>md::RecordChangeFeed</name>
    <message>
        <source>Live updates from other desks are off: a second connection to the server failed (%1).</source>
        <translation>Mae diweddariadau byw o ddesgiau eraill i ffwrdd: methodd ail gysylltiad â&apos;r gweinydd (%1).</translation>
    </message>
    <message>
        <source>Live updates from other desks are off: the server refused to listen (%1).</source>
        <translation>Mae diweddariadau byw o ddesgiau eraill i ffwrdd: gwrthododd y gweinydd wrando (%1).</translation>
    </message>
</context>
<context>
    <name>md::RecordConflicts</name>
    <message>
        <source>someone else</source>
        <translation>rhywun arall</translation>
    </message>
    <message>
        <source>%1 at %2 on %3</source>
        <translation>%1 am %2 ar %3</translation>
    </message>
    <message>
        <source>%1 deleted %2 while you were editing it. Your changes have not been saved.</source>
        <translation>Dileodd %1 %2 tra oeddech chi&apos;n ei olygu. Nid yw eich newidiadau wedi&apos;u cadw.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 while you were editing it. Your changes have not been saved yet: compare the two versions and choose which to keep.</source>
        <translation>Newidiodd %2 %1 tra oeddech chi&apos;n ei olygu. Nid yw eich newidiadau wedi&apos;u cadw eto: cymharwch y ddwy fersiwn a dewiswch pa un i&apos;w chadw.</translation>
    </message>
</context>
<context>
    <name>md::ReferralImporter</name>
    <message>
        <source>%1: %2; nothing was imported.</source>
        <translation>%1: %2; ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>Nid oedd modd agor %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: its first line must name the columns (Timestamp, Your name, Student UPN, Area of concern, Description of concern, Urgency, ...); nothing was imported.</source>
        <translation>Mae %1 yn wag: rhaid i&apos;w linell gyntaf enwi&apos;r colofnau (Timestamp, Your name, Student UPN, Area of concern, Description of concern, Urgency, ...); ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>the header row (line %1) has more than one column named &quot;%2&quot;</source>
        <translation>mae gan y rhes bennawd (llinell %1) fwy nag un golofn o&apos;r enw &quot;%2&quot;</translation>
    </message>
    <message>
        <source>line %1: it has %2 fields but the header row has %3 (is a comma or quote missing?)</source>
        <translation>llinell %1: mae ganddi %2 maes ond mae gan y rhes bennawd %3 (oes coma neu ddyfynnod ar goll?)</translation>
    </message>
    <message>
        <source>%1 is blank</source>
        <translation>mae %1 yn wag</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a date (write dd/mm/yyyy or yyyy-mm-dd, a time may follow)</source>
        <translation>Nid yw %1 &apos;%2&apos; yn ddyddiad (ysgrifennwch dd/mm/yyyy neu yyyy-mm-dd; gall amser ddilyn)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is in the future</source>
        <translation>mae %1 &apos;%2&apos; yn y dyfodol</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is %3 characters long; the most is %4</source>
        <translation>Mae %1 &apos;%2&apos; yn %3 nod o hyd; yr uchafswm yw %4</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a role the referral form offers (write Member of staff, SENCo, Director of Learning or Senior leadership)</source>
        <translation>Nid yw %1 &apos;%2&apos; yn rôl y mae&apos;r ffurflen atgyfeirio yn ei chynnig (ysgrifennwch Member of staff, SENCo, Director of Learning neu Senior leadership)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a student on the school&apos;s roll (import the students first)</source>
        <translation>nid yw %1 &apos;%2&apos; yn ddisgybl ar gofrestr yr ysgol (mewnforiwch y disgyblion yn gyntaf)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is a student who has left the school</source>
        <translation>Mae %1 &apos;%2&apos; yn ddisgybl sydd wedi gadael yr ysgol</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; does not match the student with UPN %3 (check the UPN)</source>
        <translation>Nid yw %1 &apos;%2&apos; yn cyfateb i&apos;r disgybl â&apos;r UPN %3 (gwiriwch yr UPN)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not an area of concern (write Behaviour, Attendance, Social and emotional, Academic progress, SEN or Other)</source>
        <translation>Nid yw %1 &apos;%2&apos; yn faes pryder (ysgrifennwch Behaviour, Attendance, Social and emotional, Academic progress, SEN neu Other)</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the most is %3</source>
        <translation>mae %1 yn %2 nod o hyd; yr uchafswm yw %3</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not urgent or non-urgent (write Urgent or Non-urgent, or Yes or No)</source>
        <translation>Nid yw %1 &apos;%2&apos; yn frys nac yn ddi-frys (ysgrifennwch Urgent neu Non-urgent, neu Yes neu No)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not an intervention in the provision map</source>
        <translation>Nid yw %1 &apos;%2&apos; yn ymyriad yn y map darpariaeth</translation>
    </message>
    <message>
        <source>it is the same response as line %1</source>
        <translation>dyma&apos;r un ymateb â llinell %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>llinell %1: %2</translation>
    </message>
    <message>
        <source>%1: 1 row has a problem; nothing was imported.</source>
        <translation>%1: mae gan 1 rhes broblem; ni fewnforiwyd dim.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows have problems; nothing was imported.</source>
        <translation>
            <numerusform>%1: mae gan %n rhes broblemau; ni fewnforiwyd dim.</numerusform>
            <numerusform>%1: mae gan %n rhes broblem; ni fewnforiwyd dim.</numerusform>
            <numerusform>%1: mae gan %n rhes broblemau; ni fewnforiwyd dim.</numerusform>
            <numerusform>%1: mae gan %n rhes broblemau; ni fewnforiwyd dim.</numerusform>
            <numerusform>%1: mae gan %n rhes broblemau; ni fewnforiwyd dim.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: line %2 could not be saved, so nothing was imported. %3</source>
        <translation>%1: nid oedd modd cadw llinell %2, felly ni fewnforiwyd dim. %3</translation>
    </message>
    <message>
        <source>%1: the database refused the import, so nothing was imported. %2</source>
        <translation>%1: gwrthododd y gronfa ddata y mewnforio, felly ni fewnforiwyd dim. %2</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not between the years %3 and %4; check the year</source>
        <translation>Nid yw %1 &apos;%2&apos; rhwng y blynyddoedd %3 a %4; gwiriwch y flwyddyn</translation>
    </message>
</context>
<context>
    <name>md::ReferralListModel</name>
    <message>
        <source>The referral register has no database to read.</source>
        <translation>Nid oes gan y gofrestr atgyfeirio gronfa ddata i&apos;w darllen.</translation>
    </message>
    <message>
        <source>Urgent: act today</source>
        <translation>Brys: gweithredu heddiw</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Atgyfeiriwyd</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Blwyddyn</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Pryder</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Brys</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Atgyfeiriwyd gan</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Cam nesaf</translation>
    </message>
</context>
<context>
    <name>md::ReferralStore</name>
    <message>
        <source>new and not yet assessed</source>
        <translation>yn newydd a heb ei asesu eto</translation>
    </message>
    <message>
        <source>in its initial assessment</source>
        <translation>yn ei asesiad cychwynnol</translation>
    </message>
    <message>
        <source>awaiting the assessment hub</source>
        <translation>yn aros am yr hyb asesu</translation>
    </message>
    <message>
        <source>being acted on urgently</source>
        <translation>yn cael sylw ar frys</translation>
    </message>
    <message>
        <source>already decided</source>
        <translation>wedi&apos;i benderfynu eisoes</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>wedi&apos;i gau</translation>
    </message>
    <message>
        <source>This referral is %1, so it cannot %2.</source>
        <translation>Mae&apos;r atgyfeiriad hwn %1, felly ni ellir %2.</translation>
    </message>
    <message>
        <source>This referral was closed on %1, so it cannot %2.</source>
        <translation>Caewyd yr atgyfeiriad hwn ar %1, felly ni ellir %2.</translation>
    </message>
    <message>
        <source>That referral no longer exists.</source>
        <translation>Nid yw&apos;r atgyfeiriad hwnnw&apos;n bodoli mwyach.</translation>
    </message>
    <message>
        <source>That referral is not one you made or one for a student in your group, or it no longer exists.</source>
        <translation>Nid chi a wnaeth yr atgyfeiriad hwnnw ac nid yw ar gyfer disgybl yn eich grŵp, neu nid yw&apos;n bodoli mwyach.</translation>
    </message>
    <message>
        <source>Only the lead mentor or an administrator may record a referral someone else made; your referrals are made in your own name.</source>
        <translation>Dim ond y prif fentor neu weinyddwr gaiff gofnodi atgyfeiriad a wnaed gan rywun arall; gwneir eich atgyfeiriadau chi yn eich enw eich hun.</translation>
    </message>
    <message>
        <source>The referral date %1 is in the future.</source>
        <translation>Mae dyddiad yr atgyfeiriad, %1, yn y dyfodol.</translation>
    </message>
    <message>
        <source>That student is not on the school&apos;s roll.</source>
        <translation>Nid yw&apos;r disgybl hwnnw ar gofrestr yr ysgol.</translation>
    </message>
    <message>
        <source>That student has left the school, so they cannot be referred.</source>
        <translation>Mae&apos;r disgybl hwnnw wedi gadael yr ysgol, felly ni ellir ei atgyfeirio.</translation>
    </message>
    <message>
        <source>Give the date of the referral.</source>
        <translation>Rhowch ddyddiad yr atgyfeiriad.</translation>
    </message>
    <message>
        <source>Describe the concern: what has happened and why you are referring the student.</source>
        <translation>Disgrifiwch y pryder: beth sydd wedi digwydd a pham rydych yn atgyfeirio&apos;r disgybl.</translation>
    </message>
    <message>
        <source>The description and what has been tried may each be at most %1 characters long.</source>
        <translation>Gall y disgrifiad a&apos;r hyn a geisiwyd eisoes fod hyd at %1 nod o hyd yr un.</translation>
    </message>
    <message>
        <source>Name the member of staff who made the referral.</source>
        <translation>Enwch yr aelod o staff a wnaeth yr atgyfeiriad.</translation>
    </message>
    <message>
        <source>The referrer&apos;s name may be at most %1 characters long.</source>
        <translation>Gall enw&apos;r atgyfeiriwr fod hyd at %1 nod o hyd.</translation>
    </message>
    <message>
        <source>A ticked criterion is not one of the criteria for %1.</source>
        <translation>Nid yw maen prawf a diciwyd yn un o&apos;r meini prawf ar gyfer %1.</translation>
    </message>
    <message>
        <source>Criteria can only be ticked for the intervention you have in mind: choose it first.</source>
        <translation>Dim ond ar gyfer yr ymyriad sydd gennych mewn golwg y gellir ticio meini prawf: dewiswch hwnnw yn gyntaf.</translation>
    </message>
    <message>
        <source>Someone else changed this referral meanwhile; reload and try again.</source>
        <translation>Newidiodd rhywun arall yr atgyfeiriad hwn yn y cyfamser; ail-lwythwch a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>start an initial assessment</source>
        <translation>dechrau asesiad cychwynnol</translation>
    </message>
    <message>
        <source>The initial assessment cannot start before the referral was made (%1).</source>
        <translation>Ni all yr asesiad cychwynnol ddechrau cyn i&apos;r atgyfeiriad gael ei wneud (%1).</translation>
    </message>
    <message>
        <source>Observations may be at most %1 characters long.</source>
        <translation>Gall arsylwadau fod hyd at %1 nod o hyd.</translation>
    </message>
    <message>
        <source>take new observations</source>
        <translation>cymryd arsylwadau newydd</translation>
    </message>
    <message>
        <source>be sent to the hub</source>
        <translation>ei anfon i&apos;r hyb</translation>
    </message>
    <message>
        <source>This referral is urgent: learning support discuss it at once with the director of learning and record an action plan the same day, rather than waiting for the hub.</source>
        <translation>Mae&apos;r atgyfeiriad hwn yn un brys: mae cymorth dysgu yn ei drafod ar unwaith gyda&apos;r cyfarwyddwr dysgu ac yn cofnodi cynllun gweithredu ar yr un diwrnod, yn hytrach nag aros am yr hyb.</translation>
    </message>
    <message>
        <source>Record learning support&apos;s observations from the initial assessment before sending the referral to the hub.</source>
        <translation>Cofnodwch arsylwadau cymorth dysgu o&apos;r asesiad cychwynnol cyn anfon yr atgyfeiriad i&apos;r hyb.</translation>
    </message>
    <message>
        <source>Give today&apos;s date.</source>
        <translation>Rhowch ddyddiad heddiw.</translation>
    </message>
    <message>
        <source>be acted on as urgent</source>
        <translation>gweithredu arno fel achos brys</translation>
    </message>
    <message>
        <source>Only an urgent referral is acted on at once; this one is non-urgent, so it goes to the next assessment hub meeting.</source>
        <translation>Dim ond atgyfeiriad brys sy&apos;n cael sylw ar unwaith; nid yw hwn yn un brys, felly mae&apos;n mynd i gyfarfod nesaf yr hyb asesu.</translation>
    </message>
    <message>
        <source>Name the director of learning the urgent referral was discussed with.</source>
        <translation>Enwch y cyfarwyddwr dysgu y trafodwyd yr atgyfeiriad brys gydag ef neu hi.</translation>
    </message>
    <message>
        <source>Record the action plan agreed with the director of learning.</source>
        <translation>Cofnodwch y cynllun gweithredu y cytunwyd arno gyda&apos;r cyfarwyddwr dysgu.</translation>
    </message>
    <message>
        <source>The name may be at most %1 characters and the action plan %2.</source>
        <translation>Gall yr enw fod hyd at %1 nod a&apos;r cynllun gweithredu hyd at %2.</translation>
    </message>
    <message>
        <source>The action plan cannot be dated before the referral (%1).</source>
        <translation>Ni ellir dyddio&apos;r cynllun gweithredu cyn yr atgyfeiriad (%1).</translation>
    </message>
    <message>
        <source>be closed (only a decided referral is closed)</source>
        <translation>ei gau (dim ond atgyfeiriad y penderfynwyd arno sy&apos;n cael ei gau)</translation>
    </message>
    <message>
        <source>The hub is monitoring this referral until its next meeting, where the recommendation is decided; it cannot be closed before then.</source>
        <translation>Mae&apos;r hyb yn monitro&apos;r atgyfeiriad hwn tan ei gyfarfod nesaf, lle penderfynir ar yr argymhelliad; ni ellir ei gau cyn hynny.</translation>
    </message>
    <message>
        <source>The intervention this referral led to is still live. It closes when the intervention is concluded at a hub review.</source>
        <translation>Mae&apos;r ymyriad a ddeilliodd o&apos;r atgyfeiriad hwn yn dal ar waith. Bydd yn cau pan ddaw&apos;r ymyriad i ben mewn adolygiad gan yr hyb.</translation>
    </message>
    <message>
        <source>A referral cannot be closed before it was made (%1).</source>
        <translation>Ni ellir cau atgyfeiriad cyn iddo gael ei wneud (%1).</translation>
    </message>
    <message>
        <source>The note may be at most %1 characters long.</source>
        <translation>Gall y nodyn fod hyd at %1 nod o hyd.</translation>
    </message>
    <message>
        <source>This referral</source>
        <translation>yr atgyfeiriad hwn</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Arsylwadau</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
</context>
<context>
    <name>md::Referrals</name>
    <message>
        <source>waiting for a keyworker</source>
        <translation>yn aros am weithiwr allweddol</translation>
    </message>
    <message>
        <source>review overdue</source>
        <translation>adolygiad yn hwyr</translation>
    </message>
    <message>
        <source>parents to contact</source>
        <translation>rhieni i gysylltu â nhw</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Gweithredol</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Wedi dod i ben</translation>
    </message>
    <message>
        <source>Assessment hub</source>
        <translation>Hyb asesu</translation>
    </message>
    <message>
        <source>Urgent referral</source>
        <translation>Atgyfeiriad brys</translation>
    </message>
    <message>
        <source>Direct request to learning support</source>
        <translation>Cais uniongyrchol i gymorth dysgu</translation>
    </message>
    <message>
        <source>Objectives met</source>
        <translation>Amcanion wedi&apos;u cyflawni</translation>
    </message>
    <message>
        <source>Objectives partly met</source>
        <translation>Amcanion wedi&apos;u cyflawni&apos;n rhannol</translation>
    </message>
    <message>
        <source>Objectives not met</source>
        <translation>Amcanion heb eu cyflawni</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Daeth i ben yn gynnar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Parhau</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Conclude</source>
        <translation>Dirwyn i ben</translation>
    </message>
    <message>
        <source>None due</source>
        <translation>Dim yn ddyledus</translation>
    </message>
    <message>
        <source>Explain the intervention to parents</source>
        <translation>Esbonio&apos;r ymyriad i rieni</translation>
    </message>
    <message>
        <source>Tell parents it has concluded</source>
        <translation>Dweud wrth rieni ei fod wedi dod i ben</translation>
    </message>
    <message>
        <source>URGENT: assess and discuss with the director of learning today</source>
        <translation>BRYS: asesu a thrafod gyda&apos;r cyfarwyddwr dysgu heddiw</translation>
    </message>
    <message>
        <source>Initial assessment by learning support</source>
        <translation>Asesiad cychwynnol gan gymorth dysgu</translation>
    </message>
    <message>
        <source>URGENT: record the action plan today</source>
        <translation>BRYS: cofnodi&apos;r cynllun gweithredu heddiw</translation>
    </message>
    <message>
        <source>Observations, then send to the hub</source>
        <translation>Arsylwadau, yna anfon i&apos;r hyb</translation>
    </message>
    <message>
        <source>Hub meeting %1</source>
        <translation>Cyfarfod hyb %1</translation>
    </message>
    <message>
        <source>Hub proposed by %1 (no meeting scheduled)</source>
        <translation>Hyb wedi&apos;i gynnig gan %1 (dim cyfarfod wedi&apos;i drefnu)</translation>
    </message>
    <message>
        <source>Next hub meeting</source>
        <translation>Cyfarfod nesaf yr hyb</translation>
    </message>
    <message>
        <source>Decide the intervention now</source>
        <translation>Penderfynu ar yr ymyriad nawr</translation>
    </message>
    <message>
        <source>Monitored; recommendation at the hub %1</source>
        <translation>Yn cael ei fonitro; argymhelliad yn yr hyb %1</translation>
    </message>
    <message>
        <source>Monitored until the next hub meeting</source>
        <translation>Yn cael ei fonitro tan gyfarfod nesaf yr hyb</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Caewyd %1</translation>
    </message>
    <message>
        <source> (stage %1)</source>
        <translation> (cam %1)</translation>
    </message>
    <message>
        <source>, keyworker to be allocated</source>
        <translation>, gweithiwr allweddol i&apos;w neilltuo</translation>
    </message>
    <message>
        <source>, keyworker %1</source>
        <translation>, gweithiwr allweddol %1</translation>
    </message>
    <message>
        <source>: sent to the form tutor for information</source>
        <translation>: anfonwyd at y tiwtor dosbarth er gwybodaeth</translation>
    </message>
    <message>
        <source>: passed to the SENCo</source>
        <translation>: trosglwyddwyd i&apos;r cydlynydd AAA</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Newydd</translation>
    </message>
    <message>
        <source>Initial assessment</source>
        <translation>Asesiad cychwynnol</translation>
    </message>
    <message>
        <source>Awaiting hub</source>
        <translation>Yn aros am yr hyb</translation>
    </message>
    <message>
        <source>Urgent action</source>
        <translation>Gweithredu brys</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Penderfynwyd</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ar gau</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Ymddygiad</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenoldeb</translation>
    </message>
    <message>
        <source>Social and emotional</source>
        <translation>Cymdeithasol ac emosiynol</translation>
    </message>
    <message>
        <source>Academic progress</source>
        <translation>Cynnydd academaidd</translation>
    </message>
    <message>
        <source>SEN</source>
        <translation>AAA</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Brys</translation>
    </message>
    <message>
        <source>Non-urgent</source>
        <translation>Ddim yn frys</translation>
    </message>
    <message>
        <source>Member of staff</source>
        <translation>Aelod o staff</translation>
    </message>
    <message>
        <source>SENCo</source>
        <translation>CydAAA</translation>
    </message>
    <message>
        <source>Director of learning</source>
        <translation>Cyfarwyddwr dysgu</translation>
    </message>
    <message>
        <source>Senior leadership</source>
        <translation>Uwch dîm arwain</translation>
    </message>
    <message>
        <source>Planned intervention</source>
        <translation>Ymyriad wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <source>Monitor and review</source>
        <translation>Monitro ac adolygu</translation>
    </message>
    <message>
        <source>No intervention required</source>
        <translation>Dim angen ymyriad</translation>
    </message>
    <message>
        <source>SEN assessment</source>
        <translation>Asesiad AAA</translation>
    </message>
    <message>
        <source>Mentor Desk</source>
        <translation>Mentor Desk</translation>
    </message>
    <message>
        <source>Online referral form</source>
        <translation>Ffurflen atgyfeirio ar-lein</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Cynhaliwyd</translation>
    </message>
</context>
<context>
    <name>md::ReportActivityModel</name>
    <message>
        <source>No activity recorded for this course</source>
        <translation>Dim gweithgarwch wedi&apos;i gofnodi ar gyfer y cwrs hwn</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cwrs</translation>
    </message>
    <message>
        <source>Minutes a week</source>
        <translation>Munudau&apos;r wythnos</translation>
    </message>
    <message>
        <source>Class average</source>
        <translation>Cyfartaledd y dosbarth</translation>
    </message>
    <message>
        <source>Messages and posts</source>
        <translation>Negeseuon a phostiadau</translation>
    </message>
    <message>
        <source>Trend (minutes/week)</source>
        <translation>Tuedd (munudau/wythnos)</translation>
    </message>
</context>
<context>
    <name>md::ReportCourseModel</name>
    <message numerus="yes">
        <source>%n figure(s) below the course average</source>
        <translation>
            <numerusform>%n ffigur o dan gyfartaledd y cwrs</numerusform>
            <numerusform>%n ffigur o dan gyfartaledd y cwrs</numerusform>
            <numerusform>%n ffigur o dan gyfartaledd y cwrs</numerusform>
            <numerusform>%n ffigur o dan gyfartaledd y cwrs</numerusform>
            <numerusform>%n ffigur o dan gyfartaledd y cwrs</numerusform>
        </translation>
    </message>
    <message>
        <source>Below the course average</source>
        <translation>O dan gyfartaledd y cwrs</translation>
    </message>
    <message>
        <source>Course average: %1</source>
        <translation>Cyfartaledd y cwrs: %1</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Tutor group</source>
        <translation>Grŵp tiwtor</translation>
    </message>
    <message>
        <source>Minutes a week</source>
        <translation>Munudau&apos;r wythnos</translation>
    </message>
    <message>
        <source>Messages a week</source>
        <translation>Negeseuon yr wythnos</translation>
    </message>
    <message>
        <source>Mandatory done</source>
        <translation>Gorfodol wedi&apos;u gwneud</translation>
    </message>
    <message>
        <source>Optional done</source>
        <translation>Dewisol wedi&apos;u gwneud</translation>
    </message>
    <message>
        <source>Grade average</source>
        <translation>Cyfartaledd graddau</translation>
    </message>
    <message>
        <source>Latest grade</source>
        <translation>Gradd ddiweddaraf</translation>
    </message>
</context>
<context>
    <name>md::ReportGradesModel</name>
    <message>
        <source>No grades recorded for this course</source>
        <translation>Dim graddau wedi&apos;u cofnodi ar gyfer y cwrs hwn</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cwrs</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Gradd</translation>
    </message>
    <message>
        <source>% of scale</source>
        <translation>% o&apos;r raddfa</translation>
    </message>
    <message>
        <source>Course average</source>
        <translation>Cyfartaledd y cwrs</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Gwahaniaeth</translation>
    </message>
</context>
<context>
    <name>md::ReportImpact</name>
    <message>
        <source>Attendance (%)</source>
        <translation>Presenoldeb (%)</translation>
    </message>
    <message>
        <source>Positive points per week</source>
        <translation>Pwyntiau cadarnhaol yr wythnos</translation>
    </message>
    <message>
        <source>Negative points per week</source>
        <translation>Pwyntiau negyddol yr wythnos</translation>
    </message>
    <message>
        <source>1:1 session rating (1-5)</source>
        <translation>Sgôr sesiwn 1:1 (1-5)</translation>
    </message>
    <message>
        <source>Minutes in courses per week</source>
        <translation>Munudau mewn cyrsiau yr wythnos</translation>
    </message>
    <message>
        <source>Grades (% of scale)</source>
        <translation>Graddau (% o&apos;r raddfa)</translation>
    </message>
</context>
<context>
    <name>md::ReportImpactModel</name>
    <message>
        <source> points</source>
        <translation> pwynt</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Ymyriad</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesur</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Cyn</translation>
    </message>
    <message>
        <source>During</source>
        <translation>Yn ystod</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Ar ôl</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
</context>
<context>
    <name>md::ReportImporter</name>
    <message>
        <source>it has %1 fields but the header row has %2 (is a comma or quote missing?)</source>
        <translation>mae %1 maes ynddi ond mae %2 yn y rhes bennawd (a oes coma neu ddyfynnod ar goll?)</translation>
    </message>
    <message>
        <source>it has %1 fields but the header row has %2 (is a course name with a comma not in quotes?)</source>
        <translation>mae %1 maes ynddi ond mae %2 yn y rhes bennawd (a oes enw cwrs sy&apos;n cynnwys coma heb fod mewn dyfynodau?)</translation>
    </message>
    <message>
        <source>%1 is blank</source>
        <translation>mae %1 yn wag</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a grade on the 9-1 or A*-U scale or a percentage (write 7, B or 72%)</source>
        <translation>Nid yw %1 &apos;%2&apos; yn radd ar raddfa 9-1 neu A*-U nac yn ganran (ysgrifennwch 7, B neu 72%)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a percentage from 0 to 100</source>
        <translation>Nid yw %1 &apos;%2&apos; yn ganran rhwng 0 a 100</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a student in this database (import the students first)</source>
        <translation>Nid yw %1 &apos;%2&apos; yn ddisgybl yn y gronfa ddata hon (mewnforiwch y disgyblion yn gyntaf)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a course in this database</source>
        <translation>Nid yw %1 &apos;%2&apos; yn gwrs yn y gronfa ddata hon</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; names more than one course; rename one of them</source>
        <translation>Mae %1 &apos;%2&apos; yn enwi mwy nag un cwrs; ailenwch un ohonynt</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: the student is not on this course</source>
        <translation>%1 &apos;%2&apos;: nid yw&apos;r disgybl ar y cwrs hwn</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a date (write dd/mm/yyyy or yyyy-mm-dd)</source>
        <translation>Nid yw %1 &apos;%2&apos; yn ddyddiad (ysgrifennwch dd/mm/yyyy neu yyyy-mm-dd)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is in the future</source>
        <translation>mae %1 &apos;%2&apos; yn y dyfodol</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a whole number from 0 to %3</source>
        <translation>Nid yw %1 &apos;%2&apos; yn rhif cyfan rhwng 0 a %3</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is %3 characters long; the most is %4</source>
        <translation>Mae %1 &apos;%2&apos; yn %3 nod o hyd; yr uchafswm yw %4</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not mandatory or optional (write Mandatory or Optional, or Y or N)</source>
        <translation>Nid yw %1 &apos;%2&apos; yn orfodol nac yn ddewisol (ysgrifennwch Mandatory neu Optional, neu Y neu N)</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported.</source>
        <translation>%1: %2; ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>Nid oedd modd agor %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: its first line must name the columns (%2); nothing was imported.</source>
        <translation>Mae %1 yn wag: rhaid i&apos;w linell gyntaf enwi&apos;r colofnau (%2); ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>the header row (line %1) has more than one column named &quot;%2&quot;</source>
        <translation>mae gan y rhes bennawd (llinell %1) fwy nag un golofn o&apos;r enw &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the same student, %1 and %2 are already on line %3</source>
        <translation>yr un disgybl, mae %1 a %2 eisoes ar linell %3</translation>
    </message>
    <message>
        <source>week</source>
        <translation>wythnos</translation>
    </message>
    <message>
        <source>course</source>
        <translation>cwrs</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tasg</translation>
    </message>
    <message>
        <source>date</source>
        <translation>dyddiad</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>llinell %1: %2</translation>
    </message>
    <message>
        <source>%1: 1 row has a problem; nothing was imported.</source>
        <translation>%1: mae gan 1 rhes broblem; ni fewnforiwyd dim.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows have problems; nothing was imported.</source>
        <translation>
            <numerusform>%1: mae gan %n rhes broblemau; ni fewnforiwyd dim.</numerusform>
            <numerusform>%1: mae gan %n rhes broblem; ni fewnforiwyd dim.</numerusform>
            <numerusform>%1: mae gan %n rhes broblemau; ni fewnforiwyd dim.</numerusform>
            <numerusform>%1: mae gan %n rhes broblemau; ni fewnforiwyd dim.</numerusform>
            <numerusform>%1: mae gan %n rhes broblemau; ni fewnforiwyd dim.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the database refused the import, so nothing was imported. %2</source>
        <translation>%1: gwrthododd y gronfa ddata y mewnforio, felly ni fewnforiwyd dim. %2</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 unchanged</source>
        <translation>%1: %2 newydd, %3 wedi&apos;u diweddaru, %4 heb newid</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not between the years %3 and %4; check the year</source>
        <translation>Nid yw %1 &apos;%2&apos; rhwng y blynyddoedd %3 a %4; gwiriwch y flwyddyn</translation>
    </message>
</context>
<context>
    <name>md::ReportProgressModel</name>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 o %2 (%3%)</translation>
    </message>
    <message>
        <source>No work recorded for this course</source>
        <translation>Dim gwaith wedi&apos;i gofnodi ar gyfer y cwrs hwn</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>dim wedi&apos;i osod</translation>
    </message>
    <message>
        <source>%1 min (class %2)</source>
        <translation>%1 mun (dosbarth %2)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 mun</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cwrs</translation>
    </message>
    <message>
        <source>Mandatory done</source>
        <translation>Gorfodol wedi&apos;u gwneud</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Dosbarth</translation>
    </message>
    <message>
        <source>Optional done</source>
        <translation>Dewisol wedi&apos;u gwneud</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <source>Time online</source>
        <translation>Amser ar-lein</translation>
    </message>
</context>
<context>
    <name>md::ReportStore</name>
    <message>
        <source>Met</source>
        <translation>Wedi&apos;i fodloni</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>Wedi&apos;i fodloni&apos;n rhannol</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Heb ei fodloni</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Daeth i ben yn gynnar</translation>
    </message>
    <message>
        <source>That student is not in this database.</source>
        <translation>Nid yw&apos;r disgybl hwnnw yn y gronfa ddata hon.</translation>
    </message>
    <message>
        <source>Year %1, %2</source>
        <translation>Blwyddyn %1, %2</translation>
    </message>
    <message>
        <source>That course is not in this database.</source>
        <translation>Nid yw&apos;r cwrs hwnnw yn y gronfa ddata hon.</translation>
    </message>
    <message>
        <source>You may not see this course&apos;s 360° report: you do not teach it and none of your learners is on it.</source>
        <translation>Ni chewch weld adroddiad 360° y cwrs hwn: nid ydych yn ei addysgu ac nid oes yr un o&apos;ch dysgwyr arno.</translation>
    </message>
</context>
<context>
    <name>md::ReportStudentListModel</name>
    <message>
        <source>Student</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Blwyddyn</translation>
    </message>
    <message>
        <source>Tutor group</source>
        <translation>Grŵp tiwtor</translation>
    </message>
</context>
<context>
    <name>md::Restricted</name>
    <message>
        <source>Restricted entry</source>
        <translation>Cofnod cyfyngedig</translation>
    </message>
    <message>
        <source>This is a restricted entry: only its author, the lead mentor and headteachers can read or change it.</source>
        <translation>Mae hwn yn gofnod cyfyngedig: dim ond ei awdur, y prif fentor a phenaethiaid all ei ddarllen neu ei newid.</translation>
    </message>
</context>
<context>
    <name>md::Retention</name>
    <message>
        <source>Mentoring records (log, sessions, targets, contacts)</source>
        <translation>Cofnodion mentora (log, sesiynau, targedau, cysylltiadau)</translation>
    </message>
    <message>
        <source>Referrals, hub decisions and interventions</source>
        <translation>Atgyfeiriadau, penderfyniadau&apos;r hyb ac ymyriadau</translation>
    </message>
    <message>
        <source>Letters to parents</source>
        <translation>Llythyrau at rieni</translation>
    </message>
    <message>
        <source>Behaviour events</source>
        <translation>Digwyddiadau ymddygiad</translation>
    </message>
    <message>
        <source>Individual learning plans</source>
        <translation>Cynlluniau dysgu unigol</translation>
    </message>
    <message>
        <source>The whole record of a student who has left</source>
        <translation>Cofnod cyfan disgybl sydd wedi gadael</translation>
    </message>
    <message>
        <source>There is no kind of record called &quot;%1&quot;.</source>
        <translation>Nid oes math o gofnod o&apos;r enw &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A retention period is between 1 and 100 years (not %1).</source>
        <translation>Mae cyfnod cadw rhwng 1 a 100 o flynyddoedd (nid %1).</translation>
    </message>
    <message>
        <source>Student id %1&apos;s %2 are not past their retention period; nothing was erased.</source>
        <translation>Nid yw %2 y disgybl ag id %1 y tu hwnt i&apos;w cyfnod cadw; ni ddilëwyd dim.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) erased under the rule: kept %1</source>
        <translation>
            <numerusform>Dilëwyd %n cofnod o dan y rheol: cedwir %1</numerusform>
            <numerusform>Dilëwyd %n cofnod o dan y rheol: cedwir %1</numerusform>
            <numerusform>Dilëwyd %n cofnod o dan y rheol: cedwir %1</numerusform>
            <numerusform>Dilëwyd %n cofnod o dan y rheol: cedwir %1</numerusform>
            <numerusform>Dilëwyd %n cofnod o dan y rheol: cedwir %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>until the student is %n year(s) old</source>
        <translation>
            <numerusform>nes bod y disgybl yn %n oed</numerusform>
            <numerusform>nes bod y disgybl yn %n oed</numerusform>
            <numerusform>nes bod y disgybl yn %n oed</numerusform>
            <numerusform>nes bod y disgybl yn %n oed</numerusform>
            <numerusform>nes bod y disgybl yn %n oed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) after the student left</source>
        <translation>
            <numerusform>%n o flynyddoedd ar ôl i&apos;r disgybl adael</numerusform>
            <numerusform>%n flwyddyn ar ôl i&apos;r disgybl adael</numerusform>
            <numerusform>%n o flynyddoedd ar ôl i&apos;r disgybl adael</numerusform>
            <numerusform>%n o flynyddoedd ar ôl i&apos;r disgybl adael</numerusform>
            <numerusform>%n o flynyddoedd ar ôl i&apos;r disgybl adael</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ReviewTerm</name>
    <message>
        <source>Autumn term %1</source>
        <translation>Tymor yr hydref %1</translation>
    </message>
    <message>
        <source>Spring term %1</source>
        <translation>Tymor y gwanwyn %1</translation>
    </message>
    <message>
        <source>Summer term %1</source>
        <translation>Tymor yr haf %1</translation>
    </message>
</context>
<context>
    <name>md::RowVersion</name>
    <message>
        <source>&quot;%1&quot; is not a table name.</source>
        <translation>Nid yw &quot;%1&quot; yn enw tabl.</translation>
    </message>
</context>
<context>
    <name>md::ScheduleRules</name>
    <message>
        <source>One session per student per week</source>
        <translation>Un sesiwn i bob disgybl bob wythnos</translation>
    </message>
    <message>
        <source>In the first half of a lesson</source>
        <translation>Yn hanner cyntaf gwers</translation>
    </message>
    <message>
        <source>No subject missed more than twice per term</source>
        <translation>Dim pwnc yn cael ei golli fwy na dwywaith y tymor</translation>
    </message>
    <message>
        <source>No sessions in an assessment week</source>
        <translation>Dim sesiynau mewn wythnos asesu</translation>
    </message>
    <message>
        <source>Only on school days</source>
        <translation>Ar ddiwrnodau ysgol yn unig</translation>
    </message>
    <message>
        <source>The mentor free at least one hour a day</source>
        <translation>Y mentor yn rhydd am o leiaf awr y dydd</translation>
    </message>
    <message>
        <source>No two sessions for the mentor at once</source>
        <translation>Dim dwy sesiwn i&apos;r mentor ar yr un pryd</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>1af</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2il</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>3ydd</translation>
    </message>
    <message>
        <source>%1th</source>
        <translation>%1fed</translation>
    </message>
    <message>
        <source>%1 is in %2</source>
        <translation>Mae %1 yn %2</translation>
    </message>
    <message>
        <source>%1 is a weekend</source>
        <translation>Mae %1 yn benwythnos</translation>
    </message>
    <message>
        <source>%1 is not in a term</source>
        <translation>Nid yw %1 mewn tymor</translation>
    </message>
    <message>
        <source>period %1 is not a period of the school day</source>
        <translation>nid yw cyfnod %1 yn un o gyfnodau&apos;r diwrnod ysgol</translation>
    </message>
    <message>
        <source>the student has no lesson in %1 on %2</source>
        <translation>nid oes gan y disgybl wers yn %1 ar %2</translation>
    </message>
    <message>
        <source>%1 is %2 minutes long, too short for a %3-minute session in its first half</source>
        <translation>Mae %1 yn %2 munud o hyd, sy&apos;n rhy fyr ar gyfer sesiwn %3 munud yn ei hanner cyntaf</translation>
    </message>
    <message>
        <source>the student already has a session in the week of %1</source>
        <translation>mae gan y disgybl sesiwn eisoes yn wythnos %1</translation>
    </message>
    <message>
        <source>%1 would be missed for the %2 time in %3</source>
        <translation>Byddai %1 yn cael ei golli am y %2 tro yn %3</translation>
    </message>
    <message>
        <source>this term</source>
        <translation>y tymor hwn</translation>
    </message>
    <message>
        <source>the mentor already has a session in %1 on %2</source>
        <translation>mae gan y mentor sesiwn eisoes yn %1 ar %2</translation>
    </message>
    <message>
        <source>period %1</source>
        <translation>cyfnod %1</translation>
    </message>
    <message>
        <source>the mentor would have %1 minutes free on %2; at least %3 are kept for ad hoc support</source>
        <translation>byddai gan y mentor %1 munud yn rhydd ar %2; cedwir o leiaf %3 ar gyfer cymorth ad hoc</translation>
    </message>
</context>
<context>
    <name>md::SchoolCalendar</name>
    <message>
        <source>Autumn term</source>
        <translation>Tymor yr hydref</translation>
    </message>
    <message>
        <source>Spring term</source>
        <translation>Tymor y gwanwyn</translation>
    </message>
    <message>
        <source>Summer term</source>
        <translation>Tymor yr haf</translation>
    </message>
    <message>
        <source>%1, first half</source>
        <translation>%1, hanner cyntaf</translation>
    </message>
    <message>
        <source>%1, second half</source>
        <translation>%1, ail hanner</translation>
    </message>
</context>
<context>
    <name>md::SchoolSettings</name>
    <message>
        <source>Unnamed school</source>
        <translation>Ysgol heb enw</translation>
    </message>
</context>
<context>
    <name>md::SealedFile</name>
    <message>
        <source>The passphrase must be at least 10 characters long.</source>
        <translation>Rhaid i&apos;r cyfrinymadrodd fod o leiaf 10 nod o hyd.</translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation>Methodd y llyfrgell amgryptio â chychwyn.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Methu darllen %1: %2</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the encryption key.</source>
        <translation>Nid oes digon o gof i ddeillio&apos;r allwedd amgryptio.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Nid oedd modd ysgrifennu %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be read to the end.</source>
        <translation>Methu darllen %1 hyd at y diwedd.</translation>
    </message>
    <message>
        <source>%1 could not be written (is the disk full?): %2</source>
        <translation>Methu ysgrifennu %1 (ydy&apos;r ddisg yn llawn?): %2</translation>
    </message>
    <message>
        <source>%1 is not an encrypted Mentor Desk file.</source>
        <translation>Nid yw %1 yn ffeil Mentor Desk wedi&apos;i hamgryptio.</translation>
    </message>
    <message>
        <source>%1 is damaged: its key parameters are not ones Mentor Desk writes.</source>
        <translation>Mae %1 wedi&apos;i difrodi: nid yw paramedrau ei hallwedd yn rhai y mae Mentor Desk yn eu hysgrifennu.</translation>
    </message>
    <message>
        <source>%1 is damaged: its header is not valid.</source>
        <translation>Mae %1 wedi&apos;i difrodi: nid yw ei phennyn yn ddilys.</translation>
    </message>
    <message>
        <source>%1 is incomplete: it ends before its last part (was it cut short while copying?).</source>
        <translation>Mae %1 yn anghyflawn: mae&apos;n dod i ben cyn ei rhan olaf (a gafodd ei thorri&apos;n fyr wrth gopïo?).</translation>
    </message>
    <message>
        <source>%1 has been altered or damaged (a part of the wrong size at byte %2).</source>
        <translation>Mae %1 wedi&apos;i newid neu ei difrodi (rhan o&apos;r maint anghywir ar feit %2).</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or %1 has been altered. Nothing was read from it.</source>
        <translation>Mae&apos;r cyfrinymadrodd yn anghywir, neu mae %1 wedi&apos;i newid. Ni ddarllenwyd dim ohoni.</translation>
    </message>
    <message>
        <source>%1 has been altered or damaged after byte %2; it was refused.</source>
        <translation>Mae %1 wedi&apos;i newid neu ei difrodi ar ôl beit %2; fe&apos;i gwrthodwyd.</translation>
    </message>
    <message>
        <source>%1 has been altered: there is data after its last part.</source>
        <translation>Mae %1 wedi&apos;i newid: mae data ar ôl ei rhan olaf.</translation>
    </message>
</context>
<context>
    <name>md::ServerAccounts</name>
    <message>
        <source>Staff roles exist only on a PostgreSQL server: give it with --url.</source>
        <translation>Dim ond ar weinydd PostgreSQL y mae rolau staff yn bodoli: rhowch ef gyda --url.</translation>
    </message>
    <message>
        <source>%1 is not up to date (schema %2): open it once with this version first.</source>
        <translation>Nid yw %1 yn gyfredol (sgema %2): agorwch hi unwaith gyda&apos;r fersiwn hon yn gyntaf.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a server role name: use lower-case letters, digits and &apos;_&apos; (at most 63, not starting with a digit or pg_). Choose one with --role.</source>
        <translation>Ni all &apos;%1&apos; fod yn enw rôl ar y gweinydd: defnyddiwch lythrennau bach, digidau a &apos;_&apos; (63 ar y mwyaf, heb ddechrau â digid neu pg_). Dewiswch un gyda --role.</translation>
    </message>
    <message>
        <source>The role&apos;s password must have at least 8 characters.</source>
        <translation>Rhaid i gyfrinair y rôl fod ag o leiaf 8 nod.</translation>
    </message>
    <message>
        <source>There is no active staff user &apos;%1&apos;: add them in Mentor Desk first.</source>
        <translation>Nid oes defnyddiwr staff gweithredol &apos;%1&apos;: ychwanegwch nhw yn Mentor Desk yn gyntaf.</translation>
    </message>
    <message>
        <source>%1 already has the server role %2.</source>
        <translation>Mae gan %1 y rôl %2 ar y gweinydd yn barod.</translation>
    </message>
    <message>
        <source>The server already has a role %1. Choose another name with --role.</source>
        <translation>Mae gan y gweinydd rôl %1 yn barod. Dewiswch enw arall gyda --role.</translation>
    </message>
    <message>
        <source>The server did not say which database this is.</source>
        <translation>Ni ddywedodd y gweinydd pa gronfa ddata yw hon.</translation>
    </message>
    <message>
        <source>The server refused to set up the role %1 (the connecting role must own the database and may create roles); nothing was changed. %2</source>
        <translation>Gwrthododd y gweinydd osod y rôl %1 (rhaid i&apos;r rôl sy&apos;n cysylltu fod yn berchen ar y gronfa ddata a chael creu rolau); ni newidiwyd dim. %2</translation>
    </message>
    <message>
        <source>This desk is not connected as your own server role, so there is no server password of yours to change here.</source>
        <translation>Nid yw&apos;r ddesg hon wedi&apos;i chysylltu fel eich rôl gweinydd eich hun, felly nid oes cyfrinair gweinydd i chi ei newid yma.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Rhaid i&apos;r cyfrinair newydd fod yn wahanol i&apos;r un presennol.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Nid yw&apos;r cyfrinair presennol yn gywir.</translation>
    </message>
    <message>
        <source>The server could not check the current password: %1</source>
        <translation>Ni allai&apos;r gweinydd wirio&apos;r cyfrinair presennol: %1</translation>
    </message>
    <message>
        <source>The server refused the new password; nothing was changed. %1</source>
        <translation>Gwrthododd y gweinydd y cyfrinair newydd; ni newidiwyd dim. %1</translation>
    </message>
</context>
<context>
    <name>md::SessionPrompts</name>
    <message>
        <source>Review the student&apos;s progress since the last meeting.</source>
        <translation>Adolygu cynnydd y disgybl ers y cyfarfod diwethaf.</translation>
    </message>
    <message>
        <source>Help the student to identify WWW and EBI.</source>
        <translation>Helpu&apos;r disgybl i nodi Beth aeth yn dda (WWW) a Byddai&apos;n well byth pe (EBI).</translation>
    </message>
    <message>
        <source>Discuss particular successes and address any difficulties.</source>
        <translation>Trafod llwyddiannau penodol a mynd i&apos;r afael ag unrhyw anawsterau.</translation>
    </message>
    <message>
        <source>Review their progress towards personal targets.</source>
        <translation>Adolygu eu cynnydd tuag at dargedau personol.</translation>
    </message>
    <message>
        <source>Review behaviour data since the previous meeting.</source>
        <translation>Adolygu data ymddygiad ers y cyfarfod blaenorol.</translation>
    </message>
    <message>
        <source>Focus on a particular target identified in the action plan.</source>
        <translation>Canolbwyntio ar darged penodol a nodwyd yn y cynllun gweithredu.</translation>
    </message>
    <message>
        <source>Fully plan the session, with the resources ready, linked to the mentoring objectives.</source>
        <translation>Cynllunio&apos;r sesiwn yn llawn, gyda&apos;r adnoddau&apos;n barod, yn gysylltiedig ag amcanion y mentora.</translation>
    </message>
    <message>
        <source>Produce some evidence of work, for example a completed worksheet or notes from the conversation.</source>
        <translation>Cynhyrchu rhywfaint o dystiolaeth o waith, er enghraifft taflen waith wedi&apos;i chwblhau neu nodiadau o&apos;r sgwrs.</translation>
    </message>
    <message>
        <source>Identify any difficulties or anxieties for the week ahead.</source>
        <translation>Nodi unrhyw anawsterau neu bryderon ar gyfer yr wythnos i ddod.</translation>
    </message>
    <message>
        <source>Develop strategies to practise what you have worked on in the session.</source>
        <translation>Datblygu strategaethau i ymarfer yr hyn rydych wedi gweithio arno yn y sesiwn.</translation>
    </message>
    <message>
        <source>Set mini targets to be reviewed by the next session.</source>
        <translation>Gosod mân dargedau i&apos;w hadolygu erbyn y sesiwn nesaf.</translation>
    </message>
    <message>
        <source>“So tell me something you have done that you are proud of since our last meeting.”</source>
        <translation>“Felly, dwed wrtha i am rywbeth rwyt ti wedi&apos;i wneud ers ein cyfarfod diwethaf rwyt ti&apos;n falch ohono.”</translation>
    </message>
    <message>
        <source>“Talk me through this incident in Maths yesterday…”</source>
        <translation>“Esbonia i mi beth ddigwyddodd yn y digwyddiad yma yn y wers Fathemateg ddoe…”</translation>
    </message>
    <message>
        <source>“What could you have done differently to avoid this incident last week…”</source>
        <translation>“Beth allet ti fod wedi&apos;i wneud yn wahanol i osgoi&apos;r digwyddiad yma yr wythnos diwethaf…”</translation>
    </message>
    <message>
        <source>“What do you want to achieve over the next week at school?”</source>
        <translation>“Beth wyt ti eisiau ei gyflawni yn yr ysgol dros yr wythnos nesaf?”</translation>
    </message>
    <message>
        <source>“Tell me about a lesson or day you are worried about in the next week.”</source>
        <translation>“Dwed wrtha i am wers neu ddiwrnod rwyt ti&apos;n poeni amdano yn yr wythnos nesaf.”</translation>
    </message>
    <message>
        <source>“What will a successful week look like next week?”</source>
        <translation>“Sut olwg fydd ar wythnos lwyddiannus yr wythnos nesaf?”</translation>
    </message>
    <message>
        <source>“How will I know you have had a good week?”</source>
        <translation>“Sut bydda i&apos;n gwybod dy fod ti wedi cael wythnos dda?”</translation>
    </message>
    <message>
        <source>“Who will notice if you have a good or bad week?”</source>
        <translation>“Pwy fydd yn sylwi os cei di wythnos dda neu wael?”</translation>
    </message>
    <message>
        <source>“What have you learnt from this session that you could practise next week?”</source>
        <translation>“Beth rwyt ti wedi&apos;i ddysgu o&apos;r sesiwn hon y gallet ti ei ymarfer yr wythnos nesaf?”</translation>
    </message>
    <message>
        <source>The activity planned for this session, linked to a target.</source>
        <translation>Y gweithgaredd a gynlluniwyd ar gyfer y sesiwn hon, yn gysylltiedig â tharged.</translation>
    </message>
    <message>
        <source>“Tell me something you have done that you are proud of since our last meeting.”</source>
        <translation>“Dwed wrtha i am rywbeth rwyt ti wedi&apos;i wneud ers ein cyfarfod diwethaf rwyt ti&apos;n falch ohono.”</translation>
    </message>
    <message>
        <source>“What could you have done differently to avoid this incident?”</source>
        <translation>“Beth allet ti fod wedi&apos;i wneud yn wahanol i osgoi&apos;r digwyddiad yma?”</translation>
    </message>
    <message>
        <source>Progress towards the SMART target and last week&apos;s mini-targets.</source>
        <translation>Cynnydd tuag at y targed SMART a mân dargedau&apos;r wythnos diwethaf.</translation>
    </message>
    <message>
        <source>Behaviour points, incidents and praise since the last session.</source>
        <translation>Pwyntiau ymddygiad, digwyddiadau a chanmoliaeth ers y sesiwn ddiwethaf.</translation>
    </message>
    <message>
        <source>What you did together, for example a GROW conversation or a worksheet.</source>
        <translation>Beth wnaethoch chi gyda&apos;ch gilydd, er enghraifft sgwrs GROW neu daflen waith.</translation>
    </message>
    <message>
        <source>Evidence of work: a completed worksheet, notes from the conversation…</source>
        <translation>Tystiolaeth o waith: taflen waith wedi&apos;i chwblhau, nodiadau o&apos;r sgwrs…</translation>
    </message>
    <message>
        <source>Anything else worth recording.</source>
        <translation>Unrhyw beth arall sy&apos;n werth ei gofnodi.</translation>
    </message>
    <message>
        <source>“On a scale of 1–5, how does last week score?”</source>
        <translation>“Ar raddfa o 1–5, pa sgôr fyddet ti&apos;n ei rhoi i&apos;r wythnos diwethaf?”</translation>
    </message>
</context>
<context>
    <name>md::SessionScheduler</name>
    <message>
        <source>%1 is in %2</source>
        <translation>Mae %1 yn %2</translation>
    </message>
    <message>
        <source>%1 is not a school day</source>
        <translation>Nid yw %1 yn ddiwrnod ysgol</translation>
    </message>
    <message>
        <source>No sessions: an assessment week (%1).</source>
        <translation>Dim sesiynau: wythnos asesu (%1).</translation>
    </message>
    <message>
        <source>No sessions: %1.</source>
        <translation>Dim sesiynau: %1.</translation>
    </message>
    <message>
        <source>No sessions: no school days this week.</source>
        <translation>Dim sesiynau: dim diwrnodau ysgol yr wythnos hon.</translation>
    </message>
    <message>
        <source>has no lesson timetable (import one with “import timetable FILE”)</source>
        <translation>nid oes amserlen gwersi (mewnforiwch un gyda “import timetable FILE”)</translation>
    </message>
    <message>
        <source>1 period without a lesson long enough for a session</source>
        <translation>1 cyfnod heb wers sy&apos;n ddigon hir ar gyfer sesiwn</translation>
    </message>
    <message>
        <source>%1 periods without a lesson long enough for a session</source>
        <translation>%1 cyfnod heb wers sy&apos;n ddigon hir ar gyfer sesiwn</translation>
    </message>
    <message>
        <source>%1 already missed %2 times this term (%3)</source>
        <translation>%1 wedi&apos;i golli %2 gwaith eisoes y tymor hwn (%3)</translation>
    </message>
    <message>
        <source>1 lesson</source>
        <translation>1 gwers</translation>
    </message>
    <message>
        <source>%1 lessons</source>
        <translation>%1 gwers</translation>
    </message>
    <message>
        <source>1 lesson clashes with the mentor&apos;s other sessions</source>
        <translation>1 gwers yn gwrthdaro â sesiynau eraill y mentor</translation>
    </message>
    <message>
        <source>%1 lessons clash with the mentor&apos;s other sessions</source>
        <translation>%1 gwers yn gwrthdaro â sesiynau eraill y mentor</translation>
    </message>
    <message>
        <source>1 lesson would leave the mentor less than %1 minutes free (%2)</source>
        <translation>1 gwers a fyddai&apos;n gadael llai na %1 munud yn rhydd i&apos;r mentor (%2)</translation>
    </message>
    <message>
        <source>%3 lessons would leave the mentor less than %1 minutes free (%2)</source>
        <translation>%3 gwers a fyddai&apos;n gadael llai na %1 munud yn rhydd i&apos;r mentor (%2)</translation>
    </message>
    <message>
        <source>%1 could not be placed in the week of %2: %3.</source>
        <translation>Nid oedd modd gosod %1 yn wythnos %2: %3.</translation>
    </message>
    <message>
        <source>Student %1</source>
        <translation>Disgybl %1</translation>
    </message>
</context>
<context>
    <name>md::SessionStore</name>
    <message>
        <source>That 1:1 session no longer exists.</source>
        <translation>Nid yw&apos;r sesiwn 1:1 honno&apos;n bodoli mwyach.</translation>
    </message>
    <message>
        <source>A session needs a date.</source>
        <translation>Mae angen dyddiad ar sesiwn.</translation>
    </message>
    <message>
        <source>Period %1 is not a period of the school day.</source>
        <translation>Nid yw cyfnod %1 yn un o gyfnodau&apos;r diwrnod ysgol.</translation>
    </message>
    <message>
        <source>The plan is longer than %1 characters.</source>
        <translation>Mae&apos;r cynllun yn hwy na %1 nod.</translation>
    </message>
    <message>
        <source>This student has no mentor yet: the lead mentor assigns one before sessions are planned.</source>
        <translation>Nid oes gan y disgybl hwn fentor eto: mae&apos;r prif fentor yn neilltuo un cyn i sesiynau gael eu cynllunio.</translation>
    </message>
    <message>
        <source>The student&apos;s rating of their week is from 1 to 5, not %1.</source>
        <translation>Mae sgôr y disgybl i&apos;w wythnos rhwng 1 a 5, nid %1.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>Mae %1 yn hwy na %2 nod.</translation>
    </message>
    <message>
        <source>Say why the session was %1.</source>
        <translation>Dywedwch pam roedd y sesiwn %1.</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation>Mae&apos;r rheswm yn hwy na %1 nod.</translation>
    </message>
    <message>
        <source>Reschedule a session by choosing its new day and period.</source>
        <translation>Aildrefnwch sesiwn drwy ddewis ei diwrnod a&apos;i chyfnod newydd.</translation>
    </message>
    <message>
        <source>A session on %1 cannot be attended yet.</source>
        <translation>Ni ellir mynychu sesiwn ar %1 eto.</translation>
    </message>
    <message>
        <source>This session was already %1; it cannot be rescheduled.</source>
        <translation>Roedd y sesiwn hon %1 eisoes; ni ellir ei haildrefnu.</translation>
    </message>
    <message>
        <source>The 1:1 session of %1</source>
        <translation>Y sesiwn 1:1 ar %1</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Ffocws</translation>
    </message>
    <message>
        <source>Planned activity</source>
        <translation>Gweithgaredd wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <source>Week rated</source>
        <translation>Sgôr yr wythnos</translation>
    </message>
    <message>
        <source>The session was changed at another desk; try again.</source>
        <translation>Newidiwyd y sesiwn wrth ddesg arall; rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
</context>
<context>
    <name>md::Student</name>
    <message>
        <source>No SEN</source>
        <translation>Dim AAA</translation>
    </message>
    <message>
        <source>SEN support</source>
        <translation>Cymorth AAA</translation>
    </message>
    <message>
        <source>EHC plan</source>
        <translation>Cynllun EHC</translation>
    </message>
    <message>
        <source>Dear %1 %2</source>
        <translation>Annwyl %1 %2</translation>
    </message>
    <message>
        <source>Dear %1</source>
        <translation>Annwyl %1</translation>
    </message>
    <message>
        <source>SEN K</source>
        <translation>SEN K</translation>
    </message>
    <message>
        <source>EHC</source>
        <translation>EHC</translation>
    </message>
    <message>
        <source>SEMH</source>
        <translation>SEMH</translation>
    </message>
    <message>
        <source>PP</source>
        <translation>PP</translation>
    </message>
    <message>
        <source>LAC</source>
        <translation>LAC</translation>
    </message>
</context>
<context>
    <name>md::StudentImporter</name>
    <message>
        <source>it has %1 fields but the header row has %2 (is a comma or quote missing?)</source>
        <translation>mae %1 maes ynddi ond mae %2 yn y rhes bennawd (a oes coma neu ddyfynnod ar goll?)</translation>
    </message>
    <message>
        <source>it has %1 fields but the header row has %2 (is a name with a comma not in quotes?)</source>
        <translation>mae %1 maes ynddi ond mae %2 yn y rhes bennawd (a oes enw sy&apos;n cynnwys coma heb fod mewn dyfynodau?)</translation>
    </message>
    <message>
        <source>%1 is blank</source>
        <translation>mae %1 yn wag</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is %3 characters long; the most is %4</source>
        <translation>Mae %1 &apos;%2&apos; yn %3 nod o hyd; yr uchafswm yw %4</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; contains a line break or another control character</source>
        <translation>Mae %1 &apos;%2&apos; yn cynnwys toriad llinell neu nod rheoli arall</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a date (write dd/mm/yyyy or yyyy-mm-dd)</source>
        <translation>Nid yw %1 &apos;%2&apos; yn ddyddiad (ysgrifennwch dd/mm/yyyy neu yyyy-mm-dd)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is in the future</source>
        <translation>mae %1 &apos;%2&apos; yn y dyfodol</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; gives an age of %3; a pupil must be aged %4 to %5</source>
        <translation>Mae %1 &apos;%2&apos; yn rhoi oedran o %3; rhaid i ddisgybl fod rhwng %4 a %5 oed</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a year group from %3 to %4 (write 7, Year 7 or Y7)</source>
        <translation>Nid yw %1 &apos;%2&apos; yn grŵp blwyddyn rhwng %3 a %4 (ysgrifennwch 7, Year 7 neu Y7)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a SEN status (write N, K or E, or No SEN, SEN Support or EHC Plan)</source>
        <translation>Nid yw %1 &apos;%2&apos; yn statws AAA (ysgrifennwch N, K neu E, neu No SEN, SEN Support neu EHC Plan)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not yes or no (write Y or N, Yes or No, True or False, 1 or 0)</source>
        <translation>Nid yw %1 &apos;%2&apos; yn ie neu na (ysgrifennwch Y neu N, Yes neu No, True neu False, 1 neu 0)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a percentage from 0 to 100</source>
        <translation>Nid yw %1 &apos;%2&apos; yn ganran rhwng 0 a 100</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported.</source>
        <translation>%1: %2; ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>Nid oedd modd agor %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: its first line must name the columns (UPN, Legal Surname, Legal Forename, ...); nothing was imported.</source>
        <translation>Mae %1 yn wag: rhaid i&apos;w linell gyntaf enwi&apos;r colofnau (UPN, Legal Surname, Legal Forename, ...); ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>the header row (line %1) has more than one column named &quot;%2&quot;</source>
        <translation>mae gan y rhes bennawd (llinell %1) fwy nag un golofn o&apos;r enw &quot;%2&quot;</translation>
    </message>
    <message>
        <source>UPN &apos;%1&apos; is already on line %2</source>
        <translation>Mae UPN &apos;%1&apos; eisoes ar linell %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>llinell %1: %2</translation>
    </message>
    <message>
        <source>%1: 1 row has a problem; nothing was imported.</source>
        <translation>%1: mae gan 1 rhes broblem; ni fewnforiwyd dim.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows have problems; nothing was imported.</source>
        <translation>
            <numerusform>%1: mae gan %n rhes broblemau; ni fewnforiwyd dim.</numerusform>
            <numerusform>%1: mae gan %n rhes broblem; ni fewnforiwyd dim.</numerusform>
            <numerusform>%1: mae gan %n rhes broblemau; ni fewnforiwyd dim.</numerusform>
            <numerusform>%1: mae gan %n rhes broblemau; ni fewnforiwyd dim.</numerusform>
            <numerusform>%1: mae gan %n rhes broblemau; ni fewnforiwyd dim.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the database refused the import, so nothing was imported. %2</source>
        <translation>%1: gwrthododd y gronfa ddata y mewnforio, felly ni fewnforiwyd dim. %2</translation>
    </message>
</context>
<context>
    <name>md::StudentListModel</name>
    <message>
        <source>Pupil premium</source>
        <translation>Premiwm disgyblion</translation>
    </message>
    <message>
        <source>Looked-after child</source>
        <translation>Plentyn sy&apos;n derbyn gofal</translation>
    </message>
    <message>
        <source>Social, emotional and mental health needs</source>
        <translation>Anghenion cymdeithasol, emosiynol ac iechyd meddwl</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>UPN</source>
        <translation>UPN</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Blwyddyn</translation>
    </message>
    <message>
        <source>Tutor group</source>
        <translation>Grŵp tiwtor</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Baneri</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenoldeb</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
</context>
<context>
    <name>md::StudentScope</name>
    <message>
        <source>You may not %1 for this student: they are not in your group or on your courses.</source>
        <translation>Ni chewch %1 ar gyfer y disgybl hwn: nid yw yn eich grŵp nac ar eich cyrsiau.</translation>
    </message>
</context>
<context>
    <name>md::StudentStore</name>
    <message>
        <source>That student is not in your group or on your courses, or no longer exists.</source>
        <translation>Nid yw&apos;r disgybl hwnnw yn eich grŵp nac ar eich cyrsiau, neu nid yw&apos;n bodoli mwyach.</translation>
    </message>
    <message>
        <source>No student with UPN %1 is in your group or on your courses.</source>
        <translation>Nid oes disgybl â&apos;r UPN %1 yn eich grŵp nac ar eich cyrsiau.</translation>
    </message>
</context>
<context>
    <name>md::SubjectAccess</name>
    <message>
        <source>Student record</source>
        <translation>Cofnod disgybl</translation>
    </message>
    <message>
        <source>Priority flags</source>
        <translation>Baneri blaenoriaeth</translation>
    </message>
    <message>
        <source>Parents and carers</source>
        <translation>Rhieni a gofalwyr</translation>
    </message>
    <message>
        <source>Mentor assignments</source>
        <translation>Neilltuadau mentor</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cyrsiau</translation>
    </message>
    <message>
        <source>Lesson timetable</source>
        <translation>Amserlen gwersi</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Atgyfeiriadau</translation>
    </message>
    <message>
        <source>Assessment hub agenda items</source>
        <translation>Eitemau agenda&apos;r hyb asesu</translation>
    </message>
    <message>
        <source>Assessment hub decisions</source>
        <translation>Penderfyniadau&apos;r hyb asesu</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Ymyriadau</translation>
    </message>
    <message>
        <source>Evidence against the provision criteria</source>
        <translation>Tystiolaeth yn erbyn meini prawf y ddarpariaeth</translation>
    </message>
    <message>
        <source>Intervention reviews</source>
        <translation>Adolygiadau ymyriadau</translation>
    </message>
    <message>
        <source>Keyworkers</source>
        <translation>Gweithwyr allweddol</translation>
    </message>
    <message>
        <source>Mentoring cases</source>
        <translation>Achosion mentora</translation>
    </message>
    <message>
        <source>Intervention objectives</source>
        <translation>Amcanion ymyriadau</translation>
    </message>
    <message>
        <source>SMART targets</source>
        <translation>Targedau SMART</translation>
    </message>
    <message>
        <source>Progress notes on targets</source>
        <translation>Nodiadau cynnydd ar dargedau</translation>
    </message>
    <message>
        <source>1:1 sessions</source>
        <translation>Sesiynau 1:1</translation>
    </message>
    <message>
        <source>Unsaved session notes</source>
        <translation>Nodiadau sesiwn heb eu cadw</translation>
    </message>
    <message>
        <source>Mentoring log entries</source>
        <translation>Cofnodion y log mentora</translation>
    </message>
    <message>
        <source>Contacts with parents, teachers and agencies</source>
        <translation>Cysylltiadau â rhieni, athrawon ac asiantaethau</translation>
    </message>
    <message>
        <source>Daily check-ins</source>
        <translation>Gwiriadau dyddiol</translation>
    </message>
    <message>
        <source>Feedback the student gave about mentoring</source>
        <translation>Adborth y disgybl am y mentora</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Llythyrau</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Ymddygiad</translation>
    </message>
    <message>
        <source>Course assessments</source>
        <translation>Asesiadau cwrs</translation>
    </message>
    <message>
        <source>Individual learning plans</source>
        <translation>Cynlluniau dysgu unigol</translation>
    </message>
    <message>
        <source>What the learning plans say</source>
        <translation>Beth mae&apos;r cynlluniau dysgu yn ei ddweud</translation>
    </message>
    <message>
        <source>Midterm reviews</source>
        <translation>Adolygiadau hanner tymor</translation>
    </message>
    <message>
        <source>Course data: activity</source>
        <translation>Data cwrs: gweithgarwch</translation>
    </message>
    <message>
        <source>Course data: progress</source>
        <translation>Data cwrs: cynnydd</translation>
    </message>
    <message>
        <source>Course data: grades</source>
        <translation>Data cwrs: graddau</translation>
    </message>
    <message>
        <source>Attendance by week</source>
        <translation>Presenoldeb fesul wythnos</translation>
    </message>
    <message>
        <source>There is no student with that id.</source>
        <translation>Nid oes disgybl â&apos;r id hwnnw.</translation>
    </message>
    <message>
        <source>Subject access export: %1</source>
        <translation>Allforio ar gyfer cais gwrthrych am wybodaeth: %1</translation>
    </message>
    <message>
        <source>Everything Mentor Desk holds on this student, made on %1 by %2. Entries marked RESTRICTED are safeguarding records.</source>
        <translation>Popeth sydd gan Mentor Desk am y disgybl hwn, a wnaed ar %1 gan %2. Cofnodion diogelu yw&apos;r cofnodion sydd wedi&apos;u marcio&apos;n CYFYNGEDIG.</translation>
    </message>
    <message>
        <source>RESTRICTED</source>
        <translation>CYFYNGEDIG</translation>
    </message>
    <message>
        <source>Audit entries about this student</source>
        <translation>Cofnodion archwilio am y disgybl hwn</translation>
    </message>
    <message>
        <source>None held.</source>
        <translation>Dim yn cael eu cadw.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Nid oedd modd ysgrifennu %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be written (is the disk full?): %2</source>
        <translation>Methu ysgrifennu %1 (ydy&apos;r ddisg yn llawn?): %2</translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation>Allforio ar gyfer cais gwrthrych am wybodaeth</translation>
    </message>
</context>
<context>
    <name>md::TargetStore</name>
    <message>
        <source>The target</source>
        <translation>Y targed</translation>
    </message>
    <message>
        <source>Specific</source>
        <translation>Penodol</translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation>Mesuradwy</translation>
    </message>
    <message>
        <source>Achievable</source>
        <translation>Cyraeddadwy</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>Perthnasol</translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation>Amserol</translation>
    </message>
    <message>
        <source>%1 is blank</source>
        <translation>mae %1 yn wag</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>mae %1 yn hwy na %2 nod</translation>
    </message>
    <message>
        <source>the date it was set is missing</source>
        <translation>mae&apos;r dyddiad y&apos;i gosodwyd ar goll</translation>
    </message>
    <message>
        <source>the due date is missing</source>
        <translation>mae&apos;r dyddiad dyledus ar goll</translation>
    </message>
    <message>
        <source>the due date (%1) is before the date it was set (%2)</source>
        <translation>mae&apos;r dyddiad dyledus (%1) cyn y dyddiad y&apos;i gosodwyd (%2)</translation>
    </message>
    <message>
        <source>the steps are longer than %1 characters</source>
        <translation>mae&apos;r camau yn hwy na %1 nod</translation>
    </message>
    <message>
        <source>That target no longer exists.</source>
        <translation>Nid yw&apos;r targed hwnnw&apos;n bodoli mwyach.</translation>
    </message>
    <message>
        <source>The target cannot be saved: %1.</source>
        <translation>Ni ellir cadw&apos;r targed: %1.</translation>
    </message>
    <message>
        <source>Give the date the target was closed.</source>
        <translation>Rhowch y dyddiad y caewyd y targed.</translation>
    </message>
    <message>
        <source>The target cannot close (%1) before it was set (%2).</source>
        <translation>Ni all y targed gau (%1) cyn iddo gael ei osod (%2).</translation>
    </message>
    <message>
        <source>Write the progress note before saving it.</source>
        <translation>Ysgrifennwch y nodyn cynnydd cyn ei gadw.</translation>
    </message>
    <message>
        <source>The progress note is longer than %1 characters.</source>
        <translation>Mae&apos;r nodyn cynnydd yn hwy na %1 nod.</translation>
    </message>
    <message>
        <source>The progress note needs a date.</source>
        <translation>Mae angen dyddiad ar y nodyn cynnydd.</translation>
    </message>
    <message>
        <source>The target &quot;%1&quot;</source>
        <translation>y targed &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Targed</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Camau</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>Gosodwyd ar</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
</context>
<context>
    <name>md::TeamDashboardModel</name>
    <message>
        <source>Whole team</source>
        <translation>Y tîm cyfan</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 yn hwyr</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Disgyblion</translation>
    </message>
    <message>
        <source>Students with overdue items</source>
        <translation>Disgyblion ag eitemau hwyr</translation>
    </message>
    <message>
        <source>Overdue items</source>
        <translation>Eitemau hwyr</translation>
    </message>
</context>
<context>
    <name>md::TimelineModel</name>
    <message>
        <source>1:1 session</source>
        <translation>Sesiwn 1:1</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Amcan</translation>
    </message>
    <message>
        <source>SMART target</source>
        <translation>Targed SMART</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Gwiriad</translation>
    </message>
    <message>
        <source>Progress update</source>
        <translation>Diweddariad cynnydd</translation>
    </message>
    <message>
        <source>Termly report</source>
        <translation>Adroddiad tymhorol</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>Gwers %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>week rated %1/5</source>
        <translation>sgôr yr wythnos %1/5</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>erbyn %1</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Gwiriwyd</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation>Gwiriwyd: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 gyda %2</translation>
    </message>
    <message>
        <source>follow-up: %1</source>
        <translation>camau dilynol: %1</translation>
    </message>
    <message>
        <source>action: %1</source>
        <translation>cam gweithredu: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Gan</translation>
    </message>
</context>
<context>
    <name>md::TimetableImporter</name>
    <message>
        <source>%1: %2; nothing was imported.</source>
        <translation>%1: %2; ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>Nid oedd modd agor %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: its first line must name the columns (UPN, Day, Period, Subject); nothing was imported.</source>
        <translation>Mae %1 yn wag: rhaid i&apos;w linell gyntaf enwi&apos;r colofnau (UPN, Day, Period, Subject); ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>line %1: it has %2 fields but the header row has %3 (is a comma or quote missing?)</source>
        <translation>llinell %1: mae ganddi %2 maes ond mae gan y rhes bennawd %3 (oes coma neu ddyfynnod ar goll?)</translation>
    </message>
    <message>
        <source>%1 is blank</source>
        <translation>mae %1 yn wag</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a student in this school (import the students first)</source>
        <translation>Nid yw %1 &apos;%2&apos; yn ddisgybl yn yr ysgol hon (mewnforiwch y disgyblion yn gyntaf)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a school day (write Monday to Friday, Mon to Fri, or 1 to 5)</source>
        <translation>Nid yw %1 &apos;%2&apos; yn ddiwrnod ysgol (ysgrifennwch Monday i Friday, Mon i Fri, neu 1 i 5)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a period of the school day (the periods are %3)</source>
        <translation>Nid yw %1 &apos;%2&apos; yn un o gyfnodau&apos;r diwrnod ysgol (y cyfnodau yw %3)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is %3 characters long; the most is %4</source>
        <translation>Mae %1 &apos;%2&apos; yn %3 nod o hyd; yr uchafswm yw %4</translation>
    </message>
    <message>
        <source>%1 already has a lesson on %2 period %3 (line %4)</source>
        <translation>Mae gan %1 wers eisoes ar %2 cyfnod %3 (llinell %4)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>llinell %1: %2</translation>
    </message>
    <message>
        <source>%1: 1 row has a problem; nothing was imported.</source>
        <translation>%1: mae gan 1 rhes broblem; ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>%1: %2 rows have problems; nothing was imported.</source>
        <translation>%1: mae gan %2 rhes broblemau; ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>%1 has a header row but no lessons; nothing was imported.</source>
        <translation>Mae gan %1 res bennawd ond dim gwersi; ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>%1: the database refused the import, so nothing was imported. %2</source>
        <translation>%1: gwrthododd y gronfa ddata y mewnforio, felly ni fewnforiwyd dim. %2</translation>
    </message>
</context>
<context>
    <name>md::TimetablePlanner</name>
    <message>
        <source>You may only plan the timetable of your own caseload.</source>
        <translation>Dim ond amserlen eich llwyth achosion eich hun y cewch ei chynllunio.</translation>
    </message>
    <message>
        <source>Give the first day to plan from.</source>
        <translation>Rhowch y diwrnod cyntaf i gynllunio ohono.</translation>
    </message>
    <message>
        <source>Plan between 1 and 16 weeks at a time, not %1.</source>
        <translation>Cynlluniwch rhwng 1 ac 16 wythnos ar y tro, nid %1.</translation>
    </message>
    <message>
        <source>Only the lead mentor plans the whole team&apos;s timetables.</source>
        <translation>Dim ond y prif fentor sy&apos;n cynllunio amserlenni&apos;r tîm cyfan.</translation>
    </message>
    <message>
        <source>The timetable changed since this plan was proposed: the session on %1 would break a rule (%2). Nothing was saved; propose the plan again.</source>
        <translation>Mae&apos;r amserlen wedi newid ers cynnig y cynllun hwn: byddai&apos;r sesiwn ar %1 yn torri rheol (%2). Ni chadwyd dim; cynigiwch y cynllun eto.</translation>
    </message>
    <message>
        <source>Only a planned session can be moved; this one is %1.</source>
        <translation>Dim ond sesiwn wedi&apos;i chynllunio y gellir ei symud; mae hon %1.</translation>
    </message>
    <message>
        <source>Choose the day to move the session to.</source>
        <translation>Dewiswch y diwrnod i symud y sesiwn iddo.</translation>
    </message>
    <message>
        <source>Period %1 is not a period of the school day.</source>
        <translation>Nid yw cyfnod %1 yn un o gyfnodau&apos;r diwrnod ysgol.</translation>
    </message>
    <message>
        <source>Not a school day</source>
        <translation>Nid yw&apos;n ddiwrnod ysgol</translation>
    </message>
    <message>
        <source>%1: no 1:1 sessions</source>
        <translation>%1: dim sesiynau 1:1</translation>
    </message>
    <message>
        <source>The school calendar has no half term on or after %1: add the terms first.</source>
        <translation>Nid oes gan galendr yr ysgol hanner tymor ar neu ar ôl %1: ychwanegwch y tymhorau yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>md::TimetablePrint</name>
    <message>
        <source>1:1 mentoring timetable: %1</source>
        <translation>Amserlen mentora 1:1: %1</translation>
    </message>
    <message>
        <source>Weeks of %1 to %2. Each session is the first 25 minutes of the lesson shown.</source>
        <translation>Wythnosau %1 i %2. Pob sesiwn yw 25 munud cyntaf y wers a ddangosir.</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Wythnos yn dechrau %1</translation>
    </message>
    <message>
        <source>Breaks: %1</source>
        <translation>Egwyliau: %1</translation>
    </message>
    <message>
        <source>Mentoring sessions, week of %1</source>
        <translation>Sesiynau mentora, wythnos yn dechrau %1</translation>
    </message>
    <message>
        <source>Students: check when your 1:1 is. Teachers: the student leaves for the first 25 minutes of the lesson; if that is not possible, contact the mentor as soon as possible to reschedule.</source>
        <translation>Disgyblion: gwiriwch pryd mae eich sesiwn 1:1. Athrawon: mae&apos;r disgybl yn gadael am 25 munud cyntaf y wers; os nad yw hynny&apos;n bosibl, cysylltwch â&apos;r mentor cyn gynted â phosibl i aildrefnu.</translation>
    </message>
    <message>
        <source>No 1:1 sessions.</source>
        <translation>Dim sesiynau 1:1.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Tutor group</source>
        <translation>Grŵp tiwtor</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Gwers</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentoring timetable</source>
        <translation>Amserlen fentora</translation>
    </message>
    <message>
        <source>The timetable could not be written to %1.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r amserlen i %1.</translation>
    </message>
</context>
<context>
    <name>md::Upn</name>
    <message>
        <source>UPN is missing</source>
        <translation>Mae&apos;r UPN ar goll</translation>
    </message>
    <message>
        <source>UPN &apos;%1&apos; must be 13 characters, not %2</source>
        <translation>Rhaid i UPN &apos;%1&apos; fod yn 13 nod, nid %2</translation>
    </message>
    <message>
        <source>UPN &apos;%1&apos; must be a letter, 11 digits and a digit or letter</source>
        <translation>Rhaid i UPN &apos;%1&apos; fod yn llythyren, 11 digid a digid neu lythyren</translation>
    </message>
    <message>
        <source>UPN &apos;%1&apos; has the wrong check letter</source>
        <translation>Mae gan UPN &apos;%1&apos; y llythyren wirio anghywir</translation>
    </message>
</context>
<context>
    <name>md::UserListModel</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rolau</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
</context>
<context>
    <name>md::UserStore</name>
    <message>
        <source>The password must be at least 8 characters long.</source>
        <translation>Rhaid i&apos;r cyfrinair fod o leiaf 8 nod o hyd.</translation>
    </message>
    <message>
        <source>The password cannot be only spaces.</source>
        <translation>Ni all y cyfrinair fod yn fylchau yn unig.</translation>
    </message>
    <message>
        <source>That is one of the most commonly used passwords, the first ones an attacker tries. Choose another (a few unrelated words make a good one).</source>
        <translation>Dyna un o&apos;r cyfrineiriau mwyaf cyffredin, y rhai cyntaf y bydd ymosodwr yn rhoi cynnig arnynt. Dewiswch un arall (mae ychydig o eiriau digyswllt yn gwneud un da).</translation>
    </message>
    <message>
        <source>The username &apos;%1&apos; is not valid: use 2 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>Nid yw&apos;r enw defnyddiwr &apos;%1&apos; yn ddilys: defnyddiwch 2 i 64 o lythrennau, digidau, dotiau, llinellau toriad neu danlinellau.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation>Rhowch enw&apos;r defnyddiwr.</translation>
    </message>
    <message>
        <source>Give the user at least one role.</source>
        <translation>Rhowch o leiaf un rôl i&apos;r defnyddiwr.</translation>
    </message>
    <message>
        <source>There is already a user called &apos;%1&apos;.</source>
        <translation>Mae defnyddiwr o&apos;r enw &apos;%1&apos; eisoes.</translation>
    </message>
    <message>
        <source>There is no user called &apos;%1&apos;.</source>
        <translation>Nid oes defnyddiwr o&apos;r enw &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no user with id %1.</source>
        <translation>Nid oes defnyddiwr ag id %1.</translation>
    </message>
    <message>
        <source>A role&apos;s label must be 1 to 40 characters.</source>
        <translation>Rhaid i label rôl fod rhwng 1 a 40 nod.</translation>
    </message>
    <message>
        <source>Your account no longer exists or has been switched off.</source>
        <translation>Nid yw eich cyfrif yn bodoli mwyach neu mae wedi&apos;i ddiffodd.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Nid yw&apos;r cyfrinair presennol yn gywir.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Rhaid i&apos;r cyfrinair newydd fod yn wahanol i&apos;r un presennol.</translation>
    </message>
</context>
<context>
    <name>md::WaitingQueueModel</name>
    <message>
        <source>%1 (Year %2)</source>
        <translation>%1 (Blwyddyn %2)</translation>
    </message>
    <message>
        <source>%1 (stage %2)</source>
        <translation>%1 (cam %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, waiting %n day(s)</source>
        <translation>
            <numerusform>%1, yn aros ers %n diwrnod</numerusform>
            <numerusform>%1, yn aros ers %n diwrnod</numerusform>
            <numerusform>%1, yn aros ers %n diwrnod</numerusform>
            <numerusform>%1, yn aros ers %n diwrnod</numerusform>
            <numerusform>%1, yn aros ers %n diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag onto a mentor, or press Enter to choose a keyworker.</source>
        <translation>Llusgwch at fentor, neu pwyswch Enter i ddewis gweithiwr allweddol.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Blaenoriaeth</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Ymyriad</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Atgyfeiriwyd</translation>
    </message>
</context>
<context>
    <name>md::cli</name>
    <message>
        <source>Where to write the backup.</source>
        <translation>Ble i ysgrifennu&apos;r copi wrth gefn.</translation>
    </message>
    <message>
        <source>Seal the backup with a passphrase, for a copy that leaves this machine.</source>
        <translation>Selio&apos;r copi wrth gefn â chyfrinymadrodd, ar gyfer copi sy&apos;n gadael y peiriant hwn.</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of PATH (implies --encrypt).</source>
        <translation>Darllen y cyfrinymadrodd o linell gyntaf PATH (yn awgrymu --encrypt).</translation>
    </message>
    <message>
        <source>backup FILE: write a consistent copy of the database, even while it is in use.</source>
        <translation>backup FILE: ysgrifennu copi cyson o&apos;r gronfa ddata, hyd yn oed tra bydd yn cael ei defnyddio.</translation>
    </message>
    <message>
        <source>backup needs exactly one FILE.</source>
        <translation>Mae angen union un FILE ar backup.</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Ysgrifennwyd y copi wrth gefn i %1</translation>
    </message>
    <message>
        <source>Encrypted backup written to %1</source>
        <translation>Ysgrifennwyd copi wrth gefn wedi&apos;i amgryptio i %1</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>Y copi wrth gefn i&apos;w adfer.</translation>
    </message>
    <message>
        <source>For an encrypted backup: read the passphrase from the first line of PATH.</source>
        <translation>Ar gyfer copi wrth gefn wedi&apos;i amgryptio: darllen y cyfrinymadrodd o linell gyntaf PATH.</translation>
    </message>
    <message>
        <source>restore FILE: check the backup, keep the current database as a backup, then replace it. Close Mentor Desk on every desk using this database first.</source>
        <translation>restore FILE: gwirio&apos;r copi wrth gefn, cadw&apos;r gronfa ddata bresennol fel copi wrth gefn, yna ei disodli. Caewch Mentor Desk ar bob desg sy&apos;n defnyddio&apos;r gronfa ddata hon yn gyntaf.</translation>
    </message>
    <message>
        <source>restore needs exactly one FILE.</source>
        <translation>Mae angen union un FILE ar restore.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Adferwyd %1 o %2.</translation>
    </message>
    <message>
        <source>The database as it was is kept in %1.</source>
        <translation>Cedwir y gronfa ddata fel yr oedd yn %1.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to FILE</source>
        <translation>Ysgrifennu copi cyson o&apos;r gronfa ddata i FILE</translation>
    </message>
    <message>
        <source>Replace the database with a checked backup</source>
        <translation>Disodli&apos;r gronfa ddata â chopi wrth gefn wedi&apos;i wirio</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Gorchmynion:</translation>
    </message>
    <message>
        <source>Every command takes --help. The database defaults to the one in your application-data folder.</source>
        <translation>Mae pob gorchymyn yn derbyn --help. Y gronfa ddata ragosodedig yw&apos;r un yn eich ffolder data rhaglenni.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Dangos y cymorth hwn.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>Mae angen gwerth ar %1.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Run mentordesk-cli --help for the list.</source>
        <translation>Gorchymyn anhysbys &apos;%1&apos;. Rhedwch mentordesk-cli --help i weld y rhestr.</translation>
    </message>
    <message>
        <source>Output format: table, csv or json (default table).</source>
        <translation>Fformat allbwn: table, csv neu json (rhagosodiad table).</translation>
    </message>
    <message>
        <source>The passphrase file %1 could not be read: %2</source>
        <translation>Nid oedd modd darllen y ffeil cyfrinymadrodd %1: %2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>Mae&apos;r ffeil cyfrinymadrodd %1 yn wag.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Cyfrinymadrodd: </translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation>Ni roddwyd cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Yr un cyfrinymadrodd eto: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol; ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>%1 holds a real school&apos;s data: --replace only replaces the demo school.</source>
        <translation>Mae %1 yn cynnwys data ysgol go iawn: dim ond yr ysgol arddangos y mae --replace yn ei disodli.</translation>
    </message>
    <message>
        <source>How many students (default 720).</source>
        <translation>Faint o ddisgyblion (rhagosodiad 720).</translation>
    </message>
    <message>
        <source>Seed for the generator; the same seed gives the same school.</source>
        <translation>Hedyn ar gyfer y generadur; mae&apos;r un hedyn yn rhoi&apos;r un ysgol.</translation>
    </message>
    <message>
        <source>Delete the database file first (only when it is the demo school or empty).</source>
        <translation>Dileu ffeil y gronfa ddata yn gyntaf (dim ond pan mai&apos;r ysgol arddangos yw hi neu ei bod yn wag).</translation>
    </message>
    <message>
        <source>demo: fill an empty database with a synthetic demo school (no real names).</source>
        <translation>demo: llenwi cronfa ddata wag ag ysgol arddangos synthetig (dim enwau go iawn).</translation>
    </message>
    <message>
        <source>--students must be a whole number from 1 to 200000, not &apos;%1&apos;.</source>
        <translation>Rhaid i --students fod yn rhif cyfan rhwng 1 a 200000, nid &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--seed must be a whole number, not &apos;%1&apos;.</source>
        <translation>Rhaid i --seed fod yn rhif cyfan, nid &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Demo school ready in %1 ms: %2 students, %3 parents/carers, %4 staff (%5 mentors). The app signs in as %6.</source>
        <translation>Ysgol arddangos yn barod mewn %1 ms: %2 disgybl, %3 rhiant/gofalwr, %4 aelod o staff (%5 mentor). Mae&apos;r rhaglen yn mewngofnodi fel %6.</translation>
    </message>
    <message>
        <source>Generate the demo school (--students N, --seed S)</source>
        <translation>Creu&apos;r ysgol arddangos (--students N, --seed S)</translation>
    </message>
    <message>
        <source>Output format: %1 (default %2).</source>
        <translation>Fformat allbwn: %1 (rhagosodiad %2).</translation>
    </message>
    <message>
        <source>init: create the database, or bring an existing one up to this version&apos;s schema.</source>
        <translation>init: creu&apos;r gronfa ddata, neu ddiweddaru un sy&apos;n bodoli i sgema&apos;r fersiwn hon.</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>Cronfa ddata yn barod: %1 (sgema %2)</translation>
    </message>
    <message>
        <source>Only students matching TEXT (name, UPN, tutor group, flags).</source>
        <translation>Dim ond disgyblion sy&apos;n cyfateb i TEXT (enw, UPN, grŵp tiwtor, baneri).</translation>
    </message>
    <message>
        <source>Include students who have left.</source>
        <translation>Cynnwys disgyblion sydd wedi gadael.</translation>
    </message>
    <message>
        <source>students: list the students you may see.</source>
        <translation>students: rhestru&apos;r disgyblion y cewch eu gweld.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use table, csv or json.</source>
        <translation>Fformat anhysbys &apos;%1&apos;: defnyddiwch table, csv neu json.</translation>
    </message>
    <message>
        <source>UPN</source>
        <translation>UPN</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <source>Forename</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Enw a ffefrir</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Blwyddyn</translation>
    </message>
    <message>
        <source>Tutor group</source>
        <translation>Grŵp tiwtor</translation>
    </message>
    <message>
        <source>SEN</source>
        <translation>AAA</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Baneri</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenoldeb</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>stats: counts of every kind of record, and the cohort&apos;s make-up.</source>
        <translation>stats: cyfrif pob math o gofnod, a chyfansoddiad y garfan.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use table or json.</source>
        <translation>Fformat anhysbys &apos;%1&apos;: defnyddiwch table neu json.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nifer</translation>
    </message>
    <message>
        <source>check: integrity check, schema version and the audit log&apos;s hash chain.</source>
        <translation>check: gwiriad cywirdeb, fersiwn y sgema a chadwyn stwnsh y log archwilio.</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>Fersiwn y sgema: %1 (y rhaglen hon: %2)</translation>
    </message>
    <message>
        <source>Integrity check: %1</source>
        <translation>Gwiriad cywirdeb: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>iawn</translation>
    </message>
    <message>
        <source>Audit log: intact</source>
        <translation>Log archwilio: cyfan</translation>
    </message>
    <message>
        <source>Audit log: entry %1 or one before it has been altered</source>
        <translation>Log archwilio: mae cofnod %1 neu un o&apos;i flaen wedi&apos;i newid</translation>
    </message>
    <message>
        <source>The database is damaged: restore it from a backup.</source>
        <translation>Mae&apos;r gronfa ddata wedi&apos;i difrodi: adferwch hi o gopi wrth gefn.</translation>
    </message>
    <message>
        <source>The audit log has been altered outside Mentor Desk.</source>
        <translation>Mae&apos;r log archwilio wedi&apos;i newid y tu allan i Mentor Desk.</translation>
    </message>
    <message>
        <source>The database needs updating: run mentordesk-cli init.</source>
        <translation>Mae angen diweddaru&apos;r gronfa ddata: rhedwch mentordesk-cli init.</translation>
    </message>
    <message>
        <source>Create the database or bring it up to date</source>
        <translation>Creu&apos;r gronfa ddata neu ei diweddaru</translation>
    </message>
    <message>
        <source>List students (--filter, --format table|csv|json)</source>
        <translation>Rhestru disgyblion (--filter, --format table|csv|json)</translation>
    </message>
    <message>
        <source>Counts of every kind of record (--format table|json)</source>
        <translation>Cyfrif pob math o gofnod (--format table|json)</translation>
    </message>
    <message>
        <source>Integrity check and schema version</source>
        <translation>Gwiriad cywirdeb a fersiwn y sgema</translation>
    </message>
    <message>
        <source>The CSV file the MIS exported (header row required).</source>
        <translation>Y ffeil CSV a allforiodd y MIS (mae angen rhes bennawd).</translation>
    </message>
    <message>
        <source>import students FILE: add students from a CSV file, or update them by UPN. If any row is wrong nothing is imported and every bad line is listed.</source>
        <translation>import students FILE: ychwanegu disgyblion o ffeil CSV, neu eu diweddaru yn ôl UPN. Os oes unrhyw res yn anghywir ni fewnforir dim a rhestrir pob llinell wallus.</translation>
    </message>
    <message>
        <source>import students needs exactly one FILE.</source>
        <translation>Mae angen union un FILE ar import students.</translation>
    </message>
    <message>
        <source>Imported %1 rows: %2 new, %3 updated, %4 unchanged.</source>
        <translation>Mewnforiwyd %1 rhes: %2 newydd, %3 wedi&apos;u diweddaru, %4 heb newid.</translation>
    </message>
    <message>
        <source>Import students from the MIS&apos;s CSV export</source>
        <translation>Mewnforio disgyblion o allforyn CSV y MIS</translation>
    </message>
    <message>
        <source>There is no staff user &apos;%1&apos;.</source>
        <translation>Nid oes defnyddiwr staff &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a mentor.</source>
        <translation>Nid yw &apos;%1&apos; yn fentor.</translation>
    </message>
    <message>
        <source>CSV with the columns UPN, Day, Period, Subject.</source>
        <translation>CSV â&apos;r colofnau UPN, Day, Period, Subject.</translation>
    </message>
    <message>
        <source>import timetable FILE: replace the lesson timetables of the students in the file. If any row is wrong nothing is imported and every bad line is listed.</source>
        <translation>import timetable FILE: disodli amserlenni gwersi&apos;r disgyblion yn y ffeil. Os oes unrhyw res yn anghywir ni fewnforir dim a rhestrir pob llinell wallus.</translation>
    </message>
    <message>
        <source>import timetable needs exactly one FILE.</source>
        <translation>Mae angen union un FILE ar import timetable.</translation>
    </message>
    <message>
        <source>Imported %1 lessons for %2 students.</source>
        <translation>Mewnforiwyd %1 gwers ar gyfer %2 disgybl.</translation>
    </message>
    <message>
        <source>CSV with the columns Kind (term, half_term, holiday, assessment_week), Name, Start, End.</source>
        <translation>CSV â&apos;r colofnau Kind (term, half_term, holiday, assessment_week), Name, Start, End.</translation>
    </message>
    <message>
        <source>import calendar FILE: replace the school calendar (terms, half terms, holidays, assessment weeks). If any row is wrong nothing changes and every bad line is listed.</source>
        <translation>import calendar FILE: disodli calendr yr ysgol (tymhorau, hanner tymhorau, gwyliau, wythnosau asesu). Os oes unrhyw res yn anghywir nid oes dim yn newid a rhestrir pob llinell wallus.</translation>
    </message>
    <message>
        <source>import calendar needs exactly one FILE.</source>
        <translation>Mae angen union un FILE ar import calendar.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>Nid oedd modd agor %1: %2</translation>
    </message>
    <message>
        <source>The school calendar now has %1 entries.</source>
        <translation>Mae gan galendr yr ysgol %1 cofnod bellach.</translation>
    </message>
    <message>
        <source>The mentor whose caseload to plan.</source>
        <translation>Y mentor y mae ei lwyth achosion i&apos;w gynllunio.</translation>
    </message>
    <message>
        <source>The first day to plan (yyyy-mm-dd or dd/mm/yyyy).</source>
        <translation>Y diwrnod cyntaf i&apos;w gynllunio (yyyy-mm-dd neu dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>How many weeks (default 7, a half term).</source>
        <translation>Faint o wythnosau (rhagosodiad 7, hanner tymor).</translation>
    </message>
    <message>
        <source>Output format: table|csv|json (default table).</source>
        <translation>Fformat allbwn: table|csv|json (rhagosodiad table).</translation>
    </message>
    <message>
        <source>Save the proposed sessions.</source>
        <translation>Cadw&apos;r sesiynau arfaethedig.</translation>
    </message>
    <message>
        <source>schedule --mentor USERNAME --from DATE [--weeks N] [--format json] [--apply]: propose weekly 1:1 sessions for a caseload that keep every rule, and explain any student it cannot place.</source>
        <translation>schedule --mentor USERNAME --from DATE [--weeks N] [--format json] [--apply]: cynnig sesiynau 1:1 wythnosol ar gyfer llwyth achosion sy&apos;n cadw at bob rheol, ac egluro unrhyw ddisgybl na ellir ei osod.</translation>
    </message>
    <message>
        <source>schedule needs --mentor USERNAME and --from DATE.</source>
        <translation>Mae angen --mentor USERNAME a --from DATE ar schedule.</translation>
    </message>
    <message>
        <source>--from &apos;%1&apos; is not a date (write yyyy-mm-dd or dd/mm/yyyy).</source>
        <translation>Nid yw --from &apos;%1&apos; yn ddyddiad (ysgrifennwch yyyy-mm-dd neu dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>--weeks &apos;%1&apos; is not a number.</source>
        <translation>Nid yw --weeks &apos;%1&apos; yn rhif.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Diwrnod</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Lesson missed</source>
        <translation>Gwers a gollir</translation>
    </message>
    <message>
        <source>Week of %1: %2</source>
        <translation>Wythnos yn dechrau %1: %2</translation>
    </message>
    <message>
        <source>Not placed: %1</source>
        <translation>Heb ei osod: %1</translation>
    </message>
    <message>
        <source>%1 student-weeks already had a session and were left as they are.</source>
        <translation>Roedd sesiwn eisoes mewn %1 wythnos-disgybl, a gadawyd y rheini fel yr oeddent.</translation>
    </message>
    <message>
        <source>Saved %1 sessions.</source>
        <translation>Cadwyd %1 sesiwn.</translation>
    </message>
    <message>
        <source>%1 sessions proposed; run again with --apply to save them.</source>
        <translation>Cynigiwyd %1 sesiwn; rhedwch eto gyda --apply i&apos;w cadw.</translation>
    </message>
    <message>
        <source>The mentor (default: the whole team, for the lead mentor).</source>
        <translation>Y mentor (rhagosodiad: y tîm cyfan, i&apos;r prif fentor).</translation>
    </message>
    <message>
        <source>Evaluate as on this day (default today).</source>
        <translation>Gwerthuso fel ar y diwrnod hwn (rhagosodiad heddiw).</translation>
    </message>
    <message>
        <source>caseload --mentor USERNAME [--format json]: what is done and what is overdue for each student on a mentor&apos;s caseload, and the step of the five-step approach each case is at.</source>
        <translation>caseload --mentor USERNAME [--format json]: beth sydd wedi&apos;i wneud a beth sy&apos;n hwyr ar gyfer pob disgybl ar lwyth achosion mentor, a cham y dull pum cam y mae pob achos wedi&apos;i gyrraedd.</translation>
    </message>
    <message>
        <source>--on &apos;%1&apos; is not a date (write yyyy-mm-dd or dd/mm/yyyy).</source>
        <translation>Nid yw --on &apos;%1&apos; yn ddyddiad (ysgrifennwch yyyy-mm-dd neu dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <source>all done</source>
        <translation>y cyfan wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Import students&apos; lesson timetables from CSV</source>
        <translation>Mewnforio amserlenni gwersi disgyblion o CSV</translation>
    </message>
    <message>
        <source>Replace the school calendar from CSV</source>
        <translation>Disodli calendr yr ysgol o CSV</translation>
    </message>
    <message>
        <source>Propose (and --apply) a mentor&apos;s 1:1 sessions</source>
        <translation>Cynnig (a --apply) sesiynau 1:1 mentor</translation>
    </message>
    <message>
        <source>What is done and overdue on a caseload</source>
        <translation>Beth sydd wedi&apos;i wneud ac yn hwyr ar lwyth achosion</translation>
    </message>
    <message>
        <source>The student&apos;s unique pupil number.</source>
        <translation>Rhif disgybl unigryw (UPN) y disgybl.</translation>
    </message>
    <message>
        <source>Write the JSON export to FILE.</source>
        <translation>Ysgrifennu&apos;r allforyn JSON i FILE.</translation>
    </message>
    <message>
        <source>Also write the readable copy as a PDF to FILE.</source>
        <translation>Ysgrifennu&apos;r copi darllenadwy fel PDF i FILE hefyd.</translation>
    </message>
    <message>
        <source>Seal the files with a passphrase.</source>
        <translation>Selio&apos;r ffeiliau â chyfrinymadrodd.</translation>
    </message>
    <message>
        <source>export student UPN --out FILE.json [--pdf FILE.pdf]: everything held on one student, for a subject access request. The export is recorded in the audit log.</source>
        <translation>export student UPN --out FILE.json [--pdf FILE.pdf]: popeth a gedwir am un disgybl, ar gyfer cais gwrthrych am wybodaeth. Cofnodir yr allforio yn y log archwilio.</translation>
    </message>
    <message>
        <source>export student needs a UPN and --out FILE.</source>
        <translation>Mae angen UPN a --out FILE ar export student.</translation>
    </message>
    <message>
        <source>There is no student with the UPN %1.</source>
        <translation>Nid oes disgybl â&apos;r UPN %1.</translation>
    </message>
    <message>
        <source>Subject access export written to %1 (%2 records).</source>
        <translation>Ysgrifennwyd yr allforyn cais gwrthrych am wybodaeth i %1 (%2 cofnod).</translation>
    </message>
    <message>
        <source>Readable copy written to %1.</source>
        <translation>Ysgrifennwyd y copi darllenadwy i %1.</translation>
    </message>
    <message>
        <source>Erase everything listed (asks for --yes).</source>
        <translation>Dileu popeth a restrir (yn gofyn am --yes).</translation>
    </message>
    <message>
        <source>Confirm the erasure; it cannot be undone.</source>
        <translation>Cadarnhau&apos;r dileu; ni ellir ei ddadwneud.</translation>
    </message>
    <message>
        <source>table (default) or json.</source>
        <translation>table (rhagosodiad) neu json.</translation>
    </message>
    <message>
        <source>Review as on DATE (YYYY-MM-DD).</source>
        <translation>Adolygu fel ar DATE (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>retention [erase --yes]: list the records past their retention period, or erase them. The erasure is audited (by whom, under which rule), never the data.</source>
        <translation>retention [erase --yes]: rhestru&apos;r cofnodion sydd y tu hwnt i&apos;w cyfnod cadw, neu eu dileu. Archwilir y dileu (gan bwy, o dan ba reol), byth y data.</translation>
    </message>
    <message>
        <source>retention takes no argument but &quot;erase&quot;.</source>
        <translation>Nid yw retention yn derbyn unrhyw ddadl ond &quot;erase&quot;.</translation>
    </message>
    <message>
        <source>--today needs a date like 2026-12-04, not &quot;%1&quot;.</source>
        <translation>Mae angen dyddiad fel 2026-12-04 ar --today, nid &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Erasing cannot be undone: run again with --yes to erase %n student record set(s).</source>
        <translation>
            <numerusform>Ni ellir dadwneud dileu: rhedwch eto gyda --yes i ddileu %n set o gofnodion disgybl.</numerusform>
            <numerusform>Ni ellir dadwneud dileu: rhedwch eto gyda --yes i ddileu %n set o gofnodion disgybl.</numerusform>
            <numerusform>Ni ellir dadwneud dileu: rhedwch eto gyda --yes i ddileu %n set o gofnodion disgybl.</numerusform>
            <numerusform>Ni ellir dadwneud dileu: rhedwch eto gyda --yes i ddileu %n set o gofnodion disgybl.</numerusform>
            <numerusform>Ni ellir dadwneud dileu: rhedwch eto gyda --yes i ddileu %n set o gofnodion disgybl.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erased %1 records for %2 students; %3 audit entries blanked; the file went from %4 to %5 bytes.</source>
        <translation>Dilëwyd %1 cofnod ar gyfer %2 disgybl; gwagiwyd %3 cofnod archwilio; aeth y ffeil o %4 i %5 beit.</translation>
    </message>
    <message>
        <source>Nothing is past its retention period.</source>
        <translation>Nid oes dim y tu hwnt i&apos;w gyfnod cadw.</translation>
    </message>
    <message>
        <source>Everything held on one student (subject access request) as JSON and PDF</source>
        <translation>Popeth a gedwir am un disgybl (cais gwrthrych am wybodaeth) fel JSON a PDF</translation>
    </message>
    <message>
        <source>List (or erase with erase --yes) the records past their retention period</source>
        <translation>Rhestru (neu ddileu gydag erase --yes) y cofnodion sydd y tu hwnt i&apos;w cyfnod cadw</translation>
    </message>
    <message>
        <source>UPN, Course, Week, Minutes, and optionally Messages and Posts</source>
        <translation>UPN, Course, Week, Minutes, ac yn ddewisol Messages a Posts</translation>
    </message>
    <message>
        <source>UPN, Course, Task, Type (Mandatory or Optional), and optionally Due, Completed and Time Online</source>
        <translation>UPN, Course, Task, Type (Mandatory neu Optional), ac yn ddewisol Due, Completed a Time Online</translation>
    </message>
    <message>
        <source>UPN, Course, Date, Grade (9-1, A*-U or a percentage such as 72%)</source>
        <translation>UPN, Course, Date, Grade (9-1, A*-U neu ganran fel 72%)</translation>
    </message>
    <message>
        <source>UPN, Week, Attendance (%)</source>
        <translation>UPN, Week, Attendance (%)</translation>
    </message>
    <message>
        <source>CSV with the columns %1.</source>
        <translation>CSV â&apos;r colofnau %1.</translation>
    </message>
    <message>
        <source>import %1 FILE: add or replace %1 rows for the 360° reports and recompute the course averages. If any row is wrong nothing is imported and every bad line is listed.</source>
        <translation>import %1 FILE: ychwanegu neu ddisodli rhesi %1 ar gyfer yr adroddiadau 360° ac ailgyfrifo cyfartaleddau&apos;r cyrsiau. Os oes unrhyw res yn anghywir ni fewnforir dim a rhestrir pob llinell wallus.</translation>
    </message>
    <message>
        <source>import %1 needs exactly one FILE.</source>
        <translation>Mae angen union un FILE ar import %1.</translation>
    </message>
    <message>
        <source>The student&apos;s UPN.</source>
        <translation>UPN y disgybl.</translation>
    </message>
    <message>
        <source>The report&apos;s last day (default: today).</source>
        <translation>Diwrnod olaf yr adroddiad (rhagosodiad: heddiw).</translation>
    </message>
    <message>
        <source>report student UPN: the 360° report&apos;s key figures for one student: activity, progress and grades per course against the class, and before / during / after each intervention.</source>
        <translation>report student UPN: ffigurau allweddol yr adroddiad 360° ar gyfer un disgybl: gweithgarwch, cynnydd a graddau fesul cwrs o&apos;u cymharu â&apos;r dosbarth, a chyn / yn ystod / ar ôl pob ymyriad.</translation>
    </message>
    <message>
        <source>report student needs exactly one UPN.</source>
        <translation>Mae angen union un UPN ar report student.</translation>
    </message>
    <message>
        <source>--today &apos;%1&apos; is not a date (write YYYY-MM-DD).</source>
        <translation>Nid yw --today &apos;%1&apos; yn ddyddiad (ysgrifennwch YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>There is no student with UPN %1.</source>
        <translation>Nid oes disgybl â&apos;r UPN %1.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Gweithgarwch</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Graddau</translation>
    </message>
    <message>
        <source>Impact of interventions</source>
        <translation>Effaith ymyriadau</translation>
    </message>
    <message>
        <source>No interventions in this period.</source>
        <translation>Dim ymyriadau yn y cyfnod hwn.</translation>
    </message>
    <message>
        <source>Import attendance by week from the MIS&apos;s CSV export</source>
        <translation>Mewnforio presenoldeb fesul wythnos o allforyn CSV y MIS</translation>
    </message>
    <message>
        <source>Import %1 from the learning platform&apos;s CSV export</source>
        <translation>Mewnforio %1 o allforyn CSV y platfform dysgu</translation>
    </message>
    <message>
        <source>Print a student&apos;s 360° report figures</source>
        <translation>Argraffu ffigurau adroddiad 360° disgybl</translation>
    </message>
    <message>
        <source>access: every action and every role (and the combined Supervisor), with the scope each role has: own courses, assigned learners or the whole organisation.</source>
        <translation>access: pob gweithred a phob rôl (a&apos;r Goruchwyliwr cyfunol), gyda chwmpas pob rôl: eu cyrsiau eu hunain, dysgwyr a neilltuwyd neu&apos;r sefydliad cyfan.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Gweithred</translation>
    </message>
    <message>
        <source>Who may do what: the access matrix (--format table|csv|json)</source>
        <translation>Pwy gaiff wneud beth: y matrics mynediad (--format table|csv|json)</translation>
    </message>
    <message>
        <source>Usage: mentordesk-cli [--database PATH | --url postgresql://USER@HOST:PORT/DBNAME] [--user USERNAME] COMMAND [options]</source>
        <translation>Defnydd: mentordesk-cli [--database PATH | --url postgresql://USER@HOST:PORT/DBNAME] [--user USERNAME] COMMAND [options]</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Cyfrinair ar gyfer %1: </translation>
    </message>
    <message>
        <source>migrate-to --url postgresql://USER@HOST:PORT/DBNAME: copy this desk&apos;s database (--database, or the default file) into an empty server database in one transaction, then check every table&apos;s row count and checksum on both sides.</source>
        <translation>migrate-to --url postgresql://USER@HOST:PORT/DBNAME: copïo cronfa ddata&apos;r ddesg hon (--database, neu&apos;r ffeil ragosodedig) i gronfa ddata wag ar y gweinydd mewn un trafodiad, yna gwirio nifer y rhesi a&apos;r swm gwirio ym mhob tabl ar y ddwy ochr.</translation>
    </message>
    <message>
        <source>migrate-from --url postgresql://USER@HOST:PORT/DBNAME: copy the server database into a new desk file (--database, or the default file) in one transaction, then check every table&apos;s row count and checksum on both sides.</source>
        <translation>migrate-from --url postgresql://USER@HOST:PORT/DBNAME: copïo cronfa ddata&apos;r gweinydd i ffeil ddesg newydd (--database, neu&apos;r ffeil ragosodedig) mewn un trafodiad, yna gwirio nifer y rhesi a&apos;r swm gwirio ym mhob tabl ar y ddwy ochr.</translation>
    </message>
    <message>
        <source>--format must be table, csv or json, not &apos;%1&apos;.</source>
        <translation>Rhaid i --format fod yn table, csv neu json, nid &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Give the server with --url postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>Rhowch y gweinydd gyda --url postgresql://USER@HOST:PORT/DBNAME.</translation>
    </message>
    <message>
        <source>%1 does not exist: there is nothing to copy.</source>
        <translation>Nid yw %1 yn bodoli: nid oes dim i&apos;w gopïo.</translation>
    </message>
    <message>
        <source>same</source>
        <translation>yr un fath</translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation>GWAHANOL</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabl</translation>
    </message>
    <message>
        <source>Source rows</source>
        <translation>Rhesi&apos;r ffynhonnell</translation>
    </message>
    <message>
        <source>Copied rows</source>
        <translation>Rhesi a gopïwyd</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Swm gwirio</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Gwiriad</translation>
    </message>
    <message>
        <source>Copied %1 tables (%2 rows) from %3 to %4; every count and checksum matches.</source>
        <translation>Copïwyd %1 tabl (%2 rhes) o %3 i %4; mae pob cyfrif a swm gwirio yn cyfateb.</translation>
    </message>
    <message>
        <source>Copy this desk&apos;s database into an empty PostgreSQL server database</source>
        <translation>Copïo cronfa ddata&apos;r ddesg hon i gronfa ddata wag ar weinydd PostgreSQL</translation>
    </message>
    <message>
        <source>Copy a PostgreSQL server database into a new desk file</source>
        <translation>Copïo cronfa ddata gweinydd PostgreSQL i ffeil ddesg newydd</translation>
    </message>
    <message>
        <source>This connection&apos;s server role belongs to %1; --user cannot act as %2.</source>
        <translation>Mae rôl y cysylltiad hwn ar y gweinydd yn perthyn i %1; ni all --user weithredu fel %2.</translation>
    </message>
    <message>
        <source>The password file %1 could not be read: %2</source>
        <translation>Nid oedd modd darllen y ffeil cyfrinair %1: %2</translation>
    </message>
    <message>
        <source>Password for the new server role: </source>
        <translation>Cyfrinair ar gyfer y rôl newydd ar y gweinydd: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Yr un cyfrinair eto: </translation>
    </message>
    <message>
        <source>The two passwords differ; no role was created.</source>
        <translation>Mae&apos;r ddau gyfrinair yn wahanol; ni chrëwyd rôl.</translation>
    </message>
    <message>
        <source>No password was given; no role was created.</source>
        <translation>Ni roddwyd cyfrinair; ni chrëwyd rôl.</translation>
    </message>
    <message>
        <source>The role&apos;s name (default: the username).</source>
        <translation>Enw&apos;r rôl (rhagosodiad: yr enw defnyddiwr).</translation>
    </message>
    <message>
        <source>Read the role&apos;s password from the first line of FILE.</source>
        <translation>Darllen cyfrinair y rôl o linell gyntaf FILE.</translation>
    </message>
    <message>
        <source>The Mentor Desk staff user.</source>
        <translation>Defnyddiwr staff Mentor Desk.</translation>
    </message>
    <message>
        <source>server add-user USERNAME --url postgresql://OWNER@HOST:PORT/DBNAME: create a PostgreSQL login role for a staff user, grant it what a desk needs, and record it, so that the server itself limits the role to what the user may see.</source>
        <translation>server add-user USERNAME --url postgresql://OWNER@HOST:PORT/DBNAME: creu rôl mewngofnodi PostgreSQL ar gyfer defnyddiwr staff, rhoi iddi&apos;r hyn sydd ei angen ar ddesg, a&apos;i chofnodi, fel bod y gweinydd ei hun yn cyfyngu&apos;r rôl i&apos;r hyn y caiff y defnyddiwr ei weld.</translation>
    </message>
    <message>
        <source>Name one staff user: server add-user USERNAME.</source>
        <translation>Enwch un defnyddiwr staff: server add-user USERNAME.</translation>
    </message>
    <message>
        <source>Created the server role %1 for %2. Their desk connects with --url postgresql://%1@HOST:PORT/DBNAME.</source>
        <translation>Crëwyd y rôl %1 ar y gweinydd ar gyfer %2. Mae eu desg yn cysylltu gyda --url postgresql://%1@HOST:PORT/DBNAME.</translation>
    </message>
    <message>
        <source>Give a staff user their own PostgreSQL role, limited by the server to what they may see</source>
        <translation>Rhoi ei rôl PostgreSQL ei hun i ddefnyddiwr staff, wedi&apos;i chyfyngu gan y gweinydd i&apos;r hyn y caiff ei weld</translation>
    </message>
</context>
<context>
    <name>md::cli::BehaviourCommands</name>
    <message>
        <source>The CSV of behaviour events.</source>
        <translation>Y CSV o ddigwyddiadau ymddygiad.</translation>
    </message>
    <message>
        <source>import behaviour FILE: add behaviour events from a CSV file (columns UPN, Date, Time, Category, Points, Course, Place, Description, Action taken, Recorded by). If any row is wrong nothing is imported and every bad line is listed.</source>
        <translation>import behaviour FILE: ychwanegu digwyddiadau ymddygiad o ffeil CSV (colofnau UPN, Date, Time, Category, Points, Course, Place, Description, Action taken, Recorded by). Os oes unrhyw res yn anghywir ni fewnforir dim a rhestrir pob llinell wallus.</translation>
    </message>
    <message>
        <source>import behaviour needs exactly one FILE.</source>
        <translation>Mae angen union un FILE ar import behaviour.</translation>
    </message>
    <message>
        <source>Imported %1 behaviour events.</source>
        <translation>Mewnforiwyd %1 digwyddiad ymddygiad.</translation>
    </message>
    <message>
        <source>The student&apos;s UPN.</source>
        <translation>UPN y disgybl.</translation>
    </message>
    <message>
        <source>Only events on or after this date (yyyy-mm-dd or dd/mm/yyyy).</source>
        <translation>Dim ond digwyddiadau ar neu ar ôl y dyddiad hwn (yyyy-mm-dd neu dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>behaviour --student UPN: a student&apos;s behaviour events, newest first.</source>
        <translation>behaviour --student UPN: digwyddiadau ymddygiad disgybl, y mwyaf diweddar yn gyntaf.</translation>
    </message>
    <message>
        <source>behaviour needs --student UPN.</source>
        <translation>Mae angen --student UPN ar behaviour.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use table, csv or json.</source>
        <translation>Fformat anhysbys &apos;%1&apos;: defnyddiwch table, csv neu json.</translation>
    </message>
    <message>
        <source>--from &apos;%1&apos; is not a date (write yyyy-mm-dd or dd/mm/yyyy).</source>
        <translation>Nid yw --from &apos;%1&apos; yn ddyddiad (ysgrifennwch yyyy-mm-dd neu dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>There is no student with UPN %1.</source>
        <translation>Nid oes disgybl â&apos;r UPN %1.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>UPN</source>
        <translation>UPN</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pwyntiau</translation>
    </message>
    <message>
        <source>Course or place</source>
        <translation>Cwrs neu le</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Camau a gymerwyd</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Cofnodwyd gan</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>The term&apos;s name (default: the current term).</source>
        <translation>Enw&apos;r tymor (rhagosodiad: y tymor presennol).</translation>
    </message>
    <message>
        <source>approvals --term NAME: every course of the term with the stage of its assessments, how many students are assessed and whom to remind.</source>
        <translation>approvals --term NAME: pob cwrs yn y tymor gyda cham ei asesiadau, faint o ddisgyblion sydd wedi&apos;u hasesu a phwy i&apos;w atgoffa.</translation>
    </message>
    <message>
        <source>There are no terms yet.</source>
        <translation>Nid oes tymhorau eto.</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cwrs</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Athrawon</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Aseswyd</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Wedi cofrestru</translation>
    </message>
    <message>
        <source>Remind</source>
        <translation>Atgoffa</translation>
    </message>
    <message>
        <source>Return comment</source>
        <translation>Sylw dychwelyd</translation>
    </message>
    <message>
        <source>Import behaviour events from CSV</source>
        <translation>Mewnforio digwyddiadau ymddygiad o CSV</translation>
    </message>
    <message>
        <source>List a student&apos;s behaviour events</source>
        <translation>Rhestru digwyddiadau ymddygiad disgybl</translation>
    </message>
    <message>
        <source>The assessment approval queue of a term</source>
        <translation>Ciw cymeradwyo asesiadau tymor</translation>
    </message>
</context>
<context>
    <name>md::cli::IlpCli</name>
    <message>
        <source>List every field with who sees and edits it.</source>
        <translation>Rhestru pob maes gyda phwy sy&apos;n ei weld a&apos;i olygu.</translation>
    </message>
    <message>
        <source>ilp templates: the ILP templates (administrators see drafts too), with their state and fields.</source>
        <translation>ilp templates: templedi&apos;r CDU (mae gweinyddwyr yn gweld drafftiau hefyd), gyda&apos;u cyflwr a&apos;u meysydd.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use table, csv or json.</source>
        <translation>Fformat anhysbys &apos;%1&apos;: defnyddiwch table, csv neu json.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Templed</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Maes</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>Gwelir gan</translation>
    </message>
    <message>
        <source>Edited by</source>
        <translation>Golygir gan</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Meysydd</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Cynlluniau</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>Every plan of this student, in date order.</source>
        <translation>Pob cynllun ar gyfer y disgybl hwn, yn nhrefn dyddiad.</translation>
    </message>
    <message>
        <source>ilp plans [--student UPN]: without --student, the ILP student list (your students by group, one line per current plan); with it, all that student&apos;s plans.</source>
        <translation>ilp plans [--student UPN]: heb --student, rhestr disgyblion y CDU (eich disgyblion fesul grŵp, un llinell i bob cynllun cyfredol); gydag ef, holl gynlluniau&apos;r disgybl hwnnw.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>UPN</source>
        <translation>UPN</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Dilys o</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Dilys tan</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Wedi&apos;i lenwi</translation>
    </message>
    <message>
        <source>The published template&apos;s name (chosen for you when only one is published).</source>
        <translation>Enw&apos;r templed a gyhoeddwyd (dewisir ar eich cyfer pan mai dim ond un sydd wedi&apos;i gyhoeddi).</translation>
    </message>
    <message>
        <source>The students&apos; UPNs, separated by commas.</source>
        <translation>UPNs y disgyblion, wedi&apos;u gwahanu gan atalnodau.</translation>
    </message>
    <message>
        <source>Valid from (default today).</source>
        <translation>Dilys o (rhagosodiad heddiw).</translation>
    </message>
    <message>
        <source>Valid to.</source>
        <translation>Dilys hyd.</translation>
    </message>
    <message>
        <source>ilp create --students UPN[,UPN...] --to YYYY-MM-DD [--template NAME] [--from YYYY-MM-DD]: one unpublished plan per student, all or none.</source>
        <translation>ilp create --students UPN[,UPN...] --to YYYY-MM-DD [--template NAME] [--from YYYY-MM-DD]: un cynllun heb ei gyhoeddi i bob disgybl, pob un neu ddim un.</translation>
    </message>
    <message>
        <source>ilp create needs --students and --to.</source>
        <translation>Mae angen --students a --to ar ilp create.</translation>
    </message>
    <message>
        <source>Dates must look like 2027-02-01.</source>
        <translation>Rhaid i ddyddiadau edrych fel 2027-02-01.</translation>
    </message>
    <message>
        <source>There is no published ILP template called &apos;%1&apos;.</source>
        <translation>Nid oes templed CDU wedi&apos;i gyhoeddi o&apos;r enw &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No ILP template is published yet: an administrator must publish one.</source>
        <translation>Nid oes templed CDU wedi&apos;i gyhoeddi eto: rhaid i weinyddwr gyhoeddi un.</translation>
    </message>
    <message numerus="yes">
        <source>%n templates are published: choose one with --template.</source>
        <translation>
            <numerusform>Mae %n templed wedi&apos;u cyhoeddi: dewiswch un gyda --template.</numerusform>
            <numerusform>Mae %n templed wedi&apos;i gyhoeddi: dewiswch un gyda --template.</numerusform>
            <numerusform>Mae %n templed wedi&apos;u cyhoeddi: dewiswch un gyda --template.</numerusform>
            <numerusform>Mae %n templed wedi&apos;u cyhoeddi: dewiswch un gyda --template.</numerusform>
            <numerusform>Mae %n templed wedi&apos;u cyhoeddi: dewiswch un gyda --template.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) could not be found; no plan was made.</source>
        <translation>
            <numerusform>Nid oedd modd dod o hyd i %n disgybl; ni wnaed unrhyw gynllun.</numerusform>
            <numerusform>Nid oedd modd dod o hyd i %n disgybl; ni wnaed unrhyw gynllun.</numerusform>
            <numerusform>Nid oedd modd dod o hyd i %n disgybl; ni wnaed unrhyw gynllun.</numerusform>
            <numerusform>Nid oedd modd dod o hyd i %n disgybl; ni wnaed unrhyw gynllun.</numerusform>
            <numerusform>Nid oedd modd dod o hyd i %n disgybl; ni wnaed unrhyw gynllun.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made %n plan(s): </source>
        <translation>
            <numerusform>Gwnaed %n cynllun: </numerusform>
            <numerusform>Gwnaed %n cynllun: </numerusform>
            <numerusform>Gwnaed %n cynllun: </numerusform>
            <numerusform>Gwnaed %n cynllun: </numerusform>
            <numerusform>Gwnaed %n cynllun: </numerusform>
        </translation>
    </message>
    <message>
        <source>Plan ids, as ilp plans lists them.</source>
        <translation>Ids y cynlluniau, fel y mae ilp plans yn eu rhestru.</translation>
    </message>
    <message>
        <source>ilp %1 PLAN...: all the plans or none.</source>
        <translation>ilp %1 PLAN...: pob cynllun neu ddim un.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plan id.</source>
        <translation>Nid yw &apos;%1&apos; yn id cynllun.</translation>
    </message>
    <message>
        <source>Give at least one plan id.</source>
        <translation>Rhowch o leiaf un id cynllun.</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) now %1.</source>
        <translation>
            <numerusform>Mae %n cynllun bellach %1.</numerusform>
            <numerusform>Mae %n cynllun bellach %1.</numerusform>
            <numerusform>Mae %n cynllun bellach %1.</numerusform>
            <numerusform>Mae %n cynllun bellach %1.</numerusform>
            <numerusform>Mae %n cynllun bellach %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The student&apos;s UPN.</source>
        <translation>UPN y disgybl.</translation>
    </message>
    <message>
        <source>The plan&apos;s id (ilp plans --student UPN lists them).</source>
        <translation>Id y cynllun (mae ilp plans --student UPN yn eu rhestru).</translation>
    </message>
    <message>
        <source>Who the copy is for: parent, student or mentor (default mentor). A parent&apos;s or student&apos;s copy holds only what they may see.</source>
        <translation>I bwy mae&apos;r copi: parent, student neu mentor (rhagosodiad mentor). Mae copi rhiant neu ddisgybl yn cynnwys dim ond yr hyn y caiff ei weld.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Y ffeil PDF i&apos;w hysgrifennu.</translation>
    </message>
    <message>
        <source>ilp print --student UPN --plan ID --as parent|student|mentor --out FILE.pdf: the plan as that reader sees it, on the school letterhead.</source>
        <translation>ilp print --student UPN --plan ID --as parent|student|mentor --out FILE.pdf: y cynllun fel y mae&apos;r darllenydd hwnnw&apos;n ei weld, ar bennawd llythyr yr ysgol.</translation>
    </message>
    <message>
        <source>ilp print needs --student, --plan and --out.</source>
        <translation>Mae angen --student, --plan a --out ar ilp print.</translation>
    </message>
    <message>
        <source>--as must be parent, student or mentor, not &apos;%1&apos;.</source>
        <translation>Rhaid i --as fod yn parent, student neu mentor, nid &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--plan must be a plan id, not &apos;%1&apos;.</source>
        <translation>Rhaid i --plan fod yn id cynllun, nid &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Plan %1 is not one of %2&apos;s plans.</source>
        <translation>Nid yw cynllun %1 yn un o gynlluniau %2.</translation>
    </message>
    <message>
        <source>Wrote the %1&apos;s copy of plan %2</source>
        <translation>Ysgrifennwyd copi&apos;r %1 o gynllun %2</translation>
    </message>
    <message numerus="yes">
        <source> (%n page(s)) to %1.</source>
        <translation>
            <numerusform> (%n tudalen) i %1.</numerusform>
            <numerusform> (%n tudalen) i %1.</numerusform>
            <numerusform> (%n tudalen) i %1.</numerusform>
            <numerusform> (%n tudalen) i %1.</numerusform>
            <numerusform> (%n tudalen) i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>ILP templates and their fields (--fields)</source>
        <translation>Templedi CDU a&apos;u meysydd (--fields)</translation>
    </message>
    <message>
        <source>The ILP student list, or one student&apos;s plans (--student UPN)</source>
        <translation>Rhestr disgyblion y CDU, neu gynlluniau un disgybl (--student UPN)</translation>
    </message>
    <message>
        <source>Make plans from a published template (--students --to)</source>
        <translation>Gwneud cynlluniau o dempled a gyhoeddwyd (--students --to)</translation>
    </message>
    <message>
        <source>Publish plans to students and parents</source>
        <translation>Cyhoeddi cynlluniau i ddisgyblion a rhieni</translation>
    </message>
    <message>
        <source>Archive plans</source>
        <translation>Archifo cynlluniau</translation>
    </message>
    <message>
        <source>A plan as PDF for a parent, the student or staff (--student --plan --as --out)</source>
        <translation>Cynllun fel PDF ar gyfer rhiant, y disgybl neu staff (--student --plan --as --out)</translation>
    </message>
</context>
<context>
    <name>md::cli::LetterCli</name>
    <message>
        <source>Output format: %1 (default table).</source>
        <translation>Fformat allbwn: %1 (rhagosodiad table).</translation>
    </message>
    <message>
        <source>The letter template&apos;s name.</source>
        <translation>Enw templed y llythyr.</translation>
    </message>
    <message>
        <source>The students&apos; UPNs, separated by commas.</source>
        <translation>UPNs y disgyblion, wedi&apos;u gwahanu gan atalnodau.</translation>
    </message>
    <message>
        <source>Who the letters are to: parents (each parent or carer with parental responsibility), student, or both (default parents).</source>
        <translation>At bwy mae&apos;r llythyrau: parents (pob rhiant neu ofalwr â chyfrifoldeb rhiant), student, neu both (rhagosodiad parents).</translation>
    </message>
    <message>
        <source>Parents at the same address share one letter.</source>
        <translation>Mae rhieni yn yr un cyfeiriad yn rhannu un llythyr.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Y ffeil PDF i&apos;w hysgrifennu.</translation>
    </message>
    <message>
        <source>The course the letters come from (teachers write attendance letters from their courses; found for them when left out).</source>
        <translation>Y cwrs y daw&apos;r llythyrau ohono (mae athrawon yn ysgrifennu llythyrau presenoldeb o&apos;u cyrsiau; fe&apos;i canfyddir ar eu cyfer os caiff ei hepgor).</translation>
    </message>
    <message>
        <source>The letters&apos; date (default today).</source>
        <translation>Dyddiad y llythyrau (rhagosodiad heddiw).</translation>
    </message>
    <message>
        <source>Only write the PDF: no letters are recorded or issued.</source>
        <translation>Ysgrifennu&apos;r PDF yn unig: ni chofnodir nac anfonir unrhyw lythyrau.</translation>
    </message>
    <message>
        <source>letters render --template NAME --students UPN[,UPN...] [--to parents|student|both] --out FILE.pdf: merge a template for each student and recipient, one letter per page, into one PDF. The letters are recorded as issued (by PDF) unless --preview is given; if anything is missing nothing is written.</source>
        <translation>letters render --template NAME --students UPN[,UPN...] [--to parents|student|both] --out FILE.pdf: cyfuno templed ar gyfer pob disgybl a derbynnydd, un llythyr i bob tudalen, yn un PDF. Cofnodir bod y llythyrau wedi&apos;u hanfon (drwy PDF) oni roddir --preview; os oes unrhyw beth ar goll nid ysgrifennir dim.</translation>
    </message>
    <message>
        <source>letters render needs --template, --students and --out.</source>
        <translation>Mae angen --template, --students a --out ar letters render.</translation>
    </message>
    <message>
        <source>--to must be parents, student or both, not &apos;%1&apos;.</source>
        <translation>Rhaid i --to fod yn parents, student neu both, nid &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--date must be a date like 2027-03-04, not &apos;%1&apos;.</source>
        <translation>Rhaid i --date fod yn ddyddiad fel 2027-03-04, nid &apos;%1&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) could not be found; nothing was written.</source>
        <translation>
            <numerusform>Nid oedd modd dod o hyd i %n disgybl; ni ysgrifennwyd dim.</numerusform>
            <numerusform>Nid oedd modd dod o hyd i %n disgybl; ni ysgrifennwyd dim.</numerusform>
            <numerusform>Nid oedd modd dod o hyd i %n disgybl; ni ysgrifennwyd dim.</numerusform>
            <numerusform>Nid oedd modd dod o hyd i %n disgybl; ni ysgrifennwyd dim.</numerusform>
            <numerusform>Nid oedd modd dod o hyd i %n disgybl; ni ysgrifennwyd dim.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no one to write to; nothing was written.</source>
        <translation>Nid oes neb i ysgrifennu ato; ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>Letters are signed by the member of staff you run as: add --user USERNAME.</source>
        <translation>Mae llythyrau&apos;n cael eu llofnodi gan yr aelod o staff rydych yn rhedeg fel: ychwanegwch --user USERNAME.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) would have gaps where data is missing; nothing was written.</source>
        <translation>
            <numerusform>Byddai bylchau mewn %n llythyr lle mae data ar goll; ni ysgrifennwyd dim.</numerusform>
            <numerusform>Byddai bylchau mewn %n llythyr lle mae data ar goll; ni ysgrifennwyd dim.</numerusform>
            <numerusform>Byddai bylchau mewn %n llythyr lle mae data ar goll; ni ysgrifennwyd dim.</numerusform>
            <numerusform>Byddai bylchau mewn %n llythyr lle mae data ar goll; ni ysgrifennwyd dim.</numerusform>
            <numerusform>Byddai bylchau mewn %n llythyr lle mae data ar goll; ni ysgrifennwyd dim.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote a preview of %n letter(s)</source>
        <translation>
            <numerusform>Ysgrifennwyd rhagolwg o %n llythyr</numerusform>
            <numerusform>Ysgrifennwyd rhagolwg o %n llythyr</numerusform>
            <numerusform>Ysgrifennwyd rhagolwg o %n llythyr</numerusform>
            <numerusform>Ysgrifennwyd rhagolwg o %n llythyr</numerusform>
            <numerusform>Ysgrifennwyd rhagolwg o %n llythyr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n page(s)) to %1; nothing was recorded.</source>
        <translation>
            <numerusform> (%n tudalen) i %1; ni chofnodwyd dim.</numerusform>
            <numerusform> (%n tudalen) i %1; ni chofnodwyd dim.</numerusform>
            <numerusform> (%n tudalen) i %1; ni chofnodwyd dim.</numerusform>
            <numerusform> (%n tudalen) i %1; ni chofnodwyd dim.</numerusform>
            <numerusform> (%n tudalen) i %1; ni chofnodwyd dim.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n letter(s)</source>
        <translation>
            <numerusform>Ysgrifennwyd %n llythyr</numerusform>
            <numerusform>Ysgrifennwyd %n llythyr</numerusform>
            <numerusform>Ysgrifennwyd %n llythyr</numerusform>
            <numerusform>Ysgrifennwyd %n llythyr</numerusform>
            <numerusform>Ysgrifennwyd %n llythyr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n page(s)) to %1</source>
        <translation>
            <numerusform> (%n tudalen) i %1</numerusform>
            <numerusform> (%n tudalen) i %1</numerusform>
            <numerusform> (%n tudalen) i %1</numerusform>
            <numerusform> (%n tudalen) i %1</numerusform>
            <numerusform> (%n tudalen) i %1</numerusform>
        </translation>
    </message>
    <message>
        <source>; issued as %1 to %2.</source>
        <translation>; anfonwyd fel %1 at %2.</translation>
    </message>
    <message>
        <source>Only letters in this state.</source>
        <translation>Dim ond llythyrau yn y cyflwr hwn.</translation>
    </message>
    <message>
        <source>Only letters of this type.</source>
        <translation>Dim ond llythyrau o&apos;r math hwn.</translation>
    </message>
    <message>
        <source>Only this student&apos;s letters.</source>
        <translation>Dim ond llythyrau&apos;r disgybl hwn.</translation>
    </message>
    <message>
        <source>letters list: the letters you may track, newest first, with their state (draft, issued, acknowledged).</source>
        <translation>letters list: y llythyrau y cewch eu holrhain, y mwyaf diweddar yn gyntaf, gyda&apos;u cyflwr (draft, issued, acknowledged).</translation>
    </message>
    <message>
        <source>--state must be draft, issued or acknowledged, not &apos;%1&apos;.</source>
        <translation>Rhaid i --state fod yn draft, issued neu acknowledged, nid &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--type must be attendance, behaviour, assessment or mentoring, not &apos;%1&apos;.</source>
        <translation>Rhaid i --type fod yn attendance, behaviour, assessment neu mentoring, nid &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use table, csv or json.</source>
        <translation>Fformat anhysbys &apos;%1&apos;: defnyddiwch table, csv neu json.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Tutor group</source>
        <translation>Grŵp tiwtor</translation>
    </message>
    <message>
        <source>To</source>
        <translation>At</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Derbynnydd</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Templed</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Issued via</source>
        <translation>Anfonwyd drwy</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Anfonwyd ar</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Cydnabuwyd</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Cydnabuwyd ar</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Ysgrifennwyd gan</translation>
    </message>
    <message>
        <source>Include archived templates.</source>
        <translation>Cynnwys templedi wedi&apos;u harchifo.</translation>
    </message>
    <message>
        <source>letters templates: the letter templates you may use.</source>
        <translation>letters templates: y templedi llythyrau y cewch eu defnyddio.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>wedi&apos;i archifo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archifwyd</translation>
    </message>
    <message>
        <source>The letter&apos;s reference, as printed (L-000042).</source>
        <translation>Cyfeirnod y llythyr, fel y&apos;i hargraffwyd (L-000042).</translation>
    </message>
    <message>
        <source>How it came back (default reply_slip).</source>
        <translation>Sut y daeth yn ôl (rhagosodiad reply_slip).</translation>
    </message>
    <message>
        <source>When (default today).</source>
        <translation>Pryd (rhagosodiad heddiw).</translation>
    </message>
    <message>
        <source>A short note.</source>
        <translation>Nodyn byr.</translation>
    </message>
    <message>
        <source>letters acknowledge REFERENCE: record that an issued letter was opened or its reply slip came back.</source>
        <translation>letters acknowledge REFERENCE: cofnodi bod llythyr a anfonwyd wedi&apos;i agor neu fod ei slip ateb wedi dod yn ôl.</translation>
    </message>
    <message>
        <source>letters acknowledge needs exactly one REFERENCE.</source>
        <translation>Mae angen union un REFERENCE ar letters acknowledge.</translation>
    </message>
    <message>
        <source>Give a reference like L-000042, --how as one of reply_slip, parent_confirmed, student_confirmed or opened, and --on as YYYY-MM-DD.</source>
        <translation>Rhowch gyfeirnod fel L-000042, --how fel un o reply_slip, parent_confirmed, student_confirmed neu opened, a --on fel YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 recorded as %2.</source>
        <translation>Cofnodwyd %1 fel %2.</translation>
    </message>
    <message>
        <source>Merge a template into letters, one PDF (--template --students --to --out)</source>
        <translation>Cyfuno templed yn llythyrau, un PDF (--template --students --to --out)</translation>
    </message>
    <message>
        <source>Letters and their state (--state, --type, --student, --format)</source>
        <translation>Llythyrau a&apos;u cyflwr (--state, --type, --student, --format)</translation>
    </message>
    <message>
        <source>The letter templates</source>
        <translation>Y templedi llythyrau</translation>
    </message>
    <message>
        <source>Record a reply slip or confirmation for a letter</source>
        <translation>Cofnodi slip ateb neu gadarnhad ar gyfer llythyr</translation>
    </message>
</context>
<context>
    <name>md::cli::MentorCommands</name>
    <message>
        <source>Output format: table, csv or json (default table).</source>
        <translation>Fformat allbwn: table, csv neu json (rhagosodiad table).</translation>
    </message>
    <message>
        <source>Include mentors who have been removed.</source>
        <translation>Cynnwys mentoriaid sydd wedi&apos;u tynnu.</translation>
    </message>
    <message>
        <source>mentors: the mentoring team with grade, caseload against capacity, status, overdue items, last supervision and CPD hours this school year.</source>
        <translation>mentors: y tîm mentora gyda gradd, llwyth achosion o&apos;i gymharu â chapasiti, statws, eitemau hwyr, yr oruchwyliaeth ddiwethaf ac oriau DPP y flwyddyn ysgol hon.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use table, csv or json.</source>
        <translation>Fformat anhysbys &apos;%1&apos;: defnyddiwch table, csv neu json.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Gradd</translation>
    </message>
    <message>
        <source>TRN</source>
        <translation>TRN</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <source>Age range</source>
        <translation>Ystod oedran</translation>
    </message>
    <message>
        <source>Key stage</source>
        <translation>Cyfnod allweddol</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Llwyth achosion</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capasiti</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <source>Last supervision</source>
        <translation>Goruchwyliaeth ddiwethaf</translation>
    </message>
    <message>
        <source>CPD hours</source>
        <translation>Oriau DPP</translation>
    </message>
    <message>
        <source>First name.</source>
        <translation>Enw cyntaf.</translation>
    </message>
    <message>
        <source>Last name.</source>
        <translation>Cyfenw.</translation>
    </message>
    <message>
        <source>Teacher reference number (TRN): 7 digits.</source>
        <translation>Cyfeirnod athro (TRN): 7 digid.</translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation>Cyfeiriad e-bost.</translation>
    </message>
    <message>
        <source>Subject, as listed for the school&apos;s phase (for example &quot;Mathematics&quot;).</source>
        <translation>Pwnc, fel y&apos;i rhestrir ar gyfer cyfnod yr ysgol (er enghraifft &quot;Mathematics&quot;).</translation>
    </message>
    <message>
        <source>Age range (for example &quot;11 to 16&quot; or &quot;7 to 14 - middle years&quot;).</source>
        <translation>Ystod oedran (er enghraifft &quot;11 to 16&quot; neu &quot;7 to 14 - middle years&quot;).</translation>
    </message>
    <message>
        <source>Key stage (for example &quot;Key stage 3&quot;).</source>
        <translation>Cyfnod allweddol (er enghraifft &quot;Key stage 3&quot;).</translation>
    </message>
    <message>
        <source>mentors add: add a mentor. Every answer is required; the answers offered depend on the school&apos;s phase. The new mentor gets a confirmation message in the outbox.</source>
        <translation>mentors add: ychwanegu mentor. Mae angen pob ateb; mae&apos;r atebion a gynigir yn dibynnu ar gyfnod yr ysgol. Mae&apos;r mentor newydd yn cael neges gadarnhau yn y blwch anfon.</translation>
    </message>
    <message>
        <source>mentors add takes no arguments besides its options: %1</source>
        <translation>Nid yw mentors add yn derbyn unrhyw ddadleuon ar wahân i&apos;w opsiynau: %1</translation>
    </message>
    <message>
        <source>Subjects: %1</source>
        <translation>Pynciau: %1</translation>
    </message>
    <message>
        <source>Age ranges: %1</source>
        <translation>Ystodau oedran: %1</translation>
    </message>
    <message>
        <source>Key stages: %1</source>
        <translation>Cyfnodau allweddol: %1</translation>
    </message>
    <message>
        <source>Added %1 as a mentor with the username %2.</source>
        <translation>Ychwanegwyd %1 fel mentor gyda&apos;r enw defnyddiwr %2.</translation>
    </message>
    <message>
        <source>First password (shown only now; they choose their own when they first sign in): %1</source>
        <translation>Cyfrinair cyntaf (dim ond nawr y caiff ei ddangos; byddan nhw&apos;n dewis eu cyfrinair eu hunain pan fyddan nhw&apos;n mewngofnodi am y tro cyntaf): %1</translation>
    </message>
    <message>
        <source>The confirmation message to the mentor is in the outbox (message %1).</source>
        <translation>Mae&apos;r neges gadarnhau i&apos;r mentor yn y blwch anfon (neges %1).</translation>
    </message>
    <message>
        <source>The mentoring team (--format table|csv|json, --include-removed)</source>
        <translation>Y tîm mentora (--format table|csv|json, --include-removed)</translation>
    </message>
    <message>
        <source>Add a mentor (--first --last --trn --email --subject --age-range --key-stage)</source>
        <translation>Ychwanegu mentor (--first --last --trn --email --subject --age-range --key-stage)</translation>
    </message>
</context>
<context>
    <name>md::cli::ReferralCommands</name>
    <message>
        <source>The CSV the online referral form exported.</source>
        <translation>Y CSV a allforiodd y ffurflen atgyfeirio ar-lein.</translation>
    </message>
    <message>
        <source>import referrals FILE: add the referral form&apos;s responses to the referral register. If any row is wrong nothing is imported and every bad line is listed; responses already imported are skipped.</source>
        <translation>import referrals FILE: ychwanegu ymatebion y ffurflen atgyfeirio at y gofrestr atgyfeirio. Os oes unrhyw res yn anghywir ni fewnforir dim a rhestrir pob llinell wallus; caiff ymatebion a fewnforiwyd eisoes eu hepgor.</translation>
    </message>
    <message>
        <source>import referrals needs exactly one FILE.</source>
        <translation>Mae angen union un FILE ar import referrals.</translation>
    </message>
    <message>
        <source>Imported %1 rows: %2 new referrals, %3 already in the register.</source>
        <translation>Mewnforiwyd %1 rhes: %2 atgyfeiriad newydd, %3 eisoes yn y gofrestr.</translation>
    </message>
    <message>
        <source>Only referrals in this state: %1, or open (everything not closed).</source>
        <translation>Dim ond atgyfeiriadau yn y cyflwr hwn: %1, neu open (popeth nad yw ar gau).</translation>
    </message>
    <message>
        <source>referrals: list the referrals you may see, newest first.</source>
        <translation>referrals: rhestru&apos;r atgyfeiriadau y cewch eu gweld, y mwyaf diweddar yn gyntaf.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use table, csv or json.</source>
        <translation>Fformat anhysbys &apos;%1&apos;: defnyddiwch table, csv neu json.</translation>
    </message>
    <message>
        <source>Unknown status &apos;%1&apos;: use %2 or open.</source>
        <translation>Statws anhysbys &apos;%1&apos;: defnyddiwch %2 neu open.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Atgyfeiriwyd</translation>
    </message>
    <message>
        <source>UPN</source>
        <translation>UPN</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Tutor group</source>
        <translation>Grŵp tiwtor</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Pryder</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Brys</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Atgyfeiriwr</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Gofynnwyd gan</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Cam nesaf</translation>
    </message>
    <message>
        <source>Only this keyworker&apos;s interventions.</source>
        <translation>Dim ond ymyriadau&apos;r gweithiwr allweddol hwn.</translation>
    </message>
    <message>
        <source>Only this stage (1, 2 or 3).</source>
        <translation>Dim ond y cam hwn (1, 2 neu 3).</translation>
    </message>
    <message>
        <source>Only interventions whose review is overdue.</source>
        <translation>Dim ond ymyriadau y mae eu hadolygiad yn hwyr.</translation>
    </message>
    <message>
        <source>Include concluded interventions with their outcome and impact.</source>
        <translation>Cynnwys ymyriadau a ddaeth i ben gyda&apos;u canlyniad a&apos;u heffaith.</translation>
    </message>
    <message>
        <source>register: the mentoring register, every student currently receiving an intervention.</source>
        <translation>register: y gofrestr fentora, pob disgybl sy&apos;n cael ymyriad ar hyn o bryd.</translation>
    </message>
    <message>
        <source>--stage must be 1, 2 or 3, not &apos;%1&apos;.</source>
        <translation>Rhaid i --stage fod yn 1, 2 neu 3, nid &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No staff user is called &apos;%1&apos;.</source>
        <translation>Nid oes defnyddiwr staff o&apos;r enw &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>hub meetings: the assessment hub&apos;s meetings, newest first.</source>
        <translation>hub meetings: cyfarfodydd yr hyb asesu, y mwyaf diweddar yn gyntaf.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Atgyfeiriadau</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Penderfynwyd</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Adolygiadau</translation>
    </message>
    <message>
        <source>%1 needs one MEETING id (see hub meetings).</source>
        <translation>Mae angen un id MEETING ar %1 (gweler hub meetings).</translation>
    </message>
    <message>
        <source>The meeting&apos;s id (see hub meetings).</source>
        <translation>Id y cyfarfod (gweler hub meetings).</translation>
    </message>
    <message>
        <source>Save the minutes as a PDF file.</source>
        <translation>Cadw&apos;r cofnodion fel ffeil PDF.</translation>
    </message>
    <message>
        <source>hub minutes MEETING --pdf FILE: save a hub meeting&apos;s minutes as PDF (without --pdf the minutes are printed as HTML).</source>
        <translation>hub minutes MEETING --pdf FILE: cadw cofnodion cyfarfod hyb fel PDF (heb --pdf caiff y cofnodion eu hargraffu fel HTML).</translation>
    </message>
    <message>
        <source>Minutes saved to %1</source>
        <translation>Cadwyd y cofnodion yn %1</translation>
    </message>
    <message>
        <source>hub bulletin MEETING: the staff-bulletin text of a meeting&apos;s new actions.</source>
        <translation>hub bulletin MEETING: testun bwletin staff ar gyfer camau gweithredu newydd cyfarfod.</translation>
    </message>
    <message>
        <source>Import the online referral form&apos;s CSV export</source>
        <translation>Mewnforio allforyn CSV y ffurflen atgyfeirio ar-lein</translation>
    </message>
    <message>
        <source>List referrals (--status S, --format table|csv|json)</source>
        <translation>Rhestru atgyfeiriadau (--status S, --format table|csv|json)</translation>
    </message>
    <message>
        <source>The mentoring register (--format table|csv|json)</source>
        <translation>Y gofrestr fentora (--format table|csv|json)</translation>
    </message>
    <message>
        <source>List assessment hub meetings</source>
        <translation>Rhestru cyfarfodydd yr hyb asesu</translation>
    </message>
    <message>
        <source>Save a hub meeting&apos;s minutes as PDF</source>
        <translation>Cadw cofnodion cyfarfod hyb fel PDF</translation>
    </message>
    <message>
        <source>A hub meeting&apos;s staff-bulletin text</source>
        <translation>Testun bwletin staff cyfarfod hyb</translation>
    </message>
</context>
<context>
    <name>md::demo</name>
    <message>
        <source>Autumn term %1</source>
        <translation>Tymor yr hydref %1</translation>
    </message>
    <message>
        <source>Autumn 1</source>
        <translation>Hydref 1</translation>
    </message>
    <message>
        <source>October half term</source>
        <translation>Hanner tymor mis Hydref</translation>
    </message>
    <message>
        <source>Autumn 2</source>
        <translation>Hydref 2</translation>
    </message>
    <message>
        <source>Autumn assessment week</source>
        <translation>Wythnos asesu&apos;r hydref</translation>
    </message>
    <message>
        <source>Christmas holiday</source>
        <translation>Gwyliau&apos;r Nadolig</translation>
    </message>
    <message>
        <source>Spring term %1</source>
        <translation>Tymor y gwanwyn %1</translation>
    </message>
    <message>
        <source>Spring 1</source>
        <translation>Gwanwyn 1</translation>
    </message>
    <message>
        <source>February half term</source>
        <translation>Hanner tymor mis Chwefror</translation>
    </message>
    <message>
        <source>Spring 2</source>
        <translation>Gwanwyn 2</translation>
    </message>
    <message>
        <source>Spring assessment week</source>
        <translation>Wythnos asesu&apos;r gwanwyn</translation>
    </message>
    <message>
        <source>Easter holiday</source>
        <translation>Gwyliau&apos;r Pasg</translation>
    </message>
    <message>
        <source>Summer term %1</source>
        <translation>Tymor yr haf %1</translation>
    </message>
    <message>
        <source>Summer 1</source>
        <translation>Haf 1</translation>
    </message>
    <message>
        <source>May half term</source>
        <translation>Hanner tymor mis Mai</translation>
    </message>
    <message>
        <source>Summer 2</source>
        <translation>Haf 2</translation>
    </message>
    <message>
        <source>Summer assessment week</source>
        <translation>Wythnos asesu&apos;r haf</translation>
    </message>
    <message>
        <source>Weekly 1:1 sessions focused on %1; calls home every fortnight; a lesson observation each half term; progress updates to the lead mentor.</source>
        <translation>Sesiynau 1:1 wythnosol yn canolbwyntio ar %1; galwadau adref bob pythefnos; arsylwad gwers bob hanner tymor; diweddariadau cynnydd i&apos;r prif fentor.</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Rhiant</translation>
    </message>
    <message>
        <source>Explained the mentoring, heard the parent&apos;s view and agreed to start.</source>
        <translation>Esboniwyd y mentora, clywyd barn y rhiant a chytunwyd i ddechrau.</translation>
    </message>
    <message>
        <source>Summary for the director of learning: sessions held, targets met, attendance and behaviour data.</source>
        <translation>Crynodeb i&apos;r cyfarwyddwr dysgu: sesiynau a gynhaliwyd, targedau a gyflawnwyd, data presenoldeb ac ymddygiad.</translation>
    </message>
    <message>
        <source>Year %1 %2</source>
        <translation>Blwyddyn %1 %2</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>gwers</translation>
    </message>
    <message>
        <source>Reviewed progress against the objectives with the student; attendance and behaviour data improving.</source>
        <translation>Adolygwyd y cynnydd yn erbyn yr amcanion gyda&apos;r disgybl; data presenoldeb ac ymddygiad yn gwella.</translation>
    </message>
</context>
<context>
    <name>md::ui::AboutDialog</name>
    <message>
        <source>About Mentor Desk</source>
        <translation>Ynghylch Mentor Desk</translation>
    </message>
    <message>
        <source>Mentor Desk icon</source>
        <translation>Eicon Mentor Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Mentor Desk %1&lt;/h2&gt;&lt;p&gt;The learning-mentor team&apos;s desk.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Mentor Desk %1&lt;/h2&gt;&lt;p&gt;Desg y tîm mentoriaid dysgu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Mentor Desk %1</source>
        <translation>Mentor Desk %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Copyright © 2026 Mentor Desk contributors.&lt;/p&gt;&lt;p&gt;Mentor Desk is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty. See &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;the GNU GPL&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Built with Qt %1, running on %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hawlfraint © 2026 Cyfranwyr Mentor Desk.&lt;/p&gt;&lt;p&gt;Mae Mentor Desk yn feddalwedd rydd: gallwch ei hailddosbarthu a/neu ei haddasu o dan delerau Trwydded Gyhoeddus Gyffredinol GNU fel y&apos;i cyhoeddwyd gan y Free Software Foundation, naill ai fersiwn 3 y Drwydded, neu (yn ôl eich dewis) unrhyw fersiwn ddiweddarach (GPL-3.0-or-later). Nid yw&apos;n dod gydag unrhyw warant. Gweler &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GPL GNU&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Wedi&apos;i hadeiladu gyda Qt %1, yn rhedeg ar %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Trwydded</translation>
    </message>
    <message>
        <source>no database open</source>
        <translation>dim cronfa ddata ar agor</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cronfa ddata: %1</translation>
    </message>
    <message>
        <source>Automatic backups: %1</source>
        <translation>Copïau wrth gefn awtomatig: %1</translation>
    </message>
    <message>
        <source>Settings of this desk: %1</source>
        <translation>Gosodiadau&apos;r ddesg hon: %1</translation>
    </message>
    <message>
        <source>Application data folder: %1</source>
        <translation>Ffolder data rhaglenni: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where your data lives&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ble mae eich data&apos;n cael ei gadw&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation>Ble mae eich data&apos;n cael ei gadw</translation>
    </message>
    <message>
        <source>The database holds pupil data: keep it, and every copy of it, as safely as the school&apos;s paper records.</source>
        <translation>Mae&apos;r gronfa ddata yn cynnwys data disgyblion: cadwch hi, a phob copi ohoni, mor ddiogel â chofnodion papur yr ysgol.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copïo&apos;r manylion</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copïo&apos;r manylion</translation>
    </message>
    <message>
        <source>Copy the version and the data locations, for a technician.</source>
        <translation>Copïo&apos;r fersiwn a lleoliadau&apos;r data, ar gyfer technegydd.</translation>
    </message>
    <message>
        <source>Open the data &amp;folder</source>
        <translation>Agor y &amp;ffolder data</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Agor y ffolder data</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>md::ui::AccessibilityFixer</name>
    <message>
        <source>Clear</source>
        <translation>Clirio</translation>
    </message>
</context>
<context>
    <name>md::ui::ActionPlansDialog</name>
    <message>
        <source>Action plans</source>
        <translation>Cynlluniau gweithredu</translation>
    </message>
    <message>
        <source>Each planned intervention&apos;s action plan is shared with the student&apos;s tutor, the referrer and the parents or carers.</source>
        <translation>Rhennir cynllun gweithredu pob ymyriad a gynlluniwyd gyda thiwtor y disgybl, yr atgyfeiriwr a&apos;r rhieni neu ofalwyr.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Cynllun:</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Derbynnydd</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>Ar &amp;gyfer:</translation>
    </message>
    <message>
        <source>Action plan preview</source>
        <translation>Rhagolwg o&apos;r cynllun gweithredu</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Argraff&amp;u…</translation>
    </message>
    <message>
        <source>Print the action plan</source>
        <translation>Argraffu&apos;r cynllun gweithredu</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Rhag&amp;olwg argraffu…</translation>
    </message>
    <message>
        <source>Print preview of the action plan</source>
        <translation>Rhagolwg argraffu o&apos;r cynllun gweithredu</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Cadw &amp;fel PDF…</translation>
    </message>
    <message>
        <source>Save the action plan as PDF</source>
        <translation>Cadw&apos;r cynllun gweithredu fel PDF</translation>
    </message>
    <message>
        <source>Save &amp;all as PDF…</source>
        <translation>Cadw&apos;r c&amp;yfan fel PDF…</translation>
    </message>
    <message>
        <source>Save every action plan for every recipient as PDF</source>
        <translation>Cadw pob cynllun gweithredu ar gyfer pob derbynnydd fel PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Cadwyd %1</translation>
    </message>
    <message>
        <source>Save every action plan in</source>
        <translation>Cadw pob cynllun gweithredu yn</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) in %1.</source>
        <translation>
            <numerusform>Cadwyd %n ffeil yn %1.</numerusform>
            <numerusform>Cadwyd %n ffeil yn %1.</numerusform>
            <numerusform>Cadwyd %n ffeil yn %1.</numerusform>
            <numerusform>Cadwyd %n ffeil yn %1.</numerusform>
            <numerusform>Cadwyd %n ffeil yn %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>This meeting planned no interventions, so there are no action plans to share.</source>
        <translation>Ni chynlluniodd y cyfarfod hwn unrhyw ymyriadau, felly nid oes cynlluniau gweithredu i&apos;w rhannu.</translation>
    </message>
    <message>
        <source>Action plan %1 (%2)</source>
        <translation>Cynllun gweithredu %1 (%2)</translation>
    </message>
</context>
<context>
    <name>md::ui::AddMentorWizard</name>
    <message>
        <source>There is a problem</source>
        <translation>Mae problem</translation>
    </message>
    <message>
        <source>Add a mentor</source>
        <translation>Ychwanegu mentor</translation>
    </message>
    <message>
        <source>&amp;Add mentor</source>
        <translation>&amp;Ychwanegu mentor</translation>
    </message>
    <message>
        <source>Change %1&apos;s details</source>
        <translation>Newid manylion %1</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Cadw&apos;r newidiadau</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Parhau</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Yn ô&amp;l</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Enw cyntaf</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>Cy&amp;fenw</translation>
    </message>
    <message>
        <source>&amp;Teacher reference number (TRN)</source>
        <translation>Cyfeirnod &amp;athro (TRN)</translation>
    </message>
    <message>
        <source>7 digits, for example 1234567</source>
        <translation>7 digid, er enghraifft 1234567</translation>
    </message>
    <message>
        <source>&amp;Email address</source>
        <translation>Cyfeiriad e-&amp;bost</translation>
    </message>
    <message>
        <source>The confirmation message to the mentor is addressed here</source>
        <translation>Anfonir y neges gadarnhau i&apos;r mentor i&apos;r cyfeiriad hwn</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problem gyda %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Newid %1</translation>
    </message>
    <message>
        <source>Saving changes updates the mentor&apos;s details straight away.</source>
        <translation>Mae cadw newidiadau yn diweddaru manylion y mentor ar unwaith.</translation>
    </message>
    <message>
        <source>When you add the mentor, a confirmation message to them is written to the outbox, for you to copy into an email or print.</source>
        <translation>Pan fyddwch yn ychwanegu&apos;r mentor, caiff neges gadarnhau iddo ei hysgrifennu i&apos;r blwch anfon, i chi ei chopïo i e-bost neu ei hargraffu.</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Heb ei ateb</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Gwall: %1</translation>
    </message>
</context>
<context>
    <name>md::ui::AdditionalDetailsDialog</name>
    <message>
        <source>%1&apos;s additional details</source>
        <translation>Manylion ychwanegol %1</translation>
    </message>
    <message>
        <source>Date qualified as a teacher</source>
        <translation>Dyddiad cymhwyso fel athro</translation>
    </message>
    <message>
        <source>Date started mentoring</source>
        <translation>Dyddiad dechrau mentora</translation>
    </message>
    <message>
        <source>Date &amp;qualified as a teacher:</source>
        <translation>Dyddiad &amp;cymhwyso fel athro:</translation>
    </message>
    <message>
        <source>Q&amp;ualifications:</source>
        <translation>C&amp;ymwysterau:</translation>
    </message>
    <message>
        <source>Date &amp;started mentoring:</source>
        <translation>Dyddiad &amp;dechrau mentora:</translation>
    </message>
    <message>
        <source>&amp;Provider training:</source>
        <translation>&amp;Hyfforddiant y darparwr:</translation>
    </message>
    <message>
        <source>SE&amp;ND training:</source>
        <translation>Hyfforddiant AAA ac &amp;Anabledd:</translation>
    </message>
    <message>
        <source>Subject &amp;networks and associations:</source>
        <translation>Rhwydweithiau a chymdeithasau &amp;pwnc:</translation>
    </message>
    <message>
        <source>&amp;Other experiences:</source>
        <translation>Profiadau &amp;eraill:</translation>
    </message>
</context>
<context>
    <name>md::ui::AllocationPane</name>
    <message>
        <source>Allocation</source>
        <translation>Dyrannu</translation>
    </message>
    <message>
        <source>Priority goes to looked-after children, students with EHC plan objectives, students on the SEN register for SEMH needs and students with the school&apos;s priority flags, then by the date referred. Drag a student onto a mentor, or select both and press Assign.</source>
        <translation>Rhoddir blaenoriaeth i blant sy&apos;n derbyn gofal, disgyblion ag amcanion cynllun EHC, disgyblion ar y gofrestr AAA ar gyfer anghenion SEMH a disgyblion â baneri blaenoriaeth yr ysgol, yna yn ôl dyddiad yr atgyfeiriad. Llusgwch ddisgybl at fentor, neu dewiswch y ddau a phwyswch Neilltuo.</translation>
    </message>
    <message>
        <source>Students waiting</source>
        <translation>Disgyblion yn aros</translation>
    </message>
    <message>
        <source>Students waiting for a keyworker</source>
        <translation>Disgyblion yn aros am weithiwr allweddol</translation>
    </message>
    <message>
        <source>&amp;Assign keyworker…</source>
        <translation>&amp;Neilltuo gweithiwr allweddol…</translation>
    </message>
    <message>
        <source>Assign a keyworker to the selected student</source>
        <translation>Neilltuo gweithiwr allweddol i&apos;r disgybl a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Mentors: caseload against capacity</source>
        <translation>&amp;Mentoriaid: llwyth achosion o&apos;i gymharu â chapasiti</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentoriaid</translation>
    </message>
    <message>
        <source>Edit &amp;capacity…</source>
        <translation>Golygu &amp;capasiti…</translation>
    </message>
    <message>
        <source>Edit the selected mentor&apos;s capacity</source>
        <translation>Golygu capasiti&apos;r mentor a ddewiswyd</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>Nobody is waiting for a keyworker. Planned interventions without one appear here.</source>
        <translation>Does neb yn aros am weithiwr allweddol. Mae ymyriadau wedi&apos;u cynllunio heb un yn ymddangos yma.</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) waiting for a keyworker, in priority order</source>
        <translation>
            <numerusform>%n disgybl yn aros am weithiwr allweddol, yn nhrefn blaenoriaeth</numerusform>
            <numerusform>%n disgybl yn aros am weithiwr allweddol, yn nhrefn blaenoriaeth</numerusform>
            <numerusform>%n disgybl yn aros am weithiwr allweddol, yn nhrefn blaenoriaeth</numerusform>
            <numerusform>%n disgybl yn aros am weithiwr allweddol, yn nhrefn blaenoriaeth</numerusform>
            <numerusform>%n disgybl yn aros am weithiwr allweddol, yn nhrefn blaenoriaeth</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a waiting student first.</source>
        <translation>Dewiswch ddisgybl sy&apos;n aros yn gyntaf.</translation>
    </message>
    <message>
        <source>%1 (Year %2): %3, stage %4. Priority: %5.</source>
        <translation>%1 (Blwyddyn %2): %3, cam %4. Blaenoriaeth: %5.</translation>
    </message>
    <message>
        <source>Keyworker assigned.</source>
        <translation>Neilltuwyd gweithiwr allweddol.</translation>
    </message>
    <message>
        <source>Choose a mentor first.</source>
        <translation>Dewiswch fentor yn gyntaf.</translation>
    </message>
    <message>
        <source>Capacity of %1</source>
        <translation>Capasiti %1</translation>
    </message>
    <message>
        <source>Learning and advanced learning mentors manage 6 to 8 students plus one high-needs SEN keyworker case; the lead learning mentor up to 3 students with complex needs.</source>
        <translation>Mae mentoriaid dysgu a mentoriaid dysgu uwch yn rheoli 6 i 8 disgybl ynghyd ag un achos gweithiwr allweddol AAA anghenion uchel; y prif fentor dysgu hyd at 3 disgybl ag anghenion cymhleth.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Caseload places</source>
        <translation>Lleoedd llwyth achosion</translation>
    </message>
    <message>
        <source>&amp;Caseload places:</source>
        <translation>&amp;Lleoedd llwyth achosion:</translation>
    </message>
    <message>
        <source>High-needs SEN keyworker places</source>
        <translation>Lleoedd gweithiwr allweddol AAA anghenion uchel</translation>
    </message>
    <message>
        <source>&amp;SEN keyworker places:</source>
        <translation>Lleoedd gweithiwr allweddol &amp;AAA:</translation>
    </message>
    <message>
        <source>Capacity of %1 saved.</source>
        <translation>Cadwyd capasiti %1.</translation>
    </message>
</context>
<context>
    <name>md::ui::Appearance</name>
    <message>
        <source>Follow the system</source>
        <translation>Dilyn y system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Golau</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tywyll</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Cyferbyniad uchel</translation>
    </message>
</context>
<context>
    <name>md::ui::ApprovalQueuePane</name>
    <message>
        <source>Approval queue</source>
        <translation>Ciw cymeradwyo</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Tymor</translation>
    </message>
    <message>
        <source>T&amp;erm:</source>
        <translation>&amp;Tymor:</translation>
    </message>
    <message>
        <source>Courses by stage</source>
        <translation>Cyrsiau fesul cam</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Canlyniad y weithred ddiwethaf</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>C&amp;ymeradwyo</translation>
    </message>
    <message>
        <source>Approve the selected course&apos;s assessments (A)</source>
        <translation>Cymeradwyo asesiadau&apos;r cwrs a ddewiswyd (A)</translation>
    </message>
    <message>
        <source>A in the queue</source>
        <translation>A yn y ciw</translation>
    </message>
    <message>
        <source>&amp;Return to teacher…</source>
        <translation>&amp;Dychwelyd i&apos;r athro…</translation>
    </message>
    <message>
        <source>Return the selected course to its teacher with a comment (R)</source>
        <translation>Dychwelyd y cwrs a ddewiswyd i&apos;w athro gyda sylw (R)</translation>
    </message>
    <message>
        <source>R in the queue</source>
        <translation>R yn y ciw</translation>
    </message>
    <message>
        <source>Send re&amp;minders…</source>
        <translation>Anfon &amp;nodiadau atgoffa…</translation>
    </message>
    <message>
        <source>Remind the teachers who have not completed their assessments</source>
        <translation>Atgoffa&apos;r athrawon nad ydynt wedi cwblhau eu hasesiadau</translation>
    </message>
    <message>
        <source>&amp;Complete term…</source>
        <translation>&amp;Cwblhau&apos;r tymor…</translation>
    </message>
    <message>
        <source>Mark the term complete and lock its assessments</source>
        <translation>Marcio&apos;r tymor yn gyflawn a chloi ei asesiadau</translation>
    </message>
    <message>
        <source>Courses of the term and their assessment stage</source>
        <translation>Cyrsiau&apos;r tymor a cham eu hasesu</translation>
    </message>
    <message>
        <source>Draft assessment letters awaiting publication</source>
        <translation>Llythyrau asesu drafft yn aros i&apos;w cyhoeddi</translation>
    </message>
    <message>
        <source>Draft assessment letters for your learners</source>
        <translation>Llythyrau asesu drafft ar gyfer eich dysgwyr</translation>
    </message>
    <message>
        <source>&amp;Publish selected letters</source>
        <translation>Cy&amp;hoeddi&apos;r llythyrau a ddewiswyd</translation>
    </message>
    <message>
        <source>Publish the selected draft letters to the families by email</source>
        <translation>Cyhoeddi&apos;r llythyrau drafft a ddewiswyd i&apos;r teuluoedd drwy e-bost</translation>
    </message>
    <message>
        <source>%1 (complete)</source>
        <translation>%1 (cyflawn)</translation>
    </message>
    <message>
        <source>%1 courses: %2 not started, %3 in progress, %4 complete, %5 approved, %6 returned. %7 to remind.</source>
        <translation>%1 cwrs: %2 heb ddechrau, %3 ar y gweill, %4 yn gyflawn, %5 wedi&apos;u cymeradwyo, %6 wedi&apos;u dychwelyd. %7 i&apos;w hatgoffa.</translation>
    </message>
    <message>
        <source>Approved the assessments of %1.</source>
        <translation>Cymeradwywyd asesiadau %1.</translation>
    </message>
    <message>
        <source>Return to teacher</source>
        <translation>Dychwelyd at yr athro</translation>
    </message>
    <message>
        <source>What should the teacher of %1 look at again?</source>
        <translation>Beth ddylai athro %1 edrych arno eto?</translation>
    </message>
    <message>
        <source>Returned %1 to its teacher.</source>
        <translation>Dychwelwyd %1 at ei athro.</translation>
    </message>
    <message>
        <source>Every course is complete: nobody needs a reminder.</source>
        <translation>Mae pob cwrs wedi&apos;i gwblhau: does neb angen nodyn atgoffa.</translation>
    </message>
    <message>
        <source>Send reminders</source>
        <translation>Anfon nodiadau atgoffa</translation>
    </message>
    <message numerus="yes">
        <source>Remind %n teacher(s) who have not completed their assessments?</source>
        <translation>
            <numerusform>Atgoffa %n athro sydd heb gwblhau eu hasesiadau?</numerusform>
            <numerusform>Atgoffa %n athro sydd heb gwblhau eu hasesiadau?</numerusform>
            <numerusform>Atgoffa %n athro sydd heb gwblhau eu hasesiadau?</numerusform>
            <numerusform>Atgoffa %n athro sydd heb gwblhau eu hasesiadau?</numerusform>
            <numerusform>Atgoffa %n athro sydd heb gwblhau eu hasesiadau?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reminders recorded for %n teacher(s).</source>
        <translation>
            <numerusform>Cofnodwyd nodiadau atgoffa ar gyfer %n athro.</numerusform>
            <numerusform>Cofnodwyd nodiadau atgoffa ar gyfer %n athro.</numerusform>
            <numerusform>Cofnodwyd nodiadau atgoffa ar gyfer %n athro.</numerusform>
            <numerusform>Cofnodwyd nodiadau atgoffa ar gyfer %n athro.</numerusform>
            <numerusform>Cofnodwyd nodiadau atgoffa ar gyfer %n athro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessment reminders</source>
        <translation>Nodiadau atgoffa asesu</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Athro</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cyrsiau</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>At: %1</translation>
    </message>
    <message>
        <source>Reminders sent</source>
        <translation>Nodiadau atgoffa a anfonwyd</translation>
    </message>
    <message>
        <source>Teachers reminded</source>
        <translation>Athrawon a atgoffwyd</translation>
    </message>
    <message>
        <source>Reminder message</source>
        <translation>Neges atgoffa</translation>
    </message>
    <message>
        <source>&amp;Copy message</source>
        <translation>&amp;Copïo&apos;r neges</translation>
    </message>
    <message>
        <source>Copy the recipients and message for email</source>
        <translation>Copïo&apos;r derbynwyr a&apos;r neges ar gyfer e-bost</translation>
    </message>
    <message>
        <source>&amp;Print list…</source>
        <translation>&amp;Argraffu&apos;r rhestr…</translation>
    </message>
    <message>
        <source>Print the list of teachers reminded</source>
        <translation>Argraffu rhestr yr athrawon a atgoffwyd</translation>
    </message>
    <message>
        <source>Complete term</source>
        <translation>Cwblhau&apos;r tymor</translation>
    </message>
    <message>
        <source>Mark %1 complete? Every assessment in it is locked: nobody can change them afterwards.</source>
        <translation>Marcio %1 yn gyflawn? Bydd pob asesiad ynddo wedi&apos;i gloi: ni all neb eu newid wedyn.</translation>
    </message>
    <message>
        <source>The term is complete: its assessments are locked.</source>
        <translation>Mae&apos;r tymor wedi&apos;i gwblhau: mae ei asesiadau wedi&apos;u cloi.</translation>
    </message>
    <message>
        <source>Select the draft letters to publish.</source>
        <translation>Dewiswch y llythyrau drafft i&apos;w cyhoeddi.</translation>
    </message>
    <message numerus="yes">
        <source>Published %n letter(s).</source>
        <translation>
            <numerusform>Cyhoeddwyd %n llythyr.</numerusform>
            <numerusform>Cyhoeddwyd %n llythyr.</numerusform>
            <numerusform>Cyhoeddwyd %n llythyr.</numerusform>
            <numerusform>Cyhoeddwyd %n llythyr.</numerusform>
            <numerusform>Cyhoeddwyd %n llythyr.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::AssessmentsPane</name>
    <message>
        <source>Grade</source>
        <translation>Gradd</translation>
    </message>
    <message>
        <source>My course assessments</source>
        <translation>Asesiadau fy nghyrsiau</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Tymor</translation>
    </message>
    <message>
        <source>T&amp;erm:</source>
        <translation>&amp;Tymor:</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cwrs</translation>
    </message>
    <message>
        <source>C&amp;ourse:</source>
        <translation>C&amp;wrs:</translation>
    </message>
    <message>
        <source>Stage of the course&apos;s assessments</source>
        <translation>Cam asesiadau&apos;r cwrs</translation>
    </message>
    <message>
        <source>&amp;Mark assessments complete</source>
        <translation>&amp;Marcio&apos;r asesiadau&apos;n gyflawn</translation>
    </message>
    <message>
        <source>Mark the course&apos;s assessments complete for the headteacher</source>
        <translation>Marcio asesiadau&apos;r cwrs yn gyflawn ar gyfer y pennaeth</translation>
    </message>
    <message>
        <source>Students and their grades</source>
        <translation>Disgyblion a&apos;u graddau</translation>
    </message>
    <message>
        <source>%1 (complete)</source>
        <translation>%1 (cyflawn)</translation>
    </message>
    <message>
        <source>You teach no course in this term.</source>
        <translation>Nid ydych yn addysgu unrhyw gwrs y tymor hwn.</translation>
    </message>
    <message>
        <source>Stage: %1.</source>
        <translation>Cam: %1.</translation>
    </message>
    <message>
        <source>The term is complete: these assessments are locked.</source>
        <translation>Mae&apos;r tymor wedi&apos;i gwblhau: mae&apos;r asesiadau hyn wedi&apos;u cloi.</translation>
    </message>
    <message>
        <source>Returned by the headteacher: %1</source>
        <translation>Dychwelwyd gan y pennaeth: %1</translation>
    </message>
    <message>
        <source>Waiting for the headteacher&apos;s approval.</source>
        <translation>Yn aros am gymeradwyaeth y pennaeth.</translation>
    </message>
    <message>
        <source>Marked the assessments of %1 complete.</source>
        <translation>Marciwyd asesiadau %1 yn gyflawn.</translation>
    </message>
    <message>
        <source>Kept the grade and comment saved at another desk.</source>
        <translation>Cadwyd y radd a&apos;r sylw a gadwyd wrth ddesg arall.</translation>
    </message>
</context>
<context>
    <name>md::ui::AssignKeyworkerDialog</name>
    <message>
        <source>Assign a keyworker</source>
        <translation>Neilltuo gweithiwr allweddol</translation>
    </message>
    <message>
        <source>Keyworker</source>
        <translation>Gweithiwr allweddol</translation>
    </message>
    <message>
        <source>&amp;Keyworker:</source>
        <translation>&amp;Gweithiwr allweddol:</translation>
    </message>
    <message>
        <source>Caseload against capacity</source>
        <translation>Llwyth achosion o&apos;i gymharu â&apos;r capasiti</translation>
    </message>
    <message>
        <source>High-needs &amp;SEN keyworker case (the place outside the caseload)</source>
        <translation>Achos gweithiwr allweddol &amp;AAA anghenion uchel (y lle y tu allan i&apos;r llwyth achosion)</translation>
    </message>
    <message>
        <source>High-needs SEN keyworker case</source>
        <translation>Achos gweithiwr allweddol AAA anghenion uchel</translation>
    </message>
    <message>
        <source>Over capacity &amp;because:</source>
        <translation>Dros y capasiti &amp;oherwydd:</translation>
    </message>
    <message>
        <source>Reason for assigning over capacity</source>
        <translation>Rheswm dros neilltuo dros y capasiti</translation>
    </message>
    <message>
        <source>Date allocated</source>
        <translation>Dyddiad dyrannu</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Neilltuo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>md::ui::AuditLogPane</name>
    <message>
        <source>Audit log</source>
        <translation>Log archwilio</translation>
    </message>
    <message>
        <source>Student&apos;s UPN</source>
        <translation>UPN y disgybl</translation>
    </message>
    <message>
        <source>Filter by student&apos;s UPN</source>
        <translation>Hidlo yn ôl UPN y disgybl</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>Filter by username</source>
        <translation>Hidlo yn ôl enw defnyddiwr</translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation>&amp;Rhwng</translation>
    </message>
    <message>
        <source>Filter by dates</source>
        <translation>Hidlo yn ôl dyddiadau</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>O ddyddiad</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Hyd at ddyddiad</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Dangos</translation>
    </message>
    <message>
        <source>Show matching entries</source>
        <translation>Dangos y cofnodion sy&apos;n cyfateb</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Allforio CSV…</translation>
    </message>
    <message>
        <source>Export the matching entries as CSV</source>
        <translation>Allforio&apos;r cofnodion sy&apos;n cyfateb fel CSV</translation>
    </message>
    <message>
        <source>and</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Audit log message</source>
        <translation>Neges y log archwilio</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Cofnodion y log archwilio</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>Does dim cofnodion yn cyfateb.</translation>
    </message>
    <message>
        <source>Newest first. Entries cannot be changed or deleted.</source>
        <translation>Y mwyaf diweddar yn gyntaf. Nid oes modd newid na dileu cofnodion.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Allforio&apos;r log archwilio</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 entries exported to %2.</source>
        <translation>Allforiwyd %1 cofnod i %2.</translation>
    </message>
</context>
<context>
    <name>md::ui::BehaviourCategoriesPane</name>
    <message>
        <source>Behaviour categories</source>
        <translation>Categorïau ymddygiad</translation>
    </message>
    <message>
        <source>The categories staff choose from when they record behaviour. A category that has been used is retired rather than deleted, so its events keep it; a retired category is no longer offered for new events.</source>
        <translation>Y categorïau y mae staff yn dewis ohonynt wrth gofnodi ymddygiad. Caiff categori sydd wedi&apos;i ddefnyddio ei dynnu o ddefnydd yn hytrach na&apos;i ddileu, fel bod ei ddigwyddiadau&apos;n ei gadw; nid yw categori sydd allan o ddefnydd yn cael ei gynnig mwyach ar gyfer digwyddiadau newydd.</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Canlyniad y weithred ddiwethaf</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>Category name</source>
        <translation>Enw categori</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>Positive or negative</source>
        <translation>Cadarnhaol neu negyddol</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>Default points</source>
        <translation>Pwyntiau rhagosodedig</translation>
    </message>
    <message>
        <source>Positive categories give points (0 or more); negative ones take them away (0 or less).</source>
        <translation>Mae categorïau cadarnhaol yn rhoi pwyntiau (0 neu fwy); mae rhai negyddol yn eu tynnu (0 neu lai).</translation>
    </message>
    <message>
        <source>Default &amp;points:</source>
        <translation>&amp;Pwyntiau rhagosodedig:</translation>
    </message>
    <message>
        <source>Whether the category is in use</source>
        <translation>A yw&apos;r categori mewn defnydd</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statws:</translation>
    </message>
    <message>
        <source>&amp;New category</source>
        <translation>Categori &amp;newydd</translation>
    </message>
    <message>
        <source>Start a new behaviour category</source>
        <translation>Dechrau categori ymddygiad newydd</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>Save the category (Ctrl+S)</source>
        <translation>Cadw&apos;r categori (Ctrl+S)</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Tynnu o ddefnydd</translation>
    </message>
    <message>
        <source>Retire or reinstate the selected category</source>
        <translation>Tynnu&apos;r categori a ddewiswyd o ddefnydd, neu ei adfer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Dileu…</translation>
    </message>
    <message>
        <source>Delete the selected category (Delete); only when no event uses it</source>
        <translation>Dileu&apos;r categori a ddewiswyd (Delete); dim ond pan nad oes digwyddiad yn ei ddefnyddio</translation>
    </message>
    <message>
        <source>Delete in the list</source>
        <translation>Delete yn y rhestr</translation>
    </message>
    <message numerus="yes">
        <source>Active; used by %n event(s).</source>
        <translation>
            <numerusform>Gweithredol; yn cael ei ddefnyddio gan %n digwyddiad.</numerusform>
            <numerusform>Gweithredol; yn cael ei ddefnyddio gan %n digwyddiad.</numerusform>
            <numerusform>Gweithredol; yn cael ei ddefnyddio gan %n digwyddiad.</numerusform>
            <numerusform>Gweithredol; yn cael ei ddefnyddio gan %n digwyddiad.</numerusform>
            <numerusform>Gweithredol; yn cael ei ddefnyddio gan %n digwyddiad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retired; used by %n event(s).</source>
        <translation>
            <numerusform>Allan o ddefnydd; yn cael ei ddefnyddio gan %n digwyddiad.</numerusform>
            <numerusform>Allan o ddefnydd; yn cael ei ddefnyddio gan %n digwyddiad.</numerusform>
            <numerusform>Allan o ddefnydd; yn cael ei ddefnyddio gan %n digwyddiad.</numerusform>
            <numerusform>Allan o ddefnydd; yn cael ei ddefnyddio gan %n digwyddiad.</numerusform>
            <numerusform>Allan o ddefnydd; yn cael ei ddefnyddio gan %n digwyddiad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;instate</source>
        <translation>&amp;Adfer</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n event(s): retire it instead.</source>
        <translation>
            <numerusform>Yn cael ei ddefnyddio gan %n digwyddiad: tynnwch ef o ddefnydd yn lle hynny.</numerusform>
            <numerusform>Yn cael ei ddefnyddio gan %n digwyddiad: tynnwch ef o ddefnydd yn lle hynny.</numerusform>
            <numerusform>Yn cael ei ddefnyddio gan %n digwyddiad: tynnwch ef o ddefnydd yn lle hynny.</numerusform>
            <numerusform>Yn cael ei ddefnyddio gan %n digwyddiad: tynnwch ef o ddefnydd yn lle hynny.</numerusform>
            <numerusform>Yn cael ei ddefnyddio gan %n digwyddiad: tynnwch ef o ddefnydd yn lle hynny.</numerusform>
        </translation>
    </message>
    <message>
        <source>New: not saved yet.</source>
        <translation>Newydd: heb ei gadw eto.</translation>
    </message>
    <message>
        <source>Added the category &quot;%1&quot;.</source>
        <translation>Ychwanegwyd y categori &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Saved the category &quot;%1&quot;.</source>
        <translation>Cadwyd y categori &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Retired &quot;%1&quot;: it is no longer offered for new events.</source>
        <translation>Tynnwyd &quot;%1&quot; o ddefnydd: nid yw&apos;n cael ei gynnig mwyach ar gyfer digwyddiadau newydd.</translation>
    </message>
    <message>
        <source>Reinstated &quot;%1&quot;.</source>
        <translation>Adferwyd &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>Dileu categori</translation>
    </message>
    <message>
        <source>Delete the behaviour category &quot;%1&quot;? This cannot be undone.</source>
        <translation>Dileu&apos;r categori ymddygiad &quot;%1&quot;? Nid oes modd dadwneud hyn.</translation>
    </message>
    <message>
        <source>Deleted the category &quot;%1&quot;.</source>
        <translation>Dilëwyd y categori &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>md::ui::BehaviourEntryDialog</name>
    <message>
        <source>Record behaviour</source>
        <translation>Cofnodi ymddygiad</translation>
    </message>
    <message>
        <source>Type a name or UPN, then Enter to add; add everyone involved</source>
        <translation>Teipiwch enw neu UPN, yna Enter i&apos;w ychwanegu; ychwanegwch bawb sy&apos;n gysylltiedig</translation>
    </message>
    <message>
        <source>Add a student involved</source>
        <translation>Ychwanegu disgybl sy&apos;n gysylltiedig</translation>
    </message>
    <message>
        <source>&amp;Students:</source>
        <translation>&amp;Disgyblion:</translation>
    </message>
    <message>
        <source>Students involved (Delete removes the selected one)</source>
        <translation>Disgyblion sy&apos;n gysylltiedig (mae Delete yn tynnu&apos;r un a ddewiswyd)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categori:</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pwyntiau</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>&amp;Pwyntiau:</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Dyddiad ac amser</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>P&amp;ryd:</translation>
    </message>
    <message>
        <source>Lesson (course)</source>
        <translation>Gwers (cwrs)</translation>
    </message>
    <message>
        <source>Not in a lesson</source>
        <translation>Ddim mewn gwers</translation>
    </message>
    <message>
        <source>&amp;Lesson:</source>
        <translation>G&amp;wers:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lle</translation>
    </message>
    <message>
        <source>Corridor, canteen, playground…</source>
        <translation>Coridor, ffreutur, iard chwarae…</translation>
    </message>
    <message>
        <source>Pl&amp;ace:</source>
        <translation>&amp;Lle:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Disgr&amp;ifiad:</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Camau a gymerwyd</translation>
    </message>
    <message>
        <source>Ac&amp;tion taken:</source>
        <translation>Camau a &amp;gymerwyd:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Save the incident</source>
        <translation>Cadw&apos;r digwyddiad</translation>
    </message>
    <message>
        <source>Student %1</source>
        <translation>Disgybl %1</translation>
    </message>
    <message>
        <source>No student you may record for matches &quot;%1&quot;.</source>
        <translation>Does dim disgybl y cewch gofnodi ar ei gyfer yn cyfateb i &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 students match &quot;%2&quot;: type more of the name, or the UPN.</source>
        <translation>Mae %1 disgybl yn cyfateb i &quot;%2&quot;: teipiwch fwy o&apos;r enw, neu&apos;r UPN.</translation>
    </message>
</context>
<context>
    <name>md::ui::BehaviourPane</name>
    <message>
        <source>Behaviour log</source>
        <translation>Log ymddygiad</translation>
    </message>
    <message>
        <source>&amp;Record incident…</source>
        <translation>Co&amp;fnodi digwyddiad…</translation>
    </message>
    <message>
        <source>Record a behaviour incident for one or several students</source>
        <translation>Cofnodi digwyddiad ymddygiad ar gyfer un disgybl neu sawl un</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Mewnforio CSV…</translation>
    </message>
    <message>
        <source>Import behaviour events from a CSV file</source>
        <translation>Mewnforio digwyddiadau ymddygiad o ffeil CSV</translation>
    </message>
    <message>
        <source>UPN</source>
        <translation>UPN</translation>
    </message>
    <message>
        <source>Only this student (UPN)</source>
        <translation>Y disgybl hwn yn unig (UPN)</translation>
    </message>
    <message>
        <source>&amp;Student:</source>
        <translation>D&amp;isgybl:</translation>
    </message>
    <message>
        <source>Tutor group</source>
        <translation>Grŵp tiwtor</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grŵp:</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>O ddyddiad</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Hyd at ddyddiad</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hyd at:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categori:</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Cofnodwyd gan</translation>
    </message>
    <message>
        <source>Recor&amp;ded by:</source>
        <translation>Cof&amp;nodwyd gan:</translation>
    </message>
    <message>
        <source>What the filters show</source>
        <translation>Beth mae&apos;r hidlyddion yn ei ddangos</translation>
    </message>
    <message>
        <source>Events or weekly totals</source>
        <translation>Digwyddiadau neu gyfansymiau wythnosol</translation>
    </message>
    <message>
        <source>Behaviour events</source>
        <translation>Digwyddiadau ymddygiad</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Digwyddiadau</translation>
    </message>
    <message>
        <source>Points per student and week</source>
        <translation>Pwyntiau fesul disgybl ac wythnos</translation>
    </message>
    <message>
        <source>Totals per &amp;week</source>
        <translation>Cyfansymiau fesul &amp;wythnos</translation>
    </message>
    <message>
        <source>Every group</source>
        <translation>Pob grŵp</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation>Pob categori</translation>
    </message>
    <message>
        <source>Positive only</source>
        <translation>Cadarnhaol yn unig</translation>
    </message>
    <message>
        <source>Negative only</source>
        <translation>Negyddol yn unig</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Unrhyw un</translation>
    </message>
    <message numerus="yes">
        <source>%n student-week(s); the lowest net points first</source>
        <translation>
            <numerusform>%n wythnos-disgybl; y pwyntiau net isaf yn gyntaf</numerusform>
            <numerusform>%n wythnos-disgybl; y pwyntiau net isaf yn gyntaf</numerusform>
            <numerusform>%n wythnos-disgybl; y pwyntiau net isaf yn gyntaf</numerusform>
            <numerusform>%n wythnos-disgybl; y pwyntiau net isaf yn gyntaf</numerusform>
            <numerusform>%n wythnos-disgybl; y pwyntiau net isaf yn gyntaf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n digwyddiad</numerusform>
            <numerusform>%n digwyddiad</numerusform>
            <numerusform>%n digwyddiad</numerusform>
            <numerusform>%n digwyddiad</numerusform>
            <numerusform>%n digwyddiad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded the incident for %n student(s).</source>
        <translation>
            <numerusform>Cofnodwyd y digwyddiad ar gyfer %n disgybl.</numerusform>
            <numerusform>Cofnodwyd y digwyddiad ar gyfer %n disgybl.</numerusform>
            <numerusform>Cofnodwyd y digwyddiad ar gyfer %n disgybl.</numerusform>
            <numerusform>Cofnodwyd y digwyddiad ar gyfer %n disgybl.</numerusform>
            <numerusform>Cofnodwyd y digwyddiad ar gyfer %n disgybl.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import behaviour events</source>
        <translation>Mewnforio digwyddiadau ymddygiad</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Ffeiliau CSV (*.csv);;Pob ffeil (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n behaviour event(s) from %1.</source>
        <translation>
            <numerusform>Mewnforiwyd %n digwyddiad ymddygiad o %1.</numerusform>
            <numerusform>Mewnforiwyd %n digwyddiad ymddygiad o %1.</numerusform>
            <numerusform>Mewnforiwyd %n digwyddiad ymddygiad o %1.</numerusform>
            <numerusform>Mewnforiwyd %n digwyddiad ymddygiad o %1.</numerusform>
            <numerusform>Mewnforiwyd %n digwyddiad ymddygiad o %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>De&amp;lete event…</source>
        <translation>Dil&amp;eu digwyddiad…</translation>
    </message>
    <message>
        <source>Delete the selected behaviour event (Delete)</source>
        <translation>Dileu&apos;r digwyddiad ymddygiad a ddewiswyd (Delete)</translation>
    </message>
    <message>
        <source>Delete in the list. Whoever recorded an event, the headteacher and the lead mentor may delete it.</source>
        <translation>Delete yn y rhestr. Gall pwy bynnag a gofnododd ddigwyddiad, y pennaeth a&apos;r prif fentor ei ddileu.</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Dadwneud di&amp;leu</translation>
    </message>
    <message>
        <source>Put back the last deleted event (Ctrl+Z)</source>
        <translation>Rhoi&apos;r digwyddiad a ddilëwyd ddiwethaf yn ôl (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>%1 for %2 on %3 (%4 points)</source>
        <translation>%1 ar gyfer %2 ar %3 (%4 pwynt)</translation>
    </message>
    <message>
        <source>Delete behaviour event</source>
        <translation>Dileu digwyddiad ymddygiad</translation>
    </message>
    <message>
        <source>Delete this behaviour event?

%1

Ctrl+Z puts it back.</source>
        <translation>Dileu&apos;r digwyddiad ymddygiad hwn?

%1

Mae Ctrl+Z yn ei roi&apos;n ôl.</translation>
    </message>
    <message>
        <source>Deleted the event: %1. Ctrl+Z puts it back.</source>
        <translation>Dilëwyd y digwyddiad: %1. Mae Ctrl+Z yn ei roi&apos;n ôl.</translation>
    </message>
    <message>
        <source>Put the deleted event back.</source>
        <translation>Rhoi&apos;r digwyddiad a ddilëwyd yn ôl.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
</context>
<context>
    <name>md::ui::BehaviourRecordTab</name>
    <message>
        <source>Behaviour points</source>
        <translation>Pwyntiau ymddygiad</translation>
    </message>
    <message>
        <source>Record an &amp;incident…</source>
        <translation>Cofnodi &amp;digwyddiad…</translation>
    </message>
    <message>
        <source>Record a behaviour event for this student</source>
        <translation>Cofnodi digwyddiad ymddygiad ar gyfer y disgybl hwn</translation>
    </message>
    <message>
        <source>The student&apos;s behaviour events</source>
        <translation>Digwyddiadau ymddygiad y disgybl</translation>
    </message>
    <message numerus="yes">
        <source>This school year: %n event(s), +%1 positive and %2 negative points (net %3).</source>
        <translation>
            <numerusform>Y flwyddyn ysgol hon: %n digwyddiad, +%1 pwynt cadarnhaol a %2 pwynt negyddol (net %3).</numerusform>
            <numerusform>Y flwyddyn ysgol hon: %n digwyddiad, +%1 pwynt cadarnhaol a %2 pwynt negyddol (net %3).</numerusform>
            <numerusform>Y flwyddyn ysgol hon: %n digwyddiad, +%1 pwynt cadarnhaol a %2 pwynt negyddol (net %3).</numerusform>
            <numerusform>Y flwyddyn ysgol hon: %n digwyddiad, +%1 pwynt cadarnhaol a %2 pwynt negyddol (net %3).</numerusform>
            <numerusform>Y flwyddyn ysgol hon: %n digwyddiad, +%1 pwynt cadarnhaol a %2 pwynt negyddol (net %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last four weeks: %n event(s), net %1.</source>
        <translation>
            <numerusform>Y pedair wythnos diwethaf: %n digwyddiad, net %1.</numerusform>
            <numerusform>Y pedair wythnos diwethaf: %n digwyddiad, net %1.</numerusform>
            <numerusform>Y pedair wythnos diwethaf: %n digwyddiad, net %1.</numerusform>
            <numerusform>Y pedair wythnos diwethaf: %n digwyddiad, net %1.</numerusform>
            <numerusform>Y pedair wythnos diwethaf: %n digwyddiad, net %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Behaviour recorded.</source>
        <translation>Cofnodwyd yr ymddygiad.</translation>
    </message>
</context>
<context>
    <name>md::ui::CalendarDialog</name>
    <message>
        <source>School calendar</source>
        <translation>Calendr yr ysgol</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>To</source>
        <translation>At</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendr</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Tymor</translation>
    </message>
    <message>
        <source>Half term</source>
        <translation>Hanner tymor</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Gwyliau</translation>
    </message>
    <message>
        <source>Assessment week</source>
        <translation>Wythnos asesu</translation>
    </message>
    <message>
        <source>Name, for example Spring assessment week</source>
        <translation>Enw, er enghraifft Wythnos asesu&apos;r gwanwyn</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ychwanegu</translation>
    </message>
    <message>
        <source>Add to the calendar</source>
        <translation>Ychwanegu at y calendr</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>Tynnu&apos;r cofnod a ddewiswyd</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>md::ui::CaseloadPane</name>
    <message>
        <source>No students are on this caseload yet.</source>
        <translation>Does dim disgyblion ar y llwyth achosion hwn eto.</translation>
    </message>
    <message>
        <source>%1 students · nothing overdue on %2.</source>
        <translation>%1 disgybl · dim byd yn hwyr ar %2.</translation>
    </message>
    <message>
        <source>%1 students · %2 overdue on %3 (in red, saying how late).</source>
        <translation>%1 disgybl · %2 yn hwyr ar %3 (mewn coch, yn dweud pa mor hwyr).</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 eitem</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 eitem</translation>
    </message>
    <message>
        <source>My caseload dashboard</source>
        <translation>Dangosfwrdd fy llwyth achosion</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>&amp;Check in the selected student</source>
        <translation>&amp;Gwirio i mewn â&apos;r disgybl a ddewiswyd</translation>
    </message>
    <message>
        <source>Check in the selected student for today</source>
        <translation>Gwirio i mewn â&apos;r disgybl a ddewiswyd am heddiw</translation>
    </message>
    <message>
        <source>One click per student per day (Ctrl+K).</source>
        <translation>Un clic fesul disgybl y dydd (Ctrl+K).</translation>
    </message>
    <message>
        <source>&amp;Open log</source>
        <translation>&amp;Agor y log</translation>
    </message>
    <message>
        <source>Open the selected student&apos;s log</source>
        <translation>Agor log y disgybl a ddewiswyd</translation>
    </message>
    <message>
        <source>My caseload</source>
        <translation>Fy llwyth achosion</translation>
    </message>
    <message>
        <source>Choose a student to check in.</source>
        <translation>Dewiswch ddisgybl i wirio i mewn ag ef.</translation>
    </message>
    <message>
        <source>Checked in for today.</source>
        <translation>Wedi gwirio i mewn am heddiw.</translation>
    </message>
    <message>
        <source>Already checked in today.</source>
        <translation>Wedi gwirio i mewn yn barod heddiw.</translation>
    </message>
</context>
<context>
    <name>md::ui::CaseloadView</name>
    <message>
        <source>One row per student. Overdue items say how late they are. Enter opens the student&apos;s log.</source>
        <translation>Un rhes fesul disgybl. Mae eitemau hwyr yn dweud pa mor hwyr ydyn nhw. Mae Enter yn agor log y disgybl.</translation>
    </message>
</context>
<context>
    <name>md::ui::ChangePasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>Newid eich cyfrinair</translation>
    </message>
    <message>
        <source>An administrator has reset your password. Choose a new one before you go on: at least 8 characters, not one of the most common passwords.</source>
        <translation>Mae gweinyddwr wedi ailosod eich cyfrinair. Dewiswch un newydd cyn parhau: o leiaf 8 nod, nid un o&apos;r cyfrineiriau mwyaf cyffredin.</translation>
    </message>
    <message>
        <source>At least 8 characters, not one of the most common passwords.</source>
        <translation>O leiaf 8 nod, nid un o&apos;r cyfrineiriau mwyaf cyffredin.</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Cyfrinair dros dro</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Cyfrinair cyfredol</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Cyfrinair newydd</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Cyfrinair newydd eto</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Cyfrinair &amp;dros dro:</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Cyfrinair &amp;cyfredol:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Cyfrinair &amp;newydd:</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>Cyfrinair newydd &amp;eto:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Newid y cyfrinair</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Newid y cyfrinair</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Allgofnodi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Allgofnodi</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Mae&apos;r ddau gyfrinair newydd yn wahanol.</translation>
    </message>
</context>
<context>
    <name>md::ui::ChecklistDialog</name>
    <message>
        <source>Edit the observation checklist</source>
        <translation>Golygu&apos;r rhestr wirio arsylwi</translation>
    </message>
    <message>
        <source>One item a line. Observations already made keep the items they were made against.</source>
        <translation>Un eitem y llinell. Mae arsylwadau a wnaed eisoes yn cadw&apos;r eitemau y cawsant eu gwneud yn eu herbyn.</translation>
    </message>
    <message>
        <source>Checklist items, one a line</source>
        <translation>Eitemau&apos;r rhestr wirio, un y llinell</translation>
    </message>
</context>
<context>
    <name>md::ui::ConflictDialog</name>
    <message>
        <source>Deleted by someone else</source>
        <translation>Wedi&apos;i ddileu gan rywun arall</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Wedi&apos;i newid gan rywun arall</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ. &quot;Theirs&quot; is the version saved by %1.</source>
        <translation>
            <numerusform>Mae %n maes yn wahanol. &quot;Eu fersiwn nhw&quot; yw&apos;r fersiwn a gadwodd %1.</numerusform>
            <numerusform>Mae %n maes yn wahanol. &quot;Eu fersiwn nhw&quot; yw&apos;r fersiwn a gadwodd %1.</numerusform>
            <numerusform>Mae %n maes yn wahanol. &quot;Eu fersiwn nhw&quot; yw&apos;r fersiwn a gadwodd %1.</numerusform>
            <numerusform>Mae %n maes yn wahanol. &quot;Eu fersiwn nhw&quot; yw&apos;r fersiwn a gadwodd %1.</numerusform>
            <numerusform>Mae %n maes yn wahanol. &quot;Eu fersiwn nhw&quot; yw&apos;r fersiwn a gadwodd %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary of the differences</source>
        <translation>Crynodeb o&apos;r gwahaniaethau</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Maes</translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation>Eich fersiwn chi (heb ei chadw)</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>Eu fersiwn nhw (wedi&apos;i chadw)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Gwahaniaeth</translation>
    </message>
    <message>
        <source>Your version and theirs, field by field</source>
        <translation>Eich fersiwn chi a&apos;u fersiwn nhw, fesul maes</translation>
    </message>
    <message>
        <source>One row per field: its name, your text, their text, and whether they differ.</source>
        <translation>Un rhes ar gyfer pob maes: ei enw, eich testun chi, eu testun nhw, ac a ydynt yn wahanol.</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(gwag)</translation>
    </message>
    <message>
        <source>≠ Different</source>
        <translation>≠ Gwahanol</translation>
    </message>
    <message>
        <source>= Same</source>
        <translation>= Yr un fath</translation>
    </message>
    <message>
        <source>Show only the fields that &amp;differ</source>
        <translation>Dangos dim ond y meysydd sy&apos;n &amp;wahanol</translation>
    </message>
    <message>
        <source>Show only the fields that differ</source>
        <translation>Dangos dim ond y meysydd sy&apos;n wahanol</translation>
    </message>
    <message>
        <source>&amp;Discard my changes</source>
        <translation>&amp;Gwaredu fy newidiadau</translation>
    </message>
    <message>
        <source>Keep &amp;theirs (discard mine)</source>
        <translation>Cadw eu &amp;fersiwn nhw (gwaredu fy un i)</translation>
    </message>
    <message>
        <source>Discard my changes</source>
        <translation>Gwaredu fy newidiadau</translation>
    </message>
    <message>
        <source>Keep theirs, discard mine</source>
        <translation>Cadw eu fersiwn nhw, gwaredu fy un i</translation>
    </message>
    <message>
        <source>Your changes are thrown away; the editor shows what is stored now.</source>
        <translation>Caiff eich newidiadau eu taflu; mae&apos;r golygydd yn dangos yr hyn sydd wedi&apos;i storio nawr.</translation>
    </message>
    <message>
        <source>&amp;Overwrite with mine</source>
        <translation>&amp;Trosysgrifo â&apos;m fersiwn i</translation>
    </message>
    <message>
        <source>Overwrite with mine</source>
        <translation>Trosysgrifo â&apos;m fersiwn i</translation>
    </message>
    <message>
        <source>Save your version on top of theirs. The audit log keeps both.</source>
        <translation>Cadw eich fersiwn chi dros eu fersiwn nhw. Mae&apos;r log archwilio yn cadw&apos;r ddwy.</translation>
    </message>
    <message>
        <source>&amp;Go back and edit</source>
        <translation>Mynd yn ôl a &amp;golygu</translation>
    </message>
    <message>
        <source>Go back and edit</source>
        <translation>Mynd yn ôl a golygu</translation>
    </message>
    <message>
        <source>Nothing is saved; your changes stay in the editor.</source>
        <translation>Ni chaiff dim ei gadw; mae eich newidiadau&apos;n aros yn y golygydd.</translation>
    </message>
</context>
<context>
    <name>md::ui::CourseEditor</name>
    <message>
        <source>Result of the last action on courses</source>
        <translation>Canlyniad y weithred ddiwethaf ar gyrsiau</translation>
    </message>
    <message>
        <source>Show the courses of this term</source>
        <translation>Dangos cyrsiau&apos;r tymor hwn</translation>
    </message>
    <message>
        <source>Show &amp;in term:</source>
        <translation>Dangos &amp;yn y tymor:</translation>
    </message>
    <message>
        <source>&amp;New course</source>
        <translation>Cwrs &amp;newydd</translation>
    </message>
    <message>
        <source>Start a new course</source>
        <translation>Dechrau cwrs newydd</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cyrsiau</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cwrs</translation>
    </message>
    <message>
        <source>Course name</source>
        <translation>Enw&apos;r cwrs</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Pwnc:</translation>
    </message>
    <message>
        <source>Year group</source>
        <translation>Grŵp blwyddyn</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>&amp;Year group:</source>
        <translation>&amp;Grŵp blwyddyn:</translation>
    </message>
    <message>
        <source>The course&apos;s term</source>
        <translation>Tymor y cwrs</translation>
    </message>
    <message>
        <source>Te&amp;rm:</source>
        <translation>&amp;Tymor:</translation>
    </message>
    <message>
        <source>The course&apos;s state</source>
        <translation>Cyflwr y cwrs</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statws:</translation>
    </message>
    <message>
        <source>&amp;Save course</source>
        <translation>&amp;Cadw&apos;r cwrs</translation>
    </message>
    <message>
        <source>Save the course&apos;s details, teachers and grading scale (Ctrl+S)</source>
        <translation>Cadw manylion, athrawon a graddfa raddio&apos;r cwrs (Ctrl+S)</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Athrawon</translation>
    </message>
    <message>
        <source>Teachers of the course (Space ticks)</source>
        <translation>Athrawon y cwrs (mae&apos;r Bylchwr yn ticio)</translation>
    </message>
    <message>
        <source>Te&amp;achers (tick with Space):</source>
        <translation>&amp;Athrawon (ticiwch â Bylchwr):</translation>
    </message>
    <message>
        <source>Grading scale, best first</source>
        <translation>Graddfa raddio, y radd orau yn gyntaf</translation>
    </message>
    <message>
        <source>Grades of the course, best first (Ctrl+Up and Ctrl+Down move, Delete removes)</source>
        <translation>Graddau&apos;r cwrs, y radd orau yn gyntaf (mae Ctrl+Up a Ctrl+Down yn symud, mae Delete yn tynnu)</translation>
    </message>
    <message>
        <source>Grading s&amp;cale:</source>
        <translation>Graddfa &amp;raddio:</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>I fyny</translation>
    </message>
    <message>
        <source>Move the grade up (Ctrl+Up)</source>
        <translation>Symud y radd i fyny (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>I lawr</translation>
    </message>
    <message>
        <source>Move the grade down (Ctrl+Down)</source>
        <translation>Symud y radd i lawr (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove the grade (Delete)</source>
        <translation>Tynnu&apos;r radd (Delete)</translation>
    </message>
    <message>
        <source>A grade to add at the end (Enter adds)</source>
        <translation>Gradd i&apos;w hychwanegu ar y diwedd (mae Enter yn ychwanegu)</translation>
    </message>
    <message>
        <source>A&amp;dd grade:</source>
        <translation>&amp;Ychwanegu gradd:</translation>
    </message>
    <message>
        <source>Replace the grades with a common scale</source>
        <translation>Rhoi graddfa gyffredin yn lle&apos;r graddau</translation>
    </message>
    <message>
        <source>Choose a common scale…</source>
        <translation>Dewiswch raddfa gyffredin…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Pr&amp;eset:</source>
        <translation>Graddfa &amp;barod:</translation>
    </message>
    <message>
        <source>Enrolled students</source>
        <translation>Disgyblion sydd wedi cofrestru</translation>
    </message>
    <message>
        <source>Students enrolled on the course (Delete takes them off)</source>
        <translation>Disgyblion sydd wedi cofrestru ar y cwrs (mae Delete yn eu tynnu oddi arno)</translation>
    </message>
    <message>
        <source>Enro&amp;lled:</source>
        <translation>&amp;Wedi cofrestru:</translation>
    </message>
    <message>
        <source>Remo&amp;ve from course</source>
        <translation>Tynnu o&apos;r c&amp;wrs</translation>
    </message>
    <message>
        <source>Take the selected students off the course (Delete)</source>
        <translation>Tynnu&apos;r disgyblion a ddewiswyd oddi ar y cwrs (Delete)</translation>
    </message>
    <message>
        <source>Tutor group to enrol</source>
        <translation>Grŵp tiwtor i&apos;w gofrestru</translation>
    </message>
    <message>
        <source>Enrol group</source>
        <translation>Cofrestru grŵp</translation>
    </message>
    <message>
        <source>Enrol every student of the tutor group</source>
        <translation>Cofrestru pob disgybl yn y grŵp tiwtor</translation>
    </message>
    <message>
        <source>Tutor grou&amp;p:</source>
        <translation>&amp;Grŵp tiwtor:</translation>
    </message>
    <message>
        <source>Enrol one student by UPN (Enter enrols)</source>
        <translation>Cofrestru un disgybl yn ôl UPN (mae Enter yn cofrestru)</translation>
    </message>
    <message>
        <source>UPN, then Enter</source>
        <translation>UPN, yna Enter</translation>
    </message>
    <message>
        <source>&amp;UPN:</source>
        <translation>&amp;UPN:</translation>
    </message>
    <message>
        <source>Every term</source>
        <translation>Pob tymor</translation>
    </message>
    <message>
        <source>No term</source>
        <translation>Dim tymor</translation>
    </message>
    <message>
        <source>%1 (complete)</source>
        <translation>%1 (cyflawn)</translation>
    </message>
    <message>
        <source>%1 is complete: this course and its assessments are locked.</source>
        <translation>Mae %1 wedi&apos;i gwblhau: mae&apos;r cwrs hwn a&apos;i asesiadau wedi&apos;u cloi.</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) assessed: the grading scale and the term are fixed.</source>
        <translation>
            <numerusform>%n disgybl wedi&apos;u hasesu: ni ellir newid y raddfa raddio na&apos;r tymor.</numerusform>
            <numerusform>%n disgybl wedi&apos;i asesu: ni ellir newid y raddfa raddio na&apos;r tymor.</numerusform>
            <numerusform>%n disgybl wedi&apos;u hasesu: ni ellir newid y raddfa raddio na&apos;r tymor.</numerusform>
            <numerusform>%n disgybl wedi&apos;u hasesu: ni ellir newid y raddfa raddio na&apos;r tymor.</numerusform>
            <numerusform>%n disgybl wedi&apos;u hasesu: ni ellir newid y raddfa raddio na&apos;r tymor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open; nobody assessed yet.</source>
        <translation>Agored; nid oes neb wedi&apos;i asesu eto.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>assessed</source>
        <translation>wedi&apos;i asesu</translation>
    </message>
    <message>
        <source>New: not saved yet. Enrol students once it is saved.</source>
        <translation>Newydd: heb ei gadw eto. Cofrestrwch ddisgyblion ar ôl ei gadw.</translation>
    </message>
    <message>
        <source>Saved the course %1.</source>
        <translation>Cadwyd y cwrs %1.</translation>
    </message>
    <message numerus="yes">
        <source>Enrolled %n student(s) of %1.</source>
        <translation>
            <numerusform>Cofrestrwyd %n disgybl o %1.</numerusform>
            <numerusform>Cofrestrwyd %n disgybl o %1.</numerusform>
            <numerusform>Cofrestrwyd %n disgybl o %1.</numerusform>
            <numerusform>Cofrestrwyd %n disgybl o %1.</numerusform>
            <numerusform>Cofrestrwyd %n disgybl o %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrolled %1.</source>
        <translation>Cofrestrwyd %1.</translation>
    </message>
    <message>
        <source>%1 is already on the course.</source>
        <translation>Mae %1 ar y cwrs eisoes.</translation>
    </message>
    <message>
        <source>Remove from course</source>
        <translation>Tynnu o&apos;r cwrs</translation>
    </message>
    <message numerus="yes">
        <source>Take %n student(s) off %1?</source>
        <translation>
            <numerusform>Tynnu %n disgybl oddi ar %1?</numerusform>
            <numerusform>Tynnu %n disgybl oddi ar %1?</numerusform>
            <numerusform>Tynnu %n disgybl oddi ar %1?</numerusform>
            <numerusform>Tynnu %n disgybl oddi ar %1?</numerusform>
            <numerusform>Tynnu %n disgybl oddi ar %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took %n student(s) off the course.</source>
        <translation>
            <numerusform>Tynnwyd %n disgybl oddi ar y cwrs.</numerusform>
            <numerusform>Tynnwyd %n disgybl oddi ar y cwrs.</numerusform>
            <numerusform>Tynnwyd %n disgybl oddi ar y cwrs.</numerusform>
            <numerusform>Tynnwyd %n disgybl oddi ar y cwrs.</numerusform>
            <numerusform>Tynnwyd %n disgybl oddi ar y cwrs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::CoursesTermsPane</name>
    <message>
        <source>Courses and terms</source>
        <translation>Cyrsiau a thymhorau</translation>
    </message>
    <message>
        <source>Terms, courses or the approval workflow</source>
        <translation>Tymhorau, cyrsiau neu&apos;r llif gwaith cymeradwyo</translation>
    </message>
    <message>
        <source>&amp;Terms</source>
        <translation>&amp;Tymhorau</translation>
    </message>
    <message>
        <source>C&amp;ourses</source>
        <translation>C&amp;yrsiau</translation>
    </message>
    <message>
        <source>&amp;Workflow</source>
        <translation>&amp;Llif gwaith</translation>
    </message>
    <message>
        <source>Result of the last action on terms</source>
        <translation>Canlyniad y weithred ddiwethaf ar dymhorau</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Tymhorau</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Tymor</translation>
    </message>
    <message>
        <source>Term name</source>
        <translation>Enw&apos;r tymor</translation>
    </message>
    <message>
        <source>Autumn 2026</source>
        <translation>Hydref 2026</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>First day of the term</source>
        <translation>Diwrnod cyntaf y tymor</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>Yn dec&amp;hrau:</translation>
    </message>
    <message>
        <source>Last day of the term</source>
        <translation>Diwrnod olaf y tymor</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>Yn &amp;gorffen:</translation>
    </message>
    <message>
        <source>The term&apos;s state</source>
        <translation>Cyflwr y tymor</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statws:</translation>
    </message>
    <message>
        <source>New te&amp;rm</source>
        <translation>Tymor &amp;newydd</translation>
    </message>
    <message>
        <source>Start a new term</source>
        <translation>Dechrau tymor newydd</translation>
    </message>
    <message>
        <source>Sa&amp;ve term</source>
        <translation>&amp;Cadw&apos;r tymor</translation>
    </message>
    <message>
        <source>Save the term (Ctrl+S)</source>
        <translation>Cadw&apos;r tymor (Ctrl+S)</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Delete term…</source>
        <translation>&amp;Dileu&apos;r tymor…</translation>
    </message>
    <message>
        <source>Delete the selected term (only without courses)</source>
        <translation>Dileu&apos;r tymor a ddewiswyd (dim ond heb gyrsiau)</translation>
    </message>
    <message>
        <source>Make c&amp;urrent</source>
        <translation>Gwneud yn &amp;bresennol</translation>
    </message>
    <message>
        <source>Make the selected term the current one</source>
        <translation>Gwneud y tymor a ddewiswyd yn dymor presennol</translation>
    </message>
    <message>
        <source>The approval queue and the teachers&apos; assessments open on the current term.</source>
        <translation>Mae&apos;r ciw cymeradwyo ac asesiadau&apos;r athrawon yn agor ar y tymor presennol.</translation>
    </message>
    <message>
        <source>Current &amp;by date</source>
        <translation>&amp;Presennol yn ôl dyddiad</translation>
    </message>
    <message>
        <source>Let today&apos;s date decide the current term</source>
        <translation>Gadael i ddyddiad heddiw benderfynu&apos;r tymor presennol</translation>
    </message>
    <message>
        <source>The approval workflow has three stages: the teacher marks a course&apos;s assessments complete, the headteacher approves them, and the headteacher marks the term complete, which locks every assessment in it. The last stage is always needed; choose which of the first two are required.</source>
        <translation>Mae gan y llif gwaith cymeradwyo dri cham: mae&apos;r athro&apos;n marcio asesiadau cwrs yn gyflawn, mae&apos;r pennaeth yn eu cymeradwyo, ac mae&apos;r pennaeth yn marcio&apos;r tymor yn gyflawn, sy&apos;n cloi pob asesiad ynddo. Mae angen y cam olaf bob amser; dewiswch pa rai o&apos;r ddau gyntaf sy&apos;n ofynnol.</translation>
    </message>
    <message>
        <source>Teachers mark a course&apos;s assessments &amp;complete before the headteacher approves or returns it</source>
        <translation>Mae athrawon yn marcio asesiadau cwrs yn &amp;gyflawn cyn i&apos;r pennaeth ei gymeradwyo neu ei ddychwelyd</translation>
    </message>
    <message>
        <source>Require teachers to mark assessments complete</source>
        <translation>Ei gwneud yn ofynnol i athrawon farcio asesiadau&apos;n gyflawn</translation>
    </message>
    <message>
        <source>Every course is &amp;approved by the headteacher before the term can be completed</source>
        <translation>Mae pob cwrs yn cael ei &amp;gymeradwyo gan y pennaeth cyn bod modd cwblhau&apos;r tymor</translation>
    </message>
    <message>
        <source>Require approval of every course before completing the term</source>
        <translation>Ei gwneud yn ofynnol cymeradwyo pob cwrs cyn cwblhau&apos;r tymor</translation>
    </message>
    <message>
        <source>What the chosen workflow means</source>
        <translation>Beth mae&apos;r llif gwaith a ddewiswyd yn ei olygu</translation>
    </message>
    <message>
        <source>Result of saving the workflow</source>
        <translation>Canlyniad cadw&apos;r llif gwaith</translation>
    </message>
    <message>
        <source>&amp;Save workflow</source>
        <translation>&amp;Cadw&apos;r llif gwaith</translation>
    </message>
    <message>
        <source>Save the workflow settings (Ctrl+S)</source>
        <translation>Cadw gosodiadau&apos;r llif gwaith (Ctrl+S)</translation>
    </message>
    <message>
        <source>Only an administrator chooses the workflow; it is shown here for reference.</source>
        <translation>Dim ond gweinyddwr sy&apos;n dewis y llif gwaith; caiff ei ddangos yma er gwybodaeth.</translation>
    </message>
    <message>
        <source>Complete: the term and its assessments are locked.</source>
        <translation>Wedi&apos;i gwblhau: mae&apos;r tymor a&apos;i asesiadau wedi&apos;u cloi.</translation>
    </message>
    <message>
        <source>Open.</source>
        <translation>Agored.</translation>
    </message>
    <message>
        <source>The current term (chosen).</source>
        <translation>Y tymor presennol (wedi&apos;i ddewis).</translation>
    </message>
    <message>
        <source>The current term (by date).</source>
        <translation>Y tymor presennol (yn ôl dyddiad).</translation>
    </message>
    <message>
        <source>New: not saved yet.</source>
        <translation>Newydd: heb ei gadw eto.</translation>
    </message>
    <message>
        <source>Added the term %1.</source>
        <translation>Ychwanegwyd y tymor %1.</translation>
    </message>
    <message>
        <source>Saved the term %1.</source>
        <translation>Cadwyd y tymor %1.</translation>
    </message>
    <message>
        <source>Delete term</source>
        <translation>Dileu&apos;r tymor</translation>
    </message>
    <message>
        <source>Delete the term %1?</source>
        <translation>Dileu&apos;r tymor %1?</translation>
    </message>
    <message>
        <source>Deleted the term %1.</source>
        <translation>Dilëwyd y tymor %1.</translation>
    </message>
    <message>
        <source>The current term now follows the date.</source>
        <translation>Mae&apos;r tymor presennol bellach yn dilyn y dyddiad.</translation>
    </message>
    <message>
        <source>%1 is now the current term.</source>
        <translation>%1 yw&apos;r tymor presennol bellach.</translation>
    </message>
    <message>
        <source>Full workflow: teacher completes, headteacher approves or returns, then the term is completed.</source>
        <translation>Llif gwaith llawn: yr athro&apos;n cwblhau, y pennaeth yn cymeradwyo neu&apos;n dychwelyd, yna caiff y tymor ei gwblhau.</translation>
    </message>
    <message>
        <source>No approval needed: the term can be completed once every course is marked complete; the headteacher may still approve or return courses.</source>
        <translation>Dim angen cymeradwyo: gellir cwblhau&apos;r tymor cyn gynted ag y caiff pob cwrs ei farcio&apos;n gyflawn; gall y pennaeth gymeradwyo neu ddychwelyd cyrsiau o hyd.</translation>
    </message>
    <message>
        <source>The headteacher may approve or return a course while the teacher is still assessing; every course is approved before the term is completed.</source>
        <translation>Gall y pennaeth gymeradwyo neu ddychwelyd cwrs tra bo&apos;r athro&apos;n dal i asesu; caiff pob cwrs ei gymeradwyo cyn i&apos;r tymor gael ei gwblhau.</translation>
    </message>
    <message>
        <source>Neither stage is required: the headteacher may complete the term at any time, which locks the assessments as they are.</source>
        <translation>Nid oes angen y naill gam na&apos;r llall: gall y pennaeth gwblhau&apos;r tymor unrhyw bryd, sy&apos;n cloi&apos;r asesiadau fel y maent.</translation>
    </message>
    <message>
        <source>Saved the workflow.</source>
        <translation>Cadwyd y llif gwaith.</translation>
    </message>
</context>
<context>
    <name>md::ui::DecisionPanel</name>
    <message>
        <source>Choose a referral on the agenda.</source>
        <translation>Dewiswch atgyfeiriad ar yr agenda.</translation>
    </message>
    <message>
        <source>Referral being decided</source>
        <translation>Atgyfeiriad sy&apos;n cael ei benderfynu</translation>
    </message>
    <message>
        <source>Referral summary</source>
        <translation>Crynodeb o&apos;r atgyfeiriad</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <source>&amp;1 Planned intervention</source>
        <translation>&amp;1 Ymyriad wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <source>&amp;2 Monitor and review</source>
        <translation>&amp;2 Monitro ac adolygu</translation>
    </message>
    <message>
        <source>&amp;3 No intervention required</source>
        <translation>&amp;3 Dim angen ymyriad</translation>
    </message>
    <message>
        <source>&amp;4 SEN assessment</source>
        <translation>&amp;4 Asesiad AAA</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Ymyriad</translation>
    </message>
    <message>
        <source>&amp;Intervention:</source>
        <translation>&amp;Ymyriad:</translation>
    </message>
    <message>
        <source>About the intervention</source>
        <translation>Ynglŷn â&apos;r ymyriad</translation>
    </message>
    <message>
        <source>Criteria the student meets</source>
        <translation>Meini prawf y mae&apos;r disgybl yn eu bodloni</translation>
    </message>
    <message>
        <source>Tick with Space each criterion the student meets, as evidence.</source>
        <translation>Ticiwch â Bylchwr bob maen prawf y mae&apos;r disgybl yn ei fodloni, fel tystiolaeth.</translation>
    </message>
    <message>
        <source>Criteria &amp;met:</source>
        <translation>Meini prawf a &amp;fodlonwyd:</translation>
    </message>
    <message>
        <source>Keyworker</source>
        <translation>Gweithiwr allweddol</translation>
    </message>
    <message>
        <source>&amp;Keyworker:</source>
        <translation>&amp;Gweithiwr allweddol:</translation>
    </message>
    <message>
        <source>High-needs SEN &amp;keyworker case (outside the caseload)</source>
        <translation>Achos &amp;gweithiwr allweddol AAA anghenion uchel (y tu allan i&apos;r llwyth achosion)</translation>
    </message>
    <message>
        <source>High-needs SEN keyworker case</source>
        <translation>Achos gweithiwr allweddol AAA anghenion uchel</translation>
    </message>
    <message>
        <source>Over capacity, &amp;because:</source>
        <translation>Dros y capasiti, &amp;oherwydd:</translation>
    </message>
    <message>
        <source>Reason for assigning over capacity</source>
        <translation>Rheswm dros neilltuo dros y capasiti</translation>
    </message>
    <message>
        <source>Why this mentor despite a full caseload</source>
        <translation>Pam y mentor hwn er gwaethaf llwyth achosion llawn</translation>
    </message>
    <message>
        <source>Timescale</source>
        <translation>Amserlen</translation>
    </message>
    <message>
        <source>&amp;Timescale:</source>
        <translation>&amp;Amserlen:</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Dyddiad adolygu</translation>
    </message>
    <message>
        <source>Re&amp;view by:</source>
        <translation>&amp;Adolygu erbyn:</translation>
    </message>
    <message>
        <source>External support needed</source>
        <translation>Angen cymorth allanol</translation>
    </message>
    <message>
        <source>None, or the agency</source>
        <translation>Dim, neu&apos;r asiantaeth</translation>
    </message>
    <message>
        <source>E&amp;xternal support:</source>
        <translation>Cymorth a&amp;llanol:</translation>
    </message>
    <message>
        <source>Objective %1</source>
        <translation>Amcan %1</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>Am&amp;canion:</translation>
    </message>
    <message>
        <source>Who monitors</source>
        <translation>Pwy sy&apos;n monitro</translation>
    </message>
    <message>
        <source>Name of who monitors</source>
        <translation>Enw&apos;r sawl sy&apos;n monitro</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>Notes for the minutes</source>
        <translation>Nodiadau ar gyfer y cofnodion</translation>
    </message>
    <message>
        <source>No&amp;tes for the minutes:</source>
        <translation>&amp;Nodiadau ar gyfer y cofnodion:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation>&amp;Cofnodi&apos;r penderfyniad</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Cofnodi&apos;r penderfyniad</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Allocate later (the allocation queue)</source>
        <translation>Dyrannu&apos;n ddiweddarach (y ciw dyrannu)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2 · referred %3 by %4 (%5)</source>
        <translation>%1 · %2 · atgyfeiriwyd %3 gan %4 (%5)</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>Baneri: %1</translation>
    </message>
    <message>
        <source>Learning support: %1</source>
        <translation>Cymorth dysgu: %1</translation>
    </message>
    <message>
        <source>The referrer had in mind: %1</source>
        <translation>Roedd gan yr atgyfeiriwr mewn golwg: %1</translation>
    </message>
    <message>
        <source>Monitored since %1: record the recommendation, a planned intervention or no intervention.</source>
        <translation>Yn cael ei fonitro ers %1: cofnodwch yr argymhelliad, ymyriad wedi&apos;i gynllunio neu ddim ymyriad.</translation>
    </message>
    <message>
        <source>The SENCo monitors this student (they are on the SEN register) until the next hub meeting, contacts the parents or carers and then recommends.</source>
        <translation>Mae&apos;r Cydlynydd AAA yn monitro&apos;r disgybl hwn (mae ar y gofrestr AAA) tan gyfarfod nesaf yr hyb, yn cysylltu â&apos;r rhieni neu&apos;r gofalwyr ac yna&apos;n gwneud argymhelliad.</translation>
    </message>
    <message>
        <source>The director of learning monitors this student until the next hub meeting, contacts the parents or carers and then recommends.</source>
        <translation>Mae&apos;r cyfarwyddwr dysgu yn monitro&apos;r disgybl hwn tan gyfarfod nesaf yr hyb, yn cysylltu â&apos;r rhieni neu&apos;r gofalwyr ac yna&apos;n gwneud argymhelliad.</translation>
    </message>
    <message>
        <source>Length: %1</source>
        <translation>Hyd: %1</translation>
    </message>
    <message>
        <source>Choose one of the four decisions first (Alt+1 to Alt+4).</source>
        <translation>Dewiswch un o&apos;r pedwar penderfyniad yn gyntaf (Alt+1 i Alt+4).</translation>
    </message>
</context>
<context>
    <name>md::ui::DeskController</name>
    <message>
        <source>Server password</source>
        <translation>Cyfrinair y gweinydd</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Cyfrinair ar gyfer %1:</translation>
    </message>
</context>
<context>
    <name>md::ui::DevelopmentDialog</name>
    <message>
        <source>Record CPD</source>
        <translation>Cofnodi DPP</translation>
    </message>
    <message>
        <source>Record a supervision meeting</source>
        <translation>Cofnodi cyfarfod goruchwylio</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Testun</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Pwnc:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Oriau:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Nodiadau:</translation>
    </message>
</context>
<context>
    <name>md::ui::DocumentPrinter</name>
    <message>
        <source>Print %1</source>
        <translation>Argraffu %1</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Rhagolwg argraffu: %1</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Rhagolwg argraffu</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>Cadw %1 fel PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>Ni chafodd y PDF ei gadw</translation>
    </message>
</context>
<context>
    <name>md::ui::DraftEditorDialog</name>
    <message>
        <source>Draft %1 to %2</source>
        <translation>Drafft %1 at %2</translation>
    </message>
    <message>
        <source>%1 letter “%2” about %3. Edit the text as it will be printed; the letterhead and footer are added when it is printed.</source>
        <translation>Llythyr %1 “%2” ynglŷn â %3. Golygwch y testun fel y caiff ei argraffu; caiff pennawd y llythyr a&apos;r troedyn eu hychwanegu wrth argraffu.</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Testun y llythyr</translation>
    </message>
    <message>
        <source>Gaps to fill</source>
        <translation>Bylchau i&apos;w llenwi</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Rhagolwg…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Cadw&apos;r drafft</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Cadw&apos;r drafft</translation>
    </message>
    <message>
        <source>Ready to issue: no gaps or unmerged fields.</source>
        <translation>Yn barod i&apos;w gyhoeddi: dim bylchau na meysydd heb eu cyfuno.</translation>
    </message>
    <message>
        <source>Before this letter can be issued:</source>
        <translation>Cyn y gellir cyhoeddi&apos;r llythyr hwn:</translation>
    </message>
</context>
<context>
    <name>md::ui::FeedbackDialog</name>
    <message>
        <source>Record learner feedback</source>
        <translation>Cofnodi adborth dysgwyr</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Select a student…</source>
        <translation>Dewiswch ddisgybl…</translation>
    </message>
    <message>
        <source>Date collected</source>
        <translation>Dyddiad casglu</translation>
    </message>
    <message>
        <source>&amp;Student:</source>
        <translation>D&amp;isgybl:</translation>
    </message>
    <message>
        <source>&amp;Date collected:</source>
        <translation>&amp;Dyddiad casglu:</translation>
    </message>
    <message>
        <source>Select…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>Anything else the student said</source>
        <translation>Unrhyw beth arall a ddywedodd y disgybl</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Sylw:</translation>
    </message>
    <message>
        <source>Select the student who gave the feedback</source>
        <translation>Dewiswch y disgybl a roddodd yr adborth</translation>
    </message>
</context>
<context>
    <name>md::ui::FirstAdministratorDialog</name>
    <message>
        <source>Set up your school</source>
        <translation>Sefydlu eich ysgol</translation>
    </message>
    <message>
        <source>This database is new. Name the school and create the first administrator: they add the other staff.</source>
        <translation>Mae&apos;r gronfa ddata hon yn newydd. Rhowch enw i&apos;r ysgol a chrëwch y gweinyddwr cyntaf: bydd ef neu hi yn ychwanegu&apos;r staff eraill.</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Enw&apos;r ysgol</translation>
    </message>
    <message>
        <source>School phase</source>
        <translation>Cyfnod yr ysgol</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Uwchradd</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Cynradd</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Ailadrodd y cyfrinair</translation>
    </message>
    <message>
        <source>&amp;School name:</source>
        <translation>Enw&apos;r y&amp;sgol:</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>C&amp;yfnod:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Eich &amp;enw:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Enw &amp;defnyddiwr:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Cyfrinair:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Ailadrodd y cyfrinair:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Creu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Enter the school&apos;s name.</source>
        <translation>Rhowch enw&apos;r ysgol.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Nid yw&apos;r ddau gyfrinair yr un fath.</translation>
    </message>
</context>
<context>
    <name>md::ui::FirstRun</name>
    <message>
        <source>Demo school</source>
        <translation>Ysgol arddangos</translation>
    </message>
    <message>
        <source>Mentor Desk databases (*.sqlite *.mentordesk)</source>
        <translation>Cronfeydd data Mentor Desk (*.sqlite *.mentordesk)</translation>
    </message>
    <message>
        <source>The MIS&apos;s student export</source>
        <translation>Allforiad disgyblion y MIS</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Ffeiliau CSV (*.csv);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Where to keep the school&apos;s database</source>
        <translation>Ble i gadw cronfa ddata&apos;r ysgol</translation>
    </message>
    <message>
        <source>Create a school</source>
        <translation>Creu ysgol</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name, or open it instead.</source>
        <translation>Mae %1 yn bodoli eisoes. Dewiswch enw newydd, neu ei agor yn lle hynny.</translation>
    </message>
    <message>
        <source>Open a school database</source>
        <translation>Agor cronfa ddata ysgol</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Pob ffeil (*)</translation>
    </message>
</context>
<context>
    <name>md::ui::FirstRunDialog</name>
    <message>
        <source>Welcome to Mentor Desk</source>
        <translation>Croeso i Mentor Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Mentor Desk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Croeso i Mentor Desk&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>There is no school database on this computer yet. How would you like to start?</source>
        <translation>Does dim cronfa ddata ysgol ar y cyfrifiadur hwn eto. Sut hoffech chi ddechrau?</translation>
    </message>
    <message>
        <source>Open the &amp;demo school</source>
        <translation>Agor yr ysgol &amp;arddangos</translation>
    </message>
    <message>
        <source>A made-up school of 720 students to look around and train on, signed in as its lead mentor.</source>
        <translation>Ysgol ddychmygol o 720 o ddisgyblion i edrych o gwmpas a hyfforddi arni, wedi mewngofnodi fel ei phrif fentor.</translation>
    </message>
    <message>
        <source>&amp;Create a school</source>
        <translation>&amp;Creu ysgol</translation>
    </message>
    <message>
        <source>Choose where the database goes, name the school and its phase, create the first administrator and set the letterhead for letters.</source>
        <translation>Dewiswch ble mae&apos;r gronfa ddata&apos;n mynd, rhowch enw a chyfnod i&apos;r ysgol, crëwch y gweinyddwr cyntaf a gosodwch y pennawd ar gyfer llythyrau.</translation>
    </message>
    <message>
        <source>&amp;Import students from the MIS export</source>
        <translation>&amp;Mewnforio disgyblion o allforiad y MIS</translation>
    </message>
    <message>
        <source>Create a school as above, then import the students from your MIS&apos;s CSV export.</source>
        <translation>Crëwch ysgol fel uchod, yna mewnforiwch y disgyblion o allforiad CSV eich MIS.</translation>
    </message>
    <message>
        <source>&amp;Open an existing database…</source>
        <translation>&amp;Agor cronfa ddata sy&apos;n bodoli…</translation>
    </message>
    <message>
        <source>A school database that a colleague has set up, or a copy of one.</source>
        <translation>Cronfa ddata ysgol y mae cydweithiwr wedi&apos;i sefydlu, neu gopi ohoni.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>Quit Mentor Desk</source>
        <translation>Gadael Mentor Desk</translation>
    </message>
</context>
<context>
    <name>md::ui::HelpViewer</name>
    <message>
        <source>Mentor Desk user guide</source>
        <translation>Canllaw defnyddiwr Mentor Desk</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Chwilio:</translation>
    </message>
    <message>
        <source>Words to find in the guide</source>
        <translation>Geiriau i&apos;w canfod yn y canllaw</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Chwilio&apos;r canllaw</translation>
    </message>
    <message>
        <source>Narrows the contents to the pages holding every word. Enter finds the next match.</source>
        <translation>Yn cyfyngu&apos;r cynnwys i&apos;r tudalennau sy&apos;n cynnwys pob gair. Mae Enter yn canfod y cyfatebiad nesaf.</translation>
    </message>
    <message>
        <source>&amp;Contents:</source>
        <translation>C&amp;ynnwys:</translation>
    </message>
    <message>
        <source>Contents of the guide</source>
        <translation>Cynnwys y canllaw</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Canlyniad chwilio</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Tudalen y canllaw</translation>
    </message>
    <message>
        <source>Close the guide</source>
        <translation>Cau&apos;r canllaw</translation>
    </message>
    <message>
        <source>%1 — Mentor Desk user guide</source>
        <translation>%1 — Canllaw defnyddiwr Mentor Desk</translation>
    </message>
    <message>
        <source>No page holds all of those words.</source>
        <translation>Does dim tudalen yn cynnwys pob un o&apos;r geiriau hynny.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) found.</source>
        <translation>
            <numerusform>Canfuwyd %n tudalen.</numerusform>
            <numerusform>Canfuwyd %n tudalen.</numerusform>
            <numerusform>Canfuwyd %n tudalen.</numerusform>
            <numerusform>Canfuwyd %n tudalen.</numerusform>
            <numerusform>Canfuwyd %n tudalen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::HubPane</name>
    <message>
        <source>Assessment hub</source>
        <translation>Hyb asesu</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>Cy&amp;farfod:</translation>
    </message>
    <message>
        <source>Hub meeting</source>
        <translation>Cyfarfod yr hyb</translation>
    </message>
    <message>
        <source>&amp;Schedule meeting…</source>
        <translation>&amp;Trefnu cyfarfod…</translation>
    </message>
    <message>
        <source>Schedule a hub meeting</source>
        <translation>Trefnu cyfarfod yr hyb</translation>
    </message>
    <message>
        <source>Attendees and &amp;notes…</source>
        <translation>&amp;Mynychwyr a nodiadau…</translation>
    </message>
    <message>
        <source>Attendees and notes</source>
        <translation>Mynychwyr a nodiadau</translation>
    </message>
    <message>
        <source>Mark &amp;held</source>
        <translation>Marcio wedi&apos;i &amp;gynnal</translation>
    </message>
    <message>
        <source>Mark the meeting as held</source>
        <translation>Marcio bod y cyfarfod wedi&apos;i gynnal</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dogfennau</translation>
    </message>
    <message>
        <source>Minutes, action plans and bulletin</source>
        <translation>Cofnodion, cynlluniau gweithredu a bwletin</translation>
    </message>
    <message>
        <source>&amp;Print minutes…</source>
        <translation>&amp;Argraffu&apos;r cofnodion…</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source>Minutes print pre&amp;view…</source>
        <translation>&amp;Rhagolwg argraffu&apos;r cofnodion…</translation>
    </message>
    <message>
        <source>Save minutes as P&amp;DF…</source>
        <translation>Cadw&apos;r cofnodion fel P&amp;DF…</translation>
    </message>
    <message>
        <source>Minutes saved to %1</source>
        <translation>Cadwyd y cofnodion yn %1</translation>
    </message>
    <message>
        <source>&amp;Action plans…</source>
        <translation>C&amp;ynlluniau gweithredu…</translation>
    </message>
    <message>
        <source>Staff &amp;bulletin…</source>
        <translation>&amp;Bwletin staff…</translation>
    </message>
    <message>
        <source>About the meeting</source>
        <translation>Ynglŷn â&apos;r cyfarfod</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Interventions to re&amp;view</source>
        <translation>Ymyriadau &amp;i&apos;w hadolygu</translation>
    </message>
    <message>
        <source>Interventions to review</source>
        <translation>Ymyriadau i&apos;w hadolygu</translation>
    </message>
    <message>
        <source>Review the selected &amp;intervention…</source>
        <translation>Adolygu&apos;r &amp;ymyriad a ddewiswyd…</translation>
    </message>
    <message>
        <source>Review the selected intervention</source>
        <translation>Adolygu&apos;r ymyriad a ddewiswyd</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Beth sy&apos;n digwydd nesaf</translation>
    </message>
    <message>
        <source>Decision recorded.</source>
        <translation>Cofnodwyd y penderfyniad.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n referral(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n atgyfeiriad</numerusform>
            <numerusform>%1 · %2 · %n atgyfeiriad</numerusform>
            <numerusform>%1 · %2 · %n atgyfeiriad</numerusform>
            <numerusform>%1 · %2 · %n atgyfeiriad</numerusform>
            <numerusform>%1 · %2 · %n atgyfeiriad</numerusform>
        </translation>
    </message>
    <message>
        <source>No hub meetings yet. Schedule one (Alt+S): referrals waiting for the hub go onto its agenda.</source>
        <translation>Dim cyfarfodydd hyb eto. Trefnwch un (Alt+S): mae atgyfeiriadau sy&apos;n aros am yr hyb yn mynd ar ei agenda.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2. Attendees: %3</source>
        <translation>%1 · %2. Mynychwyr: %3</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>dim wedi&apos;u cofnodi</translation>
    </message>
    <message>
        <source>Decided: %1</source>
        <translation>Penderfynwyd: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) on the agenda have no decision. They go onto the next meeting scheduled. Mark the meeting as held?</source>
        <translation>
            <numerusform>Mae gan %n atgyfeiriad ar yr agenda ddim penderfyniad. Byddant yn mynd ar y cyfarfod nesaf a drefnir. Marcio bod y cyfarfod wedi&apos;i gynnal?</numerusform>
            <numerusform>Mae gan %n atgyfeiriad ar yr agenda ddim penderfyniad. Byddant yn mynd ar y cyfarfod nesaf a drefnir. Marcio bod y cyfarfod wedi&apos;i gynnal?</numerusform>
            <numerusform>Mae gan %n atgyfeiriad ar yr agenda ddim penderfyniad. Byddant yn mynd ar y cyfarfod nesaf a drefnir. Marcio bod y cyfarfod wedi&apos;i gynnal?</numerusform>
            <numerusform>Mae gan %n atgyfeiriad ar yr agenda ddim penderfyniad. Byddant yn mynd ar y cyfarfod nesaf a drefnir. Marcio bod y cyfarfod wedi&apos;i gynnal?</numerusform>
            <numerusform>Mae gan %n atgyfeiriad ar yr agenda ddim penderfyniad. Byddant yn mynd ar y cyfarfod nesaf a drefnir. Marcio bod y cyfarfod wedi&apos;i gynnal?</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an intervention to review in the list first.</source>
        <translation>Dewiswch ymyriad i&apos;w adolygu yn y rhestr yn gyntaf.</translation>
    </message>
    <message>
        <source>That intervention was reviewed at this meeting: %1.</source>
        <translation>Adolygwyd yr ymyriad hwnnw yn y cyfarfod hwn: %1.</translation>
    </message>
    <message>
        <source>Staff bulletin</source>
        <translation>Bwletin staff</translation>
    </message>
    <message>
        <source>The hub&apos;s new actions in simplified form for every member of staff, with no sensitive detail. Copy it into the staff bulletin.</source>
        <translation>Camau gweithredu newydd yr hyb ar ffurf symlach ar gyfer pob aelod o staff, heb unrhyw fanylion sensitif. Copïwch ef i&apos;r bwletin staff.</translation>
    </message>
    <message>
        <source>Bulletin text</source>
        <translation>Testun y bwletin</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>Copy the bulletin text</source>
        <translation>Copïo testun y bwletin</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>md::ui::IlpCreateDialog</name>
    <message>
        <source>New learning plans</source>
        <translation>Cynlluniau dysgu newydd</translation>
    </message>
    <message numerus="yes">
        <source>One plan for each of the %n selected student(s). The plan copies the template as it is now; later changes to the template do not reach it.</source>
        <translation>
            <numerusform>Un cynllun ar gyfer pob un o&apos;r %n disgybl a ddewiswyd. Mae&apos;r cynllun yn copïo&apos;r templed fel y mae nawr; nid yw newidiadau diweddarach i&apos;r templed yn ei gyrraedd.</numerusform>
            <numerusform>Un cynllun ar gyfer pob un o&apos;r %n disgybl a ddewiswyd. Mae&apos;r cynllun yn copïo&apos;r templed fel y mae nawr; nid yw newidiadau diweddarach i&apos;r templed yn ei gyrraedd.</numerusform>
            <numerusform>Un cynllun ar gyfer pob un o&apos;r %n disgybl a ddewiswyd. Mae&apos;r cynllun yn copïo&apos;r templed fel y mae nawr; nid yw newidiadau diweddarach i&apos;r templed yn ei gyrraedd.</numerusform>
            <numerusform>Un cynllun ar gyfer pob un o&apos;r %n disgybl a ddewiswyd. Mae&apos;r cynllun yn copïo&apos;r templed fel y mae nawr; nid yw newidiadau diweddarach i&apos;r templed yn ei gyrraedd.</numerusform>
            <numerusform>Un cynllun ar gyfer pob un o&apos;r %n disgybl a ddewiswyd. Mae&apos;r cynllun yn copïo&apos;r templed fel y mae nawr; nid yw newidiadau diweddarach i&apos;r templed yn ei gyrraedd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Templed</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Templed:</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Dilys o</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Dilys tan</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Dilys &amp;o:</translation>
    </message>
    <message>
        <source>Valid &amp;to:</source>
        <translation>Dilys &amp;hyd at:</translation>
    </message>
    <message>
        <source>&amp;Create plans</source>
        <translation>&amp;Creu cynlluniau</translation>
    </message>
</context>
<context>
    <name>md::ui::IlpFieldEditor</name>
    <message>
        <source>Save state of %1</source>
        <translation>Cyflwr cadw %1</translation>
    </message>
    <message>
        <source>Last saved by %1, %2</source>
        <translation>Cadwyd ddiwethaf gan %1, %2</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Darllen yn unig</translation>
    </message>
    <message>
        <source>Not saved yet…</source>
        <translation>Heb ei gadw eto…</translation>
    </message>
    <message>
        <source>Their text:</source>
        <translation>Eu testun nhw:</translation>
    </message>
    <message>
        <source>Not saved: changed by %1 meanwhile</source>
        <translation>Heb ei gadw: newidiwyd gan %1 yn y cyfamser</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Heb ei gadw: %1</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Cadwyd am %1</translation>
    </message>
    <message>
        <source>Their text kept</source>
        <translation>Cadwyd eu testun nhw</translation>
    </message>
    <message>
        <source>&amp;Overwrite with mine</source>
        <translation>&amp;Trosysgrifo â&apos;m fersiwn i</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Cadw eu &amp;fersiwn nhw</translation>
    </message>
    <message>
        <source>Co&amp;mpare side by side…</source>
        <translation>&amp;Cymharu ochr yn ochr…</translation>
    </message>
    <message>
        <source>Overwrite with my text in %1</source>
        <translation>Trosysgrifo â&apos;m testun i yn %1</translation>
    </message>
    <message>
        <source>Keep their text in %1</source>
        <translation>Cadw eu testun nhw yn %1</translation>
    </message>
    <message>
        <source>Compare my text and theirs in %1</source>
        <translation>Cymharu fy nhestun i a&apos;u testun nhw yn %1</translation>
    </message>
    <message>
        <source>%1 saved this field at another desk while you were typing. Your text is kept; when it is saved you will see both and choose.</source>
        <translation>Cadwodd %1 y maes hwn wrth ddesg arall tra oeddech yn teipio. Mae eich testun yn cael ei gadw; pan gaiff ei gadw fe welwch y ddau a dewis.</translation>
    </message>
    <message>
        <source>Updated with %1&apos;s change at another desk, %2</source>
        <translation>Diweddarwyd gyda newid %1 wrth ddesg arall, %2</translation>
    </message>
</context>
<context>
    <name>md::ui::IlpPlansPane</name>
    <message>
        <source>&amp;Create plan…</source>
        <translation>&amp;Creu cynllun…</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>Cy&amp;hoeddi</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchifo</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Dileu…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>&amp;Yn ôl i&apos;r rhestr</translation>
    </message>
    <message>
        <source>Only my mentoring &amp;group</source>
        <translation>Fy &amp;ngrŵp mentora yn unig</translation>
    </message>
    <message>
        <source>Individual learning plans</source>
        <translation>Cynlluniau dysgu unigol</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Your students by group, one row per current plan. Select one student, several, or none for the whole group, then act on the selection.</source>
        <translation>Eich disgyblion yn ôl grŵp, un rhes fesul cynllun cyfredol. Dewiswch un disgybl, sawl un, neu ddim un ar gyfer y grŵp cyfan, yna gweithredwch ar y dewis.</translation>
    </message>
    <message>
        <source>Only students in my mentoring group</source>
        <translation>Disgyblion yn fy ngrŵp mentora yn unig</translation>
    </message>
    <message>
        <source>Create plans for the selected students</source>
        <translation>Creu cynlluniau ar gyfer y disgyblion a ddewiswyd</translation>
    </message>
    <message>
        <source>Publish the selected plans</source>
        <translation>Cyhoeddi&apos;r cynlluniau a ddewiswyd</translation>
    </message>
    <message>
        <source>Archive the selected plans</source>
        <translation>Archifo&apos;r cynlluniau a ddewiswyd</translation>
    </message>
    <message>
        <source>Delete the selected plans</source>
        <translation>Dileu&apos;r cynlluniau a ddewiswyd</translation>
    </message>
    <message>
        <source>Open the student&apos;s ILP page</source>
        <translation>Agor tudalen CDU y disgybl</translation>
    </message>
    <message>
        <source>Students and their current plans</source>
        <translation>Disgyblion a&apos;u cynlluniau cyfredol</translation>
    </message>
    <message>
        <source>Back to the ILP student list</source>
        <translation>Yn ôl i restr disgyblion y CDU</translation>
    </message>
    <message>
        <source>&amp;Create plans for the whole group…</source>
        <translation>&amp;Creu cynlluniau ar gyfer y grŵp cyfan…</translation>
    </message>
    <message>
        <source>There are no students to make plans for.</source>
        <translation>Does dim disgyblion i wneud cynlluniau ar eu cyfer.</translation>
    </message>
    <message>
        <source>No ILP template is published yet: an administrator must publish one before plans can be made.</source>
        <translation>Does dim templed CDU wedi&apos;i gyhoeddi eto: rhaid i weinyddwr gyhoeddi un cyn y gellir gwneud cynlluniau.</translation>
    </message>
    <message numerus="yes">
        <source>Made %n unpublished plan(s) from %1.</source>
        <translation>
            <numerusform>Gwnaed %n cynllun heb ei gyhoeddi o %1.</numerusform>
            <numerusform>Gwnaed %n cynllun heb ei gyhoeddi o %1.</numerusform>
            <numerusform>Gwnaed %n cynllun heb ei gyhoeddi o %1.</numerusform>
            <numerusform>Gwnaed %n cynllun heb ei gyhoeddi o %1.</numerusform>
            <numerusform>Gwnaed %n cynllun heb ei gyhoeddi o %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %n plan(s): the students and their parents can now see them.</source>
        <translation>
            <numerusform>Cyhoeddwyd %n cynllun: gall y disgyblion a&apos;u rhieni eu gweld nawr.</numerusform>
            <numerusform>Cyhoeddwyd %n cynllun: gall y disgyblion a&apos;u rhieni eu gweld nawr.</numerusform>
            <numerusform>Cyhoeddwyd %n cynllun: gall y disgyblion a&apos;u rhieni eu gweld nawr.</numerusform>
            <numerusform>Cyhoeddwyd %n cynllun: gall y disgyblion a&apos;u rhieni eu gweld nawr.</numerusform>
            <numerusform>Cyhoeddwyd %n cynllun: gall y disgyblion a&apos;u rhieni eu gweld nawr.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archived %n plan(s).</source>
        <translation>
            <numerusform>Archifwyd %n cynllun.</numerusform>
            <numerusform>Archifwyd %n cynllun.</numerusform>
            <numerusform>Archifwyd %n cynllun.</numerusform>
            <numerusform>Archifwyd %n cynllun.</numerusform>
            <numerusform>Archifwyd %n cynllun.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 ar gyfer %2</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n plan(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Dileu %n cynllun am byth? Nid oes modd dadwneud hyn.</numerusform>
            <numerusform>Dileu %n cynllun am byth? Nid oes modd dadwneud hyn.</numerusform>
            <numerusform>Dileu %n cynllun am byth? Nid oes modd dadwneud hyn.</numerusform>
            <numerusform>Dileu %n cynllun am byth? Nid oes modd dadwneud hyn.</numerusform>
            <numerusform>Dileu %n cynllun am byth? Nid oes modd dadwneud hyn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete learning plans</source>
        <translation>Dileu cynlluniau dysgu</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n plan(s).</source>
        <translation>
            <numerusform>Dilëwyd %n cynllun.</numerusform>
            <numerusform>Dilëwyd %n cynllun.</numerusform>
            <numerusform>Dilëwyd %n cynllun.</numerusform>
            <numerusform>Dilëwyd %n cynllun.</numerusform>
            <numerusform>Dilëwyd %n cynllun.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::IlpReviewsPane</name>
    <message>
        <source>Assessment</source>
        <translation>Asesiad</translation>
    </message>
    <message>
        <source>&amp;New review</source>
        <translation>Adolygiad &amp;newydd</translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation>&amp;Cadw&apos;r adolygiad</translation>
    </message>
    <message>
        <source>Assess se&amp;lected</source>
        <translation>Asesu&apos;r rhai a dde&amp;wiswyd</translation>
    </message>
    <message>
        <source>Midterm reviews</source>
        <translation>Adolygiadau hanner tymor</translation>
    </message>
    <message>
        <source>Interim feedback for each student on a course. It is not part of the assessment record; mentors see it on the student&apos;s learning plan for the period it falls in. Set the scale before assessing anyone: it locks after the first assessment.</source>
        <translation>Adborth interim ar gyfer pob disgybl ar gwrs. Nid yw&apos;n rhan o&apos;r cofnod asesu; mae mentoriaid yn ei weld ar gynllun dysgu&apos;r disgybl ar gyfer y cyfnod y mae&apos;n perthyn iddo. Gosodwch y raddfa cyn asesu unrhyw un: mae&apos;n cloi ar ôl yr asesiad cyntaf.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>Cwr&amp;s:</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cwrs</translation>
    </message>
    <message>
        <source>&amp;Reviews:</source>
        <translation>&amp;Adolygiadau:</translation>
    </message>
    <message>
        <source>Midterm reviews of the course</source>
        <translation>Adolygiadau canol tymor y cwrs</translation>
    </message>
    <message>
        <source>New midterm review</source>
        <translation>Adolygiad canol tymor newydd</translation>
    </message>
    <message>
        <source>Review name</source>
        <translation>Enw&apos;r adolygiad</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Dyddiad adolygu</translation>
    </message>
    <message>
        <source>Grade scale, one grade a line; empty for no grade</source>
        <translation>Graddfa raddau, un radd y llinell; gwag am ddim gradd</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>Sc&amp;ale (one a line):</source>
        <translation>G&amp;raddfa (un y llinell):</translation>
    </message>
    <message>
        <source>Scale lock</source>
        <translation>Clo&apos;r raddfa</translation>
    </message>
    <message>
        <source>Save the review&apos;s name, date and scale</source>
        <translation>Cadw enw, dyddiad a graddfa&apos;r adolygiad</translation>
    </message>
    <message>
        <source>Assess&amp;ments (saved as you go):</source>
        <translation>Ases&amp;iadau (yn cael eu cadw wrth fynd):</translation>
    </message>
    <message>
        <source>Students&apos; assessments</source>
        <translation>Asesiadau&apos;r disgyblion</translation>
    </message>
    <message>
        <source>Several at once, &amp;grade:</source>
        <translation>Sawl un ar unwaith, &amp;gradd:</translation>
    </message>
    <message>
        <source>Grade for the selected students</source>
        <translation>Gradd ar gyfer y disgyblion a ddewiswyd</translation>
    </message>
    <message>
        <source>Give the selected students this grade</source>
        <translation>Rhoi&apos;r radd hon i&apos;r disgyblion a ddewiswyd</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n line(s).</source>
        <translation>
            <numerusform>Cadwyd %n llinell.</numerusform>
            <numerusform>Cadwyd %n llinell.</numerusform>
            <numerusform>Cadwyd %n llinell.</numerusform>
            <numerusform>Cadwyd %n llinell.</numerusform>
            <numerusform>Cadwyd %n llinell.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n student(s))</source>
        <translation>
            <numerusform>%1 (%n disgybl)</numerusform>
            <numerusform>%1 (%n disgybl)</numerusform>
            <numerusform>%1 (%n disgybl)</numerusform>
            <numerusform>%1 (%n disgybl)</numerusform>
            <numerusform>%1 (%n disgybl)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The scale is locked: %n student(s) have been assessed.</source>
        <translation>
            <numerusform>Mae&apos;r raddfa wedi&apos;i chloi: mae %n disgybl wedi&apos;u hasesu.</numerusform>
            <numerusform>Mae&apos;r raddfa wedi&apos;i chloi: mae %n disgybl wedi&apos;u hasesu.</numerusform>
            <numerusform>Mae&apos;r raddfa wedi&apos;i chloi: mae %n disgybl wedi&apos;u hasesu.</numerusform>
            <numerusform>Mae&apos;r raddfa wedi&apos;i chloi: mae %n disgybl wedi&apos;u hasesu.</numerusform>
            <numerusform>Mae&apos;r raddfa wedi&apos;i chloi: mae %n disgybl wedi&apos;u hasesu.</numerusform>
        </translation>
    </message>
    <message>
        <source>No grade scale: comments only. You can still add one.</source>
        <translation>Dim graddfa raddau: sylwadau&apos;n unig. Gallwch ychwanegu un o hyd.</translation>
    </message>
    <message>
        <source>The scale can change until the first student is assessed.</source>
        <translation>Gall y raddfa newid nes bod y disgybl cyntaf wedi&apos;i asesu.</translation>
    </message>
    <message>
        <source>Working towards</source>
        <translation>Gweithio tuag at</translation>
    </message>
    <message>
        <source>Working at</source>
        <translation>Gweithio ar y lefel</translation>
    </message>
    <message>
        <source>Working beyond</source>
        <translation>Gweithio y tu hwnt</translation>
    </message>
    <message>
        <source>Midterm review</source>
        <translation>Adolygiad canol tymor</translation>
    </message>
    <message>
        <source>Made a new review: name it and set the scale (or clear it for comments only) before assessing.</source>
        <translation>Gwnaed adolygiad newydd: rhowch enw iddo a gosodwch y raddfa (neu ei chlirio ar gyfer sylwadau&apos;n unig) cyn asesu.</translation>
    </message>
    <message>
        <source>Saved the review.</source>
        <translation>Cadwyd yr adolygiad.</translation>
    </message>
    <message>
        <source>Select the students to give this grade first.</source>
        <translation>Dewiswch y disgyblion i roi&apos;r radd hon iddynt yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>md::ui::IlpStudentPage</name>
    <message>
        <source>Add to pla&amp;n</source>
        <translation>Ychwanegu at y &amp;cynllun</translation>
    </message>
    <message>
        <source>R&amp;emove from plan</source>
        <translation>&amp;Tynnu o&apos;r cynllun</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Rhag&amp;olwg argraffu…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Cadw &amp;fel PDF…</translation>
    </message>
    <message>
        <source>S&amp;tudent:</source>
        <translation>D&amp;isgybl:</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>View &amp;as:</source>
        <translation>Gweld &amp;fel:</translation>
    </message>
    <message>
        <source>Staff (you)</source>
        <translation>Staff (chi)</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Rhiant</translation>
    </message>
    <message>
        <source>View as</source>
        <translation>Gweld fel</translation>
    </message>
    <message>
        <source>Print preview of the plan</source>
        <translation>Rhagolwg argraffu o&apos;r cynllun</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>Cadw&apos;r cynllun fel PDF</translation>
    </message>
    <message>
        <source>Who this view is for</source>
        <translation>Ar gyfer pwy mae&apos;r wedd hon</translation>
    </message>
    <message>
        <source>&amp;Plans, oldest first:</source>
        <translation>&amp;Cynlluniau, yr hynaf yn gyntaf:</translation>
    </message>
    <message>
        <source>The student&apos;s plans</source>
        <translation>Cynlluniau&apos;r disgybl</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Dilys o</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Dilys tan</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Dilys &amp;o:</translation>
    </message>
    <message>
        <source>Valid t&amp;o:</source>
        <translation>Dilys &amp;hyd at:</translation>
    </message>
    <message>
        <source>Mentors working on this plan</source>
        <translation>Mentoriaid sy&apos;n gweithio ar y cynllun hwn</translation>
    </message>
    <message>
        <source>Mentor:</source>
        <translation>Mentor:</translation>
    </message>
    <message>
        <source>Mentor to add to or remove from the plan</source>
        <translation>Mentor i&apos;w ychwanegu at y cynllun neu i&apos;w dynnu ohono</translation>
    </message>
    <message>
        <source>Add the mentor to the plan</source>
        <translation>Ychwanegu&apos;r mentor at y cynllun</translation>
    </message>
    <message>
        <source>Remove the mentor from the plan</source>
        <translation>Tynnu&apos;r mentor o&apos;r cynllun</translation>
    </message>
    <message>
        <source>&amp;Midterm reviews in this plan&apos;s period:</source>
        <translation>Adolygiadau &amp;canol tymor yng nghyfnod y cynllun hwn:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cwrs</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Asesiad</translation>
    </message>
    <message>
        <source>Teacher&apos;s comment</source>
        <translation>Sylw&apos;r athro</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Hunanasesiad</translation>
    </message>
    <message>
        <source>Midterm reviews</source>
        <translation>Adolygiadau hanner tymor</translation>
    </message>
    <message numerus="yes">
        <source>Viewing as the student: only published plans, and only the fields the template shows to students. %n plan(s) hidden from them.</source>
        <translation>
            <numerusform>Yn gweld fel y disgybl: dim ond cynlluniau wedi&apos;u cyhoeddi, a dim ond y meysydd y mae&apos;r templed yn eu dangos i ddisgyblion. %n cynllun wedi&apos;u cuddio rhagddynt.</numerusform>
            <numerusform>Yn gweld fel y disgybl: dim ond cynlluniau wedi&apos;u cyhoeddi, a dim ond y meysydd y mae&apos;r templed yn eu dangos i ddisgyblion. %n cynllun wedi&apos;u cuddio rhagddynt.</numerusform>
            <numerusform>Yn gweld fel y disgybl: dim ond cynlluniau wedi&apos;u cyhoeddi, a dim ond y meysydd y mae&apos;r templed yn eu dangos i ddisgyblion. %n cynllun wedi&apos;u cuddio rhagddynt.</numerusform>
            <numerusform>Yn gweld fel y disgybl: dim ond cynlluniau wedi&apos;u cyhoeddi, a dim ond y meysydd y mae&apos;r templed yn eu dangos i ddisgyblion. %n cynllun wedi&apos;u cuddio rhagddynt.</numerusform>
            <numerusform>Yn gweld fel y disgybl: dim ond cynlluniau wedi&apos;u cyhoeddi, a dim ond y meysydd y mae&apos;r templed yn eu dangos i ddisgyblion. %n cynllun wedi&apos;u cuddio rhagddynt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Viewing as a parent: only current, published plans, and only the fields the template shows to parents. %n plan(s) hidden from them.</source>
        <translation>
            <numerusform>Yn gweld fel rhiant: dim ond cynlluniau cyfredol wedi&apos;u cyhoeddi, a dim ond y meysydd y mae&apos;r templed yn eu dangos i rieni. %n cynllun wedi&apos;u cuddio rhagddynt.</numerusform>
            <numerusform>Yn gweld fel rhiant: dim ond cynlluniau cyfredol wedi&apos;u cyhoeddi, a dim ond y meysydd y mae&apos;r templed yn eu dangos i rieni. %n cynllun wedi&apos;u cuddio rhagddynt.</numerusform>
            <numerusform>Yn gweld fel rhiant: dim ond cynlluniau cyfredol wedi&apos;u cyhoeddi, a dim ond y meysydd y mae&apos;r templed yn eu dangos i rieni. %n cynllun wedi&apos;u cuddio rhagddynt.</numerusform>
            <numerusform>Yn gweld fel rhiant: dim ond cynlluniau cyfredol wedi&apos;u cyhoeddi, a dim ond y meysydd y mae&apos;r templed yn eu dangos i rieni. %n cynllun wedi&apos;u cuddio rhagddynt.</numerusform>
            <numerusform>Yn gweld fel rhiant: dim ond cynlluniau cyfredol wedi&apos;u cyhoeddi, a dim ond y meysydd y mae&apos;r templed yn eu dangos i rieni. %n cynllun wedi&apos;u cuddio rhagddynt.</numerusform>
        </translation>
    </message>
    <message>
        <source> · empty</source>
        <translation> · gwag</translation>
    </message>
    <message>
        <source>No plan to show. Create one from the ILP student list.</source>
        <translation>Dim cynllun i&apos;w ddangos. Crëwch un o restr disgyblion y CDU.</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Cyflwr: %1</translation>
    </message>
    <message>
        <source>No other mentors added to this plan.</source>
        <translation>Does dim mentoriaid eraill wedi&apos;u hychwanegu at y cynllun hwn.</translation>
    </message>
    <message>
        <source>Also working on this plan: %1</source>
        <translation>Hefyd yn gweithio ar y cynllun hwn: %1</translation>
    </message>
    <message>
        <source>&amp;Midterm reviews in this plan&apos;s period (%1 to %2): %3</source>
        <translation>Adolygiadau &amp;canol tymor yng nghyfnod y cynllun hwn (%1 i %2): %3</translation>
    </message>
    <message>
        <source>Validity dates saved.</source>
        <translation>Cadwyd y dyddiadau dilysrwydd.</translation>
    </message>
    <message>
        <source>%1 can now work on this plan.</source>
        <translation>Gall %1 weithio ar y cynllun hwn nawr.</translation>
    </message>
    <message>
        <source>%1 no longer works on this plan.</source>
        <translation>Nid yw %1 yn gweithio ar y cynllun hwn mwyach.</translation>
    </message>
    <message>
        <source>Saved the plan as %1.</source>
        <translation>Cadwyd y cynllun fel %1.</translation>
    </message>
</context>
<context>
    <name>md::ui::IlpTemplatesPane</name>
    <message>
        <source>&amp;New template</source>
        <translation>Templed &amp;newydd</translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation>&amp;Ychwanegu maes</translation>
    </message>
    <message>
        <source>Re&amp;move field</source>
        <translation>Tynn&amp;u maes</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Symud i &amp;fyny</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Symud i &amp;lawr</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>Cy&amp;hoeddi</translation>
    </message>
    <message>
        <source>ILP templates</source>
        <translation>Templedi CDU</translation>
    </message>
    <message>
        <source>A template lists the fields of a plan and, for each, who can see it and who can edit it. A role that cannot see a field never gets it, whatever its edit tick. Plans copy their template when they are made: saving a template never changes existing plans. Unpublish a template to stop its use; plans made from it stay.</source>
        <translation>Mae templed yn rhestru meysydd cynllun ac, ar gyfer pob un, pwy sy&apos;n gallu ei weld a phwy sy&apos;n gallu ei olygu. Nid yw rôl nad yw&apos;n gallu gweld maes byth yn ei gael, beth bynnag yw ei thic golygu. Mae cynlluniau&apos;n copïo eu templed pan gânt eu gwneud: nid yw cadw templed byth yn newid cynlluniau sy&apos;n bodoli. Dadgyhoeddwch dempled i roi&apos;r gorau i&apos;w ddefnyddio; mae cynlluniau a wnaed ohono yn aros.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>&amp;Templates:</source>
        <translation>&amp;Templedi:</translation>
    </message>
    <message>
        <source>New ILP template</source>
        <translation>Templed CDU newydd</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Enw&apos;r templed</translation>
    </message>
    <message>
        <source>Template description</source>
        <translation>Disgrifiad o&apos;r templed</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;isgrifiad:</translation>
    </message>
    <message>
        <source>Template state</source>
        <translation>Cyflwr y templed</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Cyflwr:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Maes</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Canllawiau</translation>
    </message>
    <message>
        <source>Seen by %1</source>
        <translation>Gwelir gan %1</translation>
    </message>
    <message>
        <source>Edited by %1</source>
        <translation>Golygir gan %1</translation>
    </message>
    <message>
        <source>Fields and who sees and edits them</source>
        <translation>Meysydd a phwy sy&apos;n eu gweld a&apos;u golygu</translation>
    </message>
    <message>
        <source>&amp;Fields (tick who can see and who can edit each):</source>
        <translation>&amp;Meysydd (ticiwch pwy sy&apos;n gallu gweld a phwy sy&apos;n gallu golygu pob un):</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Cadw&apos;r templed</translation>
    </message>
    <message>
        <source>Publish the template</source>
        <translation>Cyhoeddi&apos;r templed</translation>
    </message>
    <message>
        <source>Unpublish the template</source>
        <translation>Dadgyhoeddi&apos;r templed</translation>
    </message>
    <message>
        <source>Add a field</source>
        <translation>Ychwanegu maes</translation>
    </message>
    <message>
        <source>Remove the selected field</source>
        <translation>Tynnu&apos;r maes a ddewiswyd</translation>
    </message>
    <message>
        <source>Move the field up</source>
        <translation>Symud y maes i fyny</translation>
    </message>
    <message>
        <source>Move the field down</source>
        <translation>Symud y maes i lawr</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n plan(s))</source>
        <translation>
            <numerusform>%1 (%2, %n cynllun)</numerusform>
            <numerusform>%1 (%2, %n cynllun)</numerusform>
            <numerusform>%1 (%2, %n cynllun)</numerusform>
            <numerusform>%1 (%2, %n cynllun)</numerusform>
            <numerusform>%1 (%2, %n cynllun)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n plan(s) made from it</source>
        <translation>
            <numerusform> · %n cynllun wedi&apos;u gwneud ohono</numerusform>
            <numerusform> · %n cynllun wedi&apos;u gwneud ohono</numerusform>
            <numerusform> · %n cynllun wedi&apos;u gwneud ohono</numerusform>
            <numerusform> · %n cynllun wedi&apos;u gwneud ohono</numerusform>
            <numerusform> · %n cynllun wedi&apos;u gwneud ohono</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved &apos;%1&apos;. Plans already made from it are unchanged.</source>
        <translation>Cadwyd &apos;%1&apos;. Mae cynlluniau a wnaed ohono eisoes heb eu newid.</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Templed newydd</translation>
    </message>
    <message>
        <source>New template %1</source>
        <translation>Templed newydd %1</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targedau</translation>
    </message>
    <message>
        <source>Made the draft &apos;%1&apos;: name it, add its fields, save, then publish.</source>
        <translation>Gwnaed y drafft &apos;%1&apos;: rhowch enw iddo, ychwanegwch ei feysydd, cadwch, yna cyhoeddwch.</translation>
    </message>
    <message>
        <source>Published: mentors can now make plans from &apos;%1&apos;.</source>
        <translation>Wedi&apos;i gyhoeddi: gall mentoriaid wneud cynlluniau o &apos;%1&apos; nawr.</translation>
    </message>
    <message>
        <source>Unpublished: no new plans can be made from &apos;%1&apos;; existing plans are unchanged.</source>
        <translation>Wedi&apos;i ddadgyhoeddi: ni ellir gwneud cynlluniau newydd o &apos;%1&apos;; mae cynlluniau sy&apos;n bodoli heb eu newid.</translation>
    </message>
    <message>
        <source>Your changes were discarded; this is the template as it is saved now.</source>
        <translation>Cafodd eich newidiadau eu gwaredu; dyma&apos;r templed fel y mae wedi&apos;i gadw nawr.</translation>
    </message>
    <message>
        <source>Unpu&amp;blish</source>
        <translation>&amp;Dadgyhoeddi</translation>
    </message>
</context>
<context>
    <name>md::ui::LetterActions</name>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n llythyr</numerusform>
            <numerusform>%n llythyr</numerusform>
            <numerusform>%n llythyr</numerusform>
            <numerusform>%n llythyr</numerusform>
            <numerusform>%n llythyr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft letter(s) created. Check them, then print or save them to issue them.</source>
        <translation>
            <numerusform>Crëwyd %n llythyr drafft. Gwiriwch nhw, yna argraffwch neu gadwch nhw i&apos;w cyhoeddi.</numerusform>
            <numerusform>Crëwyd %n llythyr drafft. Gwiriwch nhw, yna argraffwch neu gadwch nhw i&apos;w cyhoeddi.</numerusform>
            <numerusform>Crëwyd %n llythyr drafft. Gwiriwch nhw, yna argraffwch neu gadwch nhw i&apos;w cyhoeddi.</numerusform>
            <numerusform>Crëwyd %n llythyr drafft. Gwiriwch nhw, yna argraffwch neu gadwch nhw i&apos;w cyhoeddi.</numerusform>
            <numerusform>Crëwyd %n llythyr drafft. Gwiriwch nhw, yna argraffwch neu gadwch nhw i&apos;w cyhoeddi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit draft</source>
        <translation>Golygu&apos;r drafft</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Llythyrau</translation>
    </message>
    <message>
        <source>Not ready to issue</source>
        <translation>Ddim yn barod i&apos;w gyhoeddi</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) issued</source>
        <translation>
            <numerusform>Cyhoeddwyd %n llythyr</numerusform>
            <numerusform>Cyhoeddwyd %n llythyr</numerusform>
            <numerusform>Cyhoeddwyd %n llythyr</numerusform>
            <numerusform>Cyhoeddwyd %n llythyr</numerusform>
            <numerusform>Cyhoeddwyd %n llythyr</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message numerus="yes">
        <source>; %n already issued letter(s) reproduced exactly as sent</source>
        <translation>
            <numerusform>; atgynhyrchwyd %n llythyr a gyhoeddwyd eisoes yn union fel y&apos;u hanfonwyd</numerusform>
            <numerusform>; atgynhyrchwyd %n llythyr a gyhoeddwyd eisoes yn union fel y&apos;u hanfonwyd</numerusform>
            <numerusform>; atgynhyrchwyd %n llythyr a gyhoeddwyd eisoes yn union fel y&apos;u hanfonwyd</numerusform>
            <numerusform>; atgynhyrchwyd %n llythyr a gyhoeddwyd eisoes yn union fel y&apos;u hanfonwyd</numerusform>
            <numerusform>; atgynhyrchwyd %n llythyr a gyhoeddwyd eisoes yn union fel y&apos;u hanfonwyd</numerusform>
        </translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Rhagolwg argraffu</translation>
    </message>
    <message>
        <source>Issue the letters?</source>
        <translation>Cyhoeddi&apos;r llythyrau?</translation>
    </message>
    <message numerus="yes">
        <source>Record the %n draft(s) you printed as issued? Issued letters are kept exactly as printed.</source>
        <translation>
            <numerusform>Cofnodi bod y %n drafft a argraffwyd gennych wedi&apos;u cyhoeddi? Caiff llythyrau a gyhoeddwyd eu cadw yn union fel y&apos;u hargraffwyd.</numerusform>
            <numerusform>Cofnodi bod y %n drafft a argraffwyd gennych wedi&apos;u cyhoeddi? Caiff llythyrau a gyhoeddwyd eu cadw yn union fel y&apos;u hargraffwyd.</numerusform>
            <numerusform>Cofnodi bod y %n drafft a argraffwyd gennych wedi&apos;u cyhoeddi? Caiff llythyrau a gyhoeddwyd eu cadw yn union fel y&apos;u hargraffwyd.</numerusform>
            <numerusform>Cofnodi bod y %n drafft a argraffwyd gennych wedi&apos;u cyhoeddi? Caiff llythyrau a gyhoeddwyd eu cadw yn union fel y&apos;u hargraffwyd.</numerusform>
            <numerusform>Cofnodi bod y %n drafft a argraffwyd gennych wedi&apos;u cyhoeddi? Caiff llythyrau a gyhoeddwyd eu cadw yn union fel y&apos;u hargraffwyd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <source>Printing cancelled: nothing was issued.</source>
        <translation>Diddymwyd yr argraffu: ni chyhoeddwyd dim.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Cadw fel PDF</translation>
    </message>
    <message>
        <source>Saving cancelled: no PDF was written and nothing was issued.</source>
        <translation>Diddymwyd y cadw: ni ysgrifennwyd PDF ac ni chyhoeddwyd dim.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n letter(s)</source>
        <translation>
            <numerusform>Cadwyd %n llythyr</numerusform>
            <numerusform>Cadwyd %n llythyr</numerusform>
            <numerusform>Cadwyd %n llythyr</numerusform>
            <numerusform>Cadwyd %n llythyr</numerusform>
            <numerusform>Cadwyd %n llythyr</numerusform>
        </translation>
    </message>
    <message>
        <source> to %1.</source>
        <translation> i %1.</translation>
    </message>
    <message>
        <source>Sent by email</source>
        <translation>Anfonwyd drwy e-bost</translation>
    </message>
    <message>
        <source>Those letters have already been issued.</source>
        <translation>Mae&apos;r llythyrau hynny wedi&apos;u cyhoeddi eisoes.</translation>
    </message>
    <message numerus="yes">
        <source>Record that you emailed the %n draft(s) as they stand? They will be kept exactly as they are now.</source>
        <translation>
            <numerusform>Cofnodi eich bod wedi e-bostio&apos;r %n drafft fel y maen nhw? Byddant yn cael eu cadw yn union fel y maen nhw nawr.</numerusform>
            <numerusform>Cofnodi eich bod wedi e-bostio&apos;r %n drafft fel y maen nhw? Byddant yn cael eu cadw yn union fel y maen nhw nawr.</numerusform>
            <numerusform>Cofnodi eich bod wedi e-bostio&apos;r %n drafft fel y maen nhw? Byddant yn cael eu cadw yn union fel y maen nhw nawr.</numerusform>
            <numerusform>Cofnodi eich bod wedi e-bostio&apos;r %n drafft fel y maen nhw? Byddant yn cael eu cadw yn union fel y maen nhw nawr.</numerusform>
            <numerusform>Cofnodi eich bod wedi e-bostio&apos;r %n drafft fel y maen nhw? Byddant yn cael eu cadw yn union fel y maen nhw nawr.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record a reply</source>
        <translation>Cofnodi ateb</translation>
    </message>
    <message>
        <source>Record a reply to %1</source>
        <translation>Cofnodi ateb i %1</translation>
    </message>
    <message>
        <source>%1 to %2, about %3.</source>
        <translation>%1 at %2, ynglŷn â %3.</translation>
    </message>
    <message>
        <source>How it came back</source>
        <translation>Sut y daeth yn ôl</translation>
    </message>
    <message>
        <source>Ways a reply comes back</source>
        <translation>Ffyrdd y daw ateb yn ôl</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Sut:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Ar:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nodyn:</translation>
    </message>
    <message>
        <source>%1 recorded as %2.</source>
        <translation>Cofnodwyd %1 fel %2.</translation>
    </message>
    <message>
        <source>Delete drafts</source>
        <translation>Dileu drafftiau</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n draft letter(s)? Issued letters are never deleted.</source>
        <translation>
            <numerusform>Dileu %n llythyr drafft? Nid yw llythyrau a gyhoeddwyd byth yn cael eu dileu.</numerusform>
            <numerusform>Dileu %n llythyr drafft? Nid yw llythyrau a gyhoeddwyd byth yn cael eu dileu.</numerusform>
            <numerusform>Dileu %n llythyr drafft? Nid yw llythyrau a gyhoeddwyd byth yn cael eu dileu.</numerusform>
            <numerusform>Dileu %n llythyr drafft? Nid yw llythyrau a gyhoeddwyd byth yn cael eu dileu.</numerusform>
            <numerusform>Dileu %n llythyr drafft? Nid yw llythyrau a gyhoeddwyd byth yn cael eu dileu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) deleted.</source>
        <translation>
            <numerusform>Dilëwyd %n drafft.</numerusform>
            <numerusform>Dilëwyd %n drafft.</numerusform>
            <numerusform>Dilëwyd %n drafft.</numerusform>
            <numerusform>Dilëwyd %n drafft.</numerusform>
            <numerusform>Dilëwyd %n drafft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::LetterListWidget</name>
    <message>
        <source>&amp;New letters…</source>
        <translation>Llythyrau &amp;newydd…</translation>
    </message>
    <message>
        <source>New letters</source>
        <translation>Llythyrau newydd</translation>
    </message>
    <message>
        <source>&amp;Edit draft…</source>
        <translation>&amp;Golygu&apos;r drafft…</translation>
    </message>
    <message>
        <source>Edit draft</source>
        <translation>Golygu&apos;r drafft</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Rhagolwg…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Rhagolwg argraffu</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Argraff&amp;u…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Cadw &amp;fel PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Cadw fel PDF</translation>
    </message>
    <message>
        <source>Sent by e&amp;mail</source>
        <translation>Anfonwyd drwy &amp;e-bost</translation>
    </message>
    <message>
        <source>Record as sent by email</source>
        <translation>Cofnodi fel wedi&apos;i anfon drwy e-bost</translation>
    </message>
    <message>
        <source>Record &amp;reply…</source>
        <translation>C&amp;ofnodi ateb…</translation>
    </message>
    <message>
        <source>Record a reply</source>
        <translation>Cofnodi ateb</translation>
    </message>
    <message>
        <source>De&amp;lete draft</source>
        <translation>&amp;Dileu&apos;r drafft</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Dileu&apos;r drafft</translation>
    </message>
    <message>
        <source>See the selected letters as they will print (Ctrl+P prints from the preview).</source>
        <translation>Gweld y llythyrau a ddewiswyd fel y byddant yn argraffu (mae Ctrl+P yn argraffu o&apos;r rhagolwg).</translation>
    </message>
    <message>
        <source>Print the selected letters as one job; drafts become issued.</source>
        <translation>Argraffu&apos;r llythyrau a ddewiswyd fel un swydd; mae drafftiau&apos;n cael eu cyhoeddi.</translation>
    </message>
    <message>
        <source>Save the selected letters as one PDF, each on a new page; drafts become issued.</source>
        <translation>Cadw&apos;r llythyrau a ddewiswyd fel un PDF, pob un ar dudalen newydd; mae drafftiau&apos;n cael eu cyhoeddi.</translation>
    </message>
    <message>
        <source>Record that you emailed the selected drafts; they become issued.</source>
        <translation>Cofnodi eich bod wedi e-bostio&apos;r drafftiau a ddewiswyd; maen nhw&apos;n cael eu cyhoeddi.</translation>
    </message>
    <message>
        <source>Number of letters shown</source>
        <translation>Nifer y llythyrau a ddangosir</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Llythyrau</translation>
    </message>
    <message>
        <source>No letters</source>
        <translation>Dim llythyrau</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n llythyr</numerusform>
            <numerusform>%n llythyr</numerusform>
            <numerusform>%n llythyr</numerusform>
            <numerusform>%n llythyr</numerusform>
            <numerusform>%n llythyr</numerusform>
        </translation>
    </message>
    <message>
        <source>No letters match. Change the filters, or write new letters with New letters… (Alt+N).</source>
        <translation>Does dim llythyrau&apos;n cyfateb. Newidiwch yr hidlyddion, neu ysgrifennwch lythyrau newydd gyda Llythyrau newydd… (Alt+N).</translation>
    </message>
</context>
<context>
    <name>md::ui::LetterPrinting</name>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>Letter %1 of %2…</source>
        <translation>Llythyr %1 o %2…</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Rhagolwg argraffu: %1</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Rhagolwg argraffu</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Yn paratoi&apos;r rhagolwg…</translation>
    </message>
    <message numerus="yes">
        <source>Print %n letter(s)</source>
        <translation>
            <numerusform>Argraffu %n llythyr</numerusform>
            <numerusform>Argraffu %n llythyr</numerusform>
            <numerusform>Argraffu %n llythyr</numerusform>
            <numerusform>Argraffu %n llythyr</numerusform>
            <numerusform>Argraffu %n llythyr</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Yn argraffu…</translation>
    </message>
    <message>
        <source>Save letters as PDF</source>
        <translation>Cadw llythyrau fel PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Yn cadw&apos;r PDF…</translation>
    </message>
</context>
<context>
    <name>md::ui::LetterTemplatesPane</name>
    <message>
        <source>Letter templates</source>
        <translation>Templedi llythyrau</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>Templed &amp;newydd</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Templed newydd</translation>
    </message>
    <message>
        <source>Delete or arc&amp;hive</source>
        <translation>Di&amp;leu neu archifo</translation>
    </message>
    <message>
        <source>Delete or archive template</source>
        <translation>Dileu neu archifo&apos;r templed</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Pennawd llythyr</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Cadw&apos;r templed</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Dychwelyd</translation>
    </message>
    <message>
        <source>Revert template</source>
        <translation>Dychwelyd y templed</translation>
    </message>
    <message>
        <source>Preview &amp;for:</source>
        <translation>Rhagolwg &amp;ar gyfer:</translation>
    </message>
    <message>
        <source>Student to preview with</source>
        <translation>Disgybl i&apos;w ddefnyddio yn y rhagolwg</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Disgyblion</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>&amp;Rhagolwg argraffu…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Rhagolwg argraffu</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Letterhead saved. New letters, and drafts when printed, use it.</source>
        <translation>Cadwyd pennawd y llythyr. Mae llythyrau newydd, a drafftiau wrth eu hargraffu, yn ei ddefnyddio.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (wedi&apos;i archifo)</translation>
    </message>
    <message>
        <source>No templates yet. Choose New template to write the first one.</source>
        <translation>Dim templedi eto. Dewiswch Templed newydd i ysgrifennu&apos;r un cyntaf.</translation>
    </message>
    <message>
        <source>Unsaved template</source>
        <translation>Templed heb ei gadw</translation>
    </message>
    <message>
        <source>Save the changes to “%1” first?</source>
        <translation>Cadw&apos;r newidiadau i “%1” yn gyntaf?</translation>
    </message>
    <message>
        <source>This template is archived: letters can no longer be made from it.</source>
        <translation>Mae&apos;r templed hwn wedi&apos;i archifo: ni ellir gwneud llythyrau ohono mwyach.</translation>
    </message>
    <message>
        <source>New letter</source>
        <translation>Llythyr newydd</translation>
    </message>
    <message>
        <source>&lt;p&gt;{{recipient.name}}&lt;br /&gt;{{recipient.address}}&lt;/p&gt;&lt;p align=&quot;right&quot;&gt;{{letter.date}}&lt;/p&gt;&lt;p&gt;{{recipient.salutation}},&lt;/p&gt;&lt;p&gt;&lt;b&gt;{{student.full_name}} ({{student.tutor_group}})&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;/p&gt;&lt;p&gt;Yours sincerely,&lt;/p&gt;&lt;p&gt;{{sender.name}}&lt;br /&gt;{{sender.role}}&lt;/p&gt;</source>
        <translation>&lt;p&gt;{{recipient.name}}&lt;br /&gt;{{recipient.address}}&lt;/p&gt;&lt;p align=&quot;right&quot;&gt;{{letter.date}}&lt;/p&gt;&lt;p&gt;{{recipient.salutation}},&lt;/p&gt;&lt;p&gt;&lt;b&gt;{{student.full_name}} ({{student.tutor_group}})&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;/p&gt;&lt;p&gt;Yn gywir,&lt;/p&gt;&lt;p&gt;{{sender.name}}&lt;br /&gt;{{sender.role}}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A new template: give it a name and a type, write the letter and save it.</source>
        <translation>Templed newydd: rhowch enw a math iddo, ysgrifennwch y llythyr a&apos;i gadw.</translation>
    </message>
    <message>
        <source>Saved “%1”. Letters already made from it are not changed.</source>
        <translation>Cadwyd “%1”. Nid yw llythyrau a wnaed ohono eisoes yn cael eu newid.</translation>
    </message>
    <message>
        <source>Letter template saved.</source>
        <translation>Cadwyd templed y llythyr.</translation>
    </message>
    <message>
        <source>Choose a student to preview the letter with.</source>
        <translation>Dewiswch ddisgybl i weld rhagolwg o&apos;r llythyr gydag ef.</translation>
    </message>
    <message>
        <source>No data for %1 with this student: those places are marked.</source>
        <translation>Dim data ar gyfer %1 gyda&apos;r disgybl hwn: mae&apos;r mannau hynny wedi&apos;u marcio.</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Dileu&apos;r templed</translation>
    </message>
    <message>
        <source>Delete “%1”? If letters were made from it, it is archived instead, so those letters keep their history.</source>
        <translation>Dileu “%1”? Os gwnaed llythyrau ohono, caiff ei archifo yn lle hynny, fel bod y llythyrau hynny&apos;n cadw eu hanes.</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>Dilëwyd “%1”.</translation>
    </message>
    <message>
        <source>“%1” was archived: letters were made from it.</source>
        <translation>Archifwyd “%1”: gwnaed llythyrau ohono.</translation>
    </message>
    <message>
        <source>Your changes were discarded; this is the template as it is saved now.</source>
        <translation>Cafodd eich newidiadau eu gwaredu; dyma&apos;r templed fel y mae wedi&apos;i gadw nawr.</translation>
    </message>
    <message>
        <source>&amp;Letterhead…</source>
        <translation>&amp;Pennawd llythyr…</translation>
    </message>
</context>
<context>
    <name>md::ui::LetterheadDialog</name>
    <message>
        <source>Letterhead</source>
        <translation>Pennawd llythyr</translation>
    </message>
    <message>
        <source>The letterhead is printed at the top of every letter, with the footer at the foot of each page. Letters already issued keep the letterhead they were sent with.</source>
        <translation>Caiff pennawd y llythyr ei argraffu ar frig pob llythyr, gyda&apos;r troedyn ar waelod pob tudalen. Mae llythyrau a gyhoeddwyd eisoes yn cadw&apos;r pennawd yr anfonwyd nhw ag ef.</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Enw&apos;r ysgol</translation>
    </message>
    <message>
        <source>School address</source>
        <translation>Cyfeiriad yr ysgol</translation>
    </message>
    <message>
        <source>Contact line</source>
        <translation>Llinell gyswllt</translation>
    </message>
    <message>
        <source>Telephone and email</source>
        <translation>Ffôn ac e-bost</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Troedyn</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>Enw&apos;r y&amp;sgol:</translation>
    </message>
    <message>
        <source>&amp;Address (one line each):</source>
        <translation>&amp;Cyfeiriad (un llinell yr un):</translation>
    </message>
    <message>
        <source>&amp;Contact line:</source>
        <translation>&amp;Llinell gyswllt:</translation>
    </message>
    <message>
        <source>&amp;Footer:</source>
        <translation>&amp;Troedyn:</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Dewis &amp;logo…</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Dewis logo</translation>
    </message>
    <message>
        <source>&amp;Remove logo</source>
        <translation>&amp;Tynnu&apos;r logo</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Tynnu&apos;r logo</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Choose the school&apos;s logo</source>
        <translation>Dewis logo&apos;r ysgol</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Delweddau (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 is not an image that can be used: choose a PNG or JPEG file.</source>
        <translation>Nid yw %1 yn ddelwedd y gellir ei defnyddio: dewiswch ffeil PNG neu JPEG.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Dim logo</translation>
    </message>
    <message>
        <source>%1 is too large (%2 KB): use an image under 2 MB.</source>
        <translation>Mae %1 yn rhy fawr (%2 KB): defnyddiwch ddelwedd sy&apos;n llai na 2 MB.</translation>
    </message>
</context>
<context>
    <name>md::ui::LettersPane</name>
    <message>
        <source>Letters</source>
        <translation>Llythyrau</translation>
    </message>
    <message>
        <source>Letters to the families and students of the whole school.</source>
        <translation>Llythyrau at deuluoedd a disgyblion yr ysgol gyfan.</translation>
    </message>
    <message>
        <source>Letters to the families of the students in your group, and the letters you wrote.</source>
        <translation>Llythyrau at deuluoedd y disgyblion yn eich grŵp, a&apos;r llythyrau a ysgrifennwyd gennych.</translation>
    </message>
    <message>
        <source>The letters you wrote. Teachers write attendance letters for students on their courses.</source>
        <translation>Y llythyrau a ysgrifennwyd gennych. Mae athrawon yn ysgrifennu llythyrau presenoldeb ar gyfer disgyblion ar eu cyrsiau.</translation>
    </message>
    <message>
        <source>Show letters in state</source>
        <translation>Dangos llythyrau yn y cyflwr</translation>
    </message>
    <message>
        <source>Letter states</source>
        <translation>Cyflyrau llythyrau</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Pob cyflwr</translation>
    </message>
    <message>
        <source>Show letters of type</source>
        <translation>Dangos llythyrau o&apos;r math</translation>
    </message>
    <message>
        <source>Letter types</source>
        <translation>Mathau o lythyrau</translation>
    </message>
    <message>
        <source>Every type</source>
        <translation>Pob math</translation>
    </message>
    <message>
        <source>Filter by student, recipient, template or reference (L-000123)</source>
        <translation>Hidlo yn ôl disgybl, derbynnydd, templed neu gyfeirnod (L-000123)</translation>
    </message>
    <message>
        <source>Filter letters</source>
        <translation>Hidlo llythyrau</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Cyflwr:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Math:</translation>
    </message>
</context>
<context>
    <name>md::ui::LettersRecordTab</name>
    <message>
        <source>No letters to this student or their family yet. Write one with New letters… (Alt+N).</source>
        <translation>Dim llythyrau at y disgybl hwn na&apos;i deulu eto. Ysgrifennwch un gyda Llythyrau newydd… (Alt+N).</translation>
    </message>
</context>
<context>
    <name>md::ui::LockScreen</name>
    <message>
        <source>Mentor Desk is locked</source>
        <translation>Mae Mentor Desk wedi&apos;i gloi</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Defnyddiwr wedi mewngofnodi</translation>
    </message>
    <message>
        <source>Password to unlock</source>
        <translation>Cyfrinair i ddatgloi</translation>
    </message>
    <message>
        <source>Your password, then Enter</source>
        <translation>Eich cyfrinair, yna Enter</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
    <message>
        <source>Unlock problem</source>
        <translation>Problem datgloi</translation>
    </message>
    <message>
        <source>Mentor Desk (locked)</source>
        <translation>Mentor Desk (wedi&apos;i gloi)</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Wedi mewngofnodi fel %1</translation>
    </message>
</context>
<context>
    <name>md::ui::LogDialogs</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
</context>
<context>
    <name>md::ui::LogEntryDialog</name>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>What &amp;happened:</source>
        <translation>Beth &amp;ddigwyddodd:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Pwy:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Crynodeb:</translation>
    </message>
    <message>
        <source>&amp;Lesson observed:</source>
        <translation>&amp;Gwers a arsylwyd:</translation>
    </message>
    <message>
        <source>What was &amp;seen:</source>
        <translation>Beth a &amp;welwyd:</translation>
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation>Camau &amp;nesaf:</translation>
    </message>
    <message>
        <source>&amp;Action taken:</source>
        <translation>Camau a &amp;gymerwyd:</translation>
    </message>
    <message>
        <source>&amp;Update:</source>
        <translation>&amp;Diweddariad:</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Tymor:</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Adroddiad:</translation>
    </message>
    <message>
        <source>Progress against the &amp;objectives:</source>
        <translation>Cynnydd yn erbyn yr &amp;amcanion:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <source>Who was contacted</source>
        <translation>Pwy y cysylltwyd â nhw</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Sut</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>At ba bwrpas</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Heb ofyn</translation>
    </message>
    <message>
        <source>With a:</source>
        <translation>Gyda:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Gan:</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;Ynglŷn â:</translation>
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation>&amp;Caniatâd:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>&amp;Cynnydd:</translation>
    </message>
    <message>
        <source>D&amp;ecision:</source>
        <translation>&amp;Penderfyniad:</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Camau dilynol</translation>
    </message>
    <message>
        <source>What was agreed to do next, if anything</source>
        <translation>Beth y cytunwyd i&apos;w wneud nesaf, os unrhyw beth</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>Camau &amp;dilynol:</translation>
    </message>
    <message>
        <source>Follow up b&amp;y</source>
        <translation>Camau dilynol &amp;erbyn</translation>
    </message>
    <message>
        <source>Has a follow-up date</source>
        <translation>Mae ganddo ddyddiad camau dilynol</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Dyddiad y camau dilynol</translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation>&amp;Wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Camau dilynol wedi&apos;u gwneud</translation>
    </message>
    <message>
        <source>&amp;Restricted (safeguarding): only me, the lead mentor and headteachers can read it</source>
        <translation>&amp;Cyfyngedig (diogelu): dim ond fi, y prif fentor a phenaethiaid sy&apos;n gallu ei ddarllen</translation>
    </message>
    <message>
        <source>Restricted entry</source>
        <translation>Cofnod cyfyngedig</translation>
    </message>
    <message>
        <source>Others see only that there is a restricted entry. It is left out of letters and prints unless someone allowed to read it includes it.</source>
        <translation>Dim ond gweld bod cofnod cyfyngedig yn bodoli y mae eraill. Caiff ei hepgor o lythyrau ac argraffiadau oni bai bod rhywun sydd â chaniatâd i&apos;w ddarllen yn ei gynnwys.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>&amp;Add to the log</source>
        <translation>&amp;Ychwanegu at y log</translation>
    </message>
</context>
<context>
    <name>md::ui::MainWindow</name>
    <message>
        <source>Mentor Desk</source>
        <translation>Mentor Desk</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Llywio</translation>
    </message>
    <message>
        <source>Choose a screen. Ctrl+1 to Ctrl+9 jump straight to an entry.</source>
        <translation>Dewiswch sgrin. Mae Ctrl+1 i Ctrl+9 yn neidio&apos;n syth i gofnod.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <source>Find a student by name or UPN (Ctrl+F)</source>
        <translation>Dod o hyd i ddisgybl yn ôl enw neu UPN (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a student</source>
        <translation>Dod o hyd i ddisgybl</translation>
    </message>
    <message>
        <source>Demo school</source>
        <translation>Ysgol arddangos</translation>
    </message>
    <message>
        <source>Demo school: the data is made up</source>
        <translation>Ysgol arddangos: mae&apos;r data&apos;n ddychmygol</translation>
    </message>
    <message>
        <source>This is the generated demo school: every name and record is made up.</source>
        <translation>Dyma&apos;r ysgol arddangos a gynhyrchwyd: mae pob enw a chofnod yn ddychmygol.</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Defnyddiwr wedi mewngofnodi</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Ffeil cronfa ddata</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Copi wrth gefn diwethaf</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;New school database…</source>
        <translation>Cronfa ddata ysgol &amp;newydd…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Agor…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Agor &amp;diweddar</translation>
    </message>
    <message>
        <source>&amp;Import students…</source>
        <translation>&amp;Mewnforio disgyblion…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Gwneud copi wrth gefn nawr…</translation>
    </message>
    <message>
        <source>Back up &amp;encrypted…</source>
        <translation>Copi wrth gefn &amp;wedi&apos;i amgryptio…</translation>
    </message>
    <message>
        <source>A copy sealed with a passphrase, for a backup that leaves this computer</source>
        <translation>Copi wedi&apos;i selio ag cyfrinymadrodd, ar gyfer copi wrth gefn sy&apos;n gadael y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>Restore from a bac&amp;kup…</source>
        <translation>Ad&amp;fer o gopi wrth gefn…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Gada&amp;el</translation>
    </message>
    <message>
        <source>&amp;Find a student</source>
        <translation>&amp;Dod o hyd i ddisgybl</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Mynd</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Cloi&apos;r sgrin</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Canllaw defnyddiwr</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Llwybrau byr bysellfwrdd</translation>
    </message>
    <message>
        <source>&amp;About Mentor Desk</source>
        <translation>&amp;Ynghylch Mentor Desk</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Goruchwyliwr</translation>
    </message>
    <message>
        <source>%1 section</source>
        <translation>Adran %1</translation>
    </message>
    <message>
        <source>⚠ Never backed up</source>
        <translation>⚠ Dim copi wrth gefn erioed</translation>
    </message>
    <message>
        <source>Back up now with File → Back up now (Ctrl+Shift+B).</source>
        <translation>Gwnewch gopi wrth gefn nawr gyda Ffeil → Gwneud copi wrth gefn nawr (Ctrl+Shift+B).</translation>
    </message>
    <message>
        <source>⚠ Last backup %1 days ago</source>
        <translation>⚠ Copi wrth gefn diwethaf %1 diwrnod yn ôl</translation>
    </message>
    <message>
        <source>No backup for a week: back up now with File → Back up now (Ctrl+Shift+B).</source>
        <translation>Dim copi wrth gefn ers wythnos: gwnewch gopi wrth gefn nawr gyda Ffeil → Gwneud copi wrth gefn nawr (Ctrl+Shift+B).</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Copi wrth gefn diwethaf: %1</translation>
    </message>
    <message>
        <source>%1 — Mentor Desk</source>
        <translation>%1 — Mentor Desk</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Heb fewngofnodi</translation>
    </message>
    <message>
        <source>Could not open the database</source>
        <translation>Methu agor y gronfa ddata</translation>
    </message>
    <message>
        <source>%1

Restore the newest backup, %2 (made %3)? The file as it is now is kept beside it.</source>
        <translation>%1

Adfer y copi wrth gefn diweddaraf, %2 (a wnaed %3)? Caiff y ffeil fel y mae nawr ei chadw wrth ei ochr.</translation>
    </message>
    <message>
        <source>Could not restore</source>
        <translation>Methu adfer</translation>
    </message>
    <message>
        <source>The restored file could not be opened.</source>
        <translation>Methu agor y ffeil a adferwyd.</translation>
    </message>
    <message>
        <source>Restored from %1; the damaged file is kept as %2</source>
        <translation>Adferwyd o %1; caiff y ffeil a ddifrodwyd ei chadw fel %2</translation>
    </message>
    <message>
        <source>A database on a network drive</source>
        <translation>Cronfa ddata ar yriant rhwydwaith</translation>
    </message>
    <message>
        <source>New school database</source>
        <translation>Cronfa ddata ysgol newydd</translation>
    </message>
    <message>
        <source>Mentor Desk databases (*.sqlite *.mentordesk)</source>
        <translation>Cronfeydd data Mentor Desk (*.sqlite *.mentordesk)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name, or open it with File → Open.</source>
        <translation>Mae %1 yn bodoli eisoes. Dewiswch enw newydd, neu ei agor gyda Ffeil → Agor.</translation>
    </message>
    <message>
        <source>Open a school database</source>
        <translation>Agor cronfa ddata ysgol</translation>
    </message>
    <message>
        <source>Mentor Desk databases (*.sqlite *.mentordesk);;All files (*)</source>
        <translation>Cronfeydd data Mentor Desk (*.sqlite *.mentordesk);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>The backup will be sealed with this passphrase (Argon2id and XChaCha20-Poly1305), so it can be kept off this computer. Restoring it asks for the passphrase.</source>
        <translation>Caiff y copi wrth gefn ei selio â&apos;r cyfrinymadrodd hwn (Argon2id a XChaCha20-Poly1305), fel y gellir ei gadw oddi ar y cyfrifiadur hwn. Mae ei adfer yn gofyn am yr cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Gwneud copi wrth gefn o&apos;r gronfa ddata</translation>
    </message>
    <message>
        <source>Encrypted Mentor Desk backups (*.mdsealed)</source>
        <translation>Copïau wrth gefn Mentor Desk wedi&apos;u hamgryptio (*.mdsealed)</translation>
    </message>
    <message>
        <source>Mentor Desk backups (*.sqlite)</source>
        <translation>Copïau wrth gefn Mentor Desk (*.sqlite)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Gwneud copi wrth gefn</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Ysgrifennwyd y copi wrth gefn i %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <source>Mentor Desk backups (*.sqlite *.mdsealed);;All files (*)</source>
        <translation>Copïau wrth gefn Mentor Desk (*.sqlite *.mdsealed);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>%1 is encrypted. Enter its passphrase.</source>
        <translation>Mae %1 wedi&apos;i amgryptio. Rhowch ei cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Adfer</translation>
    </message>
    <message>
        <source>Replace the database with the backup %1?

The database as it is now is kept as a backup first. Other desks using this file must close Mentor Desk.</source>
        <translation>Disodli&apos;r gronfa ddata â&apos;r copi wrth gefn %1?

Caiff y gronfa ddata fel y mae nawr ei chadw fel copi wrth gefn yn gyntaf. Rhaid i ddesgiau eraill sy&apos;n defnyddio&apos;r ffeil hon gau Mentor Desk.</translation>
    </message>
    <message>
        <source>Restored. The previous database is kept in %1</source>
        <translation>Wedi&apos;i adfer. Caiff y gronfa ddata flaenorol ei chadw yn %1</translation>
    </message>
    <message>
        <source>Import students</source>
        <translation>Mewnforio disgyblion</translation>
    </message>
    <message>
        <source>Import students from the MIS</source>
        <translation>Mewnforio disgyblion o&apos;r MIS</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Ffeiliau CSV (*.csv);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ni fewnforiwyd dim</translation>
    </message>
    <message>
        <source>Imported %1 rows from %2: %3 new, %4 updated, %5 unchanged.</source>
        <translation>Mewnforiwyd %1 rhes o %2: %3 newydd, %4 wedi&apos;u diweddaru, %5 heb eu newid.</translation>
    </message>
    <message>
        <source>Students imported</source>
        <translation>Mewnforiwyd y disgyblion</translation>
    </message>
    <message>
        <source>The user guide, at the page for this screen</source>
        <translation>Y canllaw defnyddiwr, ar y dudalen ar gyfer y sgrin hon</translation>
    </message>
    <message>
        <source>First screen in the navigation (Ctrl+2, Ctrl+3… the next ones)</source>
        <translation>Sgrin gyntaf y llywio (Ctrl+2, Ctrl+3… y rhai nesaf)</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Agor cronfa ddata</translation>
    </message>
    <message>
        <source>Lock the screen at once (your password unlocks it)</source>
        <translation>Cloi&apos;r sgrin ar unwaith (mae eich cyfrinair yn ei datgloi)</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Gwneud copi wrth gefn nawr</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Gadael</translation>
    </message>
    <message>
        <source>In a list: Down moves from the filter into the list, Enter opens the student, Esc clears the filter.</source>
        <translation>Mewn rhestr: mae Down yn symud o&apos;r hidlydd i&apos;r rhestr, mae Enter yn agor y disgybl, mae Esc yn clirio&apos;r hidlydd.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr bysellfwrdd</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Dewi&amp;siadau…</translation>
    </message>
    <message>
        <source>The new language applies the next time Mentor Desk starts.</source>
        <translation>Bydd yr iaith newydd yn dod i rym y tro nesaf y bydd Mentor Desk yn cychwyn.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Methodd y copi wrth gefn awtomatig: %1</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup is made.</source>
        <translation>Mae copi wrth gefn awtomatig heddiw wedi&apos;i wneud.</translation>
    </message>
    <message>
        <source>Connect to a ser&amp;ver…</source>
        <translation>&amp;Cysylltu â gweinydd…</translation>
    </message>
    <message>
        <source>Open the team&apos;s database on a PostgreSQL server</source>
        <translation>Agor cronfa ddata&apos;r tîm ar weinydd PostgreSQL</translation>
    </message>
    <message>
        <source>Si&amp;gn out</source>
        <translation>Allg&amp;ofnodi</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Cysylltu â gweinydd</translation>
    </message>
    <message>
        <source>Live updates</source>
        <translation>Diweddariadau byw</translation>
    </message>
    <message>
        <source>Live updates from other desks are back; every list was reloaded.</source>
        <translation>Mae diweddariadau byw o ddesgiau eraill yn ôl; ail-lwythwyd pob rhestr.</translation>
    </message>
    <message>
        <source>⚠ Live updates lost: reconnecting…</source>
        <translation>⚠ Collwyd diweddariadau byw: yn ailgysylltu…</translation>
    </message>
    <message>
        <source>The connection that brings other desks&apos; changes dropped. This desk keeps working, connects again by itself and then reloads every list.</source>
        <translation>Torrodd y cysylltiad sy&apos;n dod â newidiadau desgiau eraill. Mae&apos;r ddesg hon yn dal i weithio, yn cysylltu eto ohoni&apos;i hun ac yna&apos;n ail-lwytho pob rhestr.</translation>
    </message>
    <message>
        <source>Change my pass&amp;word…</source>
        <translation>Newid f&amp;y nghyfrinair…</translation>
    </message>
    <message>
        <source>Your sign-in password, or on a server your own server role&apos;s password</source>
        <translation>Eich cyfrinair mewngofnodi, neu ar weinydd gyfrinair eich rôl gweinydd eich hun</translation>
    </message>
    <message>
        <source>Server %1:%2, database %3</source>
        <translation>Gweinydd %1:%2, cronfa ddata %3</translation>
    </message>
    <message>
        <source>Database server</source>
        <translation>Gweinydd cronfa ddata</translation>
    </message>
    <message>
        <source>%1
Backups of a server database are made on the server by its administrator (for example with pg_dump).</source>
        <translation>%1
Mae gweinyddwr y gweinydd yn gwneud copïau wrth gefn o gronfa ddata gweinydd ar y gweinydd (er enghraifft gyda pg_dump).</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Mae eich cyfrinair wedi&apos;i newid.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Gweinyddu</translation>
    </message>
</context>
<context>
    <name>md::ui::MeetingDialog</name>
    <message>
        <source>Attendees and notes</source>
        <translation>Mynychwyr a nodiadau</translation>
    </message>
    <message>
        <source>Schedule a hub meeting</source>
        <translation>Trefnu cyfarfod yr hyb</translation>
    </message>
    <message>
        <source>Who attended, and notes for the minutes.</source>
        <translation>Pwy oedd yn bresennol, a nodiadau ar gyfer y cofnodion.</translation>
    </message>
    <message>
        <source>The hub meets about once per half term, usually in the middle of it. Referrals waiting for the hub go onto the new meeting&apos;s agenda.</source>
        <translation>Mae&apos;r hyb yn cyfarfod tua unwaith bob hanner tymor, fel arfer yn ei ganol. Mae atgyfeiriadau sy&apos;n aros am yr hyb yn mynd ar agenda&apos;r cyfarfod newydd.</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation>Dyddiad y cyfarfod</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;Mynychwyr:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Yn bresennol</translation>
    </message>
    <message>
        <source>Add a&amp;ttendee</source>
        <translation>Ychwanegu &amp;mynychwr</translation>
    </message>
    <message>
        <source>Add an attendee</source>
        <translation>Ychwanegu mynychwr</translation>
    </message>
    <message>
        <source>&amp;Remove attendee</source>
        <translation>&amp;Tynnu mynychwr</translation>
    </message>
    <message>
        <source>Remove the selected attendee</source>
        <translation>Tynnu&apos;r mynychwr a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Notes for the minutes:</source>
        <translation>&amp;Nodiadau ar gyfer y cofnodion:</translation>
    </message>
    <message>
        <source>Notes for the minutes</source>
        <translation>Nodiadau ar gyfer y cofnodion</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Trefnu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
</context>
<context>
    <name>md::ui::MentorDetailsTab</name>
    <message>
        <source>Mentor details</source>
        <translation>Manylion y mentor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Subject networks and associations</source>
        <translation>Rhwydweithiau a chymdeithasau pwnc</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Newid %1</translation>
    </message>
    <message>
        <source>Basic details</source>
        <translation>Manylion sylfaenol</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <source>Teacher reference number (TRN)</source>
        <translation>Cyfeirnod athro (TRN)</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Cyfeiriad e-bost</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <source>Age range</source>
        <translation>Ystod oedran</translation>
    </message>
    <message>
        <source>Key stage</source>
        <translation>Cyfnod allweddol</translation>
    </message>
    <message>
        <source>Additional details</source>
        <translation>Manylion ychwanegol</translation>
    </message>
    <message>
        <source>Date qualified as a teacher</source>
        <translation>Dyddiad cymhwyso fel athro</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Cymwysterau</translation>
    </message>
    <message>
        <source>Date started mentoring</source>
        <translation>Dyddiad dechrau mentora</translation>
    </message>
    <message>
        <source>Provider training</source>
        <translation>Hyfforddiant darparwr</translation>
    </message>
    <message>
        <source>SEND training</source>
        <translation>Hyfforddiant AAA ac anabledd</translation>
    </message>
    <message>
        <source>Other experiences</source>
        <translation>Profiadau eraill</translation>
    </message>
    <message>
        <source>Grade and capacity</source>
        <translation>Gradd a chapasiti</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Gradd</translation>
    </message>
    <message>
        <source> students</source>
        <translation> disgybl</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capasiti</translation>
    </message>
    <message>
        <source>Save &amp;grade and capacity</source>
        <translation>Cadw&apos;r &amp;radd a&apos;r capasiti</translation>
    </message>
    <message>
        <source>Save grade and capacity</source>
        <translation>Cadw&apos;r radd a&apos;r capasiti</translation>
    </message>
    <message>
        <source>G&amp;rade:</source>
        <translation>G&amp;radd:</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation>&amp;Capasiti:</translation>
    </message>
    <message>
        <source>Grade and capacity message</source>
        <translation>Neges gradd a chapasiti</translation>
    </message>
    <message>
        <source>There is a problem: %1</source>
        <translation>Mae problem: %1</translation>
    </message>
    <message>
        <source>Grade and capacity saved.</source>
        <translation>Cadwyd y radd a&apos;r capasiti.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Heb ei roi</translation>
    </message>
    <message>
        <source>No grade or capacity has been set for this mentor yet: choose them and save.</source>
        <translation>Does dim gradd na chapasiti wedi&apos;u gosod ar gyfer y mentor hwn eto: dewiswch nhw a chadw.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statws: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Rheswm: %1</translation>
    </message>
    <message>
        <source>Details saved.</source>
        <translation>Cadwyd y manylion.</translation>
    </message>
    <message>
        <source>Additional details saved.</source>
        <translation>Cadwyd y manylion ychwanegol.</translation>
    </message>
    <message>
        <source>Your grade and capacity were discarded; the record shows the ones saved at another desk.</source>
        <translation>Cafodd eich gradd a&apos;ch capasiti eu taflu; mae&apos;r cofnod yn dangos y rhai a gadwyd wrth ddesg arall.</translation>
    </message>
</context>
<context>
    <name>md::ui::MentorDialog</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>There is a problem: %1</source>
        <translation>Mae problem: %1</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Heb ei roi</translation>
    </message>
    <message>
        <source>Leave at “Not given” when it does not apply</source>
        <translation>Gadewch ar “Heb ei roi” pan nad yw&apos;n berthnasol</translation>
    </message>
</context>
<context>
    <name>md::ui::MentorOutboxView</name>
    <message>
        <source>Messages to mentors wait here. Copy one into your email, or print it, then mark it sent.</source>
        <translation>Mae negeseuon at fentoriaid yn aros yma. Copïwch un i&apos;ch e-bost, neu ei hargraffu, yna ei marcio wedi&apos;i hanfon.</translation>
    </message>
    <message>
        <source>The outbox is empty. Adding, removing or reinstating a mentor writes a message to them here.</source>
        <translation>Mae&apos;r blwch allan yn wag. Mae ychwanegu, tynnu neu adfer mentor yn ysgrifennu neges ato yma.</translation>
    </message>
    <message>
        <source>Outbox is empty</source>
        <translation>Mae&apos;r blwch allan yn wag</translation>
    </message>
    <message>
        <source>Messages to mentors</source>
        <translation>Negeseuon at fentoriaid</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Testun y neges</translation>
    </message>
    <message>
        <source>&amp;Copy to the clipboard</source>
        <translation>&amp;Copïo i&apos;r clipfwrdd</translation>
    </message>
    <message>
        <source>Copy the message to the clipboard</source>
        <translation>Copïo&apos;r neges i&apos;r clipfwrdd</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Argraff&amp;u…</translation>
    </message>
    <message>
        <source>Print the message</source>
        <translation>Argraffu&apos;r neges</translation>
    </message>
    <message>
        <source>&amp;Mark as sent</source>
        <translation>&amp;Marcio wedi&apos;i hanfon</translation>
    </message>
    <message>
        <source>Mark the message as sent</source>
        <translation>Marcio bod y neges wedi&apos;i hanfon</translation>
    </message>
    <message>
        <source>Message copied: paste it into an email to the mentor.</source>
        <translation>Copïwyd y neges: gludwch hi i e-bost at y mentor.</translation>
    </message>
    <message>
        <source>Marked as sent.</source>
        <translation>Marciwyd wedi&apos;i hanfon.</translation>
    </message>
</context>
<context>
    <name>md::ui::MentorRecord</name>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Choose a mentor in the list to see their details, supervision, CPD, observations, feedback and performance review.</source>
        <translation>Dewiswch fentor yn y rhestr i weld ei fanylion, goruchwyliaeth, DPP, arsylwadau, adborth ac adolygiad perfformiad.</translation>
    </message>
    <message>
        <source>No mentor chosen</source>
        <translation>Dim mentor wedi&apos;i ddewis</translation>
    </message>
    <message>
        <source>Mentor record sections</source>
        <translation>Adrannau cofnod y mentor</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Manylion</translation>
    </message>
    <message>
        <source>Supervision and C&amp;PD</source>
        <translation>Goruchwyliaeth a &amp;DPP</translation>
    </message>
    <message>
        <source>&amp;Observations</source>
        <translation>Ar&amp;sylwadau</translation>
    </message>
    <message>
        <source>Learner &amp;feedback</source>
        <translation>&amp;Adborth dysgwyr</translation>
    </message>
    <message>
        <source>Performance &amp;review</source>
        <translation>Adolygiad &amp;perfformiad</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (wedi&apos;i dynnu)</translation>
    </message>
</context>
<context>
    <name>md::ui::MentorRecordsTab</name>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>Supervision and CPD records</source>
        <translation>Cofnodion goruchwyliaeth a DPP</translation>
    </message>
    <message>
        <source>Record a &amp;supervision meeting…</source>
        <translation>Cofnodi cyfarfod &amp;goruchwylio…</translation>
    </message>
    <message>
        <source>Record &amp;CPD…</source>
        <translation>Cofnodi &amp;DPP…</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Arsylwadau</translation>
    </message>
    <message>
        <source>Record an &amp;observation…</source>
        <translation>Cofnodi &amp;arsylwad…</translation>
    </message>
    <message>
        <source>&amp;Edit the checklist…</source>
        <translation>&amp;Golygu&apos;r rhestr wirio…</translation>
    </message>
    <message>
        <source>Learner feedback</source>
        <translation>Adborth dysgwyr</translation>
    </message>
    <message>
        <source>Record learner &amp;feedback…</source>
        <translation>Cofnodi &amp;adborth dysgwyr…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Cadwyd.</translation>
    </message>
    <message>
        <source>No supervision meetings or CPD recorded yet. Record each supervision meeting and each piece of CPD here: regular supervision and CPD keep support consistent.</source>
        <translation>Dim cyfarfodydd goruchwylio na DPP wedi&apos;u cofnodi eto. Cofnodwch bob cyfarfod goruchwylio a phob darn o DPP yma: mae goruchwyliaeth a DPP rheolaidd yn cadw cymorth yn gyson.</translation>
    </message>
    <message>
        <source>This school year: %1 supervision meetings (last: %2), %3 hours of CPD.</source>
        <translation>Y flwyddyn ysgol hon: %1 cyfarfod goruchwylio (diwethaf: %2), %3 awr o DPP.</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>dim wedi&apos;u cofnodi</translation>
    </message>
    <message>
        <source>No observations yet. Observe a 1:1 session or in-class support against the checklist.</source>
        <translation>Dim arsylwadau eto. Arsylwch sesiwn 1:1 neu gymorth yn y dosbarth yn erbyn y rhestr wirio.</translation>
    </message>
    <message>
        <source>%1 observations; average checklist score %2 (met counts in full, partly met as half).</source>
        <translation>%1 arsylwad; sgôr gyfartalog y rhestr wirio %2 (mae wedi&apos;i fodloni yn cyfrif yn llawn, wedi&apos;i fodloni&apos;n rhannol fel hanner).</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>dim eto</translation>
    </message>
    <message>
        <source>No learner feedback yet. Ask each student on the caseload to answer the five questions about their mentoring.</source>
        <translation>Dim adborth dysgwyr eto. Gofynnwch i bob disgybl ar y llwyth achosion ateb y pum cwestiwn am eu mentora.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 questionnaires, average %2 out of 5.</source>
        <translation>%1 holiadur, cyfartaledd %2 allan o 5.</translation>
    </message>
</context>
<context>
    <name>md::ui::MentorStepPage</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Cam %1 o %2</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Cam %1 o %2: %3</translation>
    </message>
</context>
<context>
    <name>md::ui::MentoringLogTab</name>
    <message>
        <source>Five-step progress</source>
        <translation>Cynnydd pum cam</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>Gwiriad dyddiol</translation>
    </message>
    <message>
        <source>New 1:1 &amp;session…</source>
        <translation>&amp;Sesiwn 1:1 newydd…</translation>
    </message>
    <message>
        <source>Plan a new 1:1 session</source>
        <translation>Cynllunio sesiwn 1:1 newydd</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Cofnodi</translation>
    </message>
    <message>
        <source>Record an entry in the log</source>
        <translation>Cofnodi cofnod yn y log</translation>
    </message>
    <message>
        <source>SMART &amp;target…</source>
        <translation>&amp;Targed SMART…</translation>
    </message>
    <message>
        <source>Agree a new SMART target</source>
        <translation>Cytuno ar darged SMART newydd</translation>
    </message>
    <message>
        <source>Objectives and &amp;plan…</source>
        <translation>Amcanion a&apos;r &amp;cynllun…</translation>
    </message>
    <message>
        <source>Objectives and plan</source>
        <translation>Amcanion a&apos;r cynllun</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Dangos:</translation>
    </message>
    <message>
        <source>Show entries of kind</source>
        <translation>Dangos cofnodion o&apos;r math</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Popeth</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Mentoring log timeline</source>
        <translation>Llinell amser y log mentora</translation>
    </message>
    <message>
        <source>Newest first. Enter or double-click opens an entry.</source>
        <translation>Y mwyaf diweddar yn gyntaf. Mae Enter neu glicio ddwywaith yn agor cofnod.</translation>
    </message>
    <message>
        <source>SMART t&amp;argets</source>
        <translation>&amp;Targedau SMART</translation>
    </message>
    <message>
        <source>SMART targets</source>
        <translation>Targedau SMART</translation>
    </message>
    <message>
        <source>Target &amp;met</source>
        <translation>Targed wedi&apos;i &amp;fodloni</translation>
    </message>
    <message>
        <source>Mark the selected target met</source>
        <translation>Marcio bod y targed a ddewiswyd wedi&apos;i fodloni</translation>
    </message>
    <message>
        <source>Progress &amp;note…</source>
        <translation>&amp;Nodyn cynnydd…</translation>
    </message>
    <message>
        <source>Add a progress note to the selected target</source>
        <translation>Ychwanegu nodyn cynnydd at y targed a ddewiswyd</translation>
    </message>
    <message>
        <source>O&amp;bjectives</source>
        <translation>A&amp;mcanion</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Amcanion</translation>
    </message>
    <message>
        <source>Nothing of this kind is logged yet.</source>
        <translation>Does dim byd o&apos;r math hwn wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <source>Nothing is logged yet. Start with the initial meeting with home (Record → Contact) and plan the first 1:1 session.</source>
        <translation>Does dim byd wedi&apos;i gofnodi eto. Dechreuwch gyda&apos;r cyfarfod cychwynnol gyda&apos;r cartref (Cofnodi → Cyswllt) a chynlluniwch y sesiwn 1:1 gyntaf.</translation>
    </message>
    <message>
        <source>Five steps: %1
%2</source>
        <translation>Pum cam: %1
%2</translation>
    </message>
    <message>
        <source>✓ Checked in today (undo)</source>
        <translation>✓ Wedi gwirio i mewn heddiw (dadwneud)</translation>
    </message>
    <message>
        <source>&amp;Check in today</source>
        <translation>&amp;Gwirio i mewn heddiw</translation>
    </message>
    <message>
        <source>%1
%2 · due %3</source>
        <translation>%1
%2 · erbyn %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Check-in undone.</source>
        <translation>Dadwnaed y gwirio i mewn.</translation>
    </message>
    <message>
        <source>Checked in for today.</source>
        <translation>Wedi gwirio i mewn am heddiw.</translation>
    </message>
    <message>
        <source>Choose the target that was met.</source>
        <translation>Dewiswch y targed a fodlonwyd.</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Targed wedi&apos;i fodloni</translation>
    </message>
    <message>
        <source>Well done to the student. Agree a new target with them now?</source>
        <translation>Da iawn i&apos;r disgybl. Cytuno ar darged newydd gydag ef nawr?</translation>
    </message>
    <message>
        <source>Choose the target the note is about.</source>
        <translation>Dewiswch y targed y mae&apos;r nodyn yn ymwneud ag ef.</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>Nodyn cynnydd</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>md::ui::MentorsPane</name>
    <message>
        <source>Mentoring team</source>
        <translation>Tîm mentora</translation>
    </message>
    <message>
        <source>Mentoring team sections</source>
        <translation>Adrannau&apos;r tîm mentora</translation>
    </message>
    <message>
        <source>&amp;Add a mentor…</source>
        <translation>&amp;Ychwanegu mentor…</translation>
    </message>
    <message>
        <source>Add a mentor</source>
        <translation>Ychwanegu mentor</translation>
    </message>
    <message>
        <source>Re&amp;move from the team…</source>
        <translation>&amp;Tynnu o&apos;r tîm…</translation>
    </message>
    <message>
        <source>Remove the chosen mentor from the team</source>
        <translation>Tynnu&apos;r mentor a ddewiswyd o&apos;r tîm</translation>
    </message>
    <message>
        <source>Rein&amp;state</source>
        <translation>&amp;Adfer</translation>
    </message>
    <message>
        <source>Reinstate the chosen mentor</source>
        <translation>Adfer y mentor a ddewiswyd</translation>
    </message>
    <message>
        <source>Show r&amp;emoved mentors</source>
        <translation>Dangos mentoriaid a &amp;dynnwyd</translation>
    </message>
    <message>
        <source>Show removed mentors</source>
        <translation>Dangos mentoriaid a dynnwyd</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>Number of mentors</source>
        <translation>Nifer y mentoriaid</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentoriaid</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>Tî&amp;m</translation>
    </message>
    <message>
        <source>O&amp;utbox</source>
        <translation>&amp;Blwch allan</translation>
    </message>
    <message>
        <source>O&amp;utbox (%1 not sent)</source>
        <translation>&amp;Blwch allan (%1 heb eu hanfon)</translation>
    </message>
    <message>
        <source>%1 mentors</source>
        <translation>%1 mentor</translation>
    </message>
    <message>
        <source>%1 has been added as a mentor with the username %2.</source>
        <translation>Mae %1 wedi&apos;i ychwanegu fel mentor gyda&apos;r enw defnyddiwr %2.</translation>
    </message>
    <message>
        <source>Their first password is %1 — give it to them yourself; it is shown only now, and they choose their own when they first sign in.</source>
        <translation>Ei gyfrinair cyntaf yw %1 — rhowch ef iddo eich hun; dim ond nawr y caiff ei ddangos, a bydd yn dewis ei gyfrinair ei hun pan fydd yn mewngofnodi am y tro cyntaf.</translation>
    </message>
    <message>
        <source>The confirmation message to them is in the outbox.</source>
        <translation>Mae&apos;r neges gadarnhau ato yn y blwch allan.</translation>
    </message>
    <message>
        <source>Mentor added.</source>
        <translation>Ychwanegwyd y mentor.</translation>
    </message>
    <message>
        <source>%1 has been removed from the mentoring team and their students reallocated. The message telling them is in the outbox.</source>
        <translation>Mae %1 wedi&apos;i dynnu o&apos;r tîm mentora a&apos;i ddisgyblion wedi&apos;u hailddyrannu. Mae&apos;r neges sy&apos;n dweud wrtho yn y blwch allan.</translation>
    </message>
    <message>
        <source>Mentor removed.</source>
        <translation>Tynnwyd y mentor.</translation>
    </message>
    <message>
        <source>Reinstate a mentor</source>
        <translation>Adfer mentor</translation>
    </message>
    <message>
        <source>Reinstate %1 as a mentor? They get their roles back and a message in the outbox. Allocate students to them afterwards.</source>
        <translation>Adfer %1 fel mentor? Bydd yn cael ei rolau yn ôl a neges yn y blwch allan. Dyrannwch ddisgyblion iddo wedyn.</translation>
    </message>
    <message>
        <source>%1 has been reinstated. The message telling them is in the outbox.</source>
        <translation>Mae %1 wedi&apos;i adfer. Mae&apos;r neges sy&apos;n dweud wrtho yn y blwch allan.</translation>
    </message>
    <message>
        <source>There are no mentors yet. Add the first with “Add a mentor”.</source>
        <translation>Does dim mentoriaid eto. Ychwanegwch y cyntaf gyda “Ychwanegu mentor”.</translation>
    </message>
</context>
<context>
    <name>md::ui::MoveSessionDialog</name>
    <message>
        <source>Move a session</source>
        <translation>Symud sesiwn</translation>
    </message>
    <message>
        <source>New day</source>
        <translation>Diwrnod newydd</translation>
    </message>
    <message>
        <source>New period</source>
        <translation>Cyfnod newydd</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Diwrnod:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Cyfnod:</translation>
    </message>
    <message>
        <source>A move that breaks a rule is still saved, and flagged on the timetable with the rule.</source>
        <translation>Caiff symudiad sy&apos;n torri rheol ei gadw o hyd, a&apos;i nodi ar yr amserlen gyda&apos;r rheol.</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Symud</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Symud</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>%1 — no lesson</source>
        <translation>%1 — dim gwers</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>md::ui::MyDevelopmentPane</name>
    <message>
        <source>My development</source>
        <translation>Fy natblygiad</translation>
    </message>
</context>
<context>
    <name>md::ui::NewLettersDialog</name>
    <message>
        <source>New letters</source>
        <translation>Llythyrau newydd</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Templed</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templedi</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Templed:</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cwrs</translation>
    </message>
    <message>
        <source>Your courses</source>
        <translation>Eich cyrsiau</translation>
    </message>
    <message>
        <source>From &amp;course:</source>
        <translation>O&apos;r &amp;cwrs:</translation>
    </message>
    <message>
        <source>Letter date</source>
        <translation>Dyddiad y llythyr</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>At</translation>
    </message>
    <message>
        <source>Each &amp;parent or carer with parental responsibility</source>
        <translation>Pob &amp;rhiant neu ofalwr sydd â chyfrifoldeb rhiant</translation>
    </message>
    <message>
        <source>The &amp;student</source>
        <translation>Y &amp;disgybl</translation>
    </message>
    <message>
        <source>&amp;Both</source>
        <translation>Y &amp;ddau</translation>
    </message>
    <message>
        <source>Parents at the same address &amp;share one letter</source>
        <translation>Mae rhieni yn yr un cyfeiriad yn &amp;rhannu un llythyr</translation>
    </message>
    <message>
        <source>Parents at the same address share one letter</source>
        <translation>Mae rhieni yn yr un cyfeiriad yn rhannu un llythyr</translation>
    </message>
    <message>
        <source>S&amp;tudents (tick those to write about):</source>
        <translation>&amp;Disgyblion (ticiwch y rhai i ysgrifennu amdanynt):</translation>
    </message>
    <message>
        <source>Filter by name, UPN or tutor group</source>
        <translation>Hidlo yn ôl enw, UPN neu grŵp tiwtor</translation>
    </message>
    <message>
        <source>Filter students</source>
        <translation>Hidlo disgyblion</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Disgyblion</translation>
    </message>
    <message>
        <source>What will be created</source>
        <translation>Beth fydd yn cael ei greu</translation>
    </message>
    <message>
        <source>Create &amp;drafts</source>
        <translation>Creu &amp;drafftiau</translation>
    </message>
    <message>
        <source>Create drafts</source>
        <translation>Creu drafftiau</translation>
    </message>
    <message>
        <source>There are no letter templates you may use. An administrator writes them under Administration → Letter templates.</source>
        <translation>Does dim templedi llythyrau y cewch eu defnyddio. Mae gweinyddwr yn eu hysgrifennu o dan Gweinyddu → Templedi llythyrau.</translation>
    </message>
    <message>
        <source>%1, %2 (%3, %4)</source>
        <translation>%1, %2 (%3, %4)</translation>
    </message>
    <message>
        <source>Tick at least one student.</source>
        <translation>Ticiwch o leiaf un disgybl.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) for</source>
        <translation>
            <numerusform>%n llythyr ar gyfer</numerusform>
            <numerusform>%n llythyr ar gyfer</numerusform>
            <numerusform>%n llythyr ar gyfer</numerusform>
            <numerusform>%n llythyr ar gyfer</numerusform>
            <numerusform>%n llythyr ar gyfer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n student(s): </source>
        <translation>
            <numerusform> %n disgybl: </numerusform>
            <numerusform> %n disgybl: </numerusform>
            <numerusform> %n disgybl: </numerusform>
            <numerusform> %n disgybl: </numerusform>
            <numerusform> %n disgybl: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to parents and carers, %2 to students.</source>
        <translation>%1 at rieni a gofalwyr, %2 at ddisgyblion.</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>Angen sylw:</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>Data ar goll</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) would have gaps where data is missing:</source>
        <translation>
            <numerusform>Byddai gan %n llythyr fylchau lle mae data ar goll:</numerusform>
            <numerusform>Byddai gan %n llythyr fylchau lle mae data ar goll:</numerusform>
            <numerusform>Byddai gan %n llythyr fylchau lle mae data ar goll:</numerusform>
            <numerusform>Byddai gan %n llythyr fylchau lle mae data ar goll:</numerusform>
            <numerusform>Byddai gan %n llythyr fylchau lle mae data ar goll:</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the drafts anyway? The gaps are marked in red, and a letter cannot be issued until they are filled.</source>
        <translation>Creu&apos;r drafftiau beth bynnag? Mae&apos;r bylchau wedi&apos;u marcio mewn coch, ac ni ellir cyhoeddi llythyr nes eu bod wedi&apos;u llenwi.</translation>
    </message>
</context>
<context>
    <name>md::ui::NewReferralDialog</name>
    <message>
        <source>Refer a student</source>
        <translation>Atgyfeirio disgybl</translation>
    </message>
    <message>
        <source>Record your concern for the assessment hub. Learning support make an initial assessment; urgent referrals are discussed with the director of learning today.</source>
        <translation>Cofnodwch eich pryder ar gyfer yr hyb asesu. Mae&apos;r tîm cymorth dysgu yn gwneud asesiad cychwynnol; caiff atgyfeiriadau brys eu trafod gyda&apos;r cyfarwyddwr dysgu heddiw.</translation>
    </message>
    <message>
        <source>Type a name, tutor group or UPN</source>
        <translation>Teipiwch enw, grŵp tiwtor neu UPN</translation>
    </message>
    <message>
        <source>Find the student</source>
        <translation>Dod o hyd i&apos;r disgybl</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Disgyblion</translation>
    </message>
    <message>
        <source>&amp;Student:</source>
        <translation>D&amp;isgybl:</translation>
    </message>
    <message>
        <source>Date of the referral</source>
        <translation>Dyddiad yr atgyfeiriad</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>Area of concern</source>
        <translation>Maes pryder</translation>
    </message>
    <message>
        <source>Area of &amp;concern:</source>
        <translation>Maes &amp;pryder:</translation>
    </message>
    <message>
        <source>&amp;Urgent: act today</source>
        <translation>&amp;Brys: gweithredu heddiw</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Brys</translation>
    </message>
    <message>
        <source>N&amp;on-urgent: for the next hub meeting</source>
        <translation>&amp;Ddim yn frys: ar gyfer cyfarfod nesaf yr hyb</translation>
    </message>
    <message>
        <source>Non-urgent</source>
        <translation>Ddim yn frys</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Brys:</translation>
    </message>
    <message>
        <source>Restricted (safe&amp;guarding): only me, the lead mentor and headteachers read it</source>
        <translation>Cyfyngedig (&amp;diogelu): dim ond fi, y prif fentor a phenaethiaid sy&apos;n ei ddarllen</translation>
    </message>
    <message>
        <source>Restricted referral</source>
        <translation>Atgyfeiriad cyfyngedig</translation>
    </message>
    <message>
        <source>Others who see the register see only that there is a restricted referral.</source>
        <translation>Dim ond gweld bod atgyfeiriad cyfyngedig yn bodoli y mae eraill sy&apos;n gweld y gofrestr.</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Gofynnwyd gan</translation>
    </message>
    <message>
        <source>Stage 3 interventions are considered only when the SENCo, a director of learning or senior leadership request them.</source>
        <translation>Dim ond pan fydd y Cydlynydd AAA, cyfarwyddwr dysgu neu&apos;r uwch arweinwyr yn gofyn amdanynt yr ystyrir ymyriadau Cam 3.</translation>
    </message>
    <message>
        <source>&amp;Requested as:</source>
        <translation>Gofynnwyd amdano &amp;fel:</translation>
    </message>
    <message>
        <source>Description of the concern</source>
        <translation>Disgrifiad o&apos;r pryder</translation>
    </message>
    <message>
        <source>What has happened, where and how often</source>
        <translation>Beth sydd wedi digwydd, ble a pha mor aml</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;isgrifiad:</translation>
    </message>
    <message>
        <source>What has been tried</source>
        <translation>Beth sydd wedi&apos;i roi ar brawf</translation>
    </message>
    <message>
        <source>Seating plan, calls home, report card...</source>
        <translation>Cynllun eistedd, galwadau i&apos;r cartref, cerdyn adrodd...</translation>
    </message>
    <message>
        <source>What has been &amp;tried:</source>
        <translation>Beth sydd wedi&apos;i roi ar &amp;brawf:</translation>
    </message>
    <message>
        <source>Intervention in mind</source>
        <translation>Ymyriad mewn golwg</translation>
    </message>
    <message>
        <source>None in particular</source>
        <translation>Dim un yn benodol</translation>
    </message>
    <message>
        <source>&amp;Intervention in mind:</source>
        <translation>&amp;Ymyriad mewn golwg:</translation>
    </message>
    <message>
        <source>Criteria the student meets</source>
        <translation>Meini prawf y mae&apos;r disgybl yn eu bodloni</translation>
    </message>
    <message>
        <source>Press Space to tick a criterion the student meets.</source>
        <translation>Pwyswch y Bylchwr i dicio maen prawf y mae&apos;r disgybl yn ei fodloni.</translation>
    </message>
    <message>
        <source>Criteria &amp;met:</source>
        <translation>Meini prawf a &amp;fodlonwyd:</translation>
    </message>
    <message>
        <source>Referred by someone else</source>
        <translation>Atgyfeiriwyd gan rywun arall</translation>
    </message>
    <message>
        <source>Leave blank when you are the referrer</source>
        <translation>Gadewch yn wag pan mai chi yw&apos;r atgyfeiriwr</translation>
    </message>
    <message>
        <source>Made &amp;by:</source>
        <translation>Gwnaed &amp;gan:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>Atgyfeirio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Choose the student you are referring: type part of their name and pick them from the list.</source>
        <translation>Dewiswch y disgybl rydych yn ei atgyfeirio: teipiwch ran o&apos;i enw a&apos;i ddewis o&apos;r rhestr.</translation>
    </message>
</context>
<context>
    <name>md::ui::NewSessionDialog</name>
    <message>
        <source>Plan a 1:1 session</source>
        <translation>Cynllunio sesiwn 1:1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Diwrnod</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Ffocws</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Heb ei ddewis eto</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Diwrnod:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Cyfnod:</translation>
    </message>
    <message>
        <source>&amp;Focus:</source>
        <translation>&amp;Ffocws:</translation>
    </message>
    <message>
        <source>Sessions are the first 25 minutes of a lesson. The timetable shows any rule a session breaks.</source>
        <translation>Mae sesiynau&apos;n 25 munud cyntaf gwers. Mae&apos;r amserlen yn dangos unrhyw reol y mae sesiwn yn ei thorri.</translation>
    </message>
    <message>
        <source>&amp;Plan the session</source>
        <translation>&amp;Cynllunio&apos;r sesiwn</translation>
    </message>
    <message>
        <source>%1 — no lesson</source>
        <translation>%1 — dim gwers</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>md::ui::ObservationDialog</name>
    <message>
        <source>Record an observation</source>
        <translation>Cofnodi arsylwad</translation>
    </message>
    <message>
        <source>Date of the observation</source>
        <translation>Dyddiad yr arsylwad</translation>
    </message>
    <message>
        <source>What was observed</source>
        <translation>Beth a arsylwyd</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>&amp;Observed:</source>
        <translation>&amp;Arsylwyd:</translation>
    </message>
    <message>
        <source>Checklist: a judgement for every item</source>
        <translation>Rhestr wirio: barn ar gyfer pob eitem</translation>
    </message>
    <message>
        <source>Select…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Cryfderau</translation>
    </message>
    <message>
        <source>To develop</source>
        <translation>I&apos;w datblygu</translation>
    </message>
    <message>
        <source>&amp;Strengths:</source>
        <translation>&amp;Cryfderau:</translation>
    </message>
    <message>
        <source>To de&amp;velop:</source>
        <translation>I&apos;w &amp;datblygu:</translation>
    </message>
    <message>
        <source>The checklist is empty: the lead mentor sets it up with “Edit the checklist”.</source>
        <translation>Mae&apos;r rhestr wirio&apos;n wag: mae&apos;r prif fentor yn ei sefydlu gyda “Golygu&apos;r rhestr wirio”.</translation>
    </message>
</context>
<context>
    <name>md::ui::PaneRegistry</name>
    <message>
        <source>Students</source>
        <translation>Disgyblion</translation>
    </message>
    <message>
        <source>Student record</source>
        <translation>Cofnod disgybl</translation>
    </message>
    <message>
        <source>My caseload</source>
        <translation>Fy llwyth achosion</translation>
    </message>
    <message>
        <source>Staff and roles</source>
        <translation>Staff a rolau</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Cadw data</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log archwilio</translation>
    </message>
    <message>
        <source>Mentoring team</source>
        <translation>Tîm mentora</translation>
    </message>
    <message>
        <source>My development</source>
        <translation>Fy natblygiad</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Llythyrau</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Templedi llythyrau</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Atgyfeiriadau</translation>
    </message>
    <message>
        <source>Mentoring register</source>
        <translation>Cofrestr fentora</translation>
    </message>
    <message>
        <source>Assessment hub</source>
        <translation>Hyb asesu</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Dyrannu</translation>
    </message>
    <message>
        <source>Provision map</source>
        <translation>Map darpariaeth</translation>
    </message>
    <message>
        <source>My caseload dashboard</source>
        <translation>Dangosfwrdd fy llwyth achosion</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>Amserlen</translation>
    </message>
    <message>
        <source>Team dashboard</source>
        <translation>Dangosfwrdd y tîm</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Ymddygiad</translation>
    </message>
    <message>
        <source>Approval queue</source>
        <translation>Ciw cymeradwyo</translation>
    </message>
    <message>
        <source>Course assessments</source>
        <translation>Asesiadau cwrs</translation>
    </message>
    <message>
        <source>Your students (360°)</source>
        <translation>Eich disgyblion (360°)</translation>
    </message>
    <message>
        <source>Courses (360°)</source>
        <translation>Cyrsiau (360°)</translation>
    </message>
    <message>
        <source>Learning plans</source>
        <translation>Cynlluniau dysgu</translation>
    </message>
    <message>
        <source>Midterm reviews</source>
        <translation>Adolygiadau hanner tymor</translation>
    </message>
    <message>
        <source>ILP templates</source>
        <translation>Templedi CDU</translation>
    </message>
    <message>
        <source>Behaviour categories</source>
        <translation>Categorïau ymddygiad</translation>
    </message>
    <message>
        <source>Courses and terms</source>
        <translation>Cyrsiau a thymhorau</translation>
    </message>
</context>
<context>
    <name>md::ui::PassphraseDialog</name>
    <message>
        <source>Encrypt with a passphrase</source>
        <translation>Amgryptio ag cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Ymadrodd cyfrin</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Ymadrodd cyfrin:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Ymadrodd cyfrin eto</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Eto:</translation>
    </message>
    <message>
        <source>At least 10 characters. Keep it somewhere safe: without it the file cannot be opened, by anyone.</source>
        <translation>O leiaf 10 nod. Cadwch ef yn rhywle diogel: hebddo ni all neb agor y ffeil.</translation>
    </message>
    <message>
        <source>Problem with the passphrase</source>
        <translation>Problem gyda&apos;r cyfrinymadrodd</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Mae&apos;r ddau cyfrinymadrodd yn wahanol.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Rhowch yr cyfrinymadrodd.</translation>
    </message>
</context>
<context>
    <name>md::ui::PerformanceReviewTab</name>
    <message>
        <source>Term</source>
        <translation>Tymor</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Tymor:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Argraff&amp;u…</translation>
    </message>
    <message>
        <source>Print the review</source>
        <translation>Argraffu&apos;r adolygiad</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Cadw &amp;fel PDF…</translation>
    </message>
    <message>
        <source>Save the review as PDF</source>
        <translation>Cadw&apos;r adolygiad fel PDF</translation>
    </message>
    <message>
        <source>Review form</source>
        <translation>Ffurflen adolygu</translation>
    </message>
    <message>
        <source>Overall judgement</source>
        <translation>Barn gyffredinol</translation>
    </message>
    <message>
        <source>Select…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>Date of the review</source>
        <translation>Dyddiad yr adolygiad</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Cryfderau</translation>
    </message>
    <message>
        <source>Areas for development</source>
        <translation>Meysydd i&apos;w datblygu</translation>
    </message>
    <message>
        <source>Objectives for next term</source>
        <translation>Amcanion ar gyfer y tymor nesaf</translation>
    </message>
    <message>
        <source>Mentor&apos;s comments</source>
        <translation>Sylwadau&apos;r mentor</translation>
    </message>
    <message>
        <source>O&amp;verall judgement:</source>
        <translation>&amp;Barn gyffredinol:</translation>
    </message>
    <message>
        <source>Reviewed &amp;on:</source>
        <translation>Adolygwyd &amp;ar:</translation>
    </message>
    <message>
        <source>&amp;Strengths:</source>
        <translation>&amp;Cryfderau:</translation>
    </message>
    <message>
        <source>&amp;Areas for development:</source>
        <translation>Meysydd i&apos;w &amp;datblygu:</translation>
    </message>
    <message>
        <source>Ob&amp;jectives for next term:</source>
        <translation>Amcanion ar gyfer y tymor &amp;nesaf:</translation>
    </message>
    <message>
        <source>&amp;Mentor&apos;s comments:</source>
        <translation>Sylwadau&apos;r &amp;mentor:</translation>
    </message>
    <message>
        <source>Sa&amp;ve the review</source>
        <translation>&amp;Cadw&apos;r adolygiad</translation>
    </message>
    <message>
        <source>Save the review</source>
        <translation>Cadw&apos;r adolygiad</translation>
    </message>
    <message>
        <source>Review message</source>
        <translation>Neges yr adolygiad</translation>
    </message>
    <message>
        <source>The review as printed</source>
        <translation>Yr adolygiad fel y&apos;i hargraffwyd</translation>
    </message>
    <message>
        <source>Performance review %1 %2.pdf</source>
        <translation>Adolygiad perfformiad %1 %2.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Cadwyd %1</translation>
    </message>
    <message>
        <source>There is a problem: %1</source>
        <translation>Mae problem: %1</translation>
    </message>
    <message>
        <source>Review saved. Print it or save it as PDF for the mentor to sign.</source>
        <translation>Cadwyd yr adolygiad. Argraffwch ef neu ei gadw fel PDF i&apos;r mentor ei lofnodi.</translation>
    </message>
    <message>
        <source>Review saved.</source>
        <translation>Cadwyd yr adolygiad.</translation>
    </message>
    <message>
        <source>Choose a mentor and a term first.</source>
        <translation>Dewiswch fentor a thymor yn gyntaf.</translation>
    </message>
    <message>
        <source>Print the performance review</source>
        <translation>Argraffu&apos;r adolygiad perfformiad</translation>
    </message>
    <message>
        <source>Your changes were discarded; the review shows the one saved at another desk.</source>
        <translation>Cafodd eich newidiadau eu taflu; mae&apos;r adolygiad yn dangos yr un a gadwyd wrth ddesg arall.</translation>
    </message>
    <message>
        <source>This review was saved at another desk while you were writing. Your words are kept; when you save, you will see both versions and choose.</source>
        <translation>Cadwyd yr adolygiad hwn wrth ddesg arall tra oeddech yn ysgrifennu. Mae eich geiriau&apos;n cael eu cadw; pan fyddwch yn cadw, fe welwch y ddwy fersiwn a dewis.</translation>
    </message>
    <message>
        <source>Updated with a change made at another desk.</source>
        <translation>Diweddarwyd gyda newid a wnaed wrth ddesg arall.</translation>
    </message>
</context>
<context>
    <name>md::ui::PlanDialog</name>
    <message>
        <source>Objectives and plan</source>
        <translation>Amcanion a&apos;r cynllun</translation>
    </message>
    <message>
        <source>&amp;Objectives of the intervention (up to three at a time):</source>
        <translation>&amp;Amcanion yr ymyriad (hyd at dri ar y tro):</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Amcanion</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Amcan newydd</translation>
    </message>
    <message>
        <source>A new objective, as the assessment hub set it</source>
        <translation>Amcan newydd, fel y&apos;i gosodwyd gan yr hyb asesu</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Ychwanegu</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>Ychwanegu amcan</translation>
    </message>
    <message>
        <source>Mark &amp;achieved</source>
        <translation>Marcio wedi&apos;i &amp;gyflawni</translation>
    </message>
    <message>
        <source>Mark objective achieved</source>
        <translation>Marcio bod yr amcan wedi&apos;i gyflawni</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Tynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>Withdraw objective</source>
        <translation>Tynnu&apos;r amcan yn ôl</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <source>Weekly 1:1 sessions, liaison with staff and family, lesson observations…</source>
        <translation>Sesiynau 1:1 wythnosol, cysylltu â staff a&apos;r teulu, arsylwadau gwersi…</translation>
    </message>
    <message>
        <source>Action &amp;plan:</source>
        <translation>Cynllun &amp;gweithredu:</translation>
    </message>
    <message>
        <source>Review progress &amp;by</source>
        <translation>Adolygu cynnydd &amp;erbyn</translation>
    </message>
    <message>
        <source>Has a review date</source>
        <translation>Mae ganddo ddyddiad adolygu</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Dyddiad adolygu</translation>
    </message>
    <message>
        <source>&amp;Save the plan</source>
        <translation>&amp;Cadw&apos;r cynllun</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>md::ui::PreferencesDialog</name>
    <message>
        <source>English (UK)</source>
        <translation>Saesneg (DU)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Dewisiadau</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>The language of Mentor Desk&apos;s windows, letters&apos; fixed wording and dates</source>
        <translation>Iaith ffenestri Mentor Desk, geiriad sefydlog llythyrau, a dyddiadau</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Dilyn y system (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>A new language applies the next time Mentor Desk starts.</source>
        <translation>Daw iaith newydd i rym y tro nesaf y bydd Mentor Desk yn cychwyn.</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Golwg</translation>
    </message>
    <message>
        <source>Light, dark or high-contrast colours, or the system&apos;s own</source>
        <translation>Lliwiau golau, tywyll neu gyferbyniad uchel, neu rai&apos;r system ei hun</translation>
    </message>
    <message>
        <source>L&amp;ook:</source>
        <translation>&amp;Golwg:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mun</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Cloi ar ôl munudau segur</translation>
    </message>
    <message>
        <source>The window locks after this many minutes without keyboard or mouse use</source>
        <translation>Mae&apos;r ffenestr yn cloi ar ôl hyn o funudau heb ddefnyddio&apos;r bysellfwrdd na&apos;r llygoden</translation>
    </message>
    <message>
        <source>Lock the window after &amp;idle:</source>
        <translation>Cloi&apos;r ffenestr ar ôl &amp;segur:</translation>
    </message>
</context>
<context>
    <name>md::ui::ProposalDialog</name>
    <message>
        <source>Plan 1:1 sessions</source>
        <translation>Cynllunio sesiynau 1:1</translation>
    </message>
    <message>
        <source>Plan from</source>
        <translation>Cynllunio o</translation>
    </message>
    <message>
        <source>Number of weeks</source>
        <translation>Nifer yr wythnosau</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>&amp;Cynnig</translation>
    </message>
    <message>
        <source>Propose again</source>
        <translation>Cynnig eto</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <source>&amp;Weeks:</source>
        <translation>&amp;Wythnosau:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Lesson missed</source>
        <translation>Gwers a gollir</translation>
    </message>
    <message>
        <source>Proposed sessions</source>
        <translation>Sesiynau a gynigir</translation>
    </message>
    <message>
        <source>Not placed, and weeks without sessions:</source>
        <translation>Heb eu lleoli, ac wythnosau heb sesiynau:</translation>
    </message>
    <message>
        <source>Students not placed and why</source>
        <translation>Disgyblion heb eu lleoli a pham</translation>
    </message>
    <message>
        <source>&amp;Save these sessions</source>
        <translation>&amp;Cadw&apos;r sesiynau hyn</translation>
    </message>
    <message>
        <source>Save these sessions</source>
        <translation>Cadw&apos;r sesiynau hyn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Week of %1: %2</source>
        <translation>Wythnos yn dechrau %1: %2</translation>
    </message>
    <message>
        <source>Everyone is placed in every week.</source>
        <translation>Mae pawb wedi&apos;u lleoli ym mhob wythnos.</translation>
    </message>
    <message>
        <source>%1 sessions proposed; %2 not placed; %3 already booked and left as they are. Each keeps every rule: one a week, the first half of a lesson, no subject missed more than twice a term, none in an assessment week, an hour a day free, one at a time.</source>
        <translation>Cynigiwyd %1 sesiwn; %2 heb eu lleoli; %3 wedi&apos;u trefnu eisoes ac wedi&apos;u gadael fel y maen nhw. Mae pob un yn cadw at bob rheol: un yr wythnos, hanner cyntaf gwers, dim pwnc yn cael ei golli fwy na dwywaith y tymor, dim un mewn wythnos asesu, awr y dydd yn rhydd, un ar y tro.</translation>
    </message>
</context>
<context>
    <name>md::ui::ProvisionMapPane</name>
    <message>
        <source>Provision map</source>
        <translation>Map darpariaeth</translation>
    </message>
    <message>
        <source>Who may request each stage</source>
        <translation>Pwy all ofyn am bob cam</translation>
    </message>
    <message>
        <source>Intervention types</source>
        <translation>Mathau o ymyriadau</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>C&amp;am:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Hyd:</translation>
    </message>
    <message>
        <source>Not fixed</source>
        <translation>Heb ei bennu</translation>
    </message>
    <message>
        <source>Length in weeks</source>
        <translation>Hyd mewn wythnosau</translation>
    </message>
    <message>
        <source>&amp;Weeks:</source>
        <translation>&amp;Wythnosau:</translation>
    </message>
    <message>
        <source>1:1 &amp;mentoring (a mentoring action plan of up to three objectives)</source>
        <translation>Mentora 1:1 (cynllun &amp;gweithredu mentora o hyd at dri amcan)</translation>
    </message>
    <message>
        <source>One-to-one mentoring</source>
        <translation>Mentora un i un</translation>
    </message>
    <message>
        <source>&amp;Offered</source>
        <translation>&amp;Yn cael ei gynnig</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Cynigir</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Disgr&amp;ifiad:</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Darpariaeth</translation>
    </message>
    <message>
        <source>&amp;Provision:</source>
        <translation>&amp;Darpariaeth:</translation>
    </message>
    <message>
        <source>Criteria, one per line</source>
        <translation>Meini prawf, un y llinell</translation>
    </message>
    <message>
        <source>&amp;Criteria (one per line):</source>
        <translation>Meini &amp;prawf (un y llinell):</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>Save the intervention type</source>
        <translation>Cadw&apos;r math o ymyriad</translation>
    </message>
    <message>
        <source>New &amp;type</source>
        <translation>&amp;Math newydd</translation>
    </message>
    <message>
        <source>Add an intervention type</source>
        <translation>Ychwanegu math o ymyriad</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>Describe the new intervention type, then Save.</source>
        <translation>Disgrifiwch y math newydd o ymyriad, yna Cadw.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>Cadwyd %1.</translation>
    </message>
</context>
<context>
    <name>md::ui::RecordTabs</name>
    <message>
        <source>Le&amp;tters</source>
        <translation>&amp;Llythyrau</translation>
    </message>
    <message>
        <source>&amp;Referrals and interventions</source>
        <translation>&amp;Atgyfeiriadau ac ymyriadau</translation>
    </message>
    <message>
        <source>&amp;Mentoring log</source>
        <translation>Log &amp;mentora</translation>
    </message>
    <message>
        <source>&amp;Behaviour</source>
        <translation>&amp;Ymddygiad</translation>
    </message>
    <message>
        <source>&amp;360°</source>
        <translation>&amp;360°</translation>
    </message>
    <message>
        <source>Learning pla&amp;ns</source>
        <translation>Cynlluniau &amp;dysgu</translation>
    </message>
</context>
<context>
    <name>md::ui::RecordWatch</name>
    <message>
        <source>This record was changed at another desk while you were editing it. Your edits are kept; when you save, you will see both versions and choose.</source>
        <translation>Newidiwyd y cofnod hwn wrth ddesg arall tra oeddech yn ei olygu. Cedwir eich newidiadau; pan fyddwch yn cadw, fe welwch y ddwy fersiwn ac yn dewis.</translation>
    </message>
    <message>
        <source>This record was changed at another desk and cannot be shown again: %1</source>
        <translation>Newidiwyd y cofnod hwn wrth ddesg arall ac nid oes modd ei ddangos eto: %1</translation>
    </message>
    <message>
        <source>Updated with a change made at another desk.</source>
        <translation>Diweddarwyd gyda newid a wnaed wrth ddesg arall.</translation>
    </message>
    <message>
        <source>Changed at another desk</source>
        <translation>Newidiwyd wrth ddesg arall</translation>
    </message>
</context>
<context>
    <name>md::ui::ReferralDetailPanel</name>
    <message>
        <source>Referral details</source>
        <translation>Manylion yr atgyfeiriad</translation>
    </message>
    <message>
        <source>Start initial &amp;assessment…</source>
        <translation>&amp;Dechrau&apos;r asesiad cychwynnol…</translation>
    </message>
    <message>
        <source>Start the initial assessment</source>
        <translation>Dechrau&apos;r asesiad cychwynnol</translation>
    </message>
    <message>
        <source>&amp;Observations…</source>
        <translation>&amp;Arsylwadau…</translation>
    </message>
    <message>
        <source>Record learning support&apos;s observations</source>
        <translation>Cofnodi arsylwadau&apos;r tîm cymorth dysgu</translation>
    </message>
    <message>
        <source>Send to the &amp;hub</source>
        <translation>Anfon at yr &amp;hyb</translation>
    </message>
    <message>
        <source>Send to the next hub meeting</source>
        <translation>Anfon at gyfarfod nesaf yr hyb</translation>
    </message>
    <message>
        <source>&amp;Urgent action…</source>
        <translation>Camau &amp;brys…</translation>
    </message>
    <message>
        <source>Record the urgent action plan</source>
        <translation>Cofnodi&apos;r cynllun gweithredu brys</translation>
    </message>
    <message>
        <source>&amp;Decide now…</source>
        <translation>&amp;Penderfynu nawr…</translation>
    </message>
    <message>
        <source>Decide the urgent referral now</source>
        <translation>Penderfynu ar yr atgyfeiriad brys nawr</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>&amp;Cau…</translation>
    </message>
    <message>
        <source>Close the referral</source>
        <translation>Cau&apos;r atgyfeiriad</translation>
    </message>
    <message>
        <source>Open student &amp;record</source>
        <translation>Agor cofnod &amp;y disgybl</translation>
    </message>
    <message>
        <source>Open the student&apos;s record</source>
        <translation>Agor cofnod y disgybl</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>Choose a referral in the register to see it here.</source>
        <translation>Dewiswch atgyfeiriad yn y gofrestr i&apos;w weld yma.</translation>
    </message>
    <message>
        <source>Year %1 · %2 · UPN %3</source>
        <translation>Blwyddyn %1 · %2 · UPN %3</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>Baneri: %1</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Atgyfeiriwyd</translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation>%1 gan %2 (%3)</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Pryder</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Brys</translation>
    </message>
    <message>
        <source>Urgent: discuss with the director of learning today</source>
        <translation>Brys: trafod gyda&apos;r cyfarwyddwr dysgu heddiw</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Cyfyngedig</translation>
    </message>
    <message>
        <source>Yes: a safeguarding referral, read only by its referrer, the lead mentor and headteachers</source>
        <translation>Ydy: atgyfeiriad diogelu, wedi&apos;i ddarllen gan ei atgyfeiriwr, y prif fentor a phenaethiaid yn unig</translation>
    </message>
    <message>
        <source>Tried so far</source>
        <translation>Wedi&apos;i roi ar brawf hyd yma</translation>
    </message>
    <message>
        <source>Intervention in mind</source>
        <translation>Ymyriad mewn golwg</translation>
    </message>
    <message>
        <source>Criteria ticked</source>
        <translation>Meini prawf a diciwyd</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Arsylwadau</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Aseswyd</translation>
    </message>
    <message>
        <source>Urgent action</source>
        <translation>Gweithredu brys</translation>
    </message>
    <message>
        <source>%1, discussed with %2: %3</source>
        <translation>%1, trafodwyd gyda %2: %3</translation>
    </message>
    <message>
        <source>Hub %1</source>
        <translation>Hyb %1</translation>
    </message>
    <message>
        <source>Decided %1</source>
        <translation>Penderfynwyd %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ar gau</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Initial assessment</source>
        <translation>Asesiad cychwynnol</translation>
    </message>
    <message>
        <source>Learning support make an initial assessment and begin a series of observations.</source>
        <translation>Mae&apos;r tîm cymorth dysgu yn gwneud asesiad cychwynnol ac yn dechrau cyfres o arsylwadau.</translation>
    </message>
    <message>
        <source>Start assessment</source>
        <translation>Dechrau&apos;r asesiad</translation>
    </message>
    <message>
        <source>&amp;Observations so far:</source>
        <translation>&amp;Arsylwadau hyd yma:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>Dyddiad yr asesiad</translation>
    </message>
    <message>
        <source>Initial assessment started.</source>
        <translation>Dechreuwyd yr asesiad cychwynnol.</translation>
    </message>
    <message>
        <source>Observations saved.</source>
        <translation>Cadwyd yr arsylwadau.</translation>
    </message>
    <message>
        <source>On the agenda of the hub meeting on %1.</source>
        <translation>Ar agenda cyfarfod yr hyb ar %1.</translation>
    </message>
    <message>
        <source>Waiting for the hub: no meeting is scheduled, so the hub is proposed by %1. Schedule one in the Assessment hub screen.</source>
        <translation>Yn aros am yr hyb: does dim cyfarfod wedi&apos;i drefnu, felly cynigir yr hyb erbyn %1. Trefnwch un yn y sgrin Hyb asesu.</translation>
    </message>
    <message>
        <source>An urgent referral is discussed at once with the relevant director of learning, and the action plan is recorded the same day.</source>
        <translation>Caiff atgyfeiriad brys ei drafod ar unwaith gyda&apos;r cyfarwyddwr dysgu perthnasol, a chaiff y cynllun gweithredu ei gofnodi yr un diwrnod.</translation>
    </message>
    <message>
        <source>Record action plan</source>
        <translation>Cofnodi&apos;r cynllun gweithredu</translation>
    </message>
    <message>
        <source>Discussed &amp;with:</source>
        <translation>Trafodwyd &amp;gyda:</translation>
    </message>
    <message>
        <source>Director of learning discussed with</source>
        <translation>Y cyfarwyddwr dysgu y trafodwyd ag ef</translation>
    </message>
    <message>
        <source>Action &amp;plan:</source>
        <translation>Cynllun &amp;gweithredu:</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <source>Urgent action plan recorded. Decide the intervention now or at the next hub.</source>
        <translation>Cofnodwyd y cynllun gweithredu brys. Penderfynwch ar yr ymyriad nawr neu yn yr hyb nesaf.</translation>
    </message>
    <message>
        <source>Decide the urgent referral</source>
        <translation>Penderfynu ar yr atgyfeiriad brys</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>A decided referral is closed once its actions are done.</source>
        <translation>Caiff atgyfeiriad y penderfynwyd arno ei gau unwaith y bydd ei gamau wedi&apos;u cwblhau.</translation>
    </message>
    <message>
        <source>Close referral</source>
        <translation>Cau&apos;r atgyfeiriad</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nodyn:</translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation>Nodyn cau</translation>
    </message>
    <message>
        <source>Referral closed.</source>
        <translation>Caewyd yr atgyfeiriad.</translation>
    </message>
    <message>
        <source>Your observations were discarded; the referral shows the saved ones.</source>
        <translation>Cafodd eich arsylwadau eu gwaredu; mae&apos;r atgyfeiriad yn dangos y rhai sydd wedi&apos;u cadw.</translation>
    </message>
</context>
<context>
    <name>md::ui::ReferralObservationsDialog</name>
    <message>
        <source>Observations</source>
        <translation>Arsylwadau</translation>
    </message>
    <message>
        <source>Learning support&apos;s observations: in class, round-robins, staff evaluations.</source>
        <translation>Arsylwadau&apos;r tîm cymorth dysgu: yn y dosbarth, ymholiadau cylch, gwerthusiadau staff.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>&amp;Observations:</source>
        <translation>&amp;Arsylwadau:</translation>
    </message>
</context>
<context>
    <name>md::ui::ReferralsPane</name>
    <message>
        <source>Referrals</source>
        <translation>Atgyfeiriadau</translation>
    </message>
    <message>
        <source>&amp;New referral…</source>
        <translation>Atgyfeiriad &amp;newydd…</translation>
    </message>
    <message>
        <source>Refer a student</source>
        <translation>Atgyfeirio disgybl</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Import referral form…</source>
        <translation>&amp;Mewnforio ffurflen atgyfeirio…</translation>
    </message>
    <message>
        <source>Import the referral form&apos;s CSV export</source>
        <translation>Mewnforio allforiad CSV y ffurflen atgyfeirio</translation>
    </message>
    <message>
        <source>Filter by name, UPN, tutor group or referrer</source>
        <translation>Hidlo yn ôl enw, UPN, grŵp tiwtor neu atgyfeiriwr</translation>
    </message>
    <message>
        <source>Filter referrals</source>
        <translation>Hidlo atgyfeiriadau</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>Atgyfeiriadau agored</translation>
    </message>
    <message>
        <source>All referrals</source>
        <translation>Pob atgyfeiriad</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Brys</translation>
    </message>
    <message>
        <source>Any urgency</source>
        <translation>Unrhyw lefel brys</translation>
    </message>
    <message>
        <source>Area of concern</source>
        <translation>Maes pryder</translation>
    </message>
    <message>
        <source>Any concern</source>
        <translation>Unrhyw bryder</translation>
    </message>
    <message>
        <source>Only &amp;mine</source>
        <translation>Fy rhai &amp;i yn unig</translation>
    </message>
    <message>
        <source>Only referrals I made</source>
        <translation>Dim ond atgyfeiriadau a wnes i</translation>
    </message>
    <message>
        <source>Number of referrals shown</source>
        <translation>Nifer yr atgyfeiriadau a ddangosir</translation>
    </message>
    <message>
        <source>Referral register</source>
        <translation>Cofrestr atgyfeiriadau</translation>
    </message>
    <message>
        <source>No referrals</source>
        <translation>Dim atgyfeiriadau</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n atgyfeiriad</numerusform>
            <numerusform>%n atgyfeiriad</numerusform>
            <numerusform>%n atgyfeiriad</numerusform>
            <numerusform>%n atgyfeiriad</numerusform>
            <numerusform>%n atgyfeiriad</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no referrals yet. Refer a student with New referral (Ctrl+Shift+R).</source>
        <translation>Does dim atgyfeiriadau eto. Atgyfeiriwch ddisgybl gydag Atgyfeiriad newydd (Ctrl+Shift+R).</translation>
    </message>
    <message>
        <source>No referral matches the filters. Clear the filter (Esc) or choose All referrals.</source>
        <translation>Does dim atgyfeiriad yn cyfateb i&apos;r hidlyddion. Cliriwch yr hidlydd (Esc) neu dewiswch Pob atgyfeiriad.</translation>
    </message>
    <message>
        <source>Referral made. Learning support will make an initial assessment.</source>
        <translation>Gwnaed yr atgyfeiriad. Bydd y tîm cymorth dysgu yn gwneud asesiad cychwynnol.</translation>
    </message>
    <message>
        <source>Import the referral form&apos;s export</source>
        <translation>Mewnforio allforiad y ffurflen atgyfeirio</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Ffeiliau CSV (*.csv);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ni fewnforiwyd dim</translation>
    </message>
    <message>
        <source>Referrals imported</source>
        <translation>Mewnforiwyd yr atgyfeiriadau</translation>
    </message>
    <message>
        <source>Imported %1 rows from %2: %3 new referrals, %4 already in the register.</source>
        <translation>Mewnforiwyd %1 rhes o %2: %3 atgyfeiriad newydd, %4 yn y gofrestr eisoes.</translation>
    </message>
</context>
<context>
    <name>md::ui::RegisterPane</name>
    <message>
        <source>Mentoring register</source>
        <translation>Cofrestr fentora</translation>
    </message>
    <message>
        <source>Mentoring register: my caseload</source>
        <translation>Cofrestr fentora: fy llwyth achosion</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Allforio &amp;CSV…</translation>
    </message>
    <message>
        <source>Export the register as CSV</source>
        <translation>Allforio&apos;r gofrestr fel CSV</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Argraff&amp;u…</translation>
    </message>
    <message>
        <source>Print the register</source>
        <translation>Argraffu&apos;r gofrestr</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Rhag&amp;olwg argraffu…</translation>
    </message>
    <message>
        <source>Print preview of the register</source>
        <translation>Rhagolwg argraffu o&apos;r gofrestr</translation>
    </message>
    <message>
        <source>Filter by name, UPN, intervention or keyworker</source>
        <translation>Hidlo yn ôl enw, UPN, ymyriad neu weithiwr allweddol</translation>
    </message>
    <message>
        <source>Filter the register</source>
        <translation>Hidlo&apos;r gofrestr</translation>
    </message>
    <message>
        <source>Keyworker</source>
        <translation>Gweithiwr allweddol</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Every stage</source>
        <translation>Pob cam</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Cam %1</translation>
    </message>
    <message>
        <source>Year group</source>
        <translation>Grŵp blwyddyn</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Pob blwyddyn</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Blwyddyn %1</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Baner</translation>
    </message>
    <message>
        <source>&amp;Overdue reviews</source>
        <translation>Adolygiadau &amp;hwyr</translation>
    </message>
    <message>
        <source>Only overdue reviews</source>
        <translation>Adolygiadau hwyr yn unig</translation>
    </message>
    <message>
        <source>Include conc&amp;luded</source>
        <translation>Cynnwys &amp;y rhai a ddaeth i ben</translation>
    </message>
    <message>
        <source>Include concluded interventions</source>
        <translation>Cynnwys ymyriadau a ddaeth i ben</translation>
    </message>
    <message>
        <source>Number of interventions shown</source>
        <translation>Nifer yr ymyriadau a ddangosir</translation>
    </message>
    <message>
        <source>Selected intervention</source>
        <translation>Yr ymyriad a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Start…</source>
        <translation>&amp;Dechrau…</translation>
    </message>
    <message>
        <source>Start the intervention</source>
        <translation>Dechrau&apos;r ymyriad</translation>
    </message>
    <message>
        <source>Parents co&amp;ntacted…</source>
        <translation>Cysylltwyd â&apos;r &amp;rhieni…</translation>
    </message>
    <message>
        <source>Record that the parents were contacted</source>
        <translation>Cofnodi y cysylltwyd â&apos;r rhieni</translation>
    </message>
    <message>
        <source>O&amp;bjectives…</source>
        <translation>A&amp;mcanion…</translation>
    </message>
    <message>
        <source>Edit the objectives</source>
        <translation>Golygu&apos;r amcanion</translation>
    </message>
    <message>
        <source>Allocate &amp;keyworker…</source>
        <translation>Dyrannu &amp;gweithiwr allweddol…</translation>
    </message>
    <message>
        <source>Allocate a keyworker</source>
        <translation>Dyrannu gweithiwr allweddol</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Adolygu…</translation>
    </message>
    <message>
        <source>Review the intervention</source>
        <translation>Adolygu&apos;r ymyriad</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>Export the mentoring register</source>
        <translation>Allforio&apos;r gofrestr fentora</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n intervention(s) to %1.</source>
        <translation>
            <numerusform>Allforiwyd %n ymyriad i %1.</numerusform>
            <numerusform>Allforiwyd %n ymyriad i %1.</numerusform>
            <numerusform>Allforiwyd %n ymyriad i %1.</numerusform>
            <numerusform>Allforiwyd %n ymyriad i %1.</numerusform>
            <numerusform>Allforiwyd %n ymyriad i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every keyworker</source>
        <translation>Pob gweithiwr allweddol</translation>
    </message>
    <message>
        <source>Not allocated</source>
        <translation>Heb ei ddyrannu</translation>
    </message>
    <message>
        <source>Any flag</source>
        <translation>Unrhyw faner</translation>
    </message>
    <message>
        <source>Looked-after child</source>
        <translation>Plentyn sy&apos;n derbyn gofal</translation>
    </message>
    <message>
        <source>EHC plan</source>
        <translation>Cynllun EHC</translation>
    </message>
    <message>
        <source>SEN register</source>
        <translation>Cofrestr AAA</translation>
    </message>
    <message>
        <source>SEMH</source>
        <translation>SEMH</translation>
    </message>
    <message>
        <source>Pupil premium</source>
        <translation>Premiwm disgyblion</translation>
    </message>
    <message>
        <source>No interventions match. Clear the filters, or plan interventions at the assessment hub.</source>
        <translation>Does dim ymyriadau&apos;n cyfateb. Cliriwch yr hidlyddion, neu cynlluniwch ymyriadau yn yr hyb asesu.</translation>
    </message>
    <message numerus="yes">
        <source>%n intervention(s)</source>
        <translation>
            <numerusform>%n ymyriad</numerusform>
            <numerusform>%n ymyriad</numerusform>
            <numerusform>%n ymyriad</numerusform>
            <numerusform>%n ymyriad</numerusform>
            <numerusform>%n ymyriad</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an intervention to see its objectives and act on it. Enter opens the student&apos;s record.</source>
        <translation>Dewiswch ymyriad i weld ei amcanion a gweithredu arno. Mae Enter yn agor cofnod y disgybl.</translation>
    </message>
    <message>
        <source>%1: %2, stage %3, %4.</source>
        <translation>%1: %2, cam %3, %4.</translation>
    </message>
    <message>
        <source>Timescale: %1</source>
        <translation>Amserlen: %1</translation>
    </message>
    <message>
        <source>Objective %1: %2</source>
        <translation>Amcan %1: %2</translation>
    </message>
    <message>
        <source>To do: %1.</source>
        <translation>I&apos;w wneud: %1.</translation>
    </message>
    <message>
        <source>%1. Impact: %2</source>
        <translation>%1. Effaith: %2</translation>
    </message>
    <message>
        <source>The keyworker has met the student and the first session is planned.</source>
        <translation>Mae&apos;r gweithiwr allweddol wedi cwrdd â&apos;r disgybl ac mae&apos;r sesiwn gyntaf wedi&apos;i chynllunio.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <source>&amp;Started on:</source>
        <translation>&amp;Dechreuwyd ar:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Dyddiad dechrau</translation>
    </message>
    <message>
        <source>Intervention started.</source>
        <translation>Dechreuwyd yr ymyriad.</translation>
    </message>
    <message>
        <source>Parents contacted</source>
        <translation>Cysylltwyd â&apos;r rhieni</translation>
    </message>
    <message>
        <source>Record the day the parents or carers were contacted.</source>
        <translation>Cofnodwch y diwrnod y cysylltwyd â&apos;r rhieni neu&apos;r gofalwyr.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>&amp;Contacted on:</source>
        <translation>&amp;Cysylltwyd ar:</translation>
    </message>
    <message>
        <source>Date contacted</source>
        <translation>Dyddiad cysylltu</translation>
    </message>
    <message>
        <source>Parent contact recorded.</source>
        <translation>Cofnodwyd y cyswllt â&apos;r rhieni.</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Amcanion</translation>
    </message>
    <message>
        <source>Up to three objectives that the mentor and the student work towards.</source>
        <translation>Hyd at dri amcan y mae&apos;r mentor a&apos;r disgybl yn gweithio tuag atynt.</translation>
    </message>
    <message>
        <source>Objective &amp;%1:</source>
        <translation>Amcan &amp;%1:</translation>
    </message>
    <message>
        <source>Objective %1</source>
        <translation>Amcan %1</translation>
    </message>
    <message>
        <source>Objectives saved.</source>
        <translation>Cadwyd yr amcanion.</translation>
    </message>
    <message>
        <source>Review recorded.</source>
        <translation>Cofnodwyd yr adolygiad.</translation>
    </message>
    <message>
        <source>%1: %2 (stage %3)</source>
        <translation>%1: %2 (cam %3)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Nid oedd modd ysgrifennu %1: %2</translation>
    </message>
    <message>
        <source>overdue reviews only</source>
        <translation>adolygiadau hwyr yn unig</translation>
    </message>
    <message>
        <source>matching “%1”</source>
        <translation>yn cyfateb i “%1”</translation>
    </message>
    <message>
        <source>Your objectives were discarded; the register shows the saved ones.</source>
        <translation>Cafodd eich amcanion eu gwaredu; mae&apos;r gofrestr yn dangos y rhai sydd wedi&apos;u cadw.</translation>
    </message>
</context>
<context>
    <name>md::ui::RemoveMentorDialog</name>
    <message>
        <source>Remove %1</source>
        <translation>Tynnu %1</translation>
    </message>
    <message>
        <source>Removing %1 takes them out of the mentoring team. They get a message (in the outbox) saying they have been removed and that they can ask to be reinstated.</source>
        <translation>Mae tynnu %1 yn ei dynnu allan o&apos;r tîm mentora. Bydd yn cael neges (yn y blwch allan) yn dweud ei fod wedi&apos;i dynnu ac y gall ofyn am gael ei adfer.</translation>
    </message>
    <message>
        <source>Why are they being removed?</source>
        <translation>Pam mae&apos;n cael ei dynnu?</translation>
    </message>
    <message>
        <source>&amp;Details (needed for another reason):</source>
        <translation>&amp;Manylion (angen ar gyfer rheswm arall):</translation>
    </message>
    <message>
        <source>Details of the reason</source>
        <translation>Manylion y rheswm</translation>
    </message>
    <message>
        <source>%1 has no students, so there is nobody to reallocate.</source>
        <translation>Does gan %1 ddim disgyblion, felly does neb i&apos;w ailddyrannu.</translation>
    </message>
    <message>
        <source>Choose a new mentor for each of %1&apos;s %2 students first.</source>
        <translation>Dewiswch fentor newydd ar gyfer pob un o %2 disgybl %1 yn gyntaf.</translation>
    </message>
    <message>
        <source>New mentor for every student not yet given one</source>
        <translation>Mentor newydd ar gyfer pob disgybl sydd heb gael un eto</translation>
    </message>
    <message>
        <source>Give every student not yet reallocated &amp;to:</source>
        <translation>Rhoi pob disgybl sydd heb ei ailddyrannu eto &amp;i:</translation>
    </message>
    <message>
        <source>Students to reallocate</source>
        <translation>Disgyblion i&apos;w hailddyrannu</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Blwyddyn</translation>
    </message>
    <message>
        <source>Tutor group</source>
        <translation>Grŵp tiwtor</translation>
    </message>
    <message>
        <source>New mentor</source>
        <translation>Mentor newydd</translation>
    </message>
    <message>
        <source>New mentor for %1</source>
        <translation>Mentor newydd ar gyfer %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Remove mentor</source>
        <translation>&amp;Tynnu&apos;r mentor</translation>
    </message>
    <message>
        <source>Remove mentor</source>
        <translation>Tynnu&apos;r mentor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Choose a mentor…</source>
        <translation>Dewiswch fentor…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is a problem: %1</source>
        <translation>Mae problem: %1</translation>
    </message>
</context>
<context>
    <name>md::ui::ReportChartPanel</name>
    <message>
        <source>E&amp;xport PNG…</source>
        <translation>&amp;Allforio PNG…</translation>
    </message>
    <message>
        <source>Export the %1 chart as a PNG image</source>
        <translation>Allforio&apos;r siart %1 fel delwedd PNG</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Cadw&apos;r siart fel delwedd PNG</translation>
    </message>
    <message>
        <source>Print c&amp;hart…</source>
        <translation>Argraffu&apos;r s&amp;iart…</translation>
    </message>
    <message>
        <source>Print the %1 chart</source>
        <translation>Argraffu&apos;r siart %1</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>Siart %1</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1: dim data</translation>
    </message>
    <message>
        <source>%1 table</source>
        <translation>Tabl %1</translation>
    </message>
    <message>
        <source>Choose a student.</source>
        <translation>Dewiswch ddisgybl.</translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation>Allforio&apos;r siart fel PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Delweddau PNG (*.png)</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Allforio&apos;r siart</translation>
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation>Cadwyd y siart i %1.</translation>
    </message>
    <message>
        <source>Print the chart</source>
        <translation>Argraffu&apos;r siart</translation>
    </message>
</context>
<context>
    <name>md::ui::ReportCharts</name>
    <message>
        <source>No activity recorded for this course.</source>
        <translation>Dim gweithgarwch wedi&apos;i gofnodi ar gyfer y cwrs hwn.</translation>
    </message>
    <message>
        <source>No activity recorded in any course for this student.</source>
        <translation>Dim gweithgarwch wedi&apos;i gofnodi mewn unrhyw gwrs ar gyfer y disgybl hwn.</translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation>Gweithgarwch: %1</translation>
    </message>
    <message>
        <source>Activity: all courses</source>
        <translation>Gweithgarwch: pob cwrs</translation>
    </message>
    <message>
        <source>Minutes a week</source>
        <translation>Munudau&apos;r wythnos</translation>
    </message>
    <message>
        <source>Messages and posts</source>
        <translation>Negeseuon a phostiadau</translation>
    </message>
    <message>
        <source>Class average</source>
        <translation>Cyfartaledd y dosbarth</translation>
    </message>
    <message>
        <source>Minutes in course</source>
        <translation>Munudau yn y cwrs</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tuedd</translation>
    </message>
    <message>
        <source>No work recorded in any course for this student.</source>
        <translation>Dim gwaith wedi&apos;i gofnodi mewn unrhyw gwrs ar gyfer y disgybl hwn.</translation>
    </message>
    <message>
        <source>Progress: work completed against the class</source>
        <translation>Cynnydd: gwaith a gwblhawyd o&apos;i gymharu â&apos;r dosbarth</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Gorfodol</translation>
    </message>
    <message>
        <source>Class mandatory</source>
        <translation>Gorfodol y dosbarth</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Dewisol</translation>
    </message>
    <message>
        <source>Class optional</source>
        <translation>Dewisol y dosbarth</translation>
    </message>
    <message>
        <source>% completed</source>
        <translation>% wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>No grades recorded for this course.</source>
        <translation>Dim graddau wedi&apos;u cofnodi ar gyfer y cwrs hwn.</translation>
    </message>
    <message>
        <source>No grades recorded in any course for this student.</source>
        <translation>Dim graddau wedi&apos;u cofnodi mewn unrhyw gwrs ar gyfer y disgybl hwn.</translation>
    </message>
    <message>
        <source>Grades: %1</source>
        <translation>Graddau: %1</translation>
    </message>
    <message>
        <source>Grades: mean over all courses</source>
        <translation>Graddau: cymedr ar draws pob cwrs</translation>
    </message>
    <message>
        <source>% of the grade scale</source>
        <translation>% o&apos;r raddfa raddau</translation>
    </message>
    <message>
        <source>Course average</source>
        <translation>Cyfartaledd y cwrs</translation>
    </message>
    <message>
        <source>Course averages</source>
        <translation>Cyfartaleddau cyrsiau</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Graddau</translation>
    </message>
    <message>
        <source>The pastoral picture (attendance, behaviour, 1:1 sessions and interventions) is for the student&apos;s mentor, the lead mentor and the headteacher.</source>
        <translation>Mae&apos;r darlun bugeiliol (presenoldeb, ymddygiad, sesiynau 1:1 ac ymyriadau) ar gyfer mentor y disgybl, y prif fentor a&apos;r pennaeth.</translation>
    </message>
    <message>
        <source>No attendance, behaviour points or 1:1 session ratings recorded for this student.</source>
        <translation>Dim presenoldeb, pwyntiau ymddygiad na sgorau sesiynau 1:1 wedi&apos;u cofnodi ar gyfer y disgybl hwn.</translation>
    </message>
    <message>
        <source>No attendance or 1:1 session ratings recorded for this student, and no behaviour data.</source>
        <translation>Dim presenoldeb na sgorau sesiynau 1:1 wedi&apos;u cofnodi ar gyfer y disgybl hwn, a dim data ymddygiad.</translation>
    </message>
    <message>
        <source>Pastoral: attendance, behaviour and 1:1 sessions</source>
        <translation>Bugeiliol: presenoldeb, ymddygiad a sesiynau 1:1</translation>
    </message>
    <message>
        <source>Pastoral: attendance and 1:1 sessions (no behaviour data)</source>
        <translation>Bugeiliol: presenoldeb a sesiynau 1:1 (dim data ymddygiad)</translation>
    </message>
    <message>
        <source>Attendance %</source>
        <translation>Presenoldeb %</translation>
    </message>
    <message>
        <source>Points a week / 1:1 rating</source>
        <translation>Pwyntiau yr wythnos / sgôr 1:1</translation>
    </message>
    <message>
        <source>1:1 rating (1-5)</source>
        <translation>Sgôr 1:1 (1-5)</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (ers %2)</translation>
    </message>
    <message>
        <source>Positive points</source>
        <translation>Pwyntiau cadarnhaol</translation>
    </message>
    <message>
        <source>Negative points</source>
        <translation>Pwyntiau negyddol</translation>
    </message>
    <message>
        <source>1:1 rating</source>
        <translation>Sgôr 1:1</translation>
    </message>
    <message>
        <source>No learners of this course are in your view.</source>
        <translation>Does dim dysgwyr y cwrs hwn yn eich golwg.</translation>
    </message>
    <message>
        <source>No activity, work or grades recorded for this course.</source>
        <translation>Dim gweithgarwch, gwaith na graddau wedi&apos;u cofnodi ar gyfer y cwrs hwn.</translation>
    </message>
    <message>
        <source>%1: learners %2-%3 of %4 against the course average (100)</source>
        <translation>%1: dysgwyr %2-%3 o %4 o&apos;u cymharu â chyfartaledd y cwrs (100)</translation>
    </message>
    <message>
        <source>Mandatory done</source>
        <translation>Gorfodol wedi&apos;u gwneud</translation>
    </message>
    <message>
        <source>Grade average</source>
        <translation>Cyfartaledd graddau</translation>
    </message>
    <message>
        <source>% of the course average</source>
        <translation>% o gyfartaledd y cwrs</translation>
    </message>
</context>
<context>
    <name>md::ui::ReportCoursesPane</name>
    <message>
        <source>360° reports: courses</source>
        <translation>Adroddiadau 360°: cyrsiau</translation>
    </message>
    <message>
        <source>C&amp;ourse:</source>
        <translation>C&amp;wrs:</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cwrs</translation>
    </message>
    <message>
        <source>Course averages</source>
        <translation>Cyfartaleddau cyrsiau</translation>
    </message>
    <message>
        <source>Learners of the course</source>
        <translation>Dysgwyr y cwrs</translation>
    </message>
    <message>
        <source>Pre&amp;vious page</source>
        <translation>Tudalen &amp;flaenorol</translation>
    </message>
    <message>
        <source>Previous page of learners in the chart</source>
        <translation>Tudalen flaenorol o ddysgwyr yn y siart</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>Tudalen &amp;nesaf</translation>
    </message>
    <message>
        <source>Next page of learners in the chart</source>
        <translation>Tudalen nesaf o ddysgwyr yn y siart</translation>
    </message>
    <message>
        <source>Learners in the chart</source>
        <translation>Dysgwyr yn y siart</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n learner(s))</source>
        <translation>
            <numerusform>%1 (%n dysgwr)</numerusform>
            <numerusform>%1 (%n dysgwr)</numerusform>
            <numerusform>%1 (%n dysgwr)</numerusform>
            <numerusform>%1 (%n dysgwr)</numerusform>
            <numerusform>%1 (%n dysgwr)</numerusform>
        </translation>
    </message>
    <message>
        <source>You have no courses to report on.</source>
        <translation>Does gennych chi ddim cyrsiau i adrodd arnynt.</translation>
    </message>
    <message>
        <source>Course averages over %1 learners: %2 minutes a week, %3 messages a week, mandatory work %4, optional work %5, grades %6.</source>
        <translation>Cyfartaleddau&apos;r cwrs dros %1 dysgwr: %2 munud yr wythnos, %3 neges yr wythnos, gwaith gorfodol %4, gwaith dewisol %5, graddau %6.</translation>
    </message>
    <message>
        <source>No activity recorded for this course.</source>
        <translation>Dim gweithgarwch wedi&apos;i gofnodi ar gyfer y cwrs hwn.</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) below the course average in most of their figures (in bold); each figure below the average is shaded.</source>
        <translation>
            <numerusform>%n dysgwr yn is na chyfartaledd y cwrs yn y rhan fwyaf o&apos;u ffigurau (mewn print trwm); mae pob ffigur sy&apos;n is na&apos;r cyfartaledd wedi&apos;i liwio.</numerusform>
            <numerusform>%n dysgwr yn is na chyfartaledd y cwrs yn y rhan fwyaf o&apos;u ffigurau (mewn print trwm); mae pob ffigur sy&apos;n is na&apos;r cyfartaledd wedi&apos;i liwio.</numerusform>
            <numerusform>%n dysgwr yn is na chyfartaledd y cwrs yn y rhan fwyaf o&apos;u ffigurau (mewn print trwm); mae pob ffigur sy&apos;n is na&apos;r cyfartaledd wedi&apos;i liwio.</numerusform>
            <numerusform>%n dysgwr yn is na chyfartaledd y cwrs yn y rhan fwyaf o&apos;u ffigurau (mewn print trwm); mae pob ffigur sy&apos;n is na&apos;r cyfartaledd wedi&apos;i liwio.</numerusform>
            <numerusform>%n dysgwr yn is na chyfartaledd y cwrs yn y rhan fwyaf o&apos;u ffigurau (mewn print trwm); mae pob ffigur sy&apos;n is na&apos;r cyfartaledd wedi&apos;i liwio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Learners %1-%2 of %3</source>
        <translation>Dysgwyr %1-%2 o %3</translation>
    </message>
</context>
<context>
    <name>md::ui::ReportOutput</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Nid oedd modd ysgrifennu %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be written as a PNG image.</source>
        <translation>Methu ysgrifennu %1 fel delwedd PNG.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>Nid oedd modd cadw %1: %2</translation>
    </message>
    <message>
        <source>The printer could not be opened for drawing.</source>
        <translation>Methu agor yr argraffydd i dynnu llun.</translation>
    </message>
    <message>
        <source>Attendance this year (MIS): %1</source>
        <translation>Presenoldeb eleni (MIS): %1</translation>
    </message>
    <message>
        <source>Attendance over the last %1 weeks recorded: %2</source>
        <translation>Presenoldeb dros y %1 wythnos ddiwethaf a gofnodwyd: %2</translation>
    </message>
    <message>
        <source>Time in courses: %1 minutes a week (class average %2) over %3 courses</source>
        <translation>Amser mewn cyrsiau: %1 munud yr wythnos (cyfartaledd y dosbarth %2) dros %3 cwrs</translation>
    </message>
    <message>
        <source>Time in courses: no activity recorded</source>
        <translation>Amser mewn cyrsiau: dim gweithgarwch wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>Mandatory work completed: %1 of %2 (%3; class %4), %5 overdue</source>
        <translation>Gwaith gorfodol a gwblhawyd: %1 o %2 (%3; dosbarth %4), %5 yn hwyr</translation>
    </message>
    <message>
        <source>Mandatory work: none recorded</source>
        <translation>Gwaith gorfodol: dim wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>Grades: %1 of the scale on average (course averages %2)</source>
        <translation>Graddau: %1 o&apos;r raddfa ar gyfartaledd (cyfartaleddau cyrsiau %2)</translation>
    </message>
    <message>
        <source>Grades: none recorded</source>
        <translation>Graddau: dim wedi&apos;u cofnodi</translation>
    </message>
    <message>
        <source>1:1 sessions: %1 rated, mean %2 of 5</source>
        <translation>Sesiynau 1:1: %1 wedi&apos;u sgorio, cymedr %2 o 5</translation>
    </message>
    <message>
        <source>Behaviour: no behaviour data</source>
        <translation>Ymddygiad: dim data ymddygiad</translation>
    </message>
    <message>
        <source>%1 – %2: before %3, during %4, after %5 (change %6)</source>
        <translation>%1 – %2: cyn %3, yn ystod %4, ar ôl %5 (newid %6)</translation>
    </message>
    <message>
        <source>The printer or PDF file could not be opened for drawing.</source>
        <translation>Nid oedd modd agor yr argraffydd neu&apos;r ffeil PDF ar gyfer lluniadu.</translation>
    </message>
    <message>
        <source>360° summary: %1</source>
        <translation>Crynodeb 360°: %1</translation>
    </message>
    <message>
        <source>%1 · %2 to %3 · printed %4</source>
        <translation>%1 · %2 i %3 · argraffwyd %4</translation>
    </message>
    <message>
        <source>360° summary</source>
        <translation>Crynodeb 360°</translation>
    </message>
</context>
<context>
    <name>md::ui::ReportStudentView</name>
    <message>
        <source>Student</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Save summary as P&amp;DF…</source>
        <translation>Cadw&apos;r crynodeb fel P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the one-page 360° summary as PDF</source>
        <translation>Cadw&apos;r crynodeb 360° un dudalen fel PDF</translation>
    </message>
    <message>
        <source>The four charts and the key figures on one page, for the hub&apos;s termly review (Ctrl+Shift+S)</source>
        <translation>Y pedwar siart a&apos;r ffigurau allweddol ar un dudalen, ar gyfer adolygiad tymhorol yr hyb (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Print s&amp;ummary…</source>
        <translation>Argra&amp;ffu&apos;r crynodeb…</translation>
    </message>
    <message>
        <source>Print the one-page 360° summary</source>
        <translation>Argraffu&apos;r crynodeb 360° un dudalen</translation>
    </message>
    <message>
        <source>Report message</source>
        <translation>Neges yr adroddiad</translation>
    </message>
    <message>
        <source>360° report</source>
        <translation>Adroddiad 360°</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Gweithgarwch</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Graddau</translation>
    </message>
    <message>
        <source>Pastoral</source>
        <translation>Bugeiliol</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Gweithgarwch</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>C&amp;ynnydd</translation>
    </message>
    <message>
        <source>&amp;Grades</source>
        <translation>G&amp;raddau</translation>
    </message>
    <message>
        <source>Pa&amp;storal</source>
        <translation>&amp;Bugeiliol</translation>
    </message>
    <message>
        <source>Course shown in the activity chart</source>
        <translation>Y cwrs a ddangosir yn y siart gweithgarwch</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>Cwr&amp;s:</translation>
    </message>
    <message>
        <source>Course shown in the grades chart</source>
        <translation>Y cwrs a ddangosir yn y siart graddau</translation>
    </message>
    <message>
        <source>C&amp;ourse:</source>
        <translation>C&amp;wrs:</translation>
    </message>
    <message>
        <source>Choose a student to see their 360° report.</source>
        <translation>Dewiswch ddisgybl i weld ei adroddiad 360°.</translation>
    </message>
    <message>
        <source>All courses (mean)</source>
        <translation>Pob cwrs (cymedr)</translation>
    </message>
    <message>
        <source>All courses</source>
        <translation>Pob cwrs</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>You see the courses you teach; the student&apos;s mentor sees all their courses.</source>
        <translation>Rydych chi&apos;n gweld y cyrsiau rydych yn eu haddysgu; mae mentor y disgybl yn gweld ei holl gyrsiau.</translation>
    </message>
    <message>
        <source>Choose a student first.</source>
        <translation>Dewiswch ddisgybl yn gyntaf.</translation>
    </message>
    <message>
        <source>360-summary-%1.pdf</source>
        <translation>crynodeb-360-%1.pdf</translation>
    </message>
    <message>
        <source>Save the 360° summary as PDF</source>
        <translation>Cadw&apos;r crynodeb 360° fel PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Cadw&apos;r crynodeb</translation>
    </message>
    <message>
        <source>Summary saved to %1.</source>
        <translation>Cadwyd y crynodeb i %1.</translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation>Argraffu&apos;r crynodeb</translation>
    </message>
</context>
<context>
    <name>md::ui::ReportStudentsPane</name>
    <message>
        <source>360° reports: your students</source>
        <translation>Adroddiadau 360°: eich disgyblion</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Canfod:</translation>
    </message>
    <message>
        <source>Name, UPN or tutor group</source>
        <translation>Enw, UPN neu grŵp tiwtor</translation>
    </message>
    <message>
        <source>Find a student</source>
        <translation>Dod o hyd i ddisgybl</translation>
    </message>
    <message>
        <source>Your students</source>
        <translation>Eich disgyblion</translation>
    </message>
    <message>
        <source>How many students are listed</source>
        <translation>Faint o ddisgyblion sydd wedi&apos;u rhestru</translation>
    </message>
    <message>
        <source>You have no students to report on.</source>
        <translation>Does gennych chi ddim disgyblion i adrodd arnynt.</translation>
    </message>
    <message>
        <source>No student matches “%1”.</source>
        <translation>Does dim disgybl yn cyfateb i “%1”.</translation>
    </message>
    <message>
        <source>The first %1 students; type a name to narrow the list.</source>
        <translation>Y %1 disgybl cyntaf; teipiwch enw i gyfyngu&apos;r rhestr.</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n disgybl</numerusform>
            <numerusform>%n disgybl</numerusform>
            <numerusform>%n disgybl</numerusform>
            <numerusform>%n disgybl</numerusform>
            <numerusform>%n disgybl</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::RetentionPane</name>
    <message>
        <source>How long each kind of record is kept. Records past their period are listed below; erasing them removes them from the database for good (backups age out on their own). The audit log keeps that they were erased, by whom and under which rule.</source>
        <translation>Pa mor hir y caiff pob math o gofnod ei gadw. Rhestrir cofnodion sydd y tu hwnt i&apos;w cyfnod isod; mae eu dileu&apos;n barhaol yn eu tynnu o&apos;r gronfa ddata am byth (mae copïau wrth gefn yn dod i ben ar eu pen eu hunain). Mae&apos;r log archwilio yn cadw&apos;r ffaith iddynt gael eu dileu, gan bwy ac o dan ba reol.</translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation>Rheolau cadw</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Math o gofnod</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Blynyddoedd</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Wedi&apos;i gyfrif o</translation>
    </message>
    <message>
        <source>&amp;Save the rules</source>
        <translation>&amp;Cadw&apos;r rheolau</translation>
    </message>
    <message>
        <source>Save the retention rules</source>
        <translation>Cadw&apos;r rheolau cadw</translation>
    </message>
    <message>
        <source>Rules saved.</source>
        <translation>Cadwyd y rheolau.</translation>
    </message>
    <message>
        <source>Records past their retention period</source>
        <translation>Cofnodion sydd y tu hwnt i&apos;w cyfnod cadw</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Dileu&apos;n barhaol</translation>
    </message>
    <message>
        <source>UPN</source>
        <translation>UPN</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source>Past the rule since</source>
        <translation>Y tu hwnt i&apos;r rheol ers</translation>
    </message>
    <message>
        <source>&amp;Erase the ticked records…</source>
        <translation>&amp;Dileu&apos;r cofnodion a diciwyd yn barhaol…</translation>
    </message>
    <message>
        <source>Erase the ticked records</source>
        <translation>Dileu&apos;r cofnodion a diciwyd yn barhaol</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Years to keep %1</source>
        <translation>Blynyddoedd i gadw %1</translation>
    </message>
    <message>
        <source>the student&apos;s birth</source>
        <translation>genedigaeth y disgybl</translation>
    </message>
    <message>
        <source>the day they left</source>
        <translation>y diwrnod y gadawodd</translation>
    </message>
    <message>
        <source>What the period for %1 counts from</source>
        <translation>O ble mae&apos;r cyfnod ar gyfer %1 yn cyfrif</translation>
    </message>
    <message>
        <source>Nothing is past its retention period.</source>
        <translation>Nid oes dim y tu hwnt i&apos;w gyfnod cadw.</translation>
    </message>
    <message numerus="yes">
        <source>%n student record set(s) past their retention period. Tick what to erase (Space ticks the current row).</source>
        <translation>
            <numerusform>%n set o gofnodion disgyblion y tu hwnt i&apos;w cyfnod cadw. Ticiwch beth i&apos;w ddileu&apos;n barhaol (mae&apos;r Bylchwr yn ticio&apos;r rhes gyfredol).</numerusform>
            <numerusform>%n set o gofnodion disgyblion y tu hwnt i&apos;w cyfnod cadw. Ticiwch beth i&apos;w ddileu&apos;n barhaol (mae&apos;r Bylchwr yn ticio&apos;r rhes gyfredol).</numerusform>
            <numerusform>%n set o gofnodion disgyblion y tu hwnt i&apos;w cyfnod cadw. Ticiwch beth i&apos;w ddileu&apos;n barhaol (mae&apos;r Bylchwr yn ticio&apos;r rhes gyfredol).</numerusform>
            <numerusform>%n set o gofnodion disgyblion y tu hwnt i&apos;w cyfnod cadw. Ticiwch beth i&apos;w ddileu&apos;n barhaol (mae&apos;r Bylchwr yn ticio&apos;r rhes gyfredol).</numerusform>
            <numerusform>%n set o gofnodion disgyblion y tu hwnt i&apos;w cyfnod cadw. Ticiwch beth i&apos;w ddileu&apos;n barhaol (mae&apos;r Bylchwr yn ticio&apos;r rhes gyfredol).</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the records to erase first.</source>
        <translation>Ticiwch y cofnodion i&apos;w dileu&apos;n barhaol yn gyntaf.</translation>
    </message>
    <message>
        <source>Erase records</source>
        <translation>Dileu cofnodion yn barhaol</translation>
    </message>
    <message numerus="yes">
        <source>Erase %n student record set(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Dileu %n set o gofnodion disgyblion am byth? Nid oes modd dadwneud hyn.</numerusform>
            <numerusform>Dileu %n set o gofnodion disgyblion am byth? Nid oes modd dadwneud hyn.</numerusform>
            <numerusform>Dileu %n set o gofnodion disgyblion am byth? Nid oes modd dadwneud hyn.</numerusform>
            <numerusform>Dileu %n set o gofnodion disgyblion am byth? Nid oes modd dadwneud hyn.</numerusform>
            <numerusform>Dileu %n set o gofnodion disgyblion am byth? Nid oes modd dadwneud hyn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erased %1 records; %2 audit entries blanked.</source>
        <translation>Dilëwyd %1 cofnod yn barhaol; gwagiwyd %2 cofnod archwilio.</translation>
    </message>
</context>
<context>
    <name>md::ui::ReviewDialog</name>
    <message>
        <source>Review: %1</source>
        <translation>Adolygiad: %1</translation>
    </message>
    <message>
        <source>Review an intervention</source>
        <translation>Adolygu ymyriad</translation>
    </message>
    <message>
        <source>%1, stage %2, keyworker %3. Started %4.</source>
        <translation>%1, cam %2, gweithiwr allweddol %3. Dechreuwyd %4.</translation>
    </message>
    <message>
        <source>not allocated</source>
        <translation>heb ei ddyrannu</translation>
    </message>
    <message>
        <source>Objectives: %1</source>
        <translation>Amcanion: %1</translation>
    </message>
    <message>
        <source>Date of the review</source>
        <translation>Dyddiad yr adolygiad</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>Progress against the objectives</source>
        <translation>Cynnydd yn erbyn yr amcanion</translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>&amp;Cynnydd:</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Effaith</translation>
    </message>
    <message>
        <source>Impact on attendance, behaviour, wellbeing</source>
        <translation>Effaith ar bresenoldeb, ymddygiad, llesiant</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>&amp;Effaith:</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Yna</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Parhau</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>&amp;Newid</translation>
    </message>
    <message>
        <source>Co&amp;nclude</source>
        <translation>&amp;Dod i ben</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Adolygiad nesaf</translation>
    </message>
    <message>
        <source>Ne&amp;xt review:</source>
        <translation>Adolygiad &amp;nesaf:</translation>
    </message>
    <message>
        <source>Change the intervention to</source>
        <translation>Newid yr ymyriad i</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Cadw %1</translation>
    </message>
    <message>
        <source>In&amp;tervention:</source>
        <translation>&amp;Ymyriad:</translation>
    </message>
    <message>
        <source>Change the keyworker to</source>
        <translation>Newid y gweithiwr allweddol i</translation>
    </message>
    <message>
        <source>no keyworker</source>
        <translation>dim gweithiwr allweddol</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Keyworker:</source>
        <translation>&amp;Gweithiwr allweddol:</translation>
    </message>
    <message>
        <source>Reason for assigning over capacity</source>
        <translation>Rheswm dros neilltuo dros y capasiti</translation>
    </message>
    <message>
        <source>Only needed when the new keyworker is full</source>
        <translation>Dim ond ei angen pan fydd y gweithiwr allweddol newydd yn llawn</translation>
    </message>
    <message>
        <source>Over capacity &amp;because:</source>
        <translation>Dros y capasiti &amp;oherwydd:</translation>
    </message>
    <message>
        <source>Objective %1</source>
        <translation>Amcan %1</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>Am&amp;canion:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Choose the outcome</source>
        <translation>Dewiswch y canlyniad</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Canlyniad:</translation>
    </message>
    <message>
        <source>Conclusion report</source>
        <translation>Adroddiad terfynol</translation>
    </message>
    <message>
        <source>The keyworker&apos;s conclusion report</source>
        <translation>Adroddiad terfynol y gweithiwr allweddol</translation>
    </message>
    <message>
        <source>Conclusion &amp;report:</source>
        <translation>&amp;Adroddiad terfynol:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Record review</source>
        <translation>Cofnodi&apos;r adolygiad</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Not recorded: the intervention was changed at another desk, and its saved version is shown now. Record the review again if it still stands.</source>
        <translation>Heb ei gofnodi: newidiwyd yr ymyriad wrth ddesg arall, ac mae&apos;r fersiwn a gadwyd yn cael ei dangos nawr. Cofnodwch yr adolygiad eto os yw&apos;n dal yn berthnasol.</translation>
    </message>
</context>
<context>
    <name>md::ui::RichTextToolBar</name>
    <message>
        <source>Formatting</source>
        <translation>Fformatio</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Trwm</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italig</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Tanlinellu</translation>
    </message>
    <message>
        <source>Bullets</source>
        <translation>Bwledi</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Rhestr bwled</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Chwith</translation>
    </message>
    <message>
        <source>Align left</source>
        <translation>Alinio i&apos;r chwith</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Canol</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Align right</source>
        <translation>Alinio i&apos;r dde</translation>
    </message>
</context>
<context>
    <name>md::ui::ServerConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Cysylltu â gweinydd</translation>
    </message>
    <message>
        <source>Connect to the team&apos;s database on a server</source>
        <translation>Cysylltu â chronfa ddata&apos;r tîm ar weinydd</translation>
    </message>
    <message>
        <source>A team that shares one PostgreSQL server connects here. Ask whoever runs the server for these details. The password is asked for when you connect and is kept only while Mentor Desk is open.</source>
        <translation>Mae tîm sy&apos;n rhannu un gweinydd PostgreSQL yn cysylltu yma. Gofynnwch i bwy bynnag sy&apos;n rhedeg y gweinydd am y manylion hyn. Gofynnir am y cyfrinair pan fyddwch yn cysylltu, ac fe&apos;i cedwir dim ond tra bo Mentor Desk ar agor.</translation>
    </message>
    <message>
        <source>Server name or address</source>
        <translation>Enw neu gyfeiriad y gweinydd</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Gweinydd:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porth</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porth:</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Enw&apos;r gronfa ddata</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Cronfa &amp;ddata:</translation>
    </message>
    <message>
        <source>Your user name on the server</source>
        <translation>Eich enw defnyddiwr ar y gweinydd</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Enw defnyddiwr:</translation>
    </message>
    <message>
        <source>Encryption of the connection</source>
        <translation>Amgryptio&apos;r cysylltiad</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>Pan fydd y gweinydd yn ei gynnig</translation>
    </message>
    <message>
        <source>Always (refuse an unencrypted connection)</source>
        <translation>Bob amser (gwrthod cysylltiad heb ei amgryptio)</translation>
    </message>
    <message>
        <source>Always, and check the server&apos;s certificate</source>
        <translation>Bob amser, a gwirio tystysgrif y gweinydd</translation>
    </message>
    <message>
        <source>Never (only for a server on this computer)</source>
        <translation>Byth (dim ond ar gyfer gweinydd ar y cyfrifiadur hwn)</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Amgryptio:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Cysylltu</translation>
    </message>
    <message>
        <source>Connect to the server</source>
        <translation>Cysylltu â&apos;r gweinydd</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
</context>
<context>
    <name>md::ui::SessionEditor</name>
    <message>
        <source>Session</source>
        <translation>Sesiwn</translation>
    </message>
    <message>
        <source>Autosave</source>
        <translation>Cadw&apos;n awtomatig</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <source>Session focus</source>
        <translation>Ffocws y sesiwn</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Heb ei ddewis</translation>
    </message>
    <message>
        <source>Target worked on</source>
        <translation>Y targed y gweithiwyd arno</translation>
    </message>
    <message>
        <source>&amp;Focus:</source>
        <translation>&amp;Ffocws:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Targed:</translation>
    </message>
    <message>
        <source>&amp;Planned activity:</source>
        <translation>Gweithgaredd wedi&apos;i &amp;gynllunio:</translation>
    </message>
    <message>
        <source>1. Review the past</source>
        <translation>1. Adolygu&apos;r gorffennol</translation>
    </message>
    <message>
        <source>2. Work together</source>
        <translation>2. Gweithio gyda&apos;n gilydd</translation>
    </message>
    <message>
        <source>3. Look forward</source>
        <translation>3. Edrych ymlaen</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>Nodiadau eraill</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenoldeb</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Why it was missed or cancelled (needed for those)</source>
        <translation>Pam y cafodd ei cholli neu ei chanslo (angen ar gyfer y rheini)</translation>
    </message>
    <message>
        <source>&amp;Attendance:</source>
        <translation>&amp;Presenoldeb:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Rheswm:</translation>
    </message>
    <message>
        <source>Re&amp;schedule…</source>
        <translation>&amp;Aildrefnu…</translation>
    </message>
    <message>
        <source>Reschedule the session</source>
        <translation>Aildrefnu&apos;r sesiwn</translation>
    </message>
    <message>
        <source>When the teacher cannot let the student come: choose another lesson and say why.</source>
        <translation>Pan na all yr athro adael i&apos;r disgybl ddod: dewiswch wers arall a dywedwch pam.</translation>
    </message>
    <message>
        <source>New day</source>
        <translation>Diwrnod newydd</translation>
    </message>
    <message>
        <source>New period</source>
        <translation>Cyfnod newydd</translation>
    </message>
    <message>
        <source>Why it moves</source>
        <translation>Pam mae&apos;n symud</translation>
    </message>
    <message>
        <source>For example: the teacher asked, an assessment in that lesson</source>
        <translation>Er enghraifft: gofynnodd yr athro, asesiad yn y wers honno</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Diwrnod:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Cyfnod:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Pam:</translation>
    </message>
    <message>
        <source>&amp;Reschedule</source>
        <translation>&amp;Aildrefnu</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Aildrefnu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Saved as you type · %1</source>
        <translation>Yn cael ei gadw wrth i chi deipio · %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <source>The student&apos;s rating of their week, 1 to 5</source>
        <translation>Sgôr y disgybl ar gyfer ei wythnos, 1 i 5</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Heb ei roi</translation>
    </message>
    <message>
        <source>What %1 covers</source>
        <translation>Beth mae %1 yn ei gwmpasu</translation>
    </message>
    <message>
        <source>Example questions (double-click or Enter to add one):</source>
        <translation>Cwestiynau enghreifftiol (cliciwch ddwywaith neu Enter i ychwanegu un):</translation>
    </message>
    <message>
        <source>Example questions for %1</source>
        <translation>Cwestiynau enghreifftiol ar gyfer %1</translation>
    </message>
    <message>
        <source>Examples of session focus:
%1</source>
        <translation>Enghreifftiau o ffocws sesiwn:
%1</translation>
    </message>
    <message>
        <source>Examples of session focus</source>
        <translation>Enghreifftiau o ffocws sesiwn</translation>
    </message>
    <message>
        <source>1:1 session, %1, %2%3</source>
        <translation>Sesiwn 1:1, %1, %2%3</translation>
    </message>
    <message>
        <source>period %1</source>
        <translation>cyfnod %1</translation>
    </message>
    <message>
        <source>, leaving %1</source>
        <translation>, yn gadael %1</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Dim targed</translation>
    </message>
    <message>
        <source>Record saved</source>
        <translation>Cofnodwyd</translation>
    </message>
    <message>
        <source>Notes save as you type</source>
        <translation>Mae nodiadau&apos;n cael eu cadw wrth i chi deipio</translation>
    </message>
    <message>
        <source>Restored notes not yet saved (autosaved %1)</source>
        <translation>Nodiadau a adferwyd heb eu cadw eto (cadwyd yn awtomatig %1)</translation>
    </message>
    <message>
        <source>Read only: your role does not write mentoring logs</source>
        <translation>Darllen yn unig: nid yw eich rôl yn ysgrifennu logiau mentora</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>Does dim sesiwn ar agor.</translation>
    </message>
    <message>
        <source>Rescheduled, but the new slot breaks a rule: %1.</source>
        <translation>Wedi&apos;i aildrefnu, ond mae&apos;r slot newydd yn torri rheol: %1.</translation>
    </message>
    <message>
        <source>Rescheduled from %1</source>
        <translation>Aildrefnwyd o %1</translation>
    </message>
    <message>
        <source>Week &amp;rated (1–5):</source>
        <translation>Sgôr yr &amp;wythnos (1–5):</translation>
    </message>
    <message>
        <source>The session was changed at another desk; its saved version is shown.</source>
        <translation>Newidiwyd y sesiwn wrth ddesg arall; dangosir y fersiwn a gadwyd.</translation>
    </message>
    <message>
        <source>Not saved: the session was changed at another desk.</source>
        <translation>Heb ei gadw: newidiwyd y sesiwn wrth ddesg arall.</translation>
    </message>
</context>
<context>
    <name>md::ui::SessionEditorDialog</name>
    <message>
        <source>1:1 session</source>
        <translation>Sesiwn 1:1</translation>
    </message>
    <message>
        <source>&amp;Save and close</source>
        <translation>&amp;Cadw a chau</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Cadw a chau</translation>
    </message>
</context>
<context>
    <name>md::ui::SignInDialog</name>
    <message>
        <source>Sign in to Mentor Desk</source>
        <translation>Mewngofnodi i Mentor Desk</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Mewngofnodi</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Enw &amp;defnyddiwr:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Cyfrinair:</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problem mewngofnodi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
</context>
<context>
    <name>md::ui::StepDialog</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>%1 (Ctrl+Return)</source>
        <translation>%1 (Ctrl+Return)</translation>
    </message>
</context>
<context>
    <name>md::ui::StudentRecordPane</name>
    <message>
        <source>No student is open.

Choose one from the Students list, or search with Ctrl+F.</source>
        <translation>Does dim disgybl ar agor.

Dewiswch un o&apos;r rhestr Disgyblion, neu chwiliwch gyda Ctrl+F.</translation>
    </message>
    <message>
        <source>No student open</source>
        <translation>Dim disgybl ar agor</translation>
    </message>
    <message>
        <source>Student name</source>
        <translation>Enw&apos;r disgybl</translation>
    </message>
    <message>
        <source>Subject access e&amp;xport…</source>
        <translation>Allforio ar gyfer cais gwrthrych am &amp;wybodaeth…</translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation>Allforio ar gyfer cais gwrthrych am wybodaeth</translation>
    </message>
    <message>
        <source>Everything held on this student, as JSON and a readable PDF, for a subject access request. The export is recorded in the audit log.</source>
        <translation>Popeth a gedwir am y disgybl hwn, fel JSON a PDF darllenadwy, ar gyfer cais gwrthrych am wybodaeth. Caiff yr allforio ei gofnodi yn y log archwilio.</translation>
    </message>
    <message>
        <source>Student summary</source>
        <translation>Crynodeb o&apos;r disgybl</translation>
    </message>
    <message>
        <source>Student record sections</source>
        <translation>Adrannau cofnod y disgybl</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Trosolwg</translation>
    </message>
    <message>
        <source>Parents and carers</source>
        <translation>Rhieni a gofalwyr</translation>
    </message>
    <message>
        <source>&amp;Parents and carers</source>
        <translation>&amp;Rhieni a gofalwyr</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Encrypt the export with a passphrase? Do this when the files will leave this computer (by email or on a memory stick).</source>
        <translation>Amgryptio&apos;r allforiad ag cyfrinymadrodd? Gwnewch hyn pan fydd y ffeiliau&apos;n gadael y cyfrifiadur hwn (drwy e-bost neu ar gof bach).</translation>
    </message>
    <message>
        <source>The JSON and PDF files will be sealed with this passphrase. Give it to the person who receives them by another route.</source>
        <translation>Caiff y ffeiliau JSON a PDF eu selio â&apos;r cyfrinymadrodd hwn. Rhowch ef i&apos;r sawl sy&apos;n eu derbyn drwy lwybr arall.</translation>
    </message>
    <message>
        <source>Subject access export written to %1 and %2</source>
        <translation>Ysgrifennwyd yr allforiad cais gwrthrych am wybodaeth i %1 a %2</translation>
    </message>
    <message>
        <source>UPN %1</source>
        <translation>UPN %1</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Blwyddyn %1</translation>
    </message>
    <message>
        <source>Tutor group %1</source>
        <translation>Grŵp tiwtor %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Enw cyfreithiol</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Enw dewisol</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Rhywedd</translation>
    </message>
    <message>
        <source>Year group</source>
        <translation>Grŵp blwyddyn</translation>
    </message>
    <message>
        <source>Tutor group</source>
        <translation>Grŵp tiwtor</translation>
    </message>
    <message>
        <source>SEN status</source>
        <translation>Statws AAA</translation>
    </message>
    <message>
        <source>EHC plan</source>
        <translation>Cynllun EHC</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>SEMH needs</source>
        <translation>Anghenion iechyd meddwl, emosiynol a chymdeithasol</translation>
    </message>
    <message>
        <source>Pupil premium</source>
        <translation>Premiwm disgyblion</translation>
    </message>
    <message>
        <source>Looked-after child</source>
        <translation>Plentyn sy&apos;n derbyn gofal</translation>
    </message>
    <message>
        <source>Priority flags</source>
        <translation>Baneri blaenoriaeth</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenoldeb</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Gadawodd ar</translation>
    </message>
    <message>
        <source>No parents or carers are recorded for this student.</source>
        <translation>Does dim rhieni na gofalwyr wedi&apos;u cofnodi ar gyfer y disgybl hwn.</translation>
    </message>
    <message numerus="yes">
        <source>%n parent(s) or carer(s).</source>
        <translation>
            <numerusform>%n rhiant neu ofalwr.</numerusform>
            <numerusform>%n rhiant neu ofalwr.</numerusform>
            <numerusform>%n rhiant neu ofalwr.</numerusform>
            <numerusform>%n rhiant neu ofalwr.</numerusform>
            <numerusform>%n rhiant neu ofalwr.</numerusform>
        </translation>
    </message>
    <message>
        <source>Parents&apos; contact details are for mentors and headteachers (your role does not include them).</source>
        <translation>Mae manylion cyswllt rhieni ar gyfer mentoriaid a phenaethiaid (nid yw eich rôl yn eu cynnwys).</translation>
    </message>
</context>
<context>
    <name>md::ui::StudentReferralsTab</name>
    <message>
        <source>Referrals</source>
        <translation>Atgyfeiriadau</translation>
    </message>
    <message>
        <source>Re&amp;fer this student…</source>
        <translation>&amp;Atgyfeirio&apos;r disgybl hwn…</translation>
    </message>
    <message>
        <source>Refer this student</source>
        <translation>Atgyfeirio&apos;r disgybl hwn</translation>
    </message>
    <message>
        <source>The student&apos;s referrals</source>
        <translation>Atgyfeiriadau&apos;r disgybl</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Ymyriadau</translation>
    </message>
    <message>
        <source>The student&apos;s interventions</source>
        <translation>Ymyriadau&apos;r disgybl</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>No referrals you may see for this student. Refer them with Refer this student.</source>
        <translation>Does dim atgyfeiriadau y cewch eu gweld ar gyfer y disgybl hwn. Atgyfeiriwch ef gydag Atgyfeirio&apos;r disgybl hwn.</translation>
    </message>
    <message>
        <source>Referral made.</source>
        <translation>Gwnaed yr atgyfeiriad.</translation>
    </message>
</context>
<context>
    <name>md::ui::StudentsPane</name>
    <message>
        <source>My caseload</source>
        <translation>Fy llwyth achosion</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Disgyblion</translation>
    </message>
    <message>
        <source>Filter by name, UPN, tutor group or flag (for example: 8B LAC)</source>
        <translation>Hidlo yn ôl enw, UPN, grŵp tiwtor neu faner (er enghraifft: 8B LAC)</translation>
    </message>
    <message>
        <source>Filter students</source>
        <translation>Hidlo disgyblion</translation>
    </message>
    <message>
        <source>Type to narrow the list; every word must match. Press Down to move into the list.</source>
        <translation>Teipiwch i gyfyngu&apos;r rhestr; rhaid i bob gair gyfateb. Pwyswch Down i symud i&apos;r rhestr.</translation>
    </message>
    <message>
        <source>Number of students shown</source>
        <translation>Nifer y disgyblion a ddangosir</translation>
    </message>
    <message>
        <source>No students</source>
        <translation>Dim disgyblion</translation>
    </message>
    <message>
        <source>%1 of %2 students</source>
        <translation>%1 o %2 disgybl</translation>
    </message>
    <message>
        <source>%1 students</source>
        <translation>%1 disgybl</translation>
    </message>
    <message>
        <source>No student matches “%1”. Check the spelling, or clear the filter (Esc).</source>
        <translation>Does dim disgybl yn cyfateb i “%1”. Gwiriwch y sillafu, neu cliriwch yr hidlydd (Esc).</translation>
    </message>
    <message>
        <source>No students are assigned to you yet. The lead mentor allocates students to mentors.</source>
        <translation>Does dim disgyblion wedi&apos;u neilltuo i chi eto. Mae&apos;r prif fentor yn dyrannu disgyblion i fentoriaid.</translation>
    </message>
    <message>
        <source>There are no students yet. Import them from your MIS with File → Import students (Ctrl+I).</source>
        <translation>Does dim disgyblion eto. Mewnforiwch nhw o&apos;ch MIS gyda Ffeil → Mewnforio disgyblion (Ctrl+I).</translation>
    </message>
</context>
<context>
    <name>md::ui::TargetDialog</name>
    <message>
        <source>SMART target</source>
        <translation>Targed SMART</translation>
    </message>
    <message>
        <source>New SMART target</source>
        <translation>Targed SMART newydd</translation>
    </message>
    <message>
        <source>Agreed by the student and mentor. Each part is needed.</source>
        <translation>Wedi&apos;i gytuno gan y disgybl a&apos;r mentor. Mae angen pob rhan.</translation>
    </message>
    <message>
        <source>The &amp;target:</source>
        <translation>Y &amp;targed:</translation>
    </message>
    <message>
        <source>&amp;Specific:</source>
        <translation>&amp;Penodol:</translation>
    </message>
    <message>
        <source>&amp;Measurable:</source>
        <translation>&amp;Mesuradwy:</translation>
    </message>
    <message>
        <source>&amp;Achievable:</source>
        <translation>&amp;Cyraeddadwy:</translation>
    </message>
    <message>
        <source>&amp;Relevant:</source>
        <translation>Pe&amp;rthnasol:</translation>
    </message>
    <message>
        <source>T&amp;ime-bound:</source>
        <translation>&amp;Amserol:</translation>
    </message>
    <message>
        <source>In the student&apos;s words</source>
        <translation>Yng ngeiriau&apos;r disgybl</translation>
    </message>
    <message>
        <source>Exactly what will be done</source>
        <translation>Yn union beth fydd yn cael ei wneud</translation>
    </message>
    <message>
        <source>How we will know</source>
        <translation>Sut y byddwn yn gwybod</translation>
    </message>
    <message>
        <source>Why it is within reach</source>
        <translation>Pam ei fod o fewn cyrraedd</translation>
    </message>
    <message>
        <source>Why it matters now</source>
        <translation>Pam ei fod yn bwysig nawr</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Erbyn pryd</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Camau</translation>
    </message>
    <message>
        <source>The smaller steps or actions, one per line</source>
        <translation>Y camau neu&apos;r gweithredoedd llai, un y llinell</translation>
    </message>
    <message>
        <source>St&amp;eps:</source>
        <translation>Ca&amp;mau:</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>Gosodwyd ar</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Set &amp;on:</source>
        <translation>Gosodwyd &amp;ar:</translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation>&amp;Erbyn:</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Amcan</translation>
    </message>
    <message>
        <source>Not tied to one objective</source>
        <translation>Heb ei glymu wrth un amcan</translation>
    </message>
    <message>
        <source>O&amp;bjective:</source>
        <translation>A&amp;mcan:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>&amp;Agree the target</source>
        <translation>C&amp;ytuno ar y targed</translation>
    </message>
    <message>
        <source>Objective %1</source>
        <translation>Amcan %1</translation>
    </message>
</context>
<context>
    <name>md::ui::TeamDashboardPane</name>
    <message>
        <source>Team caseload dashboard</source>
        <translation>Dangosfwrdd llwyth achosion y tîm</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentoriaid</translation>
    </message>
    <message>
        <source>One row per mentor and one for the whole team. Choose a row to see those students below.</source>
        <translation>Un rhes fesul mentor ac un ar gyfer y tîm cyfan. Dewiswch res i weld y disgyblion hynny isod.</translation>
    </message>
    <message>
        <source>Students shown</source>
        <translation>Disgyblion a ddangosir</translation>
    </message>
    <message>
        <source>Students of the chosen mentor</source>
        <translation>Disgyblion y mentor a ddewiswyd</translation>
    </message>
    <message>
        <source>Every mentor&apos;s students:</source>
        <translation>Disgyblion pob mentor:</translation>
    </message>
    <message>
        <source>%1&apos;s students:</source>
        <translation>Disgyblion %1:</translation>
    </message>
    <message>
        <source>%1 mentors · %2</source>
        <translation>%1 mentor · %2</translation>
    </message>
</context>
<context>
    <name>md::ui::TemplateEditor</name>
    <message>
        <source>Template name</source>
        <translation>Enw&apos;r templed</translation>
    </message>
    <message>
        <source>Letter type</source>
        <translation>Math o lythyr</translation>
    </message>
    <message>
        <source>Letter types</source>
        <translation>Mathau o lythyrau</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>When to use this letter</source>
        <translation>Pryd i ddefnyddio&apos;r llythyr hwn</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Disgr&amp;ifiad:</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Testun y llythyr</translation>
    </message>
    <message>
        <source>The body of the letter. Merge fields are written {{field}}; pick them from the list of fields.</source>
        <translation>Corff y llythyr. Caiff meysydd cyfuno eu hysgrifennu fel {{field}}; dewiswch nhw o&apos;r rhestr meysydd.</translation>
    </message>
    <message>
        <source>Merge &amp;fields:</source>
        <translation>Me&amp;ysydd cyfuno:</translation>
    </message>
    <message>
        <source>Filter fields</source>
        <translation>Hidlo meysydd</translation>
    </message>
    <message>
        <source>Filter merge fields</source>
        <translation>Hidlo meysydd cyfuno</translation>
    </message>
    <message>
        <source>Merge fields</source>
        <translation>Meysydd cyfuno</translation>
    </message>
    <message>
        <source>Press Enter or double-click to insert the field at the cursor.</source>
        <translation>Pwyswch Enter neu cliciwch ddwywaith i fewnosod y maes wrth y cyrchwr.</translation>
    </message>
    <message>
        <source>&amp;Insert field</source>
        <translation>Me&amp;wnosod maes</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Mewnosod maes</translation>
    </message>
    <message>
        <source>Merge field problems</source>
        <translation>Problemau meysydd cyfuno</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Note: the letter does not include {{recipient.address}}, so it will not show who it is addressed to.</source>
        <translation>Nodyn: nid yw&apos;r llythyr yn cynnwys {{recipient.address}}, felly ni fydd yn dangos at bwy y&apos;i cyfeiriwyd.</translation>
    </message>
    <message>
        <source>Note: the letter does not greet anyone: add {{recipient.salutation}}.</source>
        <translation>Nodyn: nid yw&apos;r llythyr yn cyfarch neb: ychwanegwch {{recipient.salutation}}.</translation>
    </message>
    <message>
        <source>Every merge field is known.</source>
        <translation>Mae pob maes cyfuno yn hysbys.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving:</source>
        <translation>
            <numerusform>%n problem i&apos;w datrys cyn cadw:</numerusform>
            <numerusform>%n problem i&apos;w datrys cyn cadw:</numerusform>
            <numerusform>%n problem i&apos;w datrys cyn cadw:</numerusform>
            <numerusform>%n problem i&apos;w datrys cyn cadw:</numerusform>
            <numerusform>%n problem i&apos;w datrys cyn cadw:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::TimetableDialogs</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>md::ui::TimetablePane</name>
    <message>
        <source>Timetable of 1:1 sessions</source>
        <translation>Amserlen sesiynau 1:1</translation>
    </message>
    <message>
        <source>M&amp;entor:</source>
        <translation>&amp;Mentor:</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Everyone (the published timetable)</source>
        <translation>Pawb (yr amserlen a gyhoeddwyd)</translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ Yr wythnos &amp;flaenorol</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Yr wythnos flaenorol</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Yr &amp;wythnos hon</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Yr wythnos hon</translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation>Yr wythnos &amp;nesaf ▶</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Yr wythnos nesaf</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Wythnos</translation>
    </message>
    <message>
        <source>P&amp;lan the half term…</source>
        <translation>Cynllunio&apos;r &amp;hanner tymor…</translation>
    </message>
    <message>
        <source>Plan the half term&apos;s sessions</source>
        <translation>Cynllunio sesiynau&apos;r hanner tymor</translation>
    </message>
    <message>
        <source>&amp;Move session…</source>
        <translation>&amp;Symud sesiwn…</translation>
    </message>
    <message>
        <source>Move the selected session</source>
        <translation>Symud y sesiwn a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Open session</source>
        <translation>&amp;Agor y sesiwn</translation>
    </message>
    <message>
        <source>Open the selected session</source>
        <translation>Agor y sesiwn a ddewiswyd</translation>
    </message>
    <message>
        <source>P&amp;rint</source>
        <translation>A&amp;rgraffu</translation>
    </message>
    <message>
        <source>Print a timetable</source>
        <translation>Argraffu amserlen</translation>
    </message>
    <message>
        <source>The mentor&apos;s timetable for the half term…</source>
        <translation>Amserlen y mentor ar gyfer yr hanner tymor…</translation>
    </message>
    <message>
        <source>1:1 mentoring timetable</source>
        <translation>Amserlen mentora 1:1</translation>
    </message>
    <message>
        <source>The weekly published timetable…</source>
        <translation>Yr amserlen wythnosol a gyhoeddwyd…</translation>
    </message>
    <message>
        <source>Mentoring sessions this week</source>
        <translation>Sesiynau mentora yr wythnos hon</translation>
    </message>
    <message>
        <source>&amp;Import lesson timetables…</source>
        <translation>Mewnforio amserlenni &amp;gwersi…</translation>
    </message>
    <message>
        <source>Import lesson timetables</source>
        <translation>Mewnforio amserlenni gwersi</translation>
    </message>
    <message>
        <source>School &amp;calendar…</source>
        <translation>&amp;Calendr yr ysgol…</translation>
    </message>
    <message>
        <source>School calendar</source>
        <translation>Calendr yr ysgol</translation>
    </message>
    <message>
        <source>Week summary</source>
        <translation>Crynodeb o&apos;r wythnos</translation>
    </message>
    <message>
        <source>Week of sessions</source>
        <translation>Wythnos o sesiynau</translation>
    </message>
    <message>
        <source>Periods down, days across. Enter opens the session in the cell.</source>
        <translation>Cyfnodau i lawr, diwrnodau ar draws. Mae Enter yn agor y sesiwn yn y gell.</translation>
    </message>
    <message>
        <source>1 session this week</source>
        <translation>1 sesiwn yr wythnos hon</translation>
    </message>
    <message>
        <source>%1 sessions this week</source>
        <translation>%1 sesiwn yr wythnos hon</translation>
    </message>
    <message>
        <source>⚠ 1 breaks a rule (shown in the cell)</source>
        <translation>⚠ Mae 1 yn torri rheol (dangosir yn y gell)</translation>
    </message>
    <message>
        <source>⚠ %1 break a rule (shown in the cells)</source>
        <translation>⚠ Mae %1 yn torri rheol (dangosir yn y celloedd)</translation>
    </message>
    <message>
        <source>plan the half term to fill the timetable</source>
        <translation>cynlluniwch yr hanner tymor i lenwi&apos;r amserlen</translation>
    </message>
    <message>
        <source>Week of %1: %2.</source>
        <translation>Wythnos %1: %2.</translation>
    </message>
    <message>
        <source>Choose a session in the timetable to move.</source>
        <translation>Dewiswch sesiwn yn yr amserlen i&apos;w symud.</translation>
    </message>
    <message>
        <source>Session moved</source>
        <translation>Symudwyd y sesiwn</translation>
    </message>
    <message>
        <source>The session was moved, and is flagged because the move breaks a rule.</source>
        <translation>Symudwyd y sesiwn, ac mae wedi&apos;i nodi am fod y symudiad yn torri rheol.</translation>
    </message>
    <message>
        <source>Session moved; it keeps every rule.</source>
        <translation>Symudwyd y sesiwn; mae&apos;n cadw at bob rheol.</translation>
    </message>
    <message>
        <source>Saved %1 sessions.</source>
        <translation>Cadwyd %1 sesiwn.</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>Does dim byd i&apos;w argraffu.</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Ffeiliau CSV (*.csv);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Lesson timetables not imported</source>
        <translation>Ni fewnforiwyd amserlenni gwersi</translation>
    </message>
    <message>
        <source>Lesson timetables imported</source>
        <translation>Mewnforiwyd amserlenni gwersi</translation>
    </message>
    <message>
        <source>Imported %1 lessons for %2 students.</source>
        <translation>Mewnforiwyd %1 gwers ar gyfer %2 disgybl.</translation>
    </message>
</context>
<context>
    <name>md::ui::UsersPane</name>
    <message>
        <source>Staff and roles</source>
        <translation>Staff a rolau</translation>
    </message>
    <message>
        <source>&amp;Add a user…</source>
        <translation>&amp;Ychwanegu defnyddiwr…</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Ychwanegu defnyddiwr</translation>
    </message>
    <message>
        <source>&amp;Rename roles…</source>
        <translation>&amp;Ailenwi rolau…</translation>
    </message>
    <message>
        <source>Rename roles</source>
        <translation>Ailenwi rolau</translation>
    </message>
    <message>
        <source>Re&amp;set password…</source>
        <translation>Ail&amp;osod cyfrinair…</translation>
    </message>
    <message>
        <source>Reset the selected user&apos;s password</source>
        <translation>Ailosod cyfrinair y defnyddiwr a ddewiswyd</translation>
    </message>
    <message>
        <source>Give the selected user a temporary password; they must change it when they next sign in. This also lifts a lockout.</source>
        <translation>Rhoi cyfrinair dros dro i&apos;r defnyddiwr a ddewiswyd; rhaid iddo ei newid y tro nesaf y bydd yn mewngofnodi. Mae hyn hefyd yn codi cloi allan.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Staff users</source>
        <translation>Defnyddwyr staff</translation>
    </message>
    <message>
        <source>Choose a user in the list first.</source>
        <translation>Dewiswch ddefnyddiwr yn y rhestr yn gyntaf.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Ailosod cyfrinair</translation>
    </message>
    <message>
        <source>A temporary password for %1 (tell them in person; they choose their own at the next sign-in):</source>
        <translation>Cyfrinair dros dro ar gyfer %1 (dywedwch wrtho wyneb yn wyneb; bydd yn dewis ei un ei hun wrth fewngofnodi nesaf):</translation>
    </message>
    <message>
        <source>Password reset. They must change it when they next sign in.</source>
        <translation>Ailosodwyd y cyfrinair. Rhaid iddo ei newid y tro nesaf y bydd yn mewngofnodi.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>Cyfrinair cyntaf</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Enw &amp;defnyddiwr:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-bost:</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>&amp;Cyfrinair cyntaf:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rolau:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>The user was added. They sign in with the first password you gave.</source>
        <translation>Ychwanegwyd y defnyddiwr. Bydd yn mewngofnodi gyda&apos;r cyfrinair cyntaf a roesoch.</translation>
    </message>
    <message>
        <source>Label for %1</source>
        <translation>Label ar gyfer %1</translation>
    </message>
    <message>
        <source>Role labels saved. The navigation shows them the next time you sign in.</source>
        <translation>Cadwyd labeli&apos;r rolau. Mae&apos;r llywio yn eu dangos y tro nesaf y byddwch yn mewngofnodi.</translation>
    </message>
</context>
</TS>
