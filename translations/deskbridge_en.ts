<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>TicketCommands</name>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TriggerRunner</name>
    <message numerus="yes">
        <source>Triggers stopped after %n pass(es): they kept changing the ticket (a loop?)</source>
        <translation>
            <numerusform>Triggers stopped after %n pass: they kept changing the ticket (a loop?)</numerusform>
            <numerusform>Triggers stopped after %n passes: they kept changing the ticket (a loop?)</numerusform>
        </translation>
    </message>
</context>
</TS>
