<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>Step &amp;down</source>
        <translation>Cam i &amp;lawr</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Cam i f&amp;yny</translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Dewis y Cyfan</translation>
    </message>
</context>
<context>
    <name>QColorDialog</name>
    <message>
        <source>&amp;Red:</source>
        <translation>&amp;Coch:</translation>
    </message>
    <message>
        <source>&amp;Sat:</source>
        <translation>&amp;Dirlawnder:</translation>
    </message>
    <message>
        <source>&amp;Val:</source>
        <translation>Gw&amp;erth:</translation>
    </message>
    <message>
        <source>Hu&amp;e:</source>
        <translation>&amp;Arlliw:</translation>
    </message>
    <message>
        <source>&amp;HTML:</source>
        <translation>&amp;HTML:</translation>
    </message>
    <message>
        <source>Select Color</source>
        <translation>Dewis Lliw</translation>
    </message>
    <message>
        <source>&amp;Add to Custom Colors</source>
        <translation>&amp;Ychwanegu at y Lliwiau Personol</translation>
    </message>
    <message>
        <source>Bl&amp;ue:</source>
        <translation>G&amp;las:</translation>
    </message>
    <message>
        <source>&amp;Pick Screen Color</source>
        <translation>Dewis Lliw o'r Sg&amp;rin</translation>
    </message>
    <message>
        <source>Cursor at %1, %2
Press ESC to cancel</source>
        <translation>Cyrchwr yn %1, %2
Pwyswch ESC i ddiddymu</translation>
    </message>
    <message>
        <source>&amp;Green:</source>
        <translation>&amp;Gwyrdd:</translation>
    </message>
    <message>
        <source>&amp;Basic colors</source>
        <translation>Lliwiau sylfae&amp;nol</translation>
    </message>
    <message>
        <source>&amp;Custom colors</source>
        <translation>Lliwiau &amp;personol</translation>
    </message>
    <message>
        <source>A&amp;lpha channel:</source>
        <translation>&amp;Sianel alffa:</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>True</source>
        <translation>Gwir</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Gau</translation>
    </message>
    <message>
        <source>Open the combo box selection popup</source>
        <translation>Agor naidlen dewis y blwch cyfuno</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job</source>
        <translation>Tasg</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Diwedd:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>Tudalennau Baner</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Nos (18:00 i 05:59)</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Amser Penodol</translation>
    </message>
    <message>
        <source>Billing information:</source>
        <translation>Gwybodaeth bilio:</translation>
    </message>
    <message>
        <source>Scheduled printing:</source>
        <translation>Argraffu wedi'i amserlennu:</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Dirgel</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>Dirgel Iawn</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Dechrau:</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Dydd (06:00 i 17:59)</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Ail Sifft (16:00 i 23:59)</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Rheoli Tasgau</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Penwythnos (dydd Sadwrn i ddydd Sul)</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Safonol</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Dosbarthedig</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Trydedd Sifft (00:00 i 07:59)</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Dal am Gyfnod Amhenodol</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>Argraffu ar Unwaith</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Cyfrinachol</translation>
    </message>
    <message>
        <source>Job priority:</source>
        <translation>Blaenoriaeth y dasg:</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Heb ddosbarthiad</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Arnofio</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Yn datgysylltu ac yn ailgysylltu'r teclyn docio</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>Yn cau'r teclyn docio</translation>
    </message>
</context>
<context>
    <name>QErrorMessage</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Iawn</translation>
    </message>
    <message>
        <source>Fatal Error:</source>
        <translation>Gwall Angheuol:</translation>
    </message>
    <message>
        <source>&amp;Show this message again</source>
        <translation>&amp;Dangos y neges hon eto</translation>
    </message>
    <message>
        <source>Critical Error:</source>
        <translation>Gwall Difrifol:</translation>
    </message>
    <message>
        <source>Information:</source>
        <translation>Gwybodaeth:</translation>
    </message>
    <message>
        <source>Debug Message:</source>
        <translation>Neges Dadfygio:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Rhybudd:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Ffeiliau</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Dangos </translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>Mae '%1' wedi'i ddiogelu rhag ysgrifennu.
Ydych chi am ei ddileu beth bynnag?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Ydych chi'n siŵr eich bod am ddileu '%1'?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Rhestr o leoedd a nodau tudalen</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Enw'r ffeil:</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Ffolder Newydd</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Ffolder Rhiant</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Ffolder &amp;Newydd</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Edrych yn:</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Creu Ffolder Newydd</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Ffeiliau o'r math:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Canfod Ffolder</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Dangos ffeiliau c&amp;udd</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Cadw Fel</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Heb ganfod y ffolder.
Gwiriwch fod enw cywir y ffolder wedi'i roi.</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Bar ochr</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Golwg Rhestr</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>De&amp;wis</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Pob ffeil (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Pob Ffeil (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Ffolderi</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Ai&amp;lenwi</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Nid oedd modd dileu'r ffolder.</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Ffolder:</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>Mae %1 eisoes yn bodoli.
Ydych chi am ei disodli?</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Ymlaen</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Mynd ymlaen</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Mynd i'r ffolder rhiant</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Lleoedd Diweddar</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Mynd yn ôl</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Newid i'r modd golwg manylion</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Creu Ffolder Newydd</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Golwg Manylion</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Heb ganfod y ffeil.
Gwiriwch fod enw cywir y ffeil wedi'i roi.</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Newid i'r modd golwg rhestr</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Fy Nghyfrifiadur</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Cyfrifiadur</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Dyddiad Newid</translation>
    </message>
</context>
<context>
    <name>QFontDialog</name>
    <message>
        <source>&amp;Font</source>
        <translation>&amp;Ffont</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Maint</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Sampl</translation>
    </message>
    <message>
        <source>Font st&amp;yle</source>
        <translation>Arddull ff&amp;ont</translation>
    </message>
    <message>
        <source>Wr&amp;iting System</source>
        <translation>&amp;System ysgrifennu</translation>
    </message>
    <message>
        <source>Select Font</source>
        <translation>Dewis Ffont</translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation>&amp;Tanlinellu</translation>
    </message>
    <message>
        <source>Effects</source>
        <translation>Effeithiau</translation>
    </message>
    <message>
        <source>Stri&amp;keout</source>
        <translation>Llinell &amp;drwodd</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Rhowch werth:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y Cyfan</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Dangos Manylion...</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Ynghylch Qt</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Cuddio Manylion...</translation>
    </message>
    <message>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ynghylch Qt&lt;/h3&gt;&lt;p&gt;Mae'r rhaglen hon yn defnyddio Qt fersiwn %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Qt is a C++ toolkit for cross-platform application development.&lt;/p&gt;&lt;p&gt;Qt provides single-source portability across all major desktop operating systems. It is also available for embedded Linux and other embedded and mobile operating systems.&lt;/p&gt;&lt;p&gt;Qt is available under multiple licensing options designed to accommodate the needs of our various users.&lt;/p&gt;&lt;p&gt;Qt licensed under our commercial license agreement is appropriate for development of proprietary/commercial software where you do not want to share any source code with third parties or otherwise cannot comply with the terms of GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt licensed under GNU (L)GPL is appropriate for the development of Qt&amp;nbsp;applications provided you can comply with the terms and conditions of the respective licenses.&lt;/p&gt;&lt;p&gt;Please see &lt;a href="http://%2/"&gt;%2&lt;/a&gt; for an overview of Qt licensing.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd and other contributors.&lt;/p&gt;&lt;p&gt;Qt and the Qt logo are trademarks of The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt is The Qt Company Ltd product developed as an open source project. See &lt;a href="http://%3/"&gt;%3&lt;/a&gt; for more information.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pecyn cymorth C++ ar gyfer datblygu rhaglenni traws-blatfform yw Qt.&lt;/p&gt;&lt;p&gt;Mae Qt yn darparu hygludedd un-ffynhonnell ar draws pob un o'r prif systemau gweithredu bwrdd gwaith. Mae hefyd ar gael ar gyfer Linux mewnblanedig a systemau gweithredu mewnblanedig a symudol eraill.&lt;/p&gt;&lt;p&gt;Mae Qt ar gael o dan sawl dewis trwyddedu sydd wedi'u cynllunio i ddiwallu anghenion ein defnyddwyr amrywiol.&lt;/p&gt;&lt;p&gt;Mae Qt wedi'i drwyddedu o dan ein cytundeb trwydded masnachol yn briodol ar gyfer datblygu meddalwedd perchnogol/masnachol lle nad ydych am rannu unrhyw god ffynhonnell â thrydydd partïon neu lle na allwch gydymffurfio fel arall â thelerau GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Mae Qt wedi'i drwyddedu o dan GNU (L)GPL yn briodol ar gyfer datblygu rhaglenni&amp;nbsp;Qt ar yr amod eich bod yn gallu cydymffurfio â thelerau ac amodau'r trwyddedau perthnasol.&lt;/p&gt;&lt;p&gt;Gweler &lt;a href="http://%2/"&gt;%2&lt;/a&gt; am drosolwg o drwyddedu Qt.&lt;/p&gt;&lt;p&gt;Hawlfraint (C) %1 The Qt Company Ltd a chyfranwyr eraill.&lt;/p&gt;&lt;p&gt;Mae Qt a logo Qt yn nodau masnach The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Mae Qt yn gynnyrch The Qt Company Ltd a ddatblygwyd fel prosiect cod agored. Gweler &lt;a href="http://%3/"&gt;%3&lt;/a&gt; am ragor o wybodaeth.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>P̸</source>
        <translation>P̸</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Ffurflen</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>ymyl isaf</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papur</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Ffynhonnell papur:</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>ymyl dde</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Pica (P̸)</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Ymylon</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personol</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Tirlun</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Cynllun Tudalen</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Lled:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Cyfeiriadedd</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Didot (DD)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portread</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Trefn tudalennau:</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>ymyl uchaf</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>ymyl chwith</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Maint tudalen:</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>Cicero (CC)</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Portread o chwith</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Milimetrau (mm)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Pwyntiau (pt)</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Tudalennau fesul dalen:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Modfeddi (in)</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Tirlun o chwith</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Uchder:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Terfynu</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Gweithredu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ailgynnig</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Adfer y Rhagosodiadau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Na i Bob &amp;Un</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Cadw'r Cyfan</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Gwaredu</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ie i &amp;Bob Un</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Even Pages</source>
        <translation>Tudalennau Eilrif</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Dewisiadau &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Dewisiadau &gt;&gt;</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>O'r Chwith i'r Dde, o'r Brig i'r Gwaelod</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>O'r Dde i'r Chwith, o'r Gwaelod i'r Brig</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Ysgrifennu ffeil PDF</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Argraffu</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1x1)</translation>
    </message>
    <message>
        <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
        <translation>Nid oes modd defnyddio'r dewisiadau 'Tudalennau fesul dalen' a 'Set Tudalennau' gyda'i gilydd.
Diffoddwch un o'r dewisiadau hynny.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>Mae %1 eisoes yn bodoli.
Ydych chi am ei throsysgrifo?</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2x1)</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>O'r Chwith i'r Dde, o'r Gwaelod i'r Brig</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2x2)</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Tudalennau Odrif</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Ffeil leol</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>6 (2x3)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>16 (4x4)</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Mae gwrthdaro yn y gosodiadau argraffu dwyochrog. Ydych chi am eu cywiro?</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Argraffu i Ffeil (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Argraffu i Ffeil ...</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Diffiniad Tudalennau Annilys</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>Nid yw %1 yn dilyn y gystrawen gywir. Defnyddiwch ',' i wahanu ystodau a thudalennau, '-' i ddiffinio ystodau, a gwnewch yn siŵr nad yw ystodau'n gorgyffwrdd â'i gilydd.</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3x3)</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>O'r Dde i'r Chwith, o'r Brig i'r Gwaelod</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>O'r Gwaelod i'r Brig, o'r Chwith i'r Dde</translation>
    </message>
    <message>
        <source>The 'From' value cannot be greater than the 'To' value.</source>
        <translation>Ni all y gwerth 'O' fod yn fwy na'r gwerth 'I'.</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Pob Tudalen</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Gwrthdaro yn y Gosodiadau Dwyochrog</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>Ffolder yw %1.
Dewiswch enw ffeil gwahanol.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Nid oes modd ysgrifennu i'r ffeil %1.
Dewiswch enw ffeil gwahanol.</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>O'r Gwaelod i'r Brig, o'r Dde i'r Chwith</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>O'r Brig i'r Gwaelod, o'r Chwith i'r Dde</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>O'r Brig i'r Gwaelod, o'r Dde i'r Chwith</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Rhagolwg Argraffu</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Ffitio'r dudalen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Chwyddo i mewn</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Tirlun</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Chwyddo allan</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ffitio'r lled</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portread</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Gosod Tudalen</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Gosod tudalen</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Dangos trosolwg o'r holl dudalennau</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Tudalen gyntaf</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Tudalen olaf</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Dangos un dudalen</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Allforio i PDF</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Tudalen flaenorol</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Tudalen nesaf</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Dangos tudalennau cyferbyn</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Form</source>
        <translation>Ffurflen</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Tudalen</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Mae rhai dewisiadau'n gwrthdaro. Cywirwch nhw.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Uwch</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>to</source>
        <translation>i</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Diffodd</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Ffurflen</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Lliw</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Argraffu'r cyfan</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Tudalennau</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Tudalen Gyfredol</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Detholiad</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copïau</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Ystod argraffu</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Modd Lliw</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Dewisiadau</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Gosodiadau Allbwn</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Gwrthdroi</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Graddlwyd</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Coladu</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Copïau:</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Rhwymo ar yr ochr fer</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Nodwch dudalennau neu ystodau wedi'u gwahanu gan atalnodau. Caiff ystod ei nodi gan ddau rif wedi'u gwahanu gan gysylltnod. E.e.: mae 3,5-7,9 yn argraffu tudalennau 3, 5, 6, 7 a 9.</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Tudalennau o</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Argraffu Dwyochrog</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Set Tudalennau:</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Rhwymo ar yr ochr hir</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Ffurflen</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Math:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>&amp;Ffeil allbwn:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>P&amp;riodweddau</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Argraffydd</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lleoliad:</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Top</source>
        <translation>Brig</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Sgrolio i lawr</translation>
    </message>
    <message>
        <source>Scroll here</source>
        <translation>Sgrolio yma</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Sgrolio i'r chwith</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Gwaelod</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Tudalen i fyny</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Tudalen i'r dde</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Sgrolio i fyny</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Sgrolio i'r dde</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Ymyl chwith</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Tudalen i lawr</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Tudalen i'r chwith</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Ymyl dde</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Sgrolio i'r Chwith</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Sgrolio i'r Dde</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y Cyfan</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copïo &amp;Lleoliad y Ddolen</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>Done</source>
        <translation>Gorffen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nesaf</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Cadarnhau</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Parhau</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Gorffen</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nesaf &gt;</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Mynd yn ôl</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Yn ôl</translation>
    </message>
</context>
</TS>
