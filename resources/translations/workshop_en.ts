<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgendaView</name>
    <message numerus="yes">
        <source>{title} · %n round(s)</source>
        <translation>
            <numerusform>{title} · %n round</numerusform><numerusform>{title} · %n rounds</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Paused %n time(s)</source>
        <translation>
            <numerusform>Paused %n time</numerusform><numerusform>Paused %n times</numerusform></translation>
    </message>
</context>
<context>
    <name>CardEntryPanel</name>
    <message numerus="yes">
        <source>Saved. %n card(s) in this step.</source>
        <translation>
            <numerusform>Saved. %n card in this step.</numerusform><numerusform>Saved. %n cards in this step.</numerusform></translation>
    </message>
</context>
<context>
    <name>EditorStatus</name>
    <message numerus="yes">
        <source>%n problem(s) to fix before this exercise can be saved and used.</source>
        <translation>
            <numerusform>%n problem to fix before this exercise can be saved and used.</numerusform><numerusform>%n problems to fix before this exercise can be saved and used.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix: until then the library keeps using the last working file.</source>
        <translation>
            <numerusform>%n problem to fix: until then the library keeps using the last working file.</numerusform><numerusform>%n problems to fix: until then the library keeps using the last working file.</numerusform></translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message numerus="yes">
        <source>%n problem(s) in the library files.</source>
        <translation>
            <numerusform>%n problem in the library files.</numerusform><numerusform>%n problems in the library files.</numerusform></translation>
    </message>
</context>
<context>
    <name>NotesBoard</name>
    <message numerus="yes">
        <source>Reveal all (%n hidden)</source>
        <translation>
            <numerusform>Reveal all (%n hidden)</numerusform><numerusform>Reveal all (%n hidden)</numerusform></translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message numerus="yes">
        <source>Unnamed cluster, %n card(s)</source>
        <translation>
            <numerusform>Unnamed cluster, %n card</numerusform><numerusform>Unnamed cluster, %n cards</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Cluster “{name}”, %n card(s)</source>
        <translation>
            <numerusform>Cluster “{name}”, %n card</numerusform><numerusform>Cluster “{name}”, %n cards</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Not in a cluster, %n card(s)</source>
        <translation>
            <numerusform>Not in a cluster, %n card</numerusform><numerusform>Not in a cluster, %n cards</numerusform></translation>
    </message>
</context>
<context>
    <name>PlannerTree</name>
    <message numerus="yes">
        <source>{step} (%n round(s))</source>
        <translation>
            <numerusform>{step} (%n round)</numerusform><numerusform>{step} (%n rounds)</numerusform></translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message numerus="yes">
        <source>Brought back what was being typed when the app closed: %n answer(s). It is saved as an answer when you next pause.</source>
        <translation>
            <numerusform>Brought back what was being typed when the app closed: %n answer. It is saved as an answer when you next pause.</numerusform><numerusform>Brought back what was being typed when the app closed: %n answers. It is saved as an answer when you next pause.</numerusform></translation>
    </message>
</context>
<context>
    <name>RecallPanel</name>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n dot</numerusform><numerusform>%n dots</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n more</numerusform><numerusform>+ %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>RoomHeld</name>
    <message numerus="yes">
        <source>%n person(s) voted so far</source>
        <translation>
            <numerusform>%n person voted so far</numerusform><numerusform>%n people voted so far</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) rated so far</source>
        <translation>
            <numerusform>%n person rated so far</numerusform><numerusform>%n people rated so far</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) answered so far</source>
        <translation>
            <numerusform>%n person answered so far</numerusform><numerusform>%n people answered so far</numerusform></translation>
    </message>
</context>
<context>
    <name>RoomPairs</name>
    <message numerus="yes">
        <source>%n earlier pair(s) above</source>
        <translation>
            <numerusform>%n earlier pair above</numerusform><numerusform>%n earlier pairs above</numerusform></translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>%n minute left</numerusform><numerusform>%n minutes left</numerusform></translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message numerus="yes">
        <source>%n dot(s) placed</source>
        <translation>
            <numerusform>%n dot placed</numerusform><numerusform>%n dots placed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) voted one by one</source>
        <translation>
            <numerusform>%n person voted one by one</numerusform><numerusform>%n people voted one by one</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) each</source>
        <translation>
            <numerusform>%n dot each</numerusform><numerusform>%n dots each</numerusform></translation>
    </message>
</context>
</TS>
