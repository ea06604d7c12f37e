<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionList</name>
    <message>
        <source>Action %1</source>
        <translation>Aktion %1</translation>
    </message>
    <message>
        <source>The actions are not valid JSON: %1 (at character %2)</source>
        <translation>Die Aktionen sind kein gültiges JSON: %1 (bei Zeichen %2)</translation>
    </message>
    <message>
        <source>The actions must be a JSON list</source>
        <translation>Die Aktionen müssen eine JSON-Liste sein</translation>
    </message>
    <message>
        <source>%1: an action needs the text &quot;field&quot;</source>
        <translation>%1: Eine Aktion benötigt einen Text unter „field“</translation>
    </message>
    <message>
        <source>%1: unknown action &apos;%2&apos;</source>
        <translation>%1: Unbekannte Aktion &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a value of &apos;%3&apos; (use one of: %4)</source>
        <translation>%1: &apos;%2&apos; ist kein Wert von &apos;%3&apos; (verwenden Sie einen dieser Werte: %4)</translation>
    </message>
    <message>
        <source>%1: &apos;share_ticket&apos; needs the id of a sharing agreement</source>
        <translation>%1: &apos;share_ticket&apos; benötigt die ID einer Vereinbarung zur gemeinsamen Nutzung</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; needs one or more tags</source>
        <translation>%1: &apos;%2&apos; benötigt mindestens einen Tag</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; needs an id, or null to clear it</source>
        <translation>%1: &apos;%2&apos; benötigt eine ID oder null, um den Wert zu leeren</translation>
    </message>
    <message>
        <source>%1: the sharing agreement %2 does not exist (any more)</source>
        <translation>%1: Die Vereinbarung zur gemeinsamen Nutzung %2 existiert nicht (mehr)</translation>
    </message>
    <message>
        <source>%1: the sharing agreement &apos;%2&apos; is %3 and can no longer share tickets</source>
        <translation>%1: Die Vereinbarung zur gemeinsamen Nutzung „%2“ hat den Status „%3“ und kann keine Tickets mehr freigeben</translation>
    </message>
    <message>
        <source>%1: the group %2 does not exist (any more)</source>
        <translation>%1: Die Gruppe %2 existiert nicht (mehr)</translation>
    </message>
    <message>
        <source>%1: the user %2 does not exist (any more)</source>
        <translation>%1: Der Benutzer %2 existiert nicht (mehr)</translation>
    </message>
    <message>
        <source>%1: tickets can only be shared by an agreement we share with a partner; agreement %2 is one a partner shares with us by</source>
        <translation>%1: Tickets können nur über eine ausgehende Vereinbarung freigegeben werden, mit der dieses Konto Tickets für einen Partner freigibt; Vereinbarung %2 ist eingehend (ein Partner gibt darüber Tickets für dieses Konto frei)</translation>
    </message>
    <message>
        <source>%1: the user %2 is not an agent and cannot be assigned</source>
        <translation>%1: Der Benutzer %2 ist kein Agent und kann nicht als zugewiesener Mitarbeiter festgelegt werden</translation>
    </message>
    <message>
        <source>Add at least one action</source>
        <translation>Fügen Sie mindestens eine Aktion hinzu</translation>
    </message>
</context>
<context>
    <name>AdminCommands</name>
    <message>
        <source>The account&apos;s name.</source>
        <translation>Name des Kontos.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The first administrator&apos;s email.</source>
        <translation>E-Mail-Adresse des ersten Administrators.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>The first administrator&apos;s name.</source>
        <translation>Name des ersten Administrators.</translation>
    </message>
    <message>
        <source>team, growth, professional or enterprise.</source>
        <translation>team, growth, professional oder enterprise.</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <source>Unknown plan &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekannter Plan „%1“; verwenden Sie einen dieser Werte: %2.</translation>
    </message>
    <message>
        <source>Created the account &quot;%1&quot; in %2 with the administrator %3.</source>
        <translation>Das Konto „%1“ wurde in %2 mit dem Administrator %3 angelegt.</translation>
    </message>
    <message>
        <source>Account:        %1</source>
        <translation>Konto:            %1</translation>
    </message>
    <message>
        <source>Plan:           %1</source>
        <translation>Plan:             %1</translation>
    </message>
    <message>
        <source>Data directory: %1</source>
        <translation>Datenverzeichnis: %1</translation>
    </message>
    <message>
        <source>Address and port to listen on.</source>
        <translation>Adresse und Port, an denen auf Verbindungen gewartet wird.</translation>
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation>ADRESSE:PORT</translation>
    </message>
    <message>
        <source>The sharing URL partners reach this account at.</source>
        <translation>Die URL für Ticket Sharing, unter der Partner dieses Konto erreichen.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Serving the account &quot;%1&quot; from %2. Stop with Ctrl+C.</source>
        <translation>Das Konto „%1“ wird aus %2 bereitgestellt. Beenden mit Strg+C.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Beendet.</translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation>Vollständiger Name.</translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation>E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>admin, agent or end-user.</source>
        <translation>admin, agent oder end-user.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>A tag (repeatable).</source>
        <translation>Ein Tag (mehrfach möglich).</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use admin, agent or end-user.</source>
        <translation>Unbekannte Rolle „%1“; verwenden Sie admin, agent oder end-user.</translation>
    </message>
    <message>
        <source>Created %1 &lt;%2&gt; (%3), id %4.</source>
        <translation>%1 &lt;%2&gt; (%3) wurde angelegt, ID %4.</translation>
    </message>
    <message>
        <source>Only this role.</source>
        <translation>Nur diese Rolle.</translation>
    </message>
    <message>
        <source>Only agents and administrators can list users.</source>
        <translation>Nur Agenten und Administratoren können Benutzer auflisten.</translation>
    </message>
    <message>
        <source>Use &apos;deskbridge user create&apos; or &apos;deskbridge user list&apos;.</source>
        <translation>Verwenden Sie &apos;deskbridge user create&apos; oder &apos;deskbridge user list&apos;.</translation>
    </message>
    <message>
        <source>The group&apos;s name.</source>
        <translation>Name der Gruppe.</translation>
    </message>
    <message>
        <source>Created the group %1, id %2.</source>
        <translation>Die Gruppe %1 wurde angelegt, ID %2.</translation>
    </message>
    <message>
        <source>Use &apos;deskbridge group create&apos; or &apos;deskbridge group list&apos;.</source>
        <translation>Verwenden Sie &apos;deskbridge group create&apos; oder &apos;deskbridge group list&apos;.</translation>
    </message>
    <message>
        <source>The field&apos;s title.</source>
        <translation>Titel des Felds.</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>text, multiline, number, checkbox, dropdown or date.</source>
        <translation>text, multiline, number, checkbox, dropdown oder date.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>The field&apos;s key (default: from the title).</source>
        <translation>Schlüssel des Felds (Standard: aus dem Titel gebildet).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>A drop-down option (repeatable).</source>
        <translation>Eine Option der Dropdown-Liste (mehrfach möglich).</translation>
    </message>
    <message>
        <source>OPTION</source>
        <translation>OPTION</translation>
    </message>
    <message>
        <source>Unknown field type &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekannter Feldtyp „%1“; verwenden Sie einen dieser Werte: %2.</translation>
    </message>
    <message>
        <source>Created the field &quot;%1&quot; (key %2), id %3.</source>
        <translation>Das Feld „%1“ (Schlüssel %2) wurde angelegt, ID %3.</translation>
    </message>
    <message>
        <source>Use &apos;deskbridge field create&apos; or &apos;deskbridge field list&apos;.</source>
        <translation>Verwenden Sie &apos;deskbridge field create&apos; oder &apos;deskbridge field list&apos;.</translation>
    </message>
</context>
<context>
    <name>BusinessHours</name>
    <message>
        <source>Business hours: the time zone is not valid</source>
        <translation>Geschäftszeiten: Die Zeitzone ist ungültig</translation>
    </message>
    <message>
        <source>Business hours, interval %1: the day must be 1 (Monday) to 7 (Sunday)</source>
        <translation>Geschäftszeiten, Intervall %1: Der Tag muss zwischen 1 (Montag) und 7 (Sonntag) liegen</translation>
    </message>
    <message>
        <source>Business hours, interval %1: the start must come before the end on the same day (split intervals that cross midnight)</source>
        <translation>Geschäftszeiten, Intervall %1: Der Beginn muss am selben Tag vor dem Ende liegen (teilen Sie Intervalle auf, die über Mitternacht reichen)</translation>
    </message>
    <message>
        <source>Business hours are not valid JSON: %1 (at character %2)</source>
        <translation>Die Geschäftszeiten sind kein gültiges JSON: %1 (bei Zeichen %2)</translation>
    </message>
    <message>
        <source>Business hours: &quot;intervals&quot; must be a list</source>
        <translation>Geschäftszeiten: „intervals“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>Business hours must be a JSON object</source>
        <translation>Die Geschäftszeiten müssen ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>Business hours: the time zone &apos;%1&apos; is unknown</source>
        <translation>Geschäftszeiten: Die Zeitzone &apos;%1&apos; ist unbekannt</translation>
    </message>
    <message>
        <source>Business hours, interval %1: start and end must be times like &quot;09:00&quot; and &quot;17:30&quot;</source>
        <translation>Geschäftszeiten, Intervall %1: Beginn und Ende müssen Uhrzeiten wie „09:00“ und „17:30“ sein</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>The account&apos;s data directory.</source>
        <translation>Datenverzeichnis des Kontos.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZEICHNIS</translation>
    </message>
    <message>
        <source>Language of messages: de or en.</source>
        <translation>Sprache der Meldungen: de oder en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>Act as the user with this email address.</source>
        <translation>Im Namen des Benutzers mit dieser E-Mail-Adresse handeln.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>JSON für Skripte ausgeben.</translation>
    </message>
    <message>
        <source>There is no account in %1 yet. Create one with: deskbridge init --data-dir %1 --account NAME --admin-email EMAIL --admin-name NAME</source>
        <translation>In %1 gibt es noch kein Konto. Legen Sie eines an mit: deskbridge init --data-dir %1 --account NAME --admin-email E-MAIL --admin-name NAME</translation>
    </message>
    <message>
        <source>The account has no active administrator; say who acts with --as EMAIL.</source>
        <translation>Das Konto hat keinen aktiven Administrator; geben Sie mit --as E-MAIL an, wer handelt.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>Run &apos;deskbridge --help&apos; for the commands and their options.</source>
        <translation>Rufen Sie &apos;deskbridge --help&apos; auf, um die Befehle und ihre Optionen zu sehen.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: deskbridge [--data-dir DIR] [--lang de|en]      open the console
       deskbridge demo                               two sample accounts
       deskbridge &lt;command&gt; [options]

Commands (each takes --data-dir DIR; --as EMAIL acts as that user; --json prints JSON):
  init --account NAME --admin-email E --admin-name N [--plan P]
  info                                 the account and its data directory
  serve [--listen ADDR:PORT] [--public-url URL]   run without windows
  user create --name N --email E [--role admin|agent|end-user]
  user list [--role R]
  group create --name N | group list
  field create --title T --type text|multiline|number|checkbox|dropdown|date [--option O]...
  field list
  ticket create --requester E --subject S --comment TEXT [--private] [--tag T]... [--priority P] [--field KEY=VALUE]...
  ticket update ID [--status S] [--priority P] [--tag T] [--remove-tag T] [--group G] [--assignee E] [--comment TEXT [--private]]
  ticket comment ID --body TEXT [--private]
  ticket show ID
  tickets [--view NAME] [--search TEXT] [--limit N]

Exit codes: 0 done, 1 refused or failed (the message says why), 2 wrong usage.
</source>
        <translation>Aufruf: deskbridge [--data-dir VERZEICHNIS] [--lang de|en]   Konsole öffnen
        deskbridge demo                                      zwei Beispielkonten
        deskbridge &lt;Befehl&gt; [Optionen]

Befehle (jeweils mit --data-dir VERZEICHNIS; --as E-MAIL handelt als dieser Benutzer; --json gibt JSON aus):
  init --account NAME --admin-email E --admin-name N [--plan P]
  info                                 das Konto und sein Datenverzeichnis
  serve [--listen ADRESSE:PORT] [--public-url URL]   ohne Fenster ausführen
  user create --name N --email E [--role admin|agent|end-user]
  user list [--role R]
  group create --name N | group list
  field create --title T --type text|multiline|number|checkbox|dropdown|date [--option O]...
  field list
  ticket create --requester E --subject S --comment TEXT [--private] [--tag T]... [--priority P] [--field SCHLÜSSEL=WERT]...
  ticket update ID [--status S] [--priority P] [--tag T] [--remove-tag T] [--group G] [--assignee E] [--comment TEXT [--private]]
  ticket comment ID --body TEXT [--private]
  ticket show ID
  tickets [--view NAME] [--search TEXT] [--limit N]

Exit-Codes: 0 erledigt, 1 abgelehnt oder fehlgeschlagen (die Meldung nennt den Grund), 2 falscher Aufruf.
</translation>
    </message>
</context>
<context>
    <name>CompiledCondition</name>
    <message>
        <source>%1: the field is missing</source>
        <translation>%1: Das Feld fehlt</translation>
    </message>
    <message>
        <source>%1: unknown field &apos;%2&apos;</source>
        <translation>%1: Unbekanntes Feld &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: the operator is missing</source>
        <translation>%1: Der Operator fehlt</translation>
    </message>
    <message>
        <source>%1: unknown operator &apos;%2&apos;</source>
        <translation>%1: Unbekannter Operator &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: the operator &apos;%2&apos; does not apply to the field &apos;%3&apos;</source>
        <translation>%1: Der Operator &apos;%2&apos; ist auf das Feld &apos;%3&apos; nicht anwendbar</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a value of the field &apos;%3&apos; (use one of: %4)</source>
        <translation>%1: &apos;%2&apos; ist kein Wert des Felds &apos;%3&apos; (verwenden Sie einen dieser Werte: %4)</translation>
    </message>
    <message>
        <source>%1: the field &apos;%2&apos; needs an id, or null for none</source>
        <translation>%1: Das Feld &apos;%2&apos; benötigt eine ID oder null für keinen Wert</translation>
    </message>
    <message>
        <source>%1: the field &apos;%2&apos; needs an id</source>
        <translation>%1: Das Feld &apos;%2&apos; benötigt eine ID</translation>
    </message>
    <message>
        <source>%1: the field &apos;tags&apos; needs one or more tags</source>
        <translation>%1: Das Feld &apos;tags&apos; benötigt mindestens einen Tag</translation>
    </message>
    <message>
        <source>%1: the field &apos;%2&apos; needs a number of hours (0 or more)</source>
        <translation>%1: Das Feld &apos;%2&apos; benötigt eine Anzahl von Stunden (0 oder mehr)</translation>
    </message>
    <message>
        <source>%1: the field &apos;%2&apos; needs true or false</source>
        <translation>%1: Das Feld &apos;%2&apos; benötigt true oder false</translation>
    </message>
    <message>
        <source>%1: the field &apos;%2&apos; needs a number or a date (yyyy-MM-dd) to compare with</source>
        <translation>%1: Das Feld &apos;%2&apos; benötigt eine Zahl oder ein Datum (JJJJ-MM-TT) zum Vergleichen</translation>
    </message>
    <message>
        <source>%1: the field &apos;%2&apos; needs a value; use present / not_present to test for an empty field</source>
        <translation>%1: Das Feld &apos;%2&apos; benötigt einen Wert; prüfen Sie mit present / not_present, ob ein Feld leer ist</translation>
    </message>
</context>
<context>
    <name>Condition</name>
    <message>
        <source>Condition %1 (%2)</source>
        <translation>Bedingung %1 (%2)</translation>
    </message>
    <message>
        <source>The conditions are not valid JSON: %1 (at character %2)</source>
        <translation>Die Bedingungen sind kein gültiges JSON: %1 (bei Zeichen %2)</translation>
    </message>
    <message>
        <source>The conditions must be a JSON object with the lists &quot;all&quot; and &quot;any&quot;</source>
        <translation>Die Bedingungen müssen ein JSON-Objekt mit den Listen „all“ und „any“ sein</translation>
    </message>
    <message>
        <source>The conditions&apos; &quot;%1&quot; must be a list</source>
        <translation>„%1“ in den Bedingungen muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1: a condition needs the texts &quot;field&quot; and &quot;operator&quot;</source>
        <translation>%1: Eine Bedingung benötigt Texte unter „field“ und „operator“</translation>
    </message>
    <message>
        <source>Add at least one condition</source>
        <translation>Fügen Sie mindestens eine Bedingung hinzu</translation>
    </message>
    <message>
        <source>%1: the group %2 does not exist (any more)</source>
        <translation>%1: Die Gruppe %2 existiert nicht (mehr)</translation>
    </message>
    <message>
        <source>%1: the organization %2 does not exist (any more)</source>
        <translation>%1: Die Organisation %2 existiert nicht (mehr)</translation>
    </message>
    <message>
        <source>%1: the user %2 does not exist (any more)</source>
        <translation>%1: Der Benutzer %2 existiert nicht (mehr)</translation>
    </message>
    <message>
        <source>%1: the sharing agreement %2 does not exist (any more)</source>
        <translation>%1: Die Vereinbarung zur gemeinsamen Nutzung %2 existiert nicht (mehr)</translation>
    </message>
    <message>
        <source>%1: the custom field %2 does not exist (any more)</source>
        <translation>%1: Das benutzerdefinierte Feld %2 existiert nicht (mehr)</translation>
    </message>
    <message>
        <source>%1: &apos;within_business_hours&apos; tests the moment of an update; use it in triggers, not in views</source>
        <translation>%1: &apos;within_business_hours&apos; prüft den Zeitpunkt einer Aktualisierung; verwenden Sie es in Auslösern, nicht in Ansichten</translation>
    </message>
    <message>
        <source>%1: the field &apos;%2&apos; describes an update; use it in triggers, not in views</source>
        <translation>%1: Das Feld &apos;%2&apos; beschreibt eine Aktualisierung; verwenden Sie es in Auslösern, nicht in Ansichten</translation>
    </message>
    <message>
        <source>%1: the user %2 is not an agent and cannot be an assignee</source>
        <translation>%1: Der Benutzer %2 ist kein Agent und kann nicht zugewiesener Mitarbeiter sein</translation>
    </message>
    <message>
        <source>%1: &apos;received_from&apos; needs an agreement partners share tickets with us by; agreement %2 is one we share by</source>
        <translation>%1: &apos;received_from&apos; benötigt eine eingehende Vereinbarung, über die Partner Tickets für dieses Konto freigeben; Vereinbarung %2 ist ausgehend (dieses Konto gibt darüber Tickets frei)</translation>
    </message>
    <message>
        <source>%1: &apos;sent_to&apos; needs an agreement we share tickets by; agreement %2 is one a partner shares with us by</source>
        <translation>%1: &apos;sent_to&apos; benötigt eine ausgehende Vereinbarung, über die dieses Konto Tickets freigibt; Vereinbarung %2 ist eingehend (ein Partner gibt darüber Tickets für dieses Konto frei)</translation>
    </message>
    <message>
        <source>%1: the custom field %2 holds numbers; compare it with a number</source>
        <translation>%1: Das benutzerdefinierte Feld %2 enthält Zahlen; vergleichen Sie es mit einer Zahl</translation>
    </message>
    <message>
        <source>%1: the custom field %2 holds dates; compare it with a date (yyyy-MM-dd)</source>
        <translation>%1: Das benutzerdefinierte Feld %2 enthält Datumswerte; vergleichen Sie es mit einem Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>%1: the operator &apos;%2&apos; does not apply to the field &apos;%3&apos; (%4)</source>
        <translation>%1: Der Operator &apos;%2&apos; ist auf das Feld &apos;%3&apos; (%4) nicht anwendbar</translation>
    </message>
    <message>
        <source>%1: the custom field %2 is a checkbox; compare it with true or false</source>
        <translation>%1: Das benutzerdefinierte Feld %2 ist ein Kontrollkästchen; vergleichen Sie es mit true oder false</translation>
    </message>
    <message>
        <source>%1: the custom field %2 holds text; compare it with a text</source>
        <translation>%1: Das benutzerdefinierte Feld %2 enthält Text; vergleichen Sie es mit einem Text</translation>
    </message>
</context>
<context>
    <name>CsvColumns</name>
    <message>
        <source>The column “%1” appears twice in the header line. Remove one of them.</source>
        <translation>Die Spalte „%1“ kommt in der Kopfzeile zweimal vor. Entfernen Sie eine davon.</translation>
    </message>
    <message>
        <source>The header line has no “%1” column. The first line of the file must name the columns, such as: %2.</source>
        <translation>Die Kopfzeile hat keine Spalte „%1“. Die erste Zeile der Datei muss die Spalten benennen, zum Beispiel: %2.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is encoded in UTF-16. Save it as “CSV UTF-8” and import it again.</source>
        <translation>Die Datei ist in UTF-16 kodiert. Speichern Sie sie als „CSV UTF-8“ und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>The file is a spreadsheet workbook, not a CSV file. Save it as “CSV UTF-8” and import it again.</source>
        <translation>Die Datei ist eine Arbeitsmappe einer Tabellenkalkulation, keine CSV-Datei. Speichern Sie sie als „CSV UTF-8“ und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>A quoted value begins on this line but its closing quote is missing, so the rest of the file could not be read.</source>
        <translation>In dieser Zeile beginnt ein Wert in Anführungszeichen, aber das schließende Anführungszeichen fehlt; deshalb konnte der Rest der Datei nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This line has more than %1 values, far more than any import file has columns.</source>
        <translation>Diese Zeile hat mehr als %1 Werte, weit mehr, als eine Importdatei Spalten hat.</translation>
    </message>
    <message>
        <source>A value on this line is longer than %1 KiB, the most a single value may hold.</source>
        <translation>Ein Wert in dieser Zeile ist länger als %1 KiB, die Höchstgröße für einen einzelnen Wert.</translation>
    </message>
    <message>
        <source>This line is not valid UTF-8 text. Save the file as “CSV UTF-8” and import it again.</source>
        <translation>Diese Zeile ist kein gültiger UTF-8-Text. Speichern Sie die Datei als „CSV UTF-8“ und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>This line has %1 values, but the header line has %2 columns. A value containing the separator “%3” must be put in double quotes.</source>
        <translation>Diese Zeile hat %1 Werte, die Kopfzeile aber %2 Spalten. Ein Wert, der das Trennzeichen „%3“ enthält, muss in doppelte Anführungszeichen gesetzt werden.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line naming the columns.</source>
        <translation>Die Datei ist leer: Sie hat keine Kopfzeile mit den Spaltennamen.</translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MiB. Split it into smaller files and import them one by one.</source>
        <translation>Die Datei %1 ist größer als %2 MiB. Teilen Sie sie in kleinere Dateien auf und importieren Sie diese einzeln.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The SQLite driver for Qt is not installed (libqt6sql6-sqlite).</source>
        <translation>Der SQLite-Treiber für Qt ist nicht installiert (libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a DeskBridge database (%2).</source>
        <translation>Die Datei %1 ist keine DeskBridge-Datenbank (%2).</translation>
    </message>
    <message>
        <source>The data directory is read-only: %1</source>
        <translation>Das Datenverzeichnis ist schreibgeschützt: %1</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Instance</name>
    <message>
        <source>Say who acts: --as EMAIL.</source>
        <translation>Geben Sie an, wer handelt: --as E-MAIL.</translation>
    </message>
    <message>
        <source>There is no user with the email address %1.</source>
        <translation>Es gibt keinen Benutzer mit der E-Mail-Adresse %1.</translation>
    </message>
    <message>
        <source>The user %1 is suspended.</source>
        <translation>Der Benutzer %1 ist gesperrt.</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Services::AccountService</name>
    <message>
        <source>The account needs a name.</source>
        <translation>Das Konto benötigt einen Namen.</translation>
    </message>
    <message>
        <source>This data directory already holds the account &quot;%1&quot;.</source>
        <translation>Dieses Datenverzeichnis enthält bereits das Konto „%1“.</translation>
    </message>
    <message>
        <source>The language must be German (de) or English (en).</source>
        <translation>Die Sprache muss Deutsch (de) oder Englisch (en) sein.</translation>
    </message>
    <message>
        <source>There is no account yet.</source>
        <translation>Es gibt noch kein Konto.</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Services::FieldService</name>
    <message>
        <source>The value for &quot;%1&quot; is too long.</source>
        <translation>Der Wert für „%1“ ist zu lang.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (field &quot;%2&quot;).</source>
        <translation>„%1“ ist keine Zahl (Feld „%2“).</translation>
    </message>
    <message>
        <source>The checkbox &quot;%1&quot; takes true or false, not &quot;%2&quot;.</source>
        <translation>Das Kontrollkästchen „%1“ akzeptiert true oder false, nicht „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of &quot;%2&quot; (options: %3).</source>
        <translation>„%1“ ist keine Option von „%2“ (Optionen: %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD (field &quot;%2&quot;).</source>
        <translation>„%1“ ist kein Datum im Format JJJJ-MM-TT (Feld „%2“).</translation>
    </message>
    <message>
        <source>The field needs a title.</source>
        <translation>Das Feld benötigt einen Titel.</translation>
    </message>
    <message>
        <source>The title &quot;%1&quot; gives no usable key; use letters or digits.</source>
        <translation>Aus dem Titel „%1“ lässt sich kein verwendbarer Schlüssel bilden; verwenden Sie Buchstaben oder Ziffern.</translation>
    </message>
    <message>
        <source>A drop-down list needs at least one option.</source>
        <translation>Eine Dropdown-Liste benötigt mindestens eine Option.</translation>
    </message>
    <message>
        <source>Drop-down options cannot be empty.</source>
        <translation>Optionen einer Dropdown-Liste dürfen nicht leer sein.</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; appears twice.</source>
        <translation>Die Option „%1“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>Only drop-down lists have options.</source>
        <translation>Nur Dropdown-Listen haben Optionen.</translation>
    </message>
    <message>
        <source>A field with the key &quot;%1&quot; already exists.</source>
        <translation>Ein Feld mit dem Schlüssel „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>There is no field with the id %1.</source>
        <translation>Es gibt kein Feld mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Services::GroupService</name>
    <message>
        <source>The group needs a name.</source>
        <translation>Die Gruppe benötigt einen Namen.</translation>
    </message>
    <message>
        <source>A group named &quot;%1&quot; already exists.</source>
        <translation>Eine Gruppe namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>There is no group with the id %1.</source>
        <translation>Es gibt keine Gruppe mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no user with the id %1.</source>
        <translation>Es gibt keinen Benutzer mit der ID %1.</translation>
    </message>
    <message>
        <source>%1 is an end user; only agents and administrators can be in groups.</source>
        <translation>%1 ist Endbenutzer; nur Agenten und Administratoren können Gruppen angehören.</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Services::TicketService</name>
    <message>
        <source>The ticket needs a subject.</source>
        <translation>Das Ticket benötigt einen Betreff.</translation>
    </message>
    <message>
        <source>The subject is longer than %1 characters.</source>
        <translation>Der Betreff ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>There is no group with the id %1.</source>
        <translation>Es gibt keine Gruppe mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no user with the id %1.</source>
        <translation>Es gibt keinen Benutzer mit der ID %1.</translation>
    </message>
    <message>
        <source>%1 cannot be the assignee: only active agents and administrators can.</source>
        <translation>%1 kann nicht zugewiesener Mitarbeiter sein: Das können nur aktive Agenten und Administratoren.</translation>
    </message>
    <message>
        <source>%1 is not a member of the group %2.</source>
        <translation>%1 ist kein Mitglied der Gruppe %2.</translation>
    </message>
    <message>
        <source>There is no organization with the id %1.</source>
        <translation>Es gibt keine Organisation mit der ID %1.</translation>
    </message>
    <message>
        <source>The requester %1 is not a member of the organization %2.</source>
        <translation>Der Anfragende %1 ist kein Mitglied der Organisation %2.</translation>
    </message>
    <message>
        <source>There is no custom field with the id %1.</source>
        <translation>Es gibt kein benutzerdefiniertes Feld mit der ID %1.</translation>
    </message>
    <message>
        <source>The ticket needs a description (its first comment).</source>
        <translation>Das Ticket benötigt eine Beschreibung (seinen ersten Kommentar).</translation>
    </message>
    <message>
        <source>The comment is longer than 1 MiB.</source>
        <translation>Der Kommentar ist länger als 1 MiB.</translation>
    </message>
    <message>
        <source>End users can only create tickets for themselves.</source>
        <translation>Endbenutzer können nur für sich selbst Tickets erstellen.</translation>
    </message>
    <message>
        <source>Ticket #%1 was not found.</source>
        <translation>Ticket #%1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Ticket #%1 is closed; closed tickets cannot be changed. Create a follow-up ticket instead.</source>
        <translation>Ticket #%1 ist geschlossen; geschlossene Tickets können nicht geändert werden. Erstellen Sie stattdessen ein Folgeticket.</translation>
    </message>
    <message>
        <source>End users can only add comments to tickets.</source>
        <translation>Endbenutzer können Tickets nur kommentieren.</translation>
    </message>
    <message>
        <source>End users cannot write internal notes.</source>
        <translation>Endbenutzer können keine internen Notizen schreiben.</translation>
    </message>
    <message>
        <source>You can view ticket #%1 but not comment on it: its organization allows viewing only.</source>
        <translation>Sie können Ticket #%1 anzeigen, aber nicht kommentieren: Seine Organisation erlaubt nur das Anzeigen.</translation>
    </message>
    <message>
        <source>A ticket cannot go back to the status New.</source>
        <translation>Ein Ticket kann nicht wieder auf den Status „Neu“ gesetzt werden.</translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation>Der Kommentar ist leer.</translation>
    </message>
    <message>
        <source>Only agents and administrators can see a ticket&apos;s events.</source>
        <translation>Nur Agenten und Administratoren können die Ereignisse eines Tickets sehen.</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Services::UserService</name>
    <message>
        <source>The user needs a name.</source>
        <translation>Der Benutzer benötigt einen Namen.</translation>
    </message>
    <message>
        <source>The name is longer than 255 characters.</source>
        <translation>Der Name ist länger als 255 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The email address %1 already belongs to %2.</source>
        <translation>Die E-Mail-Adresse %1 gehört bereits zu %2.</translation>
    </message>
    <message>
        <source>There is no user with the id %1.</source>
        <translation>Es gibt keinen Benutzer mit der ID %1.</translation>
    </message>
    <message>
        <source>You cannot change your own role.</source>
        <translation>Sie können Ihre eigene Rolle nicht ändern.</translation>
    </message>
    <message>
        <source>%1 is the last administrator; make someone else an administrator first.</source>
        <translation>%1 ist der letzte Administrator; machen Sie zuerst einen anderen Benutzer zum Administrator.</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Services::ViewService</name>
    <message>
        <source>My requests</source>
        <translation>Meine Anfragen</translation>
    </message>
    <message>
        <source>Your unsolved tickets</source>
        <translation>Ihre ungelösten Tickets</translation>
    </message>
    <message>
        <source>Unassigned tickets</source>
        <translation>Nicht zugewiesene Tickets</translation>
    </message>
    <message>
        <source>All unsolved tickets</source>
        <translation>Alle ungelösten Tickets</translation>
    </message>
    <message>
        <source>Recently updated tickets</source>
        <translation>Kürzlich aktualisierte Tickets</translation>
    </message>
    <message>
        <source>Pending tickets</source>
        <translation>Ausstehende Tickets</translation>
    </message>
    <message>
        <source>Recently solved tickets</source>
        <translation>Kürzlich gelöste Tickets</translation>
    </message>
    <message>
        <source>There is no view named &quot;%1&quot;.</source>
        <translation>Es gibt keine Ansicht namens „%1“.</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::AdminCenterWindow</name>
    <message>
        <source>Admin Center</source>
        <translation>Admin Center</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::FirstRunWizard</name>
    <message>
        <source>Welcome to DeskBridge</source>
        <translation>Willkommen bei DeskBridge</translation>
    </message>
</context>
<context>
    <name>EmailDomain</name>
    <message>
        <source>“%1” contains an empty part: it begins with a dot, ends with two dots or has two dots in a row.</source>
        <translation>„%1“ enthält einen leeren Teil: Es beginnt mit einem Punkt, endet mit zwei Punkten oder enthält zwei aufeinanderfolgende Punkte.</translation>
    </message>
    <message>
        <source>The part “%1” of “%2” is not a valid internationalized domain name.</source>
        <translation>Der Teil „%1“ von „%2“ ist kein gültiger internationalisierter Domänenname.</translation>
    </message>
    <message>
        <source>“%1” contains the character “%2”. A domain may contain only letters, digits, hyphens and dots.</source>
        <translation>„%1“ enthält das Zeichen „%2“. Eine Domäne darf nur Buchstaben, Ziffern, Bindestriche und Punkte enthalten.</translation>
    </message>
    <message>
        <source>The part “%1” of the domain is longer than %2 characters.</source>
        <translation>Der Teil „%1“ der Domäne ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The part “%1” of “%2” begins or ends with a hyphen, which domains do not allow.</source>
        <translation>Der Teil „%1“ von „%2“ beginnt oder endet mit einem Bindestrich, was in Domänen nicht erlaubt ist.</translation>
    </message>
    <message>
        <source>The domain “%1” is longer than %2 characters.</source>
        <translation>Die Domäne „%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>“%1” is not a complete domain. Enter a domain with a dot, for example example.com.</source>
        <translation>„%1“ ist keine vollständige Domäne. Geben Sie eine Domäne mit Punkt ein, zum Beispiel example.com.</translation>
    </message>
    <message>
        <source>“%1” looks like an IP address. Enter a domain name, for example example.com.</source>
        <translation>„%1“ sieht wie eine IP-Adresse aus. Geben Sie einen Domänennamen ein, zum Beispiel example.com.</translation>
    </message>
    <message>
        <source>The domain is empty.</source>
        <translation>Die Domäne ist leer.</translation>
    </message>
    <message>
        <source>“%1” is a web address. Enter only the domain, for example example.com.</source>
        <translation>„%1“ ist eine Webadresse. Geben Sie nur die Domäne ein, zum Beispiel example.com.</translation>
    </message>
    <message>
        <source>“%1” looks like an email address. Enter only the part after the @.</source>
        <translation>„%1“ sieht wie eine E-Mail-Adresse aus. Geben Sie nur den Teil nach dem @ ein.</translation>
    </message>
    <message>
        <source>“%1” contains a space. A domain consists of letters, digits, hyphens and dots only.</source>
        <translation>„%1“ enthält ein Leerzeichen. Eine Domäne besteht nur aus Buchstaben, Ziffern, Bindestrichen und Punkten.</translation>
    </message>
    <message>
        <source>“%1” contains no domain.</source>
        <translation>„%1“ enthält keine Domäne.</translation>
    </message>
    <message>
        <source>“%1” is shared by many unrelated companies. Enter the organization&apos;s own domain, for example example.%2.</source>
        <translation>„%1“ wird von vielen voneinander unabhängigen Unternehmen genutzt. Geben Sie die eigene Domäne der Organisation ein, zum Beispiel example.%2.</translation>
    </message>
    <message>
        <source>%1 is a free email service. Its users have nothing in common but their mail provider; the domain would put these strangers together in one organization. Add such users to organizations one by one instead.</source>
        <translation>%1 ist ein kostenloser E-Mail-Dienst. Seine Benutzer haben außer ihrem E-Mail-Anbieter nichts gemeinsam; die Domäne würde einander fremde Personen in einer Organisation zusammenführen. Fügen Sie solche Benutzer stattdessen einzeln zu Organisationen hinzu.</translation>
    </message>
    <message>
        <source>The email address is empty.</source>
        <translation>Die E-Mail-Adresse ist leer.</translation>
    </message>
    <message>
        <source>The email address “%1” contains a space.</source>
        <translation>Die E-Mail-Adresse „%1“ enthält ein Leerzeichen.</translation>
    </message>
    <message>
        <source>“%1” is not an email address: the @ is missing, as in name@example.com.</source>
        <translation>„%1“ ist keine E-Mail-Adresse: Es fehlt das @ wie in name@example.com.</translation>
    </message>
    <message>
        <source>The email address “%1” contains more than one @.</source>
        <translation>Die E-Mail-Adresse „%1“ enthält mehr als ein @.</translation>
    </message>
    <message>
        <source>The email address “%1” is longer than %2 characters.</source>
        <translation>Die E-Mail-Adresse „%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The email address “%1” has nothing before the @.</source>
        <translation>In der E-Mail-Adresse „%1“ steht nichts vor dem @.</translation>
    </message>
    <message>
        <source>The email address “%1” has nothing after the @.</source>
        <translation>In der E-Mail-Adresse „%1“ steht nichts nach dem @.</translation>
    </message>
    <message>
        <source>The part before the @ in “%1” is longer than %2 characters.</source>
        <translation>Der Teil vor dem @ in „%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The email address “%1” contains the character “%2” before the @, which email addresses do not allow.</source>
        <translation>Die E-Mail-Adresse „%1“ enthält vor dem @ das Zeichen „%2“, das in E-Mail-Adressen nicht erlaubt ist.</translation>
    </message>
    <message>
        <source>In the email address “%1” the part before the @ begins or ends with a dot or has two dots in a row.</source>
        <translation>In der E-Mail-Adresse „%1“ beginnt oder endet der Teil vor dem @ mit einem Punkt oder enthält zwei aufeinanderfolgende Punkte.</translation>
    </message>
    <message>
        <source>The email address “%1” names an IP address instead of a domain.</source>
        <translation>Die E-Mail-Adresse „%1“ nennt eine IP-Adresse statt einer Domäne.</translation>
    </message>
    <message>
        <source>The email address “%1” is not valid: %2</source>
        <translation>Die E-Mail-Adresse „%1“ ist ungültig: %2</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The file %1 is not a DeskBridge database.</source>
        <translation>Die Datei %1 ist keine DeskBridge-Datenbank.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of DeskBridge (schema %2; this program knows up to %3). Install the newer DeskBridge to open it.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Version von DeskBridge geschrieben (Schema %2; dieses Programm kennt Schemas bis %3). Installieren Sie die neuere DeskBridge-Version, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database of another program, not DeskBridge&apos;s; it was left untouched.</source>
        <translation>Die Datei %1 ist die SQLite-Datenbank eines anderen Programms, nicht von DeskBridge; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation>Die Migration %1 fehlt im Programm.</translation>
    </message>
    <message>
        <source>Cannot update the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>Die Migration %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>End user</source>
        <translation>Endbenutzer</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>On-hold</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Help Center</source>
        <translation>Help Center</translation>
    </message>
    <message>
        <source>Ticket sharing</source>
        <translation>Ticket Sharing</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Multi-line text</source>
        <translation>Mehrzeiliger Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Checkbox</source>
        <translation>Kontrollkästchen</translation>
    </message>
    <message>
        <source>Drop-down list</source>
        <translation>Dropdown-Liste</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Growth</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Users can view their own tickets only</source>
        <translation>Benutzer können nur ihre eigenen Tickets anzeigen</translation>
    </message>
    <message>
        <source>Users can view all tickets in this organization</source>
        <translation>Benutzer können alle Tickets in dieser Organisation anzeigen</translation>
    </message>
    <message>
        <source>Users can view and comment on all tickets in this organization</source>
        <translation>Benutzer können alle Tickets in dieser Organisation anzeigen und kommentieren</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Certificate error</source>
        <translation>Zertifikatsfehler</translation>
    </message>
    <message>
        <source>Configuration error</source>
        <translation>Konfigurationsfehler</translation>
    </message>
    <message>
        <source>Public and private comments</source>
        <translation>Öffentliche und private Kommentare</translation>
    </message>
    <message>
        <source>Public comments only</source>
        <translation>Nur öffentliche Kommentare</translation>
    </message>
    <message>
        <source>No comments</source>
        <translation>Keine Kommentare</translation>
    </message>
</context>
<context>
    <name>OrganizationImportParser</name>
    <message>
        <source>The name of the organization is missing.</source>
        <translation>Der Name der Organisation fehlt.</translation>
    </message>
    <message>
        <source>The organization “%1” already appears on line %2. Organization names must be unique.</source>
        <translation>Die Organisation „%1“ steht bereits in Zeile %2. Organisationsnamen müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>The domain %1 is already given to the organization on line %2. A domain can belong to one organization only.</source>
        <translation>Die Domäne %1 ist bereits der Organisation in Zeile %2 zugeordnet. Eine Domäne kann nur zu einer Organisation gehören.</translation>
    </message>
    <message>
        <source>“%1” is not a sharing setting. Use own, view or comment (or true for view and false for own).</source>
        <translation>„%1“ ist keine gültige Freigabeeinstellung. Verwenden Sie own, view oder comment (oder true für view und false für own).</translation>
    </message>
    <message>
        <source>“%1” is not a valid value for shared_comments. Use true or false.</source>
        <translation>„%1“ ist kein gültiger Wert für shared_comments. Verwenden Sie true oder false.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>This user account is suspended or unknown.</source>
        <translation>Dieses Benutzerkonto ist gesperrt oder unbekannt.</translation>
    </message>
    <message>
        <source>Only administrators can do this; %1 is signed in as %2.</source>
        <translation>Nur Administratoren können dies tun; %1 ist als %2 angemeldet.</translation>
    </message>
    <message>
        <source>Only agents and administrators can do this.</source>
        <translation>Nur Agenten und Administratoren können dies tun.</translation>
    </message>
    <message>
        <source>Sharing tickets with other accounts</source>
        <translation>Ticket-Freigabe für andere Konten</translation>
    </message>
    <message>
        <source>Sharing tickets automatically with triggers</source>
        <translation>Automatische Ticket-Freigabe über Auslöser</translation>
    </message>
    <message>
        <source>Several organizations per user</source>
        <translation>Mehrere Organisationen pro Benutzer</translation>
    </message>
    <message>
        <source>The API for sharing agreements</source>
        <translation>API für Vereinbarungen zur gemeinsamen Nutzung</translation>
    </message>
    <message>
        <source>%1 needs the %2 plan or higher; this account has the %3 plan.</source>
        <translation>Die Funktion „%1“ erfordert mindestens den Plan %2; dieses Konto hat den Plan %3.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The data directory %1 is a file, not a directory.</source>
        <translation>Das Datenverzeichnis %1 ist eine Datei, kein Verzeichnis.</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Das Datenverzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>RowError</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>The file has more than %1 problems; only the first %1 are listed. Correct them and check the file again.</source>
        <translation>Die Datei enthält mehr als %1 Probleme; nur die ersten %1 werden aufgeführt. Beheben Sie sie und prüfen Sie die Datei erneut.</translation>
    </message>
</context>
<context>
    <name>RuleValues</name>
    <message>
        <source>(no value)</source>
        <translation>(kein Wert)</translation>
    </message>
</context>
<context>
    <name>SampleRules</name>
    <message>
        <source>Shared with a partner</source>
        <translation>Für einen Partner freigegeben</translation>
    </message>
    <message>
        <source>Received from partners</source>
        <translation>Von Partnern empfangen</translation>
    </message>
    <message>
        <source>Shared in the last 24 hours</source>
        <translation>In den letzten 24 Stunden freigegeben</translation>
    </message>
    <message>
        <source>Orphaned tickets</source>
        <translation>Verwaiste Tickets</translation>
    </message>
</context>
<context>
    <name>TicketCommands</name>
    <message>
        <source>&quot;%1&quot; is not a valid value for --%2; use one of: %3.</source>
        <translation>„%1“ ist kein gültiger Wert für --%2; verwenden Sie einen dieser Werte: %3.</translation>
    </message>
    <message>
        <source>Give the ticket number, e.g. &apos;deskbridge ticket show 42&apos;.</source>
        <translation>Geben Sie die Ticketnummer an, z. B. &apos;deskbridge ticket show 42&apos;.</translation>
    </message>
    <message>
        <source>--field takes KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>--field erwartet SCHLÜSSEL=WERT, nicht „%1“.</translation>
    </message>
    <message>
        <source>There is no custom field &quot;%1&quot;.</source>
        <translation>Es gibt kein benutzerdefiniertes Feld „%1“.</translation>
    </message>
    <message>
        <source>There is no group named &quot;%1&quot;.</source>
        <translation>Es gibt keine Gruppe namens „%1“.</translation>
    </message>
    <message>
        <source>There is no user with the email address %1.</source>
        <translation>Es gibt keinen Benutzer mit der E-Mail-Adresse %1.</translation>
    </message>
    <message>
        <source>The requester&apos;s email (a new address becomes a user).</source>
        <translation>E-Mail-Adresse des Anfragenden (eine neue Adresse wird als Benutzer angelegt).</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>Name for a new requester.</source>
        <translation>Name für einen neuen Anfragenden.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Subject.</source>
        <translation>Betreff.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The first comment (description).</source>
        <translation>Der erste Kommentar (Beschreibung).</translation>
    </message>
    <message>
        <source>Make the first comment an internal note.</source>
        <translation>Den ersten Kommentar als interne Notiz anlegen.</translation>
    </message>
    <message>
        <source>A tag (repeatable).</source>
        <translation>Ein Tag (mehrfach möglich).</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>low, normal, high or urgent.</source>
        <translation>low, normal, high oder urgent.</translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation>PRIORITÄT</translation>
    </message>
    <message>
        <source>question, incident, problem or task.</source>
        <translation>question, incident, problem oder task.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>new, open, pending, hold, solved or closed.</source>
        <translation>new, open, pending, hold, solved oder closed.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Group name.</source>
        <translation>Name der Gruppe.</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPPE</translation>
    </message>
    <message>
        <source>Assignee&apos;s email.</source>
        <translation>E-Mail-Adresse des zugewiesenen Mitarbeiters.</translation>
    </message>
    <message>
        <source>Custom field value (repeatable).</source>
        <translation>Wert eines benutzerdefinierten Felds (mehrfach möglich).</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>SCHLÜSSEL=WERT</translation>
    </message>
    <message>
        <source>The comment&apos;s text.</source>
        <translation>Text des Kommentars.</translation>
    </message>
    <message>
        <source>Add a comment with this text.</source>
        <translation>Einen Kommentar mit diesem Text hinzufügen.</translation>
    </message>
    <message>
        <source>The comment is an internal note.</source>
        <translation>Der Kommentar ist eine interne Notiz.</translation>
    </message>
    <message>
        <source>New subject.</source>
        <translation>Neuer Betreff.</translation>
    </message>
    <message>
        <source>Add a tag (repeatable).</source>
        <translation>Einen Tag hinzufügen (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Remove a tag (repeatable).</source>
        <translation>Einen Tag entfernen (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Group name, or - for none.</source>
        <translation>Name der Gruppe oder - für keine.</translation>
    </message>
    <message>
        <source>Assignee&apos;s email, or - for none.</source>
        <translation>E-Mail-Adresse des zugewiesenen Mitarbeiters oder - für keinen.</translation>
    </message>
    <message>
        <source>--body is required.</source>
        <translation>--body ist erforderlich.</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one option.</source>
        <translation>Nichts zu ändern: Geben Sie mindestens eine Option an.</translation>
    </message>
    <message>
        <source>Updated ticket #%1.</source>
        <translation>Ticket #%1 wurde aktualisiert.</translation>
    </message>
    <message>
        <source>Status: %1, priority: %2, type: %3</source>
        <translation>Status: %1, Priorität: %2, Typ: %3</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source> (internal note)</source>
        <translation> (interne Notiz)</translation>
    </message>
    <message>
        <source>Use &apos;deskbridge ticket create|update|comment|show&apos;.</source>
        <translation>Verwenden Sie &apos;deskbridge ticket create|update|comment|show&apos;.</translation>
    </message>
    <message>
        <source>A view&apos;s name or key.</source>
        <translation>Name oder Schlüssel einer Ansicht.</translation>
    </message>
    <message>
        <source>Full-text search in subjects and comments.</source>
        <translation>Volltextsuche in Betreffzeilen und Kommentaren.</translation>
    </message>
    <message>
        <source>At most this many tickets (default 100).</source>
        <translation>Höchstens so viele Tickets (Standard: 100).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Skip this many tickets.</source>
        <translation>So viele Tickets überspringen.</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit erwartet eine positive Zahl.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n Ticket</numerusform>
            <numerusform>%n Tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>No transaction is open: %1</source>
        <translation>Es ist keine Transaktion geöffnet: %1</translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>TriggerRunner</name>
    <message numerus="yes">
        <source>Triggers stopped after %n pass(es): they kept changing the ticket (a loop?)</source>
        <translation>
            <numerusform>Die Auslöser wurden nach %n Durchlauf angehalten: Sie haben das Ticket immer wieder geändert (eine Endlosschleife?)</numerusform>
            <numerusform>Die Auslöser wurden nach %n Durchläufen angehalten: Sie haben das Ticket immer wieder geändert (eine Endlosschleife?)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserImportParser</name>
    <message>
        <source>The name is missing.</source>
        <translation>Der Name fehlt.</translation>
    </message>
    <message>
        <source>The email address is missing.</source>
        <translation>Die E-Mail-Adresse fehlt.</translation>
    </message>
    <message>
        <source>The email address %1 already appears on line %2. Each user may appear only once.</source>
        <translation>Die E-Mail-Adresse %1 steht bereits in Zeile %2. Jeder Benutzer darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <source>“%1” is not a role. Use end-user, agent or admin.</source>
        <translation>„%1“ ist keine Rolle. Verwenden Sie end-user, agent oder admin.</translation>
    </message>
    <message>
        <source>Too many organizations: this user is given %1, but a user may belong to at most %2.</source>
        <translation>Zu viele Organisationen: Diesem Benutzer sind %1 zugeordnet, ein Benutzer kann aber höchstens %2 angehören.</translation>
    </message>
</context>
<context>
    <name>ViewSort</name>
    <message>
        <source>The view&apos;s sort must be a JSON object like {&quot;column&quot;:&quot;updated_at&quot;,&quot;direction&quot;:&quot;desc&quot;}</source>
        <translation>Die Sortierung einer Ansicht muss ein JSON-Objekt sein, etwa {&quot;column&quot;:&quot;updated_at&quot;,&quot;direction&quot;:&quot;desc&quot;}</translation>
    </message>
    <message>
        <source>A view&apos;s sort direction is &quot;asc&quot; or &quot;desc&quot;, not &apos;%1&apos;</source>
        <translation>Die Sortierrichtung einer Ansicht ist „asc“ oder „desc“, nicht &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ViewSqlCompiler</name>
    <message>
        <source>%1: the field &apos;%2&apos; can be used in triggers only, not in views</source>
        <translation>%1: Das Feld &apos;%2&apos; kann nur in Auslösern verwendet werden, nicht in Ansichten</translation>
    </message>
    <message>
        <source>A view cannot be sorted by &apos;%1&apos; (use one of: %2)</source>
        <translation>Eine Ansicht kann nicht nach &apos;%1&apos; sortiert werden (verwenden Sie einen dieser Werte: %2)</translation>
    </message>
</context>
</TS>
