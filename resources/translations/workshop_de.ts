<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>&amp;New session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan an agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises and plans, and editing your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auto-advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mute sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audience window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the {name} theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Same as the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audience window follows the console&apos;s theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audience window uses the {name} theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the room &amp;join from phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show the join code on the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code, address and code beside the wall&apos;s step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new phone may join; the phones in the room stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold this step&apos;s cards from phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards from phones wait, hidden from the room, till you reveal them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New join code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every phone leaves and must scan the new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal the results on the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phones and address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phones in the room, removing one, and the address they use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New exercise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <source>What will be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when: fri, next week, 1/12 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be done (Enter adds the action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does it (Enter adds the action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when: fri, tomorrow, next week, in 2 weeks, 1/12 (day first) or 2026-12-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the action, or save the changes (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the fields for a new action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected action (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an action to edit it; Delete removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a step to go there; hover a step that ran to see how it ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{title} · %n round(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Round {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round {number}: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paused %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ended {time} after {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time added: {minutes}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Workshop – audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoAdvanceButton</name>
    <message>
        <source>Auto-advance: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-advance: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: at zero the next step starts by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: at zero the step runs on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakPanel</name>
    <message>
        <source>Back at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardEntry</name>
    <message>
        <source>New card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what the group says; Enter adds it as a card, Shift+Enter starts a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what the group says, then press Enter (Shift+Enter for a new line)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardEntryPanel</name>
    <message>
        <source>Column for new cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column the next card goes to (Alt+1, Alt+2, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the card (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved. %n card(s) in this step.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter adds the card · Shift+Enter new line · {keys} puts the cursor here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept from last time, not added yet: Enter adds it as a card, Ctrl+Z clears it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to add: the entry is empty. Type an idea, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayStartNotice</name>
    <message>
        <source>The day now starts at {time}, when its first step started. Undo: {key}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportStatus</name>
    <message>
        <source>Writing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop writing the file; nothing half-written is left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the {what}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>PDF summary (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown, for a wiki or an e-mail (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV tables in a zip: cards, votes, ratings, statements, answers, actions (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON, the whole session, re-importable (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF written: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} was not written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilitatorNotes</name>
    <message>
        <source>Facilitator notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For you only: never shown on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes for this step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a customer-service culture workshop: the console here, the audience view on the projector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume where you left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the session on the step it was on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent sessions yet. Start a new one, or open a .workshop file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume where you left off: {title}, step {step} of {steps}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputPanel</name>
    <message>
        <source>Not saved, so nothing changed. Try again.</source>
        <extracomment>The lists of the state this panel shows; changes to others are skipped.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinPanel</name>
    <message>
        <source>Join from your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 phone joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 phones joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate to my library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ broken ({count}): not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ broken ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok, with a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok, replaces {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok; a broken copy is not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your copy is {path}: edit that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change it, duplicate it to your library and edit the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have {name} in your library: opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to {path}. Your copy replaces the original while it has no errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or discard the changes to {name} first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has unsaved changes: open it again to save them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plans and exercises found; a broken file says why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the library files.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ broken ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced by your copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The projector was disconnected: the audience view is hidden. {keys} shows it full screen here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop sessions (*.workshop);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one window can change a session. You can open it here read-only, to look through it and export it; to change it, use the window that has it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} – Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: nothing is written to this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes are saved in the session file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved at {time}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda the session runs; it is copied into the session file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (from the planner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Service culture day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop&apos;s name, on the PDF&apos;s cover (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose workshop it is, on the PDF&apos;s cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who runs it, on the PDF&apos;s cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the day starts: the agenda&apos;s clock times, and ahead or behind, count from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session file; an existing file is never overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder and name of the session file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;art time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the session file and start running it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without creating a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no valid plan in the library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the session as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop sessions (*.workshop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan starts at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan names no start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no valid plan to start from: see the library on the home page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in “{value}”: the plan gives it no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the session file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder: add a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Choose another name: an existing session is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was not created: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesBoard</name>
    <message numerus="yes">
        <source>Reveal all (%n hidden)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reveal all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved, so not added: your text is still in the entry. Press Enter to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more cards first (click, Ctrl+click, Shift+arrows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster made: type its name, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards: {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or F2 edits; drag a card onto another to cluster them; Ctrl+G groups, Ctrl+H hides, 0-6 colour, Backspace removes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who said it (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author of the next card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who said it, if the card should name them; left empty, the card is anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add cards hidden from the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cards stay off the projector until you reveal them (Reveal all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide / reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour the selected cards (keys 0 to 6 on the board)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour the selected cards: {colour}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesDelegate</name>
    <message>
        <source>Hidden from the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed cluster (F2 names it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the cluster, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ 1 earlier card above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ {n} earlier cards above</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OvertimeCue</name>
    <message>
        <source>{key}: next step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhonesDialog</name>
    <message>
        <source>Phones in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone can send nothing more; what it sent stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address phones join at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones reach this laptop at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (anonymous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone has joined yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannerPage</name>
    <message>
        <source>Add exercises from the list on the left: Enter or double-click adds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} planned, {start}–{end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not fit: {total} planned for the {available} from {start} to {room_end}, {over} over. Shorten steps or remove something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits: {total} planned, {start}–{end}, {spare} to spare before {room_end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the agenda fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda&apos;s total against the time from the start to the end of the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length of the chosen step or break, in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the agenda calls this break, e.g. Coffee or Lunch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a step or a break to change its length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exercise}: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exercise}: choose one of its steps to change its length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to add an exercise after the chosen line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} · {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin with an empty agenda or a copy of a plan from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s name; its file name is made from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the workshop begins: each clock time counts from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the time available ends: the agenda must fit before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts &amp;at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room &amp;until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan an agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the planner; the agenda stays until you start another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a session file from this agenda and run it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from “{plan}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the agenda as a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans (*.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(asked when the session is made)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds of {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: rounds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannerTree</name>
    <message>
        <source>Agenda being planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag an exercise or break to move it (or Alt+Up / Alt+Down); choose a step to change its length below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise or step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (break)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{step} (%n round(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{length} each</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>QR code to join from a phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <source>The group&apos;s answer to question {n}, saved as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s answer (saved as you type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers are saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 answer from a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} answers from phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Brought back what was being typed when the app closed: %n answer(s). It is saved as an answer when you next pause.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatingGrid</name>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a score in a cell: it moves down to the next item; Delete clears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A column of scores per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One score per item, agreed by the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (or initials) of someone rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or initials and press Enter: a column for their scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a column for the name typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type a digit to score and move down; Delete clears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type a score and press Enter; Delete clears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores from {low} to {high}{ends}: {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s scores are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s scores are in. Escape goes to the name box for the next person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingModel</name>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores given, then how many people gave each score (score: people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a whole number for the score.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingTable</name>
    <message>
        <source>Scores go in a person&apos;s column: type their name in the box above, then Enter (Escape takes you there).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecallPanel</name>
    <message>
        <source>No result yet from “{step}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most dots in “{step}”: a tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most dots in “{step}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vote in “{step}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen in “{step}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated highest in “{step}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From “{step}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{heading} · {exercise}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>agreed: {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecentList</name>
    <message>
        <source>Recent sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {step} of {steps}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last change {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not closed cleanly: resume where you left off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevealBar</name>
    <message>
        <source>Results: on the wall for the room. {key} hides them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results: hidden on the wall, shown here. {key} reveals them to the room.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomActions</name>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and 1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomAnswers</name>
    <message>
        <source>(not answered yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomControls</name>
    <message>
        <source>Phones can join at {address} (code {code}). Anyone on this network can read what phones send: use the room&apos;s own Wi-Fi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New join code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every phone in the room ({count}) leaves and must scan the new code. What they sent stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 phone in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} phones in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joining closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join at {url}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomHeld</name>
    <message>
        <source>results on the facilitator&apos;s cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) voted so far</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) rated so far</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) answered so far</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the group&apos;s result is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place your dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give your scores, each on your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write your answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomJoins</name>
    <message>
        <source>Phones cannot join: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room&apos;s setting could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomPairs</name>
    <message numerus="yes">
        <source>%n earlier pair(s) above</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomPreview</name>
    <message>
        <source>What the room sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A live copy of the audience view. Click to show or hide it on the projector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room sees nothing yet: click here or press {key} to show the audience view.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomRatings</name>
    <message>
        <source>average of 1 score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average of {n} scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomStatement</name>
    <message>
        <source>Our statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statement yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomVotes</name>
    <message>
        <source>… and {n} more with no dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more, {dots} between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed cluster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: {reason}. You can look through the steps and export it; nothing can be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exercise} · step {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to type in this step: the prompt and the timer are on the wall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last step of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, round {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {title} · {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone in “{step}”: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone in “{step}”: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (back on the wall for the room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleStatus</name>
    <message>
        <source>Ahead or behind the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the agenda ends, and what to cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the planned clock times from the day&apos;s start (the session&apos;s own, else the plan&apos;s): what is left of this step, plus every step still to come at its planned length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned {start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room until {deadline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: {minutes} late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends about {end} · planned {planned}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends about {end} · room until {deadline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To end by {deadline}, cut {cut} from the {left} left ({share} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even skipping every remaining step ends after {deadline}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Could not undo or redo that change: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The undo was not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redo was not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timer change was not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move to the step: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you are typing could not be kept in the file: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter clickers: Page Down is the next step, Page Up the previous one. Space types a space in the card entry; F5 starts and pauses from anywhere. Alt+1 … Alt+9 choose the column of a new card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the app, by what it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the list (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementPanel</name>
    <message>
        <source>Keep as a candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the statement as a candidate, or save the changes (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the blanks for a new candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected candidate as the group&apos;s statement (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one to edit it; double-click to choose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{blank}: Enter goes to the next blank; in the last one it keeps the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statement chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as a candidate. Choose one when the room agrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a candidate first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: this is the group&apos;s statement, on the wall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un-chosen: no statement is the group&apos;s now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un-choose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <source>{number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch! {phase} ({position})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase} ({position})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Changed in another editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was changed on disk while you edited it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep yours (Save then replaces the file), take the file&apos;s (your changes here are dropped), or see both side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the file&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file as it is on disk now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n problem(s) to fix before this exercise can be saved and used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n problem(s) to fix: until then the library keeps using the last working file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found. Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in your library: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to my library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text (from line {line}): it reads as {encoding}, shown here unchanged. Convert it to UTF-8 to use and edit it; nothing in it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not converted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is UTF-8 now: {encoding} read as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} changed on disk: this is the file as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours on the left, the file as it is on disk on the right: copy what you want to keep, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping yours: Save replaces the file&apos;s changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only files in your library are saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your library already has {name}: change the id, or open that file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {name} (it was {old}: the file follows its id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No input: talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no default: the plan or the new session gives it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for each use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board of step {step} again, to cluster and add to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each card of the second column answers the one beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards from phones wait until you reveal them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots each: {dots}, on the cards of step {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room agrees one score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence: {compose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results stay off the wall until you reveal them (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the result of step {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done {count} times ({title})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups: {groups}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans have no projector preview; the planner shows their agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the last version without errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview appears when the file has no errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <source>Step timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtime · paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase}: {left} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} to start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UseValues</name>
    <message>
        <source>For this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exercise}: {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoteModel</name>
    <message>
        <source>Dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card or cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster: {name} ({cards})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}  (hidden from the room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number of dots, like 3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <source>Tally: type the room&apos;s dots per card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One by one: each person&apos;s dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tally mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the room&apos;s dots per card, select it and type the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-by-one mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person&apos;s dots, within the limit per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is voting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is voting now: choose a participant or type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most dots first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by dots here too (the projector always shows the most dots first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards and clusters voted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tally: type a number on a row, Enter. One by one: click, Space or + adds a dot, - or a right-click takes one back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) placed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) voted one by one</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) each</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a card and type the number of dots on it, then Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who is voting, then click the cards they pick (Space or + adds a dot, - takes one back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {left} of {dots} dots left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who is voting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has used all {dots} dots; - or a right-click on a card takes one back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotkeys</name>
    <message>
        <source>Running a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards on the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
