<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ActionsModel</name>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <source>What will be done</source>
        <translation>Was getan wird</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Wer es tut</translation>
    </message>
    <message>
        <source>By when: fri, next week, 1/12 …</source>
        <translation>Bis wann: Fr, nächste Woche, 1/12 …</translation>
    </message>
    <message>
        <source>What will be done (Enter adds the action)</source>
        <translation>Was getan wird (Enter fügt die Maßnahme hinzu)</translation>
    </message>
    <message>
        <source>Who does it (Enter adds the action)</source>
        <translation>Wer es tut (Enter fügt die Maßnahme hinzu)</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <source>By when: fri, tomorrow, next week, in 2 weeks, 1/12 (day first) or 2026-12-01</source>
        <translation>Bis wann: Fr, morgen, nächste Woche, in 2 Wochen, 1/12 (Tag zuerst) oder 2026-12-01</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Add the action, or save the changes (Enter)</source>
        <translation>Maßnahme hinzufügen oder Änderungen speichern (Enter)</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>Empty the fields for a new action</source>
        <translation>Felder für eine neue Maßnahme leeren</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Maßnahme löschen</translation>
    </message>
    <message>
        <source>Delete the selected action (Delete)</source>
        <translation>Ausgewählte Maßnahme löschen (Entf)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Select an action to edit it; Delete removes it</source>
        <translation>Eine Maßnahme auswählen, um sie zu bearbeiten; Entf löscht sie</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Kein Termin</translation>
    </message>
    <message>
        <source>Action added.</source>
        <translation>Maßnahme hinzugefügt.</translation>
    </message>
    <message>
        <source>Action saved.</source>
        <translation>Maßnahme gespeichert.</translation>
    </message>
    <message>
        <source>Deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Gelöscht. Rückgängig (Strg+Z) holt sie zurück.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Agenda</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Click a step to go there; hover a step that ran to see how it ran</source>
        <translation>Auf einen Schritt klicken, um dorthin zu gehen; über einen gelaufenen Schritt fahren, um zu sehen, wie er lief</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message numerus="yes">
        <source>{title} · %n round(s)</source>
        <translation>
            <numerusform>{title} · %n Runde</numerusform>
            <numerusform>{title} · %n Runden</numerusform>
        </translation>
    </message>
    <message>
        <source>Round {number}</source>
        <translation>Runde {number}</translation>
    </message>
    <message>
        <source>Round {number}: {step}</source>
        <translation>Runde {number}: {step}</translation>
    </message>
    <message>
        <source>Planned: {length}</source>
        <translation>Geplant: {length}</translation>
    </message>
    <message>
        <source>Started {time}</source>
        <translation>Begonnen {time}</translation>
    </message>
    <message numerus="yes">
        <source>Paused %n time(s)</source>
        <translation>
            <numerusform>%n-mal pausiert</numerusform>
            <numerusform>%n-mal pausiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended {time} after {length}</source>
        <translation>Beendet {time} nach {length}</translation>
    </message>
    <message>
        <source>Time added: {minutes}</source>
        <translation>Zeit hinzugefügt: {minutes}</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Workshop – audience</source>
        <translation>Workshop – Leinwand</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
</context>
<context>
    <name>AutoAdvanceButton</name>
    <message>
        <source>Auto-advance: on</source>
        <translation>Automatisch weiter: an</translation>
    </message>
    <message>
        <source>Auto-advance: off</source>
        <translation>Automatisch weiter: aus</translation>
    </message>
    <message>
        <source>On: at zero the next step starts by itself</source>
        <translation>An: bei null beginnt der nächste Schritt von selbst</translation>
    </message>
    <message>
        <source>Off: at zero the step runs on</source>
        <translation>Aus: bei null läuft der Schritt weiter</translation>
    </message>
</context>
<context>
    <name>BreakPanel</name>
    <message>
        <source>Back at {time}</source>
        <translation>Zurück um {time}</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Willkommen zurück</translation>
    </message>
</context>
<context>
    <name>CardEntry</name>
    <message>
        <source>New card</source>
        <translation>Neue Karte</translation>
    </message>
    <message>
        <source>Type what the group says; Enter adds it as a card, Shift+Enter starts a new line</source>
        <translation>Tippen Sie, was die Gruppe sagt; Enter fügt es als Karte hinzu, Umschalt+Enter beginnt eine neue Zeile</translation>
    </message>
    <message>
        <source>Type what the group says, then press Enter (Shift+Enter for a new line)</source>
        <translation>Tippen Sie, was die Gruppe sagt, dann Enter (Umschalt+Enter für eine neue Zeile)</translation>
    </message>
</context>
<context>
    <name>CardEntryPanel</name>
    <message>
        <source>Column for new cards</source>
        <translation>Spalte für neue Karten</translation>
    </message>
    <message>
        <source>The column the next card goes to (Alt+1, Alt+2, …)</source>
        <translation>Die Spalte, in die die nächste Karte kommt (Alt+1, Alt+2, …)</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Karte hinzufügen</translation>
    </message>
    <message>
        <source>Add the card (Enter)</source>
        <translation>Karte hinzufügen (Enter)</translation>
    </message>
    <message numerus="yes">
        <source>Saved. %n card(s) in this step.</source>
        <translation>
            <numerusform>Gespeichert. %n Karte in diesem Schritt.</numerusform>
            <numerusform>Gespeichert. %n Karten in diesem Schritt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter adds the card · Shift+Enter new line · {keys} puts the cursor here</source>
        <translation>Enter fügt die Karte hinzu · Umschalt+Enter neue Zeile · {keys} setzt den Cursor hierher</translation>
    </message>
    <message>
        <source>Kept from last time, not added yet: Enter adds it as a card, Ctrl+Z clears it</source>
        <translation>Vom letzten Mal aufbewahrt, noch nicht hinzugefügt: Enter fügt es als Karte hinzu, Strg+Z leert das Feld</translation>
    </message>
    <message>
        <source>Nothing to add: the entry is empty. Type an idea, then press Enter.</source>
        <translation>Nichts hinzuzufügen: das Feld ist leer. Eine Idee tippen, dann Enter.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>DayStartNotice</name>
    <message>
        <source>The day now starts at {time}, when its first step started. Undo: {key}</source>
        <translation>Der Tag beginnt jetzt um {time}, als sein erster Schritt begann. Rückgängig: {key}</translation>
    </message>
</context>
<context>
    <name>EditorStatus</name>
    <message numerus="yes">
        <source>%n problem(s) to fix before this exercise can be saved and used.</source>
        <translation>
            <numerusform>%n Problem ist zu beheben, bevor diese Übung gespeichert und genutzt werden kann.</numerusform>
            <numerusform>%n Probleme sind zu beheben, bevor diese Übung gespeichert und genutzt werden kann.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix: until then the library keeps using the last working file.</source>
        <translation>
            <numerusform>%n Problem ist zu beheben: bis dahin nutzt die Bibliothek die letzte funktionierende Datei.</numerusform>
            <numerusform>%n Probleme sind zu beheben: bis dahin nutzt die Bibliothek die letzte funktionierende Datei.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found. Not saved yet.</source>
        <translation>Keine Probleme gefunden. Noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saved in your library: {path}</source>
        <translation>In Ihrer Bibliothek gespeichert: {path}</translation>
    </message>
</context>
<context>
    <name>ExportStatus</name>
    <message>
        <source>Writing the PDF…</source>
        <translation>PDF wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Stop writing the file; nothing half-written is left</source>
        <translation>Schreiben der Datei abbrechen; nichts halb Geschriebenes bleibt zurück</translation>
    </message>
    <message>
        <source>Writing the {what}…</source>
        <translation>{what} wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>PDF summary (*.pdf)</source>
        <translation>PDF-Zusammenfassung (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown, for a wiki or an e-mail (*.md)</source>
        <translation>Markdown, für ein Wiki oder eine E-Mail (*.md)</translation>
    </message>
    <message>
        <source>CSV tables in a zip: cards, votes, ratings, statements, answers, actions (*.zip)</source>
        <translation>CSV-Tabellen in einer ZIP-Datei: Karten, Abstimmungen, Bewertungen, Aussagen, Antworten, Maßnahmen (*.zip)</translation>
    </message>
    <message>
        <source>JSON, the whole session, re-importable (*.json)</source>
        <translation>JSON, die ganze Sitzung, wieder importierbar (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>CSV-Dateien</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export abgebrochen: nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>PDF written: {path}</source>
        <translation>PDF geschrieben: {path}</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Geschrieben: {path}</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>PDF öffnen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Ordner zeigen</translation>
    </message>
    <message>
        <source>The {what} was not written: {reason}</source>
        <translation>{what} wurde nicht geschrieben: {reason}</translation>
    </message>
    <message>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Start…</translation>
    </message>
    <message>
        <source>Reading the session…</source>
        <translation>Die Sitzung wird gelesen…</translation>
    </message>
    <message>
        <source>Filling in the report templates…</source>
        <translation>Die Berichtsvorlagen werden ausgefüllt…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Die Seiten werden gesetzt…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Die Datei wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>FacilitatorNotes</name>
    <message>
        <source>Facilitator notes</source>
        <translation>Notizen für die Moderation</translation>
    </message>
    <message>
        <source>For you only: never shown on the projector</source>
        <translation>Nur für Sie: nie auf dem Beamer zu sehen</translation>
    </message>
    <message>
        <source>For this group</source>
        <translation>Für diese Gruppe</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>This step</source>
        <translation>Dieser Schritt</translation>
    </message>
    <message>
        <source>This exercise</source>
        <translation>Diese Übung</translation>
    </message>
    <message>
        <source>No notes for this step.</source>
        <translation>Keine Notizen für diesen Schritt.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Run a customer-service culture workshop: the console here, the audience view on the projector.</source>
        <translation>Einen Workshop zur Servicekultur leiten: hier die Moderationsansicht, die Leinwand auf dem Beamer.</translation>
    </message>
    <message>
        <source>Resume where you left off</source>
        <translation>Dort weitermachen, wo Sie aufgehört haben</translation>
    </message>
    <message>
        <source>Open the session on the step it was on</source>
        <translation>Sitzung bei dem Schritt öffnen, bei dem sie war</translation>
    </message>
    <message>
        <source>No recent sessions yet. Start a new one, or open a .workshop file.</source>
        <translation>Noch keine zuletzt genutzten Sitzungen. Beginnen Sie eine neue oder öffnen Sie eine .workshop-Datei.</translation>
    </message>
    <message>
        <source>Loading the library…</source>
        <translation>Bibliothek wird geladen…</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Zuletzt genutzte Sitzungen</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Resume where you left off: {title}, step {step} of {steps}</source>
        <translation>Weitermachen, wo Sie aufgehört haben: {title}, Schritt {step} von {steps}</translation>
    </message>
</context>
<context>
    <name>InputPanel</name>
    <message>
        <source>Not saved, so nothing changed. Try again.</source>
        <extracomment>The lists of the state this panel shows; changes to others are skipped.</extracomment>
        <translation>Nicht gespeichert, also hat sich nichts geändert. Bitte noch einmal versuchen.</translation>
    </message>
</context>
<context>
    <name>JoinPanel</name>
    <message>
        <source>Join from your phone</source>
        <translation>Mit dem Handy beitreten</translation>
    </message>
    <message>
        <source>1 phone joined</source>
        <translation>1 Handy beigetreten</translation>
    </message>
    <message>
        <source>%1 phones joined</source>
        <translation>%1 Handys beigetreten</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Duplicate to my library</source>
        <translation>In meine Bibliothek kopieren</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Neue Übung</translation>
    </message>
    <message>
        <source>Library files</source>
        <translation>Bibliotheksdateien</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Ablaufpläne</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>eigene</translation>
    </message>
    <message>
        <source>--library</source>
        <translation>--library</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>⚠ broken ({count}): not used</source>
        <translation>⚠ fehlerhaft ({count}): nicht benutzt</translation>
    </message>
    <message>
        <source>⚠ broken ({count})</source>
        <translation>⚠ fehlerhaft ({count})</translation>
    </message>
    <message>
        <source>ok, with a warning</source>
        <translation>ok, mit einer Warnung</translation>
    </message>
    <message>
        <source>ok, replaces {count}</source>
        <translation>ok, ersetzt {count}</translation>
    </message>
    <message>
        <source>ok; a broken copy is not used</source>
        <translation>ok; eine fehlerhafte Kopie wird nicht benutzt</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Replaced by {path}</source>
        <translation>Ersetzt durch {path}</translation>
    </message>
    <message>
        <source>Your copy is {path}: edit that one.</source>
        <translation>Ihre Kopie ist {path}: bearbeiten Sie diese.</translation>
    </message>
    <message>
        <source>To change it, duplicate it to your library and edit the copy.</source>
        <translation>Um sie zu ändern, kopieren Sie sie in Ihre Bibliothek und bearbeiten Sie die Kopie.</translation>
    </message>
    <message>
        <source>You already have {name} in your library: opened it.</source>
        <translation>{name} ist schon in Ihrer Bibliothek: geöffnet.</translation>
    </message>
    <message>
        <source>Could not copy {name}: {reason}</source>
        <translation>{name} konnte nicht kopiert werden: {reason}</translation>
    </message>
    <message>
        <source>Copied to {path}. Your copy replaces the original while it has no errors.</source>
        <translation>Nach {path} kopiert. Ihre Kopie ersetzt das Original, solange sie fehlerfrei ist.</translation>
    </message>
    <message>
        <source>Save or discard the changes to {name} first.</source>
        <translation>Zuerst die Änderungen an {name} speichern oder verwerfen.</translation>
    </message>
    <message>
        <source>{name} has unsaved changes: open it again to save them.</source>
        <translation>{name} hat ungespeicherte Änderungen: öffnen Sie die Datei erneut, um sie zu speichern.</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>B&amp;ibliothek</translation>
    </message>
    <message>
        <source>&amp;New exercise</source>
        <translation>&amp;Neue Übung</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>The plans and exercises found; a broken file says why</source>
        <translation>Die gefundenen Ablaufpläne und Übungen; eine fehlerhafte Datei sagt, warum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Loading the library…</source>
        <translation>Bibliothek wird geladen…</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Ablaufpläne</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>(none found)</source>
        <translation>(keine gefunden)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the library files.</source>
        <translation>
            <numerusform>%n Problem in den Bibliotheksdateien.</numerusform>
            <numerusform>%n Probleme in den Bibliotheksdateien.</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ broken ({count})</source>
        <translation>⚠ fehlerhaft ({count})</translation>
    </message>
    <message>
        <source>replaced by your copy</source>
        <translation>durch Ihre Kopie ersetzt</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The projector was disconnected: the audience view is hidden. {keys} shows it full screen here.</source>
        <translation>Der Beamer wurde getrennt: die Leinwandansicht ist ausgeblendet. {keys} zeigt sie hier im Vollbild.</translation>
    </message>
    <message>
        <source>Workshop speaks {name} from its next start.</source>
        <translation>Workshop spricht {name} ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Plan saved: {path}</source>
        <translation>Ablaufplan gespeichert: {path}</translation>
    </message>
    <message>
        <source>Could not open {name}: {reason}</source>
        <translation>{name} konnte nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>Open a session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>Workshop sessions (*.workshop);;All files (*)</source>
        <translation>Workshop-Sitzungen (*.workshop);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Session already open</source>
        <translation>Sitzung bereits geöffnet</translation>
    </message>
    <message>
        <source>{name} is {where}.</source>
        <translation>{name} ist {where}.</translation>
    </message>
    <message>
        <source>Only one window can change a session. You can open it here read-only, to look through it and export it; to change it, use the window that has it open.</source>
        <translation>Nur ein Fenster kann eine Sitzung ändern. Sie können sie hier schreibgeschützt öffnen, um sie durchzusehen und zu exportieren; zum Ändern nutzen Sie das Fenster, in dem sie geöffnet ist.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>{title} – Workshop</source>
        <translation>{title} – Workshop</translation>
    </message>
    <message>
        <source>Read-only: nothing is written to this file</source>
        <translation>Schreibgeschützt: in diese Datei wird nichts geschrieben</translation>
    </message>
    <message>
        <source>All changes are saved in the session file</source>
        <translation>Alle Änderungen sind in der Sitzungsdatei gespeichert</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Gespeichert {time}</translation>
    </message>
    <message>
        <source>Not saved at {time}: {reason}</source>
        <translation>Nicht gespeichert um {time}: {reason}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Leiten</translation>
    </message>
    <message>
        <source>R&amp;oom</source>
        <translation>&amp;Raum</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Room theme</source>
        <translation>&amp;Raum-Farbschema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>&amp;Undo {change}</source>
        <translation>&amp;Rückgängig: {change}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo {change}</source>
        <translation>&amp;Wiederholen: {change}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Ablaufplan</translation>
    </message>
    <message>
        <source>The agenda the session runs; it is copied into the session file</source>
        <translation>Der Ablauf der Sitzung; er wird in die Sitzungsdatei kopiert</translation>
    </message>
    <message>
        <source>{label} (from the planner)</source>
        <translation>{label} (aus der Ablaufplanung)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>e.g. Service culture day</source>
        <translation>z. B. Tag der Servicekultur</translation>
    </message>
    <message>
        <source>The workshop&apos;s name, on the PDF&apos;s cover (required)</source>
        <translation>Der Name des Workshops, auf dem Deckblatt des PDFs (erforderlich)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Whose workshop it is, on the PDF&apos;s cover</source>
        <translation>Für wen der Workshop ist, auf dem Deckblatt des PDFs</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Who runs it, on the PDF&apos;s cover</source>
        <translation>Wer ihn leitet, auf dem Deckblatt des PDFs</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>The day of the workshop</source>
        <translation>Der Tag des Workshops</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The session&apos;s language: the PDF&apos;s words and dates, and the exercises&apos; version when the library has one in it</source>
        <translation>Die Sprache der Sitzung: Wörter und Daten im PDF, und die Fassung der Übungen, wenn die Bibliothek eine in dieser Sprache hat</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>When the day starts: the agenda&apos;s clock times, and ahead or behind, count from it</source>
        <translation>Wann der Tag beginnt: die Uhrzeiten des Ablaufs und „voraus“ oder „zurück“ zählen ab hier</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>The session file; an existing file is never overwritten</source>
        <translation>Die Sitzungsdatei; eine vorhandene Datei wird nie überschrieben</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Durchsuchen</translation>
    </message>
    <message>
        <source>Choose the folder and name of the session file</source>
        <translation>Ordner und Namen der Sitzungsdatei wählen</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Ablaufplan</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>&amp;Titel *</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation>&amp;Moderation</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>St&amp;art time</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>&amp;Speichern unter</translation>
    </message>
    <message>
        <source>Create session</source>
        <translation>Sitzung anlegen</translation>
    </message>
    <message>
        <source>Write the session file and start running it</source>
        <translation>Sitzungsdatei schreiben und die Sitzung starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without creating a session</source>
        <translation>Schließen, ohne eine Sitzung anzulegen</translation>
    </message>
    <message>
        <source>(no valid plan in the library)</source>
        <translation>(kein gültiger Ablaufplan in der Bibliothek)</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sitzung</translation>
    </message>
    <message>
        <source>Save the session as</source>
        <translation>Sitzung speichern unter</translation>
    </message>
    <message>
        <source>Workshop sessions (*.workshop)</source>
        <translation>Workshop-Sitzungen (*.workshop)</translation>
    </message>
    <message>
        <source>the plan starts at {time}</source>
        <translation>der Ablaufplan beginnt um {time}</translation>
    </message>
    <message>
        <source>the plan names no start time</source>
        <translation>der Ablaufplan nennt keine Anfangszeit</translation>
    </message>
    <message>
        <source>There is no valid plan to start from: see the library on the home page.</source>
        <translation>Es gibt keinen gültigen Ablaufplan: siehe die Bibliothek auf der Startseite.</translation>
    </message>
    <message>
        <source>A session needs a title.</source>
        <translation>Eine Sitzung braucht einen Titel.</translation>
    </message>
    <message>
        <source>Fill in “{value}”: the plan gives it no value.</source>
        <translation>„{value}“ ausfüllen: der Ablaufplan gibt keinen Wert vor.</translation>
    </message>
    <message>
        <source>Choose where to save the session file.</source>
        <translation>Wählen Sie, wo die Sitzungsdatei gespeichert wird.</translation>
    </message>
    <message>
        <source>{path} is a folder: add a file name.</source>
        <translation>{path} ist ein Ordner: fügen Sie einen Dateinamen hinzu.</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Choose another name: an existing session is never overwritten.</source>
        <translation>{name} gibt es schon in {folder}. Wählen Sie einen anderen Namen: eine vorhandene Sitzung wird nie überschrieben.</translation>
    </message>
    <message>
        <source>{folder}: {reason}</source>
        <translation>{folder}: {reason}</translation>
    </message>
    <message>
        <source>The session was not created: {reason}</source>
        <translation>Die Sitzung wurde nicht angelegt: {reason}</translation>
    </message>
</context>
<context>
    <name>NotesBoard</name>
    <message numerus="yes">
        <source>Reveal all (%n hidden)</source>
        <translation>
            <numerusform>Alle aufdecken (%n ausgeblendet)</numerusform>
            <numerusform>Alle aufdecken (%n ausgeblendet)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reveal all</source>
        <translation>Alle aufdecken</translation>
    </message>
    <message>
        <source>Not saved, so not added: your text is still in the entry. Press Enter to try again.</source>
        <translation>Nicht gespeichert, also nicht hinzugefügt: Ihr Text steht noch im Feld. Enter versucht es noch einmal.</translation>
    </message>
    <message>
        <source>Select one or more cards first (click, Ctrl+click, Shift+arrows).</source>
        <translation>Zuerst eine oder mehrere Karten auswählen (Klick, Strg+Klick, Umschalt+Pfeiltasten).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Gelöscht. Rückgängig (Strg+Z) holt sie zurück.</translation>
    </message>
    <message>
        <source>Hide cards</source>
        <translation>Karten ausblenden</translation>
    </message>
    <message>
        <source>Reveal cards</source>
        <translation>Karten aufdecken</translation>
    </message>
    <message>
        <source>Colour cards</source>
        <translation>Karten einfärben</translation>
    </message>
    <message>
        <source>Cluster made: type its name, then press Enter.</source>
        <translation>Cluster angelegt: Namen tippen, dann Enter.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Cards: {column}</source>
        <translation>Karten: {column}</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Double-click or F2 edits; drag a card onto another to cluster them; Ctrl+G groups, Ctrl+H hides, 0-6 colour, Backspace removes</source>
        <translation>Doppelklick oder F2 bearbeitet; eine Karte auf eine andere ziehen bildet einen Cluster; Strg+G gruppiert, Strg+H blendet aus, 0–6 färbt, Rücktaste entfernt</translation>
    </message>
    <message>
        <source>Who said it (optional)</source>
        <translation>Wer es gesagt hat (optional)</translation>
    </message>
    <message>
        <source>Author of the next card</source>
        <translation>Urheber:in der nächsten Karte</translation>
    </message>
    <message>
        <source>Who said it, if the card should name them; left empty, the card is anonymous</source>
        <translation>Wer es gesagt hat, wenn die Karte es nennen soll; leer gelassen ist die Karte anonym</translation>
    </message>
    <message>
        <source>Add cards hidden from the room</source>
        <translation>Karten für den Raum ausgeblendet hinzufügen</translation>
    </message>
    <message>
        <source>New cards stay off the projector until you reveal them (Reveal all)</source>
        <translation>Neue Karten bleiben vom Beamer fern, bis Sie sie aufdecken (Alle aufdecken)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Hide / reveal</source>
        <translation>Ausblenden / aufdecken</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppieren</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>Gruppierung lösen</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Colour the selected cards (keys 0 to 6 on the board)</source>
        <translation>Ausgewählte Karten einfärben (Tasten 0 bis 6 auf der Pinnwand)</translation>
    </message>
    <message>
        <source>Plain</source>
        <translation>Ohne Farbe</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>Colour the selected cards: {colour}</source>
        <translation>Ausgewählte Karten einfärben: {colour}</translation>
    </message>
</context>
<context>
    <name>NotesDelegate</name>
    <message>
        <source>Hidden from the room</source>
        <translation>Für den Raum ausgeblendet</translation>
    </message>
    <message>
        <source>From a phone</source>
        <translation>Von einem Handy</translation>
    </message>
    <message>
        <source>Not in a cluster</source>
        <translation>In keinem Cluster</translation>
    </message>
    <message>
        <source>Unnamed cluster</source>
        <translation>Cluster ohne Namen</translation>
    </message>
    <message>
        <source>Unnamed cluster (F2 names it)</source>
        <translation>Cluster ohne Namen (F2 benennt ihn)</translation>
    </message>
    <message>
        <source>1 card</source>
        <translation>1 Karte</translation>
    </message>
    <message>
        <source>{n} cards</source>
        <translation>{n} Karten</translation>
    </message>
    <message>
        <source>Name the cluster, then press Enter</source>
        <translation>Cluster benennen, dann Enter</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message numerus="yes">
        <source>Unnamed cluster, %n card(s)</source>
        <translation>
            <numerusform>Cluster ohne Namen, %n Karte</numerusform>
            <numerusform>Cluster ohne Namen, %n Karten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cluster “{name}”, %n card(s)</source>
        <translation>
            <numerusform>Cluster „{name}“, %n Karte</numerusform>
            <numerusform>Cluster „{name}“, %n Karten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in a cluster, %n card(s)</source>
        <translation>
            <numerusform>In keinem Cluster, %n Karte</numerusform>
            <numerusform>In keinem Cluster, %n Karten</numerusform>
        </translation>
    </message>
    <message>
        <source>Column: {column}</source>
        <translation>Spalte: {column}</translation>
    </message>
    <message>
        <source>In no cluster</source>
        <translation>In keinem Cluster</translation>
    </message>
    <message>
        <source>In cluster “{name}”</source>
        <translation>Im Cluster „{name}“</translation>
    </message>
    <message>
        <source>In an unnamed cluster</source>
        <translation>In einem Cluster ohne Namen</translation>
    </message>
    <message>
        <source>Hidden from the room</source>
        <translation>Für den Raum ausgeblendet</translation>
    </message>
    <message>
        <source>Shown in the room</source>
        <translation>Im Raum zu sehen</translation>
    </message>
    <message>
        <source>▲ 1 earlier card above</source>
        <translation>▲ 1 frühere Karte weiter oben</translation>
    </message>
    <message>
        <source>▲ {n} earlier cards above</source>
        <translation>▲ {n} frühere Karten weiter oben</translation>
    </message>
</context>
<context>
    <name>OvertimeCue</name>
    <message>
        <source>{key}: next step</source>
        <translation>{key}: nächster Schritt</translation>
    </message>
</context>
<context>
    <name>PhonesDialog</name>
    <message>
        <source>Phones in the room</source>
        <translation>Handys im Raum</translation>
    </message>
    <message>
        <source>&amp;Send away</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>The phone can send nothing more; what it sent stays</source>
        <translation>Das Handy kann nichts mehr senden; was es gesendet hat, bleibt</translation>
    </message>
    <message>
        <source>Address phones join at</source>
        <translation>Adresse, über die Handys beitreten</translation>
    </message>
    <message>
        <source>&amp;Use this address</source>
        <translation>Diese Adresse &amp;verwenden</translation>
    </message>
    <message>
        <source>Phones reach this laptop at:</source>
        <translation>Handys erreichen diesen Laptop unter:</translation>
    </message>
    <message>
        <source>%1 (anonymous)</source>
        <translation>%1 (anonym)</translation>
    </message>
    <message>
        <source>No phone has joined yet.</source>
        <translation>Noch ist kein Handy beigetreten.</translation>
    </message>
</context>
<context>
    <name>PlannerPage</name>
    <message>
        <source>Add exercises from the list on the left: Enter or double-click adds one.</source>
        <translation>Übungen aus der Liste links hinzufügen: Enter oder Doppelklick fügt eine hinzu.</translation>
    </message>
    <message>
        <source>{total} planned, {start}–{end}.</source>
        <translation>{total} geplant, {start}–{end}.</translation>
    </message>
    <message>
        <source>Does not fit: {total} planned for the {available} from {start} to {room_end}, {over} over. Shorten steps or remove something.</source>
        <translation>Passt nicht: {total} geplant für die {available} von {start} bis {room_end}, {over} zu viel. Schritte kürzen oder etwas entfernen.</translation>
    </message>
    <message>
        <source>Fits: {total} planned, {start}–{end}, {spare} to spare before {room_end}.</source>
        <translation>Passt: {total} geplant, {start}–{end}, {spare} Luft bis {room_end}.</translation>
    </message>
    <message>
        <source>Does the agenda fit</source>
        <translation>Passt der Ablauf</translation>
    </message>
    <message>
        <source>The agenda&apos;s total against the time from the start to the end of the room</source>
        <translation>Die Gesamtdauer des Ablaufs gegenüber der Zeit vom Beginn bis zum Ende der Raumbuchung</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source>The length of the chosen step or break, in minutes</source>
        <translation>Die Dauer des gewählten Schritts oder der Pause, in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Break title</source>
        <translation>Name der Pause</translation>
    </message>
    <message>
        <source>What the agenda calls this break, e.g. Coffee or Lunch</source>
        <translation>Wie der Ablauf diese Pause nennt, z. B. Kaffee oder Mittagessen</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <source>Break &amp;name</source>
        <translation>&amp;Name der Pause</translation>
    </message>
    <message>
        <source>Choose a step or a break to change its length.</source>
        <translation>Einen Schritt oder eine Pause wählen, um die Dauer zu ändern.</translation>
    </message>
    <message>
        <source>Break: {title}</source>
        <translation>Pause: {title}</translation>
    </message>
    <message>
        <source>{exercise}: {step}</source>
        <translation>{exercise}: {step}</translation>
    </message>
    <message>
        <source>{exercise}: choose one of its steps to change its length.</source>
        <translation>{exercise}: einen ihrer Schritte wählen, um seine Dauer zu ändern.</translation>
    </message>
    <message>
        <source>Exercises in the library</source>
        <translation>Übungen in der Bibliothek</translation>
    </message>
    <message>
        <source>Double-click or press Enter to add an exercise after the chosen line</source>
        <translation>Doppelklick oder Enter fügt eine Übung nach der gewählten Zeile hinzu</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>{title} · {length}</source>
        <translation>{title} · {length}</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Ausgangspunkt</translation>
    </message>
    <message>
        <source>Begin with an empty agenda or a copy of a plan from the library</source>
        <translation>Mit einem leeren Ablauf beginnen oder mit einer Kopie eines Ablaufplans aus der Bibliothek</translation>
    </message>
    <message>
        <source>Agenda title</source>
        <translation>Titel des Ablaufs</translation>
    </message>
    <message>
        <source>The plan&apos;s name; its file name is made from it</source>
        <translation>Der Name des Ablaufplans; daraus wird sein Dateiname</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Beginnt um</translation>
    </message>
    <message>
        <source>When the workshop begins: each clock time counts from it</source>
        <translation>Wann der Workshop beginnt: jede Uhrzeit zählt ab hier</translation>
    </message>
    <message>
        <source>Room until</source>
        <translation>Raum bis</translation>
    </message>
    <message>
        <source>When the time available ends: the agenda must fit before it</source>
        <translation>Wann die verfügbare Zeit endet: der Ablauf muss davor passen</translation>
    </message>
    <message>
        <source>Start &amp;from</source>
        <translation>&amp;Ausgangspunkt</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Starts &amp;at</source>
        <translation>Beginnt &amp;um</translation>
    </message>
    <message>
        <source>Room &amp;until</source>
        <translation>Raum &amp;bis</translation>
    </message>
    <message>
        <source>Empty agenda</source>
        <translation>Leerer Ablauf</translation>
    </message>
    <message>
        <source>New agenda</source>
        <translation>Neuer Ablauf</translation>
    </message>
    <message>
        <source>&amp;Add to agenda</source>
        <translation>Zum Ablauf &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;break</source>
        <translation>&amp;Pause hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Save plan…</source>
        <translation>Ablaufplan &amp;speichern…</translation>
    </message>
    <message>
        <source>Plan an agenda</source>
        <translation>Ablauf planen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Leave the planner; the agenda stays until you start another</source>
        <translation>Ablaufplanung verlassen; der Ablauf bleibt, bis Sie einen anderen beginnen</translation>
    </message>
    <message>
        <source>Start a session…</source>
        <translation>Sitzung starten…</translation>
    </message>
    <message>
        <source>Create a session file from this agenda and run it</source>
        <translation>Aus diesem Ablauf eine Sitzungsdatei anlegen und sie starten</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Start from “{plan}”</source>
        <translation>Mit „{plan}“ beginnen</translation>
    </message>
    <message>
        <source>Empty the agenda</source>
        <translation>Ablauf leeren</translation>
    </message>
    <message>
        <source>Add exercise</source>
        <translation>Übung hinzufügen</translation>
    </message>
    <message>
        <source>Add break</source>
        <translation>Pause hinzufügen</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Change length</source>
        <translation>Dauer ändern</translation>
    </message>
    <message>
        <source>Change a value</source>
        <translation>Einen Wert ändern</translation>
    </message>
    <message>
        <source>Change rounds</source>
        <translation>Runden ändern</translation>
    </message>
    <message>
        <source>Rename break</source>
        <translation>Pause umbenennen</translation>
    </message>
    <message>
        <source>Change times</source>
        <translation>Zeiten ändern</translation>
    </message>
    <message>
        <source>Save the agenda as a plan</source>
        <translation>Ablauf als Ablaufplan speichern</translation>
    </message>
    <message>
        <source>Plans (*.yaml)</source>
        <translation>Ablaufpläne (*.yaml)</translation>
    </message>
    <message>
        <source>The plan was not saved: {reason}</source>
        <translation>Der Ablaufplan wurde nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>(asked when the session is made)</source>
        <translation>(wird beim Anlegen der Sitzung erfragt)</translation>
    </message>
    <message>
        <source> rounds</source>
        <translation> Runden</translation>
    </message>
    <message>
        <source>Rounds of {title}</source>
        <translation>Runden von {title}</translation>
    </message>
    <message>
        <source>{title}: rounds</source>
        <translation>{title}: Runden</translation>
    </message>
</context>
<context>
    <name>PlannerTree</name>
    <message>
        <source>Agenda being planned</source>
        <translation>Ablauf in Planung</translation>
    </message>
    <message>
        <source>Drag an exercise or break to move it (or Alt+Up / Alt+Down); choose a step to change its length below</source>
        <translation>Eine Übung oder Pause ziehen, um sie zu verschieben (oder Alt+Hoch / Alt+Runter); einen Schritt wählen, um unten seine Dauer zu ändern</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Exercise or step</source>
        <translation>Übung oder Schritt</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>{title} (break)</source>
        <translation>{title} (Pause)</translation>
    </message>
    <message numerus="yes">
        <source>{step} (%n round(s))</source>
        <translation>
            <numerusform>{step} (%n Runde)</numerusform>
            <numerusform>{step} (%n Runden)</numerusform>
        </translation>
    </message>
    <message>
        <source>{length} each</source>
        <translation>je {length}</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>QR code to join from a phone</source>
        <translation>QR-Code zum Beitreten per Handy</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <source>The group&apos;s answer to question {n}, saved as you type</source>
        <translation>Die Antwort der Gruppe auf Frage {n}, beim Tippen gespeichert</translation>
    </message>
    <message>
        <source>The group&apos;s answer (saved as you type)</source>
        <translation>Die Antwort der Gruppe (beim Tippen gespeichert)</translation>
    </message>
    <message>
        <source>Answers are saved as you type.</source>
        <translation>Antworten werden beim Tippen gespeichert.</translation>
    </message>
    <message>
        <source>1 answer from a phone</source>
        <translation>1 Antwort von einem Handy</translation>
    </message>
    <message>
        <source>{n} answers from phones</source>
        <translation>{n} Antworten von Handys</translation>
    </message>
    <message numerus="yes">
        <source>Brought back what was being typed when the app closed: %n answer(s). It is saved as an answer when you next pause.</source>
        <translation>
            <numerusform>Zurückgeholt, was beim Schließen der App getippt wurde: %n Antwort. Sie wird gespeichert, sobald Sie das nächste Mal innehalten.</numerusform>
            <numerusform>Zurückgeholt, was beim Schließen der App getippt wurde: %n Antworten. Sie werden gespeichert, sobald Sie das nächste Mal innehalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatingGrid</name>
    <message>
        <source>Scores</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Type a score in a cell: it moves down to the next item; Delete clears</source>
        <translation>Eine Bewertung in eine Zelle tippen: es geht weiter zum nächsten Punkt; Entf leert</translation>
    </message>
    <message>
        <source>Each person</source>
        <translation>Jede Person</translation>
    </message>
    <message>
        <source>Group consensus</source>
        <translation>Konsens der Gruppe</translation>
    </message>
    <message>
        <source>A column of scores per person</source>
        <translation>Eine Spalte mit Bewertungen pro Person</translation>
    </message>
    <message>
        <source>One score per item, agreed by the group</source>
        <translation>Eine Bewertung pro Punkt, von der Gruppe vereinbart</translation>
    </message>
    <message>
        <source>Name (or initials) of someone rating</source>
        <translation>Name (oder Initialen) einer bewertenden Person</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>Type a name or initials and press Enter: a column for their scores</source>
        <translation>Namen oder Initialen tippen und Enter drücken: eine Spalte für ihre Bewertungen</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Add a column for the name typed</source>
        <translation>Eine Spalte für den getippten Namen hinzufügen</translation>
    </message>
    <message>
        <source>type a digit to score and move down; Delete clears</source>
        <translation>Ziffer tippen zum Bewerten und Weiterrücken; Entf leert</translation>
    </message>
    <message>
        <source>type a score and press Enter; Delete clears</source>
        <translation>Bewertung tippen und Enter drücken; Entf leert</translation>
    </message>
    <message>
        <source>Scores from {low} to {high}{ends}: {keys}.</source>
        <translation>Bewertungen von {low} bis {high}{ends}: {keys}.</translation>
    </message>
    <message>
        <source>The group&apos;s scores are in.</source>
        <translation>Die Bewertungen der Gruppe sind eingetragen.</translation>
    </message>
    <message>
        <source>{name}&apos;s scores are in. Escape goes to the name box for the next person.</source>
        <translation>Die Bewertungen von {name} sind eingetragen. Esc führt zum Namensfeld für die nächste Person.</translation>
    </message>
</context>
<context>
    <name>RatingModel</name>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppieren</translation>
    </message>
    <message>
        <source>Scores given, then how many people gave each score (score: people)</source>
        <translation>Vergebene Bewertungen, dann wie viele Personen jede vergeben haben (Bewertung: Personen)</translation>
    </message>
    <message>
        <source>Type a whole number for the score.</source>
        <translation>Eine ganze Zahl als Bewertung tippen.</translation>
    </message>
</context>
<context>
    <name>RatingTable</name>
    <message>
        <source>Scores go in a person&apos;s column: type their name in the box above, then Enter (Escape takes you there).</source>
        <translation>Bewertungen gehören in die Spalte einer Person: Namen oben ins Feld tippen, dann Enter (Esc führt dorthin).</translation>
    </message>
</context>
<context>
    <name>RecallPanel</name>
    <message>
        <source>No result yet from “{step}”</source>
        <translation>Noch kein Ergebnis aus „{step}“</translation>
    </message>
    <message>
        <source>Most dots in “{step}”: a tie</source>
        <translation>Die meisten Punkte in „{step}“: Gleichstand</translation>
    </message>
    <message>
        <source>Most dots in “{step}”</source>
        <translation>Die meisten Punkte in „{step}“</translation>
    </message>
    <message>
        <source>The vote in “{step}”</source>
        <translation>Die Abstimmung in „{step}“</translation>
    </message>
    <message>
        <source>Chosen in “{step}”</source>
        <translation>Gewählt in „{step}“</translation>
    </message>
    <message>
        <source>Rated highest in “{step}”</source>
        <translation>Am besten bewertet in „{step}“</translation>
    </message>
    <message>
        <source>From “{step}”</source>
        <translation>Aus „{step}“</translation>
    </message>
    <message>
        <source>{heading} · {exercise}</source>
        <translation>{heading} · {exercise}</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>agreed: {score}</source>
        <translation>vereinbart: {score}</translation>
    </message>
    <message>
        <source>average {score}</source>
        <translation>Durchschnitt {score}</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n weitere</numerusform>
            <numerusform>+ %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecentList</name>
    <message>
        <source>Recent sessions</source>
        <translation>Zuletzt genutzte Sitzungen</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a session</source>
        <translation>Doppelklick oder Enter öffnet eine Sitzung</translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation>gestern {time}</translation>
    </message>
    <message>
        <source>{date} {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>nicht lesbar: {reason}</translation>
    </message>
    <message>
        <source>Step {step} of {steps}: {title}</source>
        <translation>Schritt {step} von {steps}: {title}</translation>
    </message>
    <message>
        <source>last change {when}</source>
        <translation>letzte Änderung {when}</translation>
    </message>
    <message>
        <source>Not closed cleanly: resume where you left off</source>
        <translation>Nicht sauber geschlossen: dort weitermachen, wo Sie aufgehört haben</translation>
    </message>
</context>
<context>
    <name>RevealBar</name>
    <message>
        <source>Results: on the wall for the room. {key} hides them again.</source>
        <translation>Ergebnisse: für den Raum auf der Leinwand. {key} blendet sie wieder aus.</translation>
    </message>
    <message>
        <source>Results: hidden on the wall, shown here. {key} reveals them to the room.</source>
        <translation>Ergebnisse: auf der Leinwand verborgen, hier sichtbar. {key} deckt sie für den Raum auf.</translation>
    </message>
</context>
<context>
    <name>RoomActions</name>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>who?</source>
        <translation>wer?</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <source>… and 1 more</source>
        <translation>… und 1 weitere</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… und {n} weitere</translation>
    </message>
    <message>
        <source>when?</source>
        <translation>wann?</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
</context>
<context>
    <name>RoomAnswers</name>
    <message>
        <source>(not answered yet)</source>
        <translation>(noch nicht beantwortet)</translation>
    </message>
</context>
<context>
    <name>RoomControls</name>
    <message>
        <source>Phones can join at {address} (code {code}). Anyone on this network can read what phones send: use the room&apos;s own Wi-Fi.</source>
        <translation>Handys können unter {address} beitreten (Code {code}). Alle in diesem Netz können mitlesen, was Handys senden: nutzen Sie das WLAN des Raums.</translation>
    </message>
    <message>
        <source>New join code</source>
        <translation>Neuer Beitrittscode</translation>
    </message>
    <message>
        <source>Every phone in the room ({count}) leaves and must scan the new code. What they sent stays.</source>
        <translation>Alle Handys im Raum ({count}) verlassen die Sitzung und müssen den neuen Code scannen. Was sie gesendet haben, bleibt.</translation>
    </message>
    <message>
        <source>1 phone in the room</source>
        <translation>1 Handy im Raum</translation>
    </message>
    <message>
        <source>{count} phones in the room</source>
        <translation>{count} Handys im Raum</translation>
    </message>
    <message>
        <source>{count} connected</source>
        <translation>{count} verbunden</translation>
    </message>
    <message>
        <source>joining closed</source>
        <translation>Beitritt geschlossen</translation>
    </message>
    <message>
        <source>Join at {url}</source>
        <translation>Beitreten unter {url}</translation>
    </message>
</context>
<context>
    <name>RoomHeld</name>
    <message>
        <source>results on the facilitator&apos;s cue</source>
        <translation>Ergebnisse, wenn die Moderation sie aufdeckt</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) voted so far</source>
        <translation>
            <numerusform>%n Person hat bisher abgestimmt</numerusform>
            <numerusform>%n Personen haben bisher abgestimmt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) rated so far</source>
        <translation>
            <numerusform>%n Person hat bisher bewertet</numerusform>
            <numerusform>%n Personen haben bisher bewertet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) answered so far</source>
        <translation>
            <numerusform>%n Person hat bisher geantwortet</numerusform>
            <numerusform>%n Personen haben bisher geantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>the group&apos;s result is in</source>
        <translation>das Ergebnis der Gruppe steht</translation>
    </message>
    <message>
        <source>place your dots</source>
        <translation>Punkte vergeben</translation>
    </message>
    <message>
        <source>give your scores, each on your own</source>
        <translation>bewerten Sie, jede und jeder für sich</translation>
    </message>
    <message>
        <source>write your answers</source>
        <translation>schreiben Sie Ihre Antworten</translation>
    </message>
</context>
<context>
    <name>RoomJoins</name>
    <message>
        <source>Phones cannot join: %1</source>
        <translation>Handys können nicht beitreten: %1</translation>
    </message>
    <message>
        <source>The room&apos;s setting could not be saved: %1</source>
        <translation>Die Einstellung des Raums konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>RoomPairs</name>
    <message numerus="yes">
        <source>%n earlier pair(s) above</source>
        <translation>
            <numerusform>%n früheres Paar weiter oben</numerusform>
            <numerusform>%n frühere Paare weiter oben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomPreview</name>
    <message>
        <source>What the room sees</source>
        <translation>Was der Raum sieht</translation>
    </message>
    <message>
        <source>A live copy of the audience view. Click to show or hide it on the projector.</source>
        <translation>Eine Live-Kopie der Leinwandansicht. Klicken, um sie auf dem Beamer zu zeigen oder auszublenden.</translation>
    </message>
    <message>
        <source>The room sees nothing yet: click here or press {key} to show the audience view.</source>
        <translation>Der Raum sieht noch nichts: hier klicken oder {key} drücken, um die Leinwandansicht zu zeigen.</translation>
    </message>
</context>
<context>
    <name>RoomRatings</name>
    <message>
        <source>average of 1 score</source>
        <translation>Durchschnitt aus 1 Bewertung</translation>
    </message>
    <message>
        <source>average of {n} scores</source>
        <translation>Durchschnitt aus {n} Bewertungen</translation>
    </message>
    <message>
        <source>average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>◆ the group</source>
        <translation>◆ die Gruppe</translation>
    </message>
</context>
<context>
    <name>RoomStatement</name>
    <message>
        <source>Our statement</source>
        <translation>Unsere Aussage</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>No statement yet</source>
        <translation>Noch keine Aussage</translation>
    </message>
</context>
<context>
    <name>RoomVotes</name>
    <message>
        <source>… and {n} more with no dots</source>
        <translation>… und {n} weitere ohne Punkte</translation>
    </message>
    <message>
        <source>… and {n} more, {dots} between them</source>
        <translation>… und {n} weitere, zusammen {dots}</translation>
    </message>
    <message>
        <source>1 dot</source>
        <translation>1 Punkt</translation>
    </message>
    <message>
        <source>{n} dots</source>
        <translation>{n} Punkte</translation>
    </message>
    <message>
        <source>1 card</source>
        <translation>1 Karte</translation>
    </message>
    <message>
        <source>{n} cards</source>
        <translation>{n} Karten</translation>
    </message>
    <message>
        <source>Unnamed cluster</source>
        <translation>Cluster ohne Namen</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Agenda</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>On the projector</source>
        <translation>Auf dem Beamer</translation>
    </message>
    <message>
        <source>Read-only: {reason}. You can look through the steps and export it; nothing can be changed here.</source>
        <translation>Schreibgeschützt: {reason}. Sie können die Schritte durchsehen und exportieren; hier lässt sich nichts ändern.</translation>
    </message>
    <message>
        <source>{exercise} · step {number} of {count}</source>
        <translation>{exercise} · Schritt {number} von {count}</translation>
    </message>
    <message>
        <source>Nothing to type in this step: the prompt and the timer are on the wall.</source>
        <translation>In diesem Schritt gibt es nichts zu tippen: Aufgabe und Timer stehen auf der Leinwand.</translation>
    </message>
    <message>
        <source>Last step of the session</source>
        <translation>Letzter Schritt der Sitzung</translation>
    </message>
    <message>
        <source>{title}, round {number} of {count}</source>
        <translation>{title}, Runde {number} von {count}</translation>
    </message>
    <message>
        <source>Next: {title} · {length}</source>
        <translation>Als Nächstes: {title} · {length}</translation>
    </message>
    <message>
        <source>Undone in “{step}”: {change}</source>
        <translation>Rückgängig gemacht in „{step}“: {change}</translation>
    </message>
    <message>
        <source>Redone in “{step}”: {change}</source>
        <translation>Wiederholt in „{step}“: {change}</translation>
    </message>
    <message>
        <source> (back on the wall for the room)</source>
        <translation> (wieder auf der Leinwand für den Raum)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
</context>
<context>
    <name>ScheduleStatus</name>
    <message>
        <source>Ahead or behind the agenda</source>
        <translation>Vor oder hinter dem Ablauf</translation>
    </message>
    <message>
        <source>When the agenda ends, and what to cut</source>
        <translation>Wann der Ablauf endet und was zu kürzen ist</translation>
    </message>
    <message>
        <source>Compared with the planned clock times from the day&apos;s start (the session&apos;s own, else the plan&apos;s): what is left of this step, plus every step still to come at its planned length.</source>
        <translation>Verglichen mit den geplanten Uhrzeiten ab Tagesbeginn (dem der Sitzung, sonst dem des Ablaufplans): was von diesem Schritt übrig ist, plus jeder noch kommende Schritt in seiner geplanten Dauer.</translation>
    </message>
    <message>
        <source>Planned {start}–{end}</source>
        <translation>Geplant {start}–{end}</translation>
    </message>
    <message>
        <source>room until {deadline}</source>
        <translation>Raum bis {deadline}</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>Finished at {time}</source>
        <translation>Beendet um {time}</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>{minutes} late</source>
        <translation>{minutes} zu spät</translation>
    </message>
    <message>
        <source>{minutes} early</source>
        <translation>{minutes} früher</translation>
    </message>
    <message>
        <source>Not started: {minutes} late</source>
        <translation>Nicht begonnen: {minutes} zu spät</translation>
    </message>
    <message>
        <source>{minutes} behind</source>
        <translation>{minutes} im Rückstand</translation>
    </message>
    <message>
        <source>{minutes} ahead</source>
        <translation>{minutes} voraus</translation>
    </message>
    <message>
        <source>Ends about {end} · planned {planned}</source>
        <translation>Endet etwa {end} · geplant {planned}</translation>
    </message>
    <message>
        <source>Ends about {end} · room until {deadline}</source>
        <translation>Endet etwa {end} · Raum bis {deadline}</translation>
    </message>
    <message>
        <source>To end by {deadline}, cut {cut} from the {left} left ({share} %)</source>
        <translation>Um bis {deadline} fertig zu sein, {cut} von den verbleibenden {left} kürzen ({share} %)</translation>
    </message>
    <message>
        <source>Even skipping every remaining step ends after {deadline}</source>
        <translation>Selbst ohne alle restlichen Schritte endet es nach {deadline}</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Could not undo or redo that change: {reason}</source>
        <translation>Diese Änderung ließ sich nicht rückgängig machen oder wiederholen: {reason}</translation>
    </message>
    <message>
        <source>The change was not saved: {reason}</source>
        <translation>Die Änderung wurde nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>The undo was not saved: {reason}</source>
        <translation>Das Rückgängigmachen wurde nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>The redo was not saved: {reason}</source>
        <translation>Das Wiederholen wurde nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>The timer change was not saved: {reason}</source>
        <translation>Die Änderung am Timer wurde nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Could not move to the step: {reason}</source>
        <translation>Der Wechsel zum Schritt war nicht möglich: {reason}</translation>
    </message>
    <message>
        <source>What you are typing could not be kept in the file: {reason}</source>
        <translation>Was Sie tippen, konnte nicht in der Datei gesichert werden: {reason}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Presenter clickers: Page Down is the next step, Page Up the previous one. Space types a space in the card entry; F5 starts and pauses from anywhere. Alt+1 … Alt+9 choose the column of a new card.</source>
        <translation>Presenter: Bild ab ist der nächste Schritt, Bild auf der vorherige. Die Leertaste tippt im Kartenfeld ein Leerzeichen; F5 startet und pausiert von überall. Alt+1 … Alt+9 wählen die Spalte einer neuen Karte.</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the app, by what it is for</source>
        <translation>Alle Tastenkürzel der App, nach Zweck geordnet</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Was sie tun</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the list (Esc)</source>
        <translation>Liste schließen (Esc)</translation>
    </message>
</context>
<context>
    <name>StatementPanel</name>
    <message>
        <source>Keep as a candidate</source>
        <translation>Als Entwurf behalten</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Choose this one</source>
        <translation>Diesen wählen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Keep the statement as a candidate, or save the changes (Ctrl+Enter)</source>
        <translation>Die Aussage als Entwurf behalten oder die Änderungen speichern (Strg+Enter)</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>Neuer Entwurf</translation>
    </message>
    <message>
        <source>Empty the blanks for a new candidate</source>
        <translation>Lücken für einen neuen Entwurf leeren</translation>
    </message>
    <message>
        <source>Mark the selected candidate as the group&apos;s statement (or double-click it)</source>
        <translation>Den ausgewählten Entwurf als Aussage der Gruppe markieren (oder doppelklicken)</translation>
    </message>
    <message>
        <source>Delete candidate</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <source>Delete the selected candidate</source>
        <translation>Ausgewählten Entwurf löschen</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Select one to edit it; double-click to choose it</source>
        <translation>Einen auswählen, um ihn zu bearbeiten; Doppelklick wählt ihn</translation>
    </message>
    <message>
        <source>{blank}: Enter goes to the next blank; in the last one it keeps the statement</source>
        <translation>{blank}: Enter geht zur nächsten Lücke; in der letzten behält es die Aussage</translation>
    </message>
    <message>
        <source>No statement chosen yet.</source>
        <translation>Noch keine Aussage gewählt.</translation>
    </message>
    <message>
        <source>(chosen)</source>
        <translation>(gewählt)</translation>
    </message>
    <message>
        <source>Kept as a candidate. Choose one when the room agrees.</source>
        <translation>Als Entwurf behalten. Wählen Sie einen, wenn der Raum sich einig ist.</translation>
    </message>
    <message>
        <source>Candidate saved.</source>
        <translation>Entwurf gespeichert.</translation>
    </message>
    <message>
        <source>Select a candidate first.</source>
        <translation>Zuerst einen Entwurf auswählen.</translation>
    </message>
    <message>
        <source>Chosen: this is the group&apos;s statement, on the wall.</source>
        <translation>Gewählt: das ist die Aussage der Gruppe, auf der Leinwand.</translation>
    </message>
    <message>
        <source>Un-chosen: no statement is the group&apos;s now.</source>
        <translation>Wahl aufgehoben: jetzt ist keine Aussage die der Gruppe.</translation>
    </message>
    <message>
        <source>Deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Gelöscht. Rückgängig (Strg+Z) holt sie zurück.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Un-choose</source>
        <translation>Wahl aufheben</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <source>Round {number} of {count}</source>
        <translation>Runde {number} von {count}</translation>
    </message>
    <message>
        <source>Groups: {groups}</source>
        <translation>Gruppen: {groups}</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} von {count}</translation>
    </message>
    <message>
        <source>Switch! {phase} ({position})</source>
        <translation>Wechsel! {phase} ({position})</translation>
    </message>
    <message>
        <source>{phase} ({position})</source>
        <translation>{phase} ({position})</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Changed in another editor</source>
        <translation>In einem anderen Editor geändert</translation>
    </message>
    <message>
        <source>{name} was changed on disk while you edited it here.</source>
        <translation>{name} wurde auf der Festplatte geändert, während Sie die Datei hier bearbeitet haben.</translation>
    </message>
    <message>
        <source>Keep yours (Save then replaces the file), take the file&apos;s (your changes here are dropped), or see both side by side.</source>
        <translation>Ihre Fassung behalten (Speichern ersetzt dann die Datei), die der Datei übernehmen (Ihre Änderungen hier gehen verloren) oder beide nebeneinander ansehen.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Take the file&apos;s</source>
        <translation>Die der Datei übernehmen</translation>
    </message>
    <message>
        <source>Show both</source>
        <translation>Beide zeigen</translation>
    </message>
    <message>
        <source>The file as it is on disk now</source>
        <translation>Die Datei, wie sie jetzt auf der Festplatte ist</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <source>whole file</source>
        <translation>ganze Datei</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Save to my library</source>
        <translation>In meiner Bibliothek speichern</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Zurück zur Bibliothek</translation>
    </message>
    <message>
        <source>Convert to UTF-8</source>
        <translation>In UTF-8 umwandeln</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Vorlagentext</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name} ist nicht lesbar: {reason}</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text (from line {line}): it reads as {encoding}, shown here unchanged. Convert it to UTF-8 to use and edit it; nothing in it is lost.</source>
        <translation>{name} ist kein UTF-8-Text (ab Zeile {line}): die Datei liest sich als {encoding} und wird hier unverändert gezeigt. Wandeln Sie sie in UTF-8 um, um sie zu nutzen und zu bearbeiten; dabei geht nichts verloren.</translation>
    </message>
    <message>
        <source>Not converted: {reason}</source>
        <translation>Nicht umgewandelt: {reason}</translation>
    </message>
    <message>
        <source>{name} is UTF-8 now: {encoding} read as it was.</source>
        <translation>{name} ist jetzt UTF-8: {encoding} wurde unverändert übernommen.</translation>
    </message>
    <message>
        <source>{name} changed on disk: this is the file as it is now.</source>
        <translation>{name} wurde auf der Festplatte geändert: so sieht die Datei jetzt aus.</translation>
    </message>
    <message>
        <source>Yours on the left, the file as it is on disk on the right: copy what you want to keep, then save.</source>
        <translation>Links Ihre Fassung, rechts die Datei auf der Festplatte: übernehmen Sie, was Sie behalten möchten, dann speichern.</translation>
    </message>
    <message>
        <source>Keeping yours: Save replaces the file&apos;s changes.</source>
        <translation>Ihre Fassung bleibt: Speichern ersetzt die Änderungen der Datei.</translation>
    </message>
    <message>
        <source>Discard this new file</source>
        <translation>Diese neue Datei verwerfen</translation>
    </message>
    <message>
        <source>Only files in your library are saved: {path}</source>
        <translation>Nur Dateien in Ihrer Bibliothek werden gespeichert: {path}</translation>
    </message>
    <message>
        <source>Your library already has {name}: change the id, or open that file instead.</source>
        <translation>Ihre Bibliothek hat schon {name}: ändern Sie die ID oder öffnen Sie stattdessen diese Datei.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Saved as {name} (it was {old}: the file follows its id).</source>
        <translation>Gespeichert als {name} (vorher {old}: die Datei folgt ihrer ID).</translation>
    </message>
    <message>
        <source>No input: talk</source>
        <translation>Keine Eingabe: Gespräch</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Dot vote</source>
        <translation>Punktabfrage</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>default: {value}</source>
        <translation>Vorgabe: {value}</translation>
    </message>
    <message>
        <source>no default: the plan or the new session gives it</source>
        <translation>keine Vorgabe: der Ablaufplan oder die neue Sitzung gibt den Wert</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Asked for each use</source>
        <translation>Bei jeder Verwendung erfragt</translation>
    </message>
    <message>
        <source>The board of step {step} again, to cluster and add to</source>
        <translation>Die Pinnwand von Schritt {step} noch einmal, zum Clustern und Ergänzen</translation>
    </message>
    <message>
        <source>Column: {label}</source>
        <translation>Spalte: {label}</translation>
    </message>
    <message>
        <source>Each card of the second column answers the one beside it</source>
        <translation>Jede Karte der zweiten Spalte antwortet auf die daneben</translation>
    </message>
    <message>
        <source>Cards from phones wait until you reveal them</source>
        <translation>Karten von Handys warten, bis Sie sie aufdecken</translation>
    </message>
    <message>
        <source>Dots each: {dots}, on the cards of step {step}</source>
        <translation>Punkte pro Person: {dots}, auf die Karten von Schritt {step}</translation>
    </message>
    <message>
        <source>Scale {low} to {high}</source>
        <translation>Skala {low} bis {high}</translation>
    </message>
    <message>
        <source>Each person rates</source>
        <translation>Jede Person bewertet</translation>
    </message>
    <message>
        <source>The room agrees one score</source>
        <translation>Der Raum einigt sich auf eine Bewertung</translation>
    </message>
    <message>
        <source>Blank: {label}</source>
        <translation>Lücke: {label}</translation>
    </message>
    <message>
        <source>Sentence: {compose}</source>
        <translation>Satz: {compose}</translation>
    </message>
    <message>
        <source>Results stay off the wall until you reveal them (F6)</source>
        <translation>Ergebnisse bleiben von der Leinwand fern, bis Sie sie aufdecken (F6)</translation>
    </message>
    <message>
        <source>Shows the result of step {step}</source>
        <translation>Zeigt das Ergebnis von Schritt {step}</translation>
    </message>
    <message>
        <source>Done {count} times ({title})</source>
        <translation>{count}-mal durchgeführt ({title})</translation>
    </message>
    <message>
        <source>Groups: {groups}</source>
        <translation>Gruppen: {groups}</translation>
    </message>
    <message>
        <source>Preview on the projector</source>
        <translation>Vorschau auf dem Beamer</translation>
    </message>
    <message>
        <source>Plans have no projector preview; the planner shows their agenda.</source>
        <translation>Ablaufpläne haben keine Beamer-Vorschau; die Ablaufplanung zeigt ihren Ablauf.</translation>
    </message>
    <message>
        <source>Showing the last version without errors.</source>
        <translation>Gezeigt wird die letzte fehlerfreie Fassung.</translation>
    </message>
    <message>
        <source>The preview appears when the file has no errors.</source>
        <translation>Die Vorschau erscheint, wenn die Datei fehlerfrei ist.</translation>
    </message>
    <message>
        <source>step {number} of {total}</source>
        <translation>Schritt {number} von {total}</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <source>Step timer</source>
        <translation>Schritt-Timer</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Die Zeit ist um</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>noch %n Minute</numerusform>
            <numerusform>noch %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Overtime · paused</source>
        <translation>Überzogen · pausiert</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Überzogen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>{phase}: {left} left</source>
        <translation>{phase}: noch {left}</translation>
    </message>
    <message>
        <source>{key} to start</source>
        <translation>{key} zum Starten</translation>
    </message>
</context>
<context>
    <name>UseValues</name>
    <message>
        <source>For this group</source>
        <translation>Für diese Gruppe</translation>
    </message>
    <message>
        <source>{exercise}: {label}</source>
        <translation>{exercise}: {label}</translation>
    </message>
</context>
<context>
    <name>VoteModel</name>
    <message>
        <source>Dots</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Tally</source>
        <translation>Zählung</translation>
    </message>
    <message>
        <source>Voter</source>
        <translation>Abstimmende Person</translation>
    </message>
    <message>
        <source>Card or cluster</source>
        <translation>Karte oder Cluster</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <source>1 card</source>
        <translation>1 Karte</translation>
    </message>
    <message>
        <source>{n} cards</source>
        <translation>{n} Karten</translation>
    </message>
    <message>
        <source>Cluster: {name} ({cards})</source>
        <translation>Cluster: {name} ({cards})</translation>
    </message>
    <message>
        <source>{text}  (hidden from the room)</source>
        <translation>{text}  (für den Raum ausgeblendet)</translation>
    </message>
    <message>
        <source>Type a number of dots, like 3.</source>
        <translation>Eine Anzahl Punkte tippen, etwa 3.</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <source>Tally: type the room&apos;s dots per card</source>
        <translation>Zählung: die Punkte des Raums pro Karte tippen</translation>
    </message>
    <message>
        <source>One by one: each person&apos;s dots</source>
        <translation>Einzeln: die Punkte jeder Person</translation>
    </message>
    <message>
        <source>Tally mode</source>
        <translation>Zählmodus</translation>
    </message>
    <message>
        <source>Count the room&apos;s dots per card, select it and type the number</source>
        <translation>Die Punkte des Raums pro Karte zählen, Karte auswählen und die Zahl tippen</translation>
    </message>
    <message>
        <source>One-by-one mode</source>
        <translation>Einzelmodus</translation>
    </message>
    <message>
        <source>Each person&apos;s dots, within the limit per person</source>
        <translation>Die Punkte jeder Person, im Rahmen der Punkte pro Person</translation>
    </message>
    <message>
        <source>Who is voting?</source>
        <translation>Wer stimmt ab?</translation>
    </message>
    <message>
        <source>Voter</source>
        <translation>Abstimmende Person</translation>
    </message>
    <message>
        <source>Who is voting now: choose a participant or type a name</source>
        <translation>Wer jetzt abstimmt: eine teilnehmende Person wählen oder einen Namen tippen</translation>
    </message>
    <message>
        <source>Most dots first</source>
        <translation>Meiste Punkte zuerst</translation>
    </message>
    <message>
        <source>Sort by dots here too (the projector always shows the most dots first)</source>
        <translation>Auch hier nach Punkten sortieren (der Beamer zeigt immer die meisten Punkte zuerst)</translation>
    </message>
    <message>
        <source>Cards and clusters voted on</source>
        <translation>Karten und Cluster zur Abstimmung</translation>
    </message>
    <message>
        <source>Tally: type a number on a row, Enter. One by one: click, Space or + adds a dot, - or a right-click takes one back</source>
        <translation>Zählung: eine Zahl in eine Zeile tippen, Enter. Einzeln: Klick, Leertaste oder + gibt einen Punkt, - oder Rechtsklick nimmt einen zurück</translation>
    </message>
    <message>
        <source>Voter:</source>
        <translation>Abstimmend:</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) placed</source>
        <translation>
            <numerusform>%n Punkt vergeben</numerusform>
            <numerusform>%n Punkte vergeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) voted one by one</source>
        <translation>
            <numerusform>%n Person hat einzeln abgestimmt</numerusform>
            <numerusform>%n Personen haben einzeln abgestimmt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) each</source>
        <translation>
            <numerusform>je %n Punkt</numerusform>
            <numerusform>je %n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a card and type the number of dots on it, then Enter.</source>
        <translation>Eine Karte auswählen und die Zahl ihrer Punkte tippen, dann Enter.</translation>
    </message>
    <message>
        <source>Choose who is voting, then click the cards they pick (Space or + adds a dot, - takes one back).</source>
        <translation>Wählen Sie, wer abstimmt, dann die gewählten Karten anklicken (Leertaste oder + gibt einen Punkt, - nimmt einen zurück).</translation>
    </message>
    <message>
        <source>{name}: {left} of {dots} dots left</source>
        <translation>{name}: noch {left} von {dots} Punkten</translation>
    </message>
    <message>
        <source>Choose who is voting first.</source>
        <translation>Zuerst wählen, wer abstimmt.</translation>
    </message>
    <message>
        <source>{name} has used all {dots} dots; - or a right-click on a card takes one back.</source>
        <translation>{name} hat alle {dots} Punkte vergeben; - oder ein Rechtsklick auf eine Karte nimmt einen zurück.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>WorkshopActions</name>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Neue Sitzung…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Plan an agenda…</source>
        <translation>Ablauf &amp;planen…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Close session</source>
        <translation>Sitzung sc&amp;hließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Show the &amp;library</source>
        <translation>&amp;Bibliothek zeigen</translation>
    </message>
    <message>
        <source>Exercises and plans, and editing your own</source>
        <translation>Übungen und Ablaufpläne, und eigene bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 Min.</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation>−1 Min.</translation>
    </message>
    <message>
        <source>&amp;Reset timer</source>
        <translation>Timer &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Nächster Schritt</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>&amp;Vorheriger Schritt</translation>
    </message>
    <message>
        <source>New &amp;card</source>
        <translation>Neue &amp;Karte</translation>
    </message>
    <message>
        <source>&amp;Auto-advance</source>
        <translation>&amp;Automatisch weiter</translation>
    </message>
    <message>
        <source>&amp;Mute sound</source>
        <translation>Ton a&amp;us</translation>
    </message>
    <message>
        <source>&amp;Audience window</source>
        <translation>&amp;Leinwandfenster</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>&amp;Normalgröße</translation>
    </message>
    <message>
        <source>Next &amp;theme</source>
        <translation>Nächstes Farb&amp;schema</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Use the {name} theme</source>
        <translation>Farbschema „{name}“ verwenden</translation>
    </message>
    <message>
        <source>Follow the system&apos;s light or dark look and its contrast</source>
        <translation>Hell oder dunkel und den Kontrast so wie das System</translation>
    </message>
    <message>
        <source>&amp;Same as the console</source>
        <translation>Wie die &amp;Moderationsansicht</translation>
    </message>
    <message>
        <source>The audience window follows the console&apos;s theme</source>
        <translation>Das Leinwandfenster folgt dem Farbschema der Moderationsansicht</translation>
    </message>
    <message>
        <source>The audience window uses the {name} theme</source>
        <translation>Das Leinwandfenster verwendet das Farbschema „{name}“</translation>
    </message>
    <message>
        <source>The &amp;system&apos;s</source>
        <translation>&amp;Wie das System</translation>
    </message>
    <message>
        <source>The window follows the language of the computer</source>
        <translation>Das Fenster folgt der Sprache des Computers</translation>
    </message>
    <message>
        <source>The window speaks {name} from the next start</source>
        <translation>Das Fenster spricht {name} ab dem nächsten Start</translation>
    </message>
    <message>
        <source>Let the room &amp;join from phones</source>
        <translation>Raum per Handy &amp;beitreten lassen</translation>
    </message>
    <message>
        <source>&amp;Show the join code on the wall</source>
        <translation>Beitritts&amp;code auf der Leinwand zeigen</translation>
    </message>
    <message>
        <source>The QR code, address and code beside the wall&apos;s step</source>
        <translation>QR-Code, Adresse und Code neben dem Schritt auf der Leinwand</translation>
    </message>
    <message>
        <source>&amp;Close joining</source>
        <translation>Beitritt &amp;schließen</translation>
    </message>
    <message>
        <source>No new phone may join; the phones in the room stay</source>
        <translation>Kein neues Handy kann beitreten; die Handys im Raum bleiben</translation>
    </message>
    <message>
        <source>&amp;Hold this step&apos;s cards from phones</source>
        <translation>Handy-Karten dieses Schritts &amp;zurückhalten</translation>
    </message>
    <message>
        <source>Cards from phones wait, hidden from the room, till you reveal them</source>
        <translation>Karten von Handys warten für den Raum ausgeblendet, bis Sie sie aufdecken</translation>
    </message>
    <message>
        <source>&amp;New join code…</source>
        <translation>&amp;Neuer Beitrittscode…</translation>
    </message>
    <message>
        <source>Every phone leaves and must scan the new code</source>
        <translation>Alle Handys verlassen die Sitzung und müssen den neuen Code scannen</translation>
    </message>
    <message>
        <source>&amp;Reveal the results on the wall</source>
        <translation>Ergebnisse auf der Leinwand &amp;aufdecken</translation>
    </message>
    <message>
        <source>&amp;Phones and address…</source>
        <translation>&amp;Handys und Adresse…</translation>
    </message>
    <message>
        <source>The phones in the room, removing one, and the address they use</source>
        <translation>Die Handys im Raum, eines entfernen, und die Adresse, die sie nutzen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>changes</name>
    <message>
        <source>Add action</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Karte hinzufügen</translation>
    </message>
    <message>
        <source>Add statement</source>
        <translation>Aussage hinzufügen</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Choose statement</source>
        <translation>Aussage wählen</translation>
    </message>
    <message>
        <source>Colour card</source>
        <translation>Karte einfärben</translation>
    </message>
    <message>
        <source>Create cluster</source>
        <translation>Cluster anlegen</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Maßnahme löschen</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>Karte löschen</translation>
    </message>
    <message>
        <source>Delete cluster</source>
        <translation>Cluster löschen</translation>
    </message>
    <message>
        <source>Delete statement</source>
        <translation>Aussage löschen</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Karte bearbeiten</translation>
    </message>
    <message>
        <source>Edit statement</source>
        <translation>Aussage bearbeiten</translation>
    </message>
    <message>
        <source>Hide card</source>
        <translation>Karte ausblenden</translation>
    </message>
    <message>
        <source>Move card</source>
        <translation>Karte verschieben</translation>
    </message>
    <message>
        <source>Move the day&apos;s start</source>
        <translation>Tagesbeginn verschieben</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation>Cluster umbenennen</translation>
    </message>
    <message>
        <source>Restore action</source>
        <translation>Maßnahme wiederherstellen</translation>
    </message>
    <message>
        <source>Restore card</source>
        <translation>Karte wiederherstellen</translation>
    </message>
    <message>
        <source>Restore cluster</source>
        <translation>Cluster wiederherstellen</translation>
    </message>
    <message>
        <source>Restore statement</source>
        <translation>Aussage wiederherstellen</translation>
    </message>
    <message>
        <source>Reveal card</source>
        <translation>Karte aufdecken</translation>
    </message>
    <message>
        <source>Reveal the results</source>
        <translation>Ergebnisse aufdecken</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Abstimmen</translation>
    </message>
</context>
<context>
    <name>hotkeys</name>
    <message>
        <source>Running a step</source>
        <translation>Einen Schritt leiten</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>The room</source>
        <translation>Der Raum</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>Ablaufplanung</translation>
    </message>
    <message>
        <source>Cards on the board</source>
        <translation>Karten auf der Pinnwand</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Start, pause or resume the step timer</source>
        <translation>Den Timer des Schritts starten, pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Give the step one more minute</source>
        <translation>Dem Schritt eine Minute mehr geben</translation>
    </message>
    <message>
        <source>Take one minute off the step</source>
        <translation>Dem Schritt eine Minute wegnehmen</translation>
    </message>
    <message>
        <source>Put the step timer back to its planned time</source>
        <translation>Den Timer des Schritts auf die geplante Zeit zurücksetzen</translation>
    </message>
    <message>
        <source>Go to the next step</source>
        <translation>Zum nächsten Schritt</translation>
    </message>
    <message>
        <source>Go back to the previous step</source>
        <translation>Zurück zum vorherigen Schritt</translation>
    </message>
    <message>
        <source>Put the cursor in the card entry</source>
        <translation>Den Cursor ins Kartenfeld setzen</translation>
    </message>
    <message>
        <source>Auto-advance on or off: at zero, start the next step</source>
        <translation>Automatisch weiter an oder aus: bei null den nächsten Schritt starten</translation>
    </message>
    <message>
        <source>Silence the sound played when time is up</source>
        <translation>Den Ton stummschalten, der bei Zeitablauf erklingt</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Die letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>Redo the change undone</source>
        <translation>Die rückgängig gemachte Änderung wiederholen</translation>
    </message>
    <message>
        <source>Edit the selected card, or name the cluster</source>
        <translation>Die ausgewählte Karte bearbeiten oder den Cluster benennen</translation>
    </message>
    <message>
        <source>Delete the selected cards or clusters</source>
        <translation>Die ausgewählten Karten oder Cluster löschen</translation>
    </message>
    <message>
        <source>Hide the selected cards from the room, or reveal them</source>
        <translation>Die ausgewählten Karten für den Raum ausblenden oder aufdecken</translation>
    </message>
    <message>
        <source>Show every hidden card of the step to the room</source>
        <translation>Alle ausgeblendeten Karten des Schritts dem Raum zeigen</translation>
    </message>
    <message>
        <source>Put the selected cards in a new cluster</source>
        <translation>Die ausgewählten Karten in einen neuen Cluster legen</translation>
    </message>
    <message>
        <source>Take the selected cards out of their cluster</source>
        <translation>Die ausgewählten Karten aus ihrem Cluster nehmen</translation>
    </message>
    <message>
        <source>Show or hide what the room sees</source>
        <translation>Zeigen oder ausblenden, was der Raum sieht</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Kleinere Schrift</translation>
    </message>
    <message>
        <source>Text at its normal size</source>
        <translation>Schrift in normaler Größe</translation>
    </message>
    <message>
        <source>Switch to the next theme (light, dark, high contrast)</source>
        <translation>Zum nächsten Farbschema wechseln (hell, dunkel, hoher Kontrast)</translation>
    </message>
    <message>
        <source>Let the room join from their phones, or stop it</source>
        <translation>Den Raum per Handy beitreten lassen, oder das beenden</translation>
    </message>
    <message>
        <source>Show a held-back step&apos;s votes, scores or answers on the wall, or hold them back again</source>
        <translation>Die zurückgehaltenen Abstimmungen, Bewertungen oder Antworten eines Schritts auf der Leinwand zeigen oder wieder zurückhalten</translation>
    </message>
    <message>
        <source>Add the chosen exercise to the agenda</source>
        <translation>Die gewählte Übung zum Ablauf hinzufügen</translation>
    </message>
    <message>
        <source>Insert a break after the chosen line</source>
        <translation>Nach der gewählten Zeile eine Pause einfügen</translation>
    </message>
    <message>
        <source>Remove the chosen exercise or break</source>
        <translation>Die gewählte Übung oder Pause entfernen</translation>
    </message>
    <message>
        <source>Move the chosen exercise or break up</source>
        <translation>Die gewählte Übung oder Pause nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the chosen exercise or break down</source>
        <translation>Die gewählte Übung oder Pause nach unten verschieben</translation>
    </message>
    <message>
        <source>Save the agenda as a plan file</source>
        <translation>Den Ablauf als Ablaufplan-Datei speichern</translation>
    </message>
    <message>
        <source>Start a new session from a plan</source>
        <translation>Eine neue Sitzung aus einem Ablaufplan beginnen</translation>
    </message>
    <message>
        <source>Open a session file</source>
        <translation>Eine Sitzungsdatei öffnen</translation>
    </message>
    <message>
        <source>Plan an agenda</source>
        <translation>Ablauf planen</translation>
    </message>
    <message>
        <source>Show the library: exercises and plans, and editing your own</source>
        <translation>Die Bibliothek zeigen: Übungen und Ablaufpläne, und eigene bearbeiten</translation>
    </message>
    <message>
        <source>Write the session summary: a PDF, or Markdown, CSV or JSON</source>
        <translation>Die Zusammenfassung der Sitzung schreiben: ein PDF, oder Markdown, CSV oder JSON</translation>
    </message>
    <message>
        <source>Close the session (it is saved)</source>
        <translation>Die Sitzung schließen (sie ist gespeichert)</translation>
    </message>
    <message>
        <source>Quit Workshop</source>
        <translation>Workshop beenden</translation>
    </message>
    <message>
        <source>Show this list of shortcuts</source>
        <translation>Diese Liste der Tastenkürzel zeigen</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>{what} ({keys})</source>
        <translation>{what} ({keys})</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
</context>
</TS>
