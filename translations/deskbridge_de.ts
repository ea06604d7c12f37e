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
    <message>
        <source>Sharing URL:    %1</source>
        <translation>Sharing-URL:      %1</translation>
    </message>
    <message>
        <source>Fingerprint:    %1</source>
        <translation>Fingerprint:      %1</translation>
    </message>
    <message>
        <source>Sharing URL:  %1</source>
        <translation>Sharing-URL:  %1</translation>
    </message>
    <message>
        <source>Fingerprint:  %1</source>
        <translation>Fingerprint:  %1</translation>
    </message>
    <message>
        <source>Use &apos;deskbridge user create&apos;, &apos;user update&apos;, &apos;user list&apos;, &apos;user set-password&apos; or &apos;user password-link&apos;.</source>
        <translation>Verwenden Sie &apos;deskbridge user create&apos;, &apos;user update&apos;, &apos;user list&apos;, &apos;user set-password&apos; oder &apos;user password-link&apos;.</translation>
    </message>
    <message>
        <source>Install this certificate chain (PEM, the server&apos;s certificate first) before serving; needs --key.</source>
        <translation>Diese Zertifikatskette (PEM, das Zertifikat des Servers zuerst) vor dem Start installieren; braucht --key.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The private key (PEM, unencrypted) of --cert.</source>
        <translation>Der private Schlüssel (PEM, unverschlüsselt) zu --cert.</translation>
    </message>
    <message>
        <source>Installed the certificate for %1, issued by %2, valid until %3.</source>
        <translation>Das Zertifikat für %1 wurde installiert, ausgestellt von %2, gültig bis %3.</translation>
    </message>
</context>
<context>
    <name>AdminPageRegistry</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Objects and rules</source>
        <translation>Objekte und Regeln</translation>
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
    <name>BusinessHoursText</name>
    <message>
        <source>The stored business hours cannot be read: %1.</source>
        <translation>Die gespeicherten Geschäftszeiten können nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
</context>
<context>
    <name>CertificateCommands</name>
    <message>
        <source>Certificate:  %1</source>
        <translation>Zertifikat:   %1</translation>
    </message>
    <message>
        <source>installed (CA-issued)</source>
        <translation>installiert (von einer Zertifizierungsstelle ausgestellt)</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>selbstsigniert</translation>
    </message>
    <message>
        <source>Subject:      %1</source>
        <translation>Inhaber:      %1</translation>
    </message>
    <message>
        <source>Issuer:       %1</source>
        <translation>Aussteller:   %1</translation>
    </message>
    <message>
        <source>Valid until:  %1</source>
        <translation>Gültig bis:   %1</translation>
    </message>
    <message>
        <source>Names:        %1</source>
        <translation>Namen:        %1</translation>
    </message>
    <message>
        <source>Fingerprint:  %1</source>
        <translation>Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>The certificate chain (PEM: the server&apos;s certificate first, then the intermediates).</source>
        <translation>Die Zertifikatskette (PEM: zuerst das Zertifikat des Servers, dann die Zwischenzertifikate).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Its private key (PEM, unencrypted).</source>
        <translation>Sein privater Schlüssel (PEM, unverschlüsselt).</translation>
    </message>
    <message>
        <source>No certificate is installed; the server presents its self-signed one.</source>
        <translation>Es ist kein Zertifikat installiert; der Server zeigt sein selbstsigniertes.</translation>
    </message>
    <message>
        <source>Removed the installed certificate; the server presents its self-signed one again from its next start.</source>
        <translation>Das installierte Zertifikat wurde entfernt; der Server zeigt ab dem nächsten Start wieder sein selbstsigniertes.</translation>
    </message>
    <message>
        <source>Use: certificate show | install --cert FILE --key FILE | remove</source>
        <translation>Aufruf: certificate show | install --cert DATEI --key DATEI | remove</translation>
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
    <message>
        <source>Usage: deskbridge %1 [options]</source>
        <translation>Aufruf: deskbridge %1 [Optionen]</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Usage: deskbridge [--data-dir DIR] [--lang de|en]      open the console
       deskbridge demo                               two sample accounts
       deskbridge &lt;command&gt; [options]

Commands (each takes --data-dir DIR; --as EMAIL acts as that user; --json prints JSON):
  init --account NAME --admin-email E --admin-name N [--plan P]
  info                                 the account and its data directory
  serve [--listen ADDR:PORT] [--public-url URL] [--cert FILE --key FILE]
                                   run without windows (after installing the certificate)
  certificate show | install --cert FILE --key FILE | remove
                                   the HTTPS certificate (a CA-issued chain + key, or the self-signed one)
  user create --name N --email E [--role admin|agent|end-user]
  user update --email E [--name N] [--role R] [--organization NAME]... [--default-organization NAME]
  user list [--role R]
  user set-password --email E [--clear]   the Help Center password, read from the first line of standard input
  user password-link --email E      a one-time &quot;set your password&quot; link (7 days)
  group create --name N | group list
  field create --title T --type text|multiline|number|checkbox|dropdown|date [--option O]...
  field list
  ticket create --requester E [--requester-name N] --subject S --comment TEXT [--private] [--tag T]... [--priority P] [--type T] [--status S] [--group G] [--assignee E] [--field KEY=VALUE]...
  ticket update ID [--subject S] [--status S] [--priority P] [--type T] [--tag T] [--remove-tag T] [--group G] [--assignee E] [--field KEY=VALUE]... [--comment TEXT [--private]]
  ticket comment ID --body TEXT [--private]
  ticket show ID
  tickets [--view NAME] [--search TEXT] [--limit N] [--offset N]   NAME: a view&apos;s key, title or id
  org create|update --name N [--domain D]... [--sharing own|view|comment] [--group G] [--notes T] [--tag T]... (update: [--new-name M]; - clears)
  org list [--search TEXT] | org show --name N | org delete --name N
  org apply-domains [--dry-run]    add existing users to their domain&apos;s organization
  import users|organizations FILE [--dry-run] [--create-missing-organizations] [--skip-bad-rows]
                                   CSV with Zendesk&apos;s columns; all rows or none
  trigger list | show ID
  trigger create --file FILE|- [--position N] [--deactivate]
  trigger create --sample warranty --agreement ID
  trigger update ID --file FILE|- | --activate | --deactivate | --position N
  trigger delete ID
  view list | show ID | create --file FILE|- | update ID ... | delete ID
    (definitions are JSON; &apos;show ID --json&apos; prints one to edit and feed back)
  ticket share ID --agreement ID|NAME | ticket unshare ID --agreement ID|NAME
  agreement invite --url URL --name NAME (--fingerprint SHA256 | --trust-presented) [--comments all|public|none] [--status-sync on|off] [--tag-sync on|off] [--fields F1,F2]
  agreement list | agreement show ID        direction, status, queue, last error
  agreement accept ID [--fingerprint SHA256] | decline ID | deactivate ID | retry ID
  api-token create [--description TEXT]    prints the token once

&apos;deskbridge COMMAND --help&apos; shows a command&apos;s options.
Exit codes: 0 done, 1 refused or failed (the message says why), 2 wrong usage.
</source>
        <translation>Aufruf: deskbridge [--data-dir VERZEICHNIS] [--lang de|en]   Konsole öffnen
        deskbridge demo                               zwei Beispielkonten
        deskbridge &lt;Befehl&gt; [Optionen]

Befehle (jeder akzeptiert --data-dir VERZEICHNIS; --as E-MAIL handelt als dieser Benutzer; --json gibt JSON aus):
  init --account NAME --admin-email E --admin-name N [--plan P]
  info                                 das Konto und sein Datenverzeichnis
  serve [--listen ADRESSE:PORT] [--public-url URL] [--cert DATEI --key DATEI]
                                   ohne Fenster ausführen (nach Installation des Zertifikats)
  certificate show | install --cert DATEI --key DATEI | remove
                                   das HTTPS-Zertifikat (Kette einer Zertifizierungsstelle + Schlüssel, oder das selbstsignierte)
  user create --name N --email E [--role admin|agent|end-user]
  user update --email E [--name N] [--role R] [--organization NAME]... [--default-organization NAME]
  user list [--role R]
  user set-password --email E [--clear]   das Help-Center-Passwort, aus der ersten Zeile der Standardeingabe
  user password-link --email E      ein einmaliger Link zum Festlegen des Passworts (7 Tage)
  group create --name N | group list
  field create --title T --type text|multiline|number|checkbox|dropdown|date [--option O]...
  field list
  ticket create --requester E [--requester-name N] --subject S --comment TEXT [--private] [--tag T]... [--priority P] [--type T] [--status S] [--group G] [--assignee E] [--field SCHLÜSSEL=WERT]...
  ticket update ID [--subject S] [--status S] [--priority P] [--type T] [--tag T] [--remove-tag T] [--group G] [--assignee E] [--field SCHLÜSSEL=WERT]... [--comment TEXT [--private]]
  ticket comment ID --body TEXT [--private]
  ticket show ID
  tickets [--view NAME] [--search TEXT] [--limit N] [--offset N]   NAME: Schlüssel, Titel oder ID einer Ansicht
  org create|update --name N [--domain D]... [--sharing own|view|comment] [--group G] [--notes T] [--tag T]... (update: [--new-name M]; - leert)
  org list [--search TEXT] | org show --name N | org delete --name N
  org apply-domains [--dry-run]    vorhandene Benutzer der Organisation ihrer Domäne hinzufügen
  import users|organizations DATEI [--dry-run] [--create-missing-organizations] [--skip-bad-rows]
                                   CSV mit den Spalten von Zendesk; alle Zeilen oder keine
  trigger list | show ID
  trigger create --file DATEI|- [--position N] [--deactivate]
  trigger create --sample warranty --agreement ID
  trigger update ID --file DATEI|- | --activate | --deactivate | --position N
  trigger delete ID
  view list | show ID | create --file DATEI|- | update ID ... | delete ID
    (Definitionen sind JSON; &apos;show ID --json&apos; gibt eine zum Bearbeiten und Zurückspielen aus)
  ticket share ID --agreement ID|NAME | ticket unshare ID --agreement ID|NAME
  agreement invite --url URL --name NAME (--fingerprint SHA256 | --trust-presented) [--comments all|public|none] [--status-sync on|off] [--tag-sync on|off] [--fields F1,F2]
  agreement list | agreement show ID        Richtung, Status, Warteschlange, letzter Fehler
  agreement accept ID [--fingerprint SHA256] | decline ID | deactivate ID | retry ID
  api-token create [--description TEXT]    gibt das Token einmalig aus

&apos;deskbridge BEFEHL --help&apos; zeigt die Optionen eines Befehls.
Exit-Codes: 0 erledigt, 1 abgelehnt oder fehlgeschlagen (die Meldung nennt den Grund), 2 falsche Verwendung.
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
    <name>ConnectionGuard</name>
    <message>
        <source>The request headers are larger than %1 KiB.</source>
        <translation>Die Anfrage-Header sind größer als %1 KiB.</translation>
    </message>
    <message>
        <source>The request has an invalid Content-Length.</source>
        <translation>Die Anfrage hat eine ungültige Content-Length.</translation>
    </message>
    <message>
        <source>Send the request body with a Content-Length, not chunked.</source>
        <translation>Senden Sie den Anfrage-Body mit einer Content-Length, nicht chunked.</translation>
    </message>
    <message>
        <source>The request is not valid HTTP/1.1.</source>
        <translation>Die Anfrage ist kein gültiges HTTP/1.1.</translation>
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
    <name>DemoData</name>
    <message>
        <source>This data directory already holds an account.</source>
        <translation>Dieses Datenverzeichnis enthält bereits ein Konto.</translation>
    </message>
</context>
<context>
    <name>DemoSharing</name>
    <message>
        <source>The partner did not receive the invite.</source>
        <translation>Der Partner hat die Einladung nicht erhalten.</translation>
    </message>
    <message>
        <source>The acceptance did not arrive.</source>
        <translation>Die Annahme ist nicht eingetroffen.</translation>
    </message>
</context>
<context>
    <name>DeskBridge::HelpCenter::HelpCenterService</name>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>Das Passwort muss mindestens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>The password may have at most %1 characters.</source>
        <translation>Das Passwort darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>The password cannot be the email address.</source>
        <translation>Das Passwort darf nicht die E-Mail-Adresse sein.</translation>
    </message>
    <message>
        <source>There is no user with the id %1.</source>
        <translation>Es gibt keinen Benutzer mit der ID %1.</translation>
    </message>
    <message>
        <source>%1 is suspended: reactivate the user before sending a password link.</source>
        <translation>%1 ist gesperrt: Aktivieren Sie den Benutzer wieder, bevor Sie einen Passwort-Link senden.</translation>
    </message>
    <message>
        <source>This link is not known. Ask for a new one.</source>
        <translation>Dieser Link ist unbekannt. Fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <source>This link was used already or is too old. Ask for a new one.</source>
        <translation>Dieser Link wurde schon verwendet oder ist zu alt. Fordern Sie einen neuen an.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The email address or the password is not right.</source>
        <translation>Die E-Mail-Adresse oder das Passwort ist nicht richtig.</translation>
    </message>
    <message>
        <source>This organization was not found.</source>
        <translation>Diese Organisation wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>This request was not found.</source>
        <translation>Diese Anfrage wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Write a reply first.</source>
        <translation>Schreiben Sie zuerst eine Antwort.</translation>
    </message>
    <message>
        <source>The reply is longer than %1 characters.</source>
        <translation>Die Antwort ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>You can view this request but not reply to it.</source>
        <translation>Sie können diese Anfrage ansehen, aber nicht darauf antworten.</translation>
    </message>
    <message>
        <source>This request is closed. Submit a new request instead.</source>
        <translation>Diese Anfrage ist geschlossen. Reichen Sie stattdessen eine neue Anfrage ein.</translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation>Geben Sie einen Betreff ein.</translation>
    </message>
    <message>
        <source>The subject is longer than %1 characters.</source>
        <translation>Der Betreff ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>Describe your request.</source>
        <translation>Beschreiben Sie Ihre Anfrage.</translation>
    </message>
    <message>
        <source>The description is longer than %1 characters.</source>
        <translation>Die Beschreibung ist länger als %1 Zeichen.</translation>
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
    <name>DeskBridge::Models::EventListModel</name>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>Zugewiesener Mitarbeiter</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>A partner</source>
        <translation>Ein Partner</translation>
    </message>
    <message>
        <source>A trigger</source>
        <translation>Ein Auslöser</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>%1 created the ticket &quot;%2&quot;</source>
        <translation>%1 hat das Ticket „%2“ erstellt</translation>
    </message>
    <message>
        <source>%1 set %2 to %3</source>
        <translation>%1 hat %2 auf %3 gesetzt</translation>
    </message>
    <message>
        <source>%1 cleared %2 (was %3)</source>
        <translation>%1 hat %2 geleert (war %3)</translation>
    </message>
    <message>
        <source>%1 changed %2 from %3 to %4</source>
        <translation>%1 hat %2 von %3 auf %4 geändert</translation>
    </message>
    <message>
        <source>%1 added an internal note</source>
        <translation>%1 hat eine interne Notiz hinzugefügt</translation>
    </message>
    <message>
        <source>%1 added a public reply</source>
        <translation>%1 hat eine öffentliche Antwort hinzugefügt</translation>
    </message>
    <message>
        <source>%1 added tags: %2; removed tags: %3</source>
        <translation>%1 hat Tags hinzugefügt: %2; Tags entfernt: %3</translation>
    </message>
    <message>
        <source>%1 removed tags: %2</source>
        <translation>%1 hat Tags entfernt: %2</translation>
    </message>
    <message>
        <source>%1 added tags: %2</source>
        <translation>%1 hat Tags hinzugefügt: %2</translation>
    </message>
    <message>
        <source>%1 shared the ticket with %2</source>
        <translation>%1 hat das Ticket freigegeben für %2</translation>
    </message>
    <message>
        <source>%1 stopped sharing the ticket with %2</source>
        <translation>%1 hat die Freigabe des Tickets für %2 aufgehoben</translation>
    </message>
    <message>
        <source>Trigger &quot;%1&quot; fired</source>
        <translation>Auslöser „%1“ wurde ausgeführt</translation>
    </message>
    <message>
        <source>%1 sent an update through ticket sharing</source>
        <translation>%1 hat über Ticket Sharing eine Aktualisierung gesendet</translation>
    </message>
    <message>
        <source>%1 sent an update through ticket sharing: %2</source>
        <translation>%1 hat über Ticket Sharing eine Aktualisierung gesendet: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Über</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Models::TicketTableModel</name>
    <message>
        <source>Today %1</source>
        <translation>Heute %1</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Gestern %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Anfragender</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zugewiesener Mitarbeiter</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Models::ViewListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Server::HttpsServer</name>
    <message>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
    <message>
        <source>The method %1 is not allowed here.</source>
        <translation>Die Methode %1 ist hier nicht erlaubt.</translation>
    </message>
    <message>
        <source>Internal error.</source>
        <translation>Interner Fehler.</translation>
    </message>
    <message>
        <source>The server is already listening on port %1.</source>
        <translation>Der Server lauscht bereits auf Port %1.</translation>
    </message>
    <message>
        <source>The server has no TLS certificate.</source>
        <translation>Der Server hat kein TLS-Zertifikat.</translation>
    </message>
    <message>
        <source>Could not listen on %1 port %2: %3</source>
        <translation>Konnte nicht auf %1 Port %2 lauschen: %3</translation>
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
    <message>
        <source>The time zone &quot;%1&quot; is unknown; use an IANA name such as Europe/Berlin.</source>
        <translation>Die Zeitzone „%1“ ist unbekannt; verwenden Sie einen IANA-Namen wie Europe/Berlin.</translation>
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
    <message>
        <source>The new order must name every ticket field exactly once; reload and try again.</source>
        <translation>Die neue Reihenfolge muss jedes Ticketfeld genau einmal nennen; laden Sie neu und versuchen Sie es erneut.</translation>
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
    <name>DeskBridge::Services::ImportService</name>
    <message>
        <source>Reading the file</source>
        <translation>Datei wird gelesen</translation>
    </message>
    <message>
        <source>Checking the rows</source>
        <translation>Zeilen werden geprüft</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MiB. Split it into smaller files and import them one by one.</source>
        <translation>Die Datei %1 ist größer als %2 MiB. Teilen Sie sie in kleinere Dateien auf und importieren Sie diese einzeln.</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is; nothing was imported. Correct the problems listed and import it again.</source>
        <translation>Die Datei kann so nicht importiert werden; es wurde nichts importiert. Beheben Sie die aufgeführten Probleme und importieren Sie sie erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems, listed with their line numbers.</source>
        <translation>
            <numerusform>%n Zeile hat Probleme, aufgeführt mit Zeilennummer.</numerusform>
            <numerusform>%n Zeilen haben Probleme, aufgeführt mit ihren Zeilennummern.</numerusform>
        </translation>
    </message>
    <message>
        <source>As it is, the file would not be imported.</source>
        <translation>In diesem Zustand würde die Datei nicht importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Correct the rows and import the file again, or choose to skip the bad rows to import the %n good row(s).</source>
        <translation>
            <numerusform>Korrigieren Sie die Zeilen und importieren Sie die Datei erneut, oder überspringen Sie die fehlerhaften Zeilen, um die %n gültige Zeile zu importieren.</numerusform>
            <numerusform>Korrigieren Sie die Zeilen und importieren Sie die Datei erneut, oder überspringen Sie die fehlerhaften Zeilen, um die %n gültigen Zeilen zu importieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>They would be skipped.</source>
        <translation>Sie würden übersprungen.</translation>
    </message>
    <message>
        <source>They were skipped.</source>
        <translation>Sie wurden übersprungen.</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>Es gibt nichts zu importieren.</translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s) would be created: %1.</source>
        <translation>
            <numerusform>%n Organisation würde erstellt: %1.</numerusform>
            <numerusform>%n Organisationen würden erstellt: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s) were created: %1.</source>
        <translation>
            <numerusform>%n Organisation wurde erstellt: %1.</numerusform>
            <numerusform>%n Organisationen wurden erstellt: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new user(s) would be created.</source>
        <translation>
            <numerusform>%n neuer Benutzer würde erstellt.</numerusform>
            <numerusform>%n neue Benutzer würden erstellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new user(s) were created.</source>
        <translation>
            <numerusform>%n neuer Benutzer wurde erstellt.</numerusform>
            <numerusform>%n neue Benutzer wurden erstellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing user(s) with the same email address would be updated.</source>
        <translation>
            <numerusform>%n vorhandener Benutzer mit derselben E-Mail-Adresse würde aktualisiert.</numerusform>
            <numerusform>%n vorhandene Benutzer mit derselben E-Mail-Adresse würden aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing user(s) with the same email address were updated.</source>
        <translation>
            <numerusform>%n vorhandener Benutzer mit derselben E-Mail-Adresse wurde aktualisiert.</numerusform>
            <numerusform>%n vorhandene Benutzer mit derselben E-Mail-Adresse wurden aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new user(s) would join an organization by their email domain.</source>
        <translation>
            <numerusform>%n neuer Benutzer würde über seine E-Mail-Domäne einer Organisation beitreten.</numerusform>
            <numerusform>%n neue Benutzer würden über ihre E-Mail-Domäne einer Organisation beitreten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new user(s) joined an organization by their email domain.</source>
        <translation>
            <numerusform>%n neuer Benutzer ist über seine E-Mail-Domäne einer Organisation beigetreten.</numerusform>
            <numerusform>%n neue Benutzer sind über ihre E-Mail-Domäne einer Organisation beigetreten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s) would be created.</source>
        <translation>
            <numerusform>%n Organisation würde erstellt.</numerusform>
            <numerusform>%n Organisationen würden erstellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s) were created.</source>
        <translation>
            <numerusform>%n Organisation wurde erstellt.</numerusform>
            <numerusform>%n Organisationen wurden erstellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing organization(s) with the same name would be updated.</source>
        <translation>
            <numerusform>%n vorhandene Organisation mit demselben Namen würde aktualisiert.</numerusform>
            <numerusform>%n vorhandene Organisationen mit demselben Namen würden aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing organization(s) with the same name were updated.</source>
        <translation>
            <numerusform>%n vorhandene Organisation mit demselben Namen wurde aktualisiert.</numerusform>
            <numerusform>%n vorhandene Organisationen mit demselben Namen wurden aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>This was a dry run: nothing was written.</source>
        <translation>Dies war ein Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>There is no organization “%1”. Create it first, or choose to create missing organizations.</source>
        <translation>Es gibt keine Organisation „%1“. Erstellen Sie sie zuerst, oder lassen Sie fehlende Organisationen erstellen.</translation>
    </message>
    <message>
        <source>The organization name “%1…” is longer than 255 characters.</source>
        <translation>Der Organisationsname „%1…“ ist länger als 255 Zeichen.</translation>
    </message>
    <message>
        <source>The organization “%1” could not be created: %2 Nothing was imported.</source>
        <translation>Die Organisation „%1“ konnte nicht erstellt werden: %2 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Line %1: %2 Nothing was imported.</source>
        <translation>Zeile %1: %2 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>There is no group “%1”. Create the group first, or leave the cell empty.</source>
        <translation>Es gibt keine Gruppe „%1“. Erstellen Sie zuerst die Gruppe, oder lassen Sie die Zelle leer.</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Services::OrganizationService</name>
    <message>
        <source>The domain %1 already belongs to the organization “%2”. A domain can belong to one organization only: remove it there first.</source>
        <translation>Die Domäne %1 gehört bereits zur Organisation „%2“. Eine Domäne kann nur zu einer Organisation gehören: Entfernen Sie sie zuerst dort.</translation>
    </message>
    <message>
        <source>An organization can have at most %1 email domains.</source>
        <translation>Eine Organisation kann höchstens %1 E-Mail-Domänen haben.</translation>
    </message>
    <message>
        <source>The organization needs a name.</source>
        <translation>Die Organisation benötigt einen Namen.</translation>
    </message>
    <message>
        <source>The name of the organization is longer than %1 characters.</source>
        <translation>Der Name der Organisation ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>An organization named “%1” already exists. Choose another name, or change the existing organization.</source>
        <translation>Eine Organisation namens „%1“ existiert bereits. Wählen Sie einen anderen Namen, oder ändern Sie die vorhandene Organisation.</translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters.</source>
        <translation>Die Notizen sind länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>Choose what members can see: their own tickets, all tickets of the organization, or all tickets with comments.</source>
        <translation>Wählen Sie, was Mitglieder sehen können: ihre eigenen Tickets, alle Tickets der Organisation oder alle Tickets mit Kommentaren.</translation>
    </message>
    <message>
        <source>There is no group with the id %1 for the group mapping; choose an existing group.</source>
        <translation>Für die Gruppenzuordnung gibt es keine Gruppe mit der ID %1; wählen Sie eine vorhandene Gruppe.</translation>
    </message>
    <message>
        <source>There is no organization with the id %1.</source>
        <translation>Es gibt keine Organisation mit der ID %1.</translation>
    </message>
    <message>
        <source>Deleting “%1” cannot be undone.</source>
        <translation>Das Löschen von „%1“ kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) lose the membership; the users themselves stay.</source>
        <translation>
            <numerusform>%n Mitglied verliert die Mitgliedschaft; der Benutzer selbst bleibt bestehen.</numerusform>
            <numerusform>%n Mitglieder verlieren die Mitgliedschaft; die Benutzer selbst bleiben bestehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n of them it is the default organization; another of their organizations, if any, becomes the default.</source>
        <translation>
            <numerusform>Für %n davon ist es die Standardorganisation; gegebenenfalls wird eine andere ihrer Organisationen zur Standardorganisation.</numerusform>
            <numerusform>Für %n davon ist es die Standardorganisation; gegebenenfalls wird eine andere ihrer Organisationen zur Standardorganisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) keep existing without an organization; their history records why.</source>
        <translation>
            <numerusform>%n Ticket bleibt ohne Organisation bestehen; sein Verlauf hält den Grund fest.</numerusform>
            <numerusform>%n Tickets bleiben ohne Organisation bestehen; ihr Verlauf hält den Grund fest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No organization has email domains yet; add domains to organizations first.</source>
        <translation>Noch keine Organisation hat E-Mail-Domänen; fügen Sie den Organisationen zuerst Domänen hinzu.</translation>
    </message>
    <message>
        <source>Every user whose address matches a domain is a member of its organization already.</source>
        <translation>Jeder Benutzer, dessen Adresse zu einer Domäne passt, ist bereits Mitglied der zugehörigen Organisation.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) would join an organization: %1.</source>
        <translation>
            <numerusform>%n Benutzer würde einer Organisation beitreten: %1.</numerusform>
            <numerusform>%n Benutzer würden einer Organisation beitreten: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) joined an organization: %1.</source>
        <translation>
            <numerusform>%n Benutzer ist einer Organisation beigetreten: %1.</numerusform>
            <numerusform>%n Benutzer sind einer Organisation beigetreten: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) matching a domain stay as they are: they already belong to as many organizations as the %1 plan allows.</source>
        <translation>
            <numerusform>%n Benutzer mit passender Domäne bleibt unverändert: Er gehört bereits so vielen Organisationen an, wie der Plan %1 erlaubt.</numerusform>
            <numerusform>%n Benutzer mit passender Domäne bleiben unverändert: Sie gehören bereits so vielen Organisationen an, wie der Plan %1 erlaubt.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no user with the id %1.</source>
        <translation>Es gibt keinen Benutzer mit der ID %1.</translation>
    </message>
    <message>
        <source>The default organization of %1 must be one of the organizations they belong to.</source>
        <translation>Die Standardorganisation von %1 muss eine der Organisationen sein, denen der Benutzer angehört.</translation>
    </message>
    <message>
        <source>%1 is suspended and can see no tickets.</source>
        <translation>%1 ist gesperrt und kann keine Tickets sehen.</translation>
    </message>
    <message>
        <source>%1 is an administrator and can see all tickets.</source>
        <translation>%1 ist Administrator und kann alle Tickets sehen.</translation>
    </message>
    <message>
        <source>%1 is an agent and can see all tickets.</source>
        <translation>%1 ist Agent und kann alle Tickets sehen.</translation>
    </message>
    <message>
        <source>%1 can see only the tickets they requested.</source>
        <translation>%1 kann nur die selbst angefragten Tickets sehen.</translation>
    </message>
    <message>
        <source>%1 can see the tickets they requested and the tickets of: %2.</source>
        <translation>%1 kann die selbst angefragten Tickets sowie die Tickets folgender Organisationen sehen: %2.</translation>
    </message>
    <message>
        <source>They can comment on the tickets of: %1.</source>
        <translation>Der Benutzer kann die Tickets folgender Organisationen kommentieren: %1.</translation>
    </message>
    <message>
        <source>They never see internal notes.</source>
        <translation>Interne Notizen sieht der Benutzer nie.</translation>
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
    <name>DeskBridge::Services::TriggerService</name>
    <message>
        <source>There is no trigger with the id %1.</source>
        <translation>Es gibt keinen Auslöser mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no trigger &quot;%1&quot;.</source>
        <translation>Es gibt keinen Auslöser „%1“.</translation>
    </message>
    <message>
        <source>The trigger needs a title.</source>
        <translation>Der Auslöser benötigt einen Titel.</translation>
    </message>
    <message>
        <source>The trigger&apos;s title is longer than %1 characters.</source>
        <translation>Der Titel des Auslösers ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>There is already a trigger named &quot;%1&quot;.</source>
        <translation>Es gibt bereits einen Auslöser namens „%1“.</translation>
    </message>
    <message>
        <source>%1: a trigger cannot set the status back to New</source>
        <translation>%1: Ein Auslöser kann den Status nicht auf Neu zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>The new order must name each of the %n trigger(s) exactly once.</source>
        <translation>
            <numerusform>Die neue Reihenfolge muss den %n Auslöser genau einmal nennen.</numerusform>
            <numerusform>Die neue Reihenfolge muss jeden der %n Auslöser genau einmal nennen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trigger &quot;%1&quot; cannot be activated: %2</source>
        <translation>Der Auslöser „%1“ kann nicht aktiviert werden: %2</translation>
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
    <message numerus="yes">
        <source>%1 would belong to %n organizations, but the %2 plan allows one organization per user. Keep one, or upgrade to the %3 plan for up to %4 organizations per user.</source>
        <translation>
            <numerusform>%1 würde %n Organisation angehören, aber der Plan %2 erlaubt eine Organisation pro Benutzer. Behalten Sie eine, oder wechseln Sie zum Plan %3 für bis zu %4 Organisationen pro Benutzer.</numerusform>
            <numerusform>%1 würde %n Organisationen angehören, aber der Plan %2 erlaubt eine Organisation pro Benutzer. Behalten Sie eine, oder wechseln Sie zum Plan %3 für bis zu %4 Organisationen pro Benutzer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 would belong to %n organizations, but the %2 plan allows at most %3 organizations per user. Remove some first.</source>
        <translation>
            <numerusform>%1 würde %n Organisation angehören, aber der Plan %2 erlaubt höchstens %3 Organisationen pro Benutzer. Entfernen Sie zuerst einige.</numerusform>
            <numerusform>%1 würde %n Organisationen angehören, aber der Plan %2 erlaubt höchstens %3 Organisationen pro Benutzer. Entfernen Sie zuerst einige.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no organization with the id %1.</source>
        <translation>Es gibt keine Organisation mit der ID %1.</translation>
    </message>
    <message>
        <source>The default organization of %1 must be one of their organizations; add them to it first.</source>
        <translation>Die Standardorganisation von %1 muss eine der Organisationen des Benutzers sein; fügen Sie ihn zuerst dort hinzu.</translation>
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
    <message>
        <source>A view cannot be sorted by &apos;%1&apos; (use one of: %2)</source>
        <translation>Eine Ansicht kann nicht nach &apos;%1&apos; sortiert werden (verwenden Sie einen dieser Werte: %2)</translation>
    </message>
    <message>
        <source>There is no view with the id %1.</source>
        <translation>Es gibt keine Ansicht mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no view &quot;%1&quot;.</source>
        <translation>Es gibt keine Ansicht „%1“.</translation>
    </message>
    <message>
        <source>The view needs a title.</source>
        <translation>Die Ansicht benötigt einen Titel.</translation>
    </message>
    <message>
        <source>The view&apos;s title is longer than %1 characters.</source>
        <translation>Der Titel der Ansicht ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>There is already a view named &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Ansicht namens „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of a built-in view.</source>
        <translation>„%1“ ist der Name einer integrierten Ansicht.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a column (use one of: %2)</source>
        <translation>&apos;%1&apos; ist keine Spalte (verwenden Sie einen dieser Werte: %2)</translation>
    </message>
    <message numerus="yes">
        <source>The new order must name each of the %n view(s) exactly once.</source>
        <translation>
            <numerusform>Die neue Reihenfolge muss die %n Ansicht genau einmal nennen.</numerusform>
            <numerusform>Die neue Reihenfolge muss jede der %n Ansichten genau einmal nennen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskBridge::Sharing::FetchCertificateJob</name>
    <message>
        <source>%1 did not complete a TLS handshake within %2 s.</source>
        <translation>%1 hat den TLS-Handshake nicht innerhalb von %2 s abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 is not an https:// URL.</source>
        <translation>%1 ist keine https://-URL.</translation>
    </message>
    <message>
        <source>Could not read the certificate of %1: %2</source>
        <translation>Das Zertifikat von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Sharing::SharingHost</name>
    <message>
        <source>The sharing service did not start.</source>
        <translation>Der Sharing-Dienst wurde nicht gestartet.</translation>
    </message>
    <message>
        <source>The sharing service is not running.</source>
        <translation>Der Sharing-Dienst läuft nicht.</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Sharing::SharingHostCore</name>
    <message>
        <source>&quot;%1&quot; is not an address to listen on; use ADDR:PORT, e.g. 127.0.0.1:8443.</source>
        <translation>„%1“ ist keine Adresse zum Lauschen; verwenden Sie ADRESSE:PORT, z. B. 127.0.0.1:8443.</translation>
    </message>
    <message>
        <source>There is no account in %1 yet.</source>
        <translation>In %1 gibt es noch kein Konto.</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Sharing::SharingJob</name>
    <message>
        <source>The partner&apos;s address %1 is not an https:// URL.</source>
        <translation>Die Adresse des Partners %1 ist keine https://-URL.</translation>
    </message>
    <message>
        <source>The pinned certificate fingerprint is not usable: %1</source>
        <translation>Der hinterlegte Zertifikat-Fingerprint ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>The partner&apos;s certificate is not trusted (%1). Its fingerprint is %2; pin it in the agreement if you trust it.</source>
        <translation>Das Zertifikat des Partners ist nicht vertrauenswürdig (%1). Sein Fingerprint ist %2; hinterlegen Sie ihn in der Vereinbarung, wenn Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The partner&apos;s pinned certificate cannot be used: %1</source>
        <translation>Das hinterlegte Zertifikat des Partners kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The partner did not answer within %1 s.</source>
        <translation>Der Partner hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <source>The TLS connection to the partner failed: %1</source>
        <translation>Die TLS-Verbindung zum Partner ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The partner could not be reached: %1</source>
        <translation>Der Partner ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The request cannot be sent to this address: %1</source>
        <translation>Die Anfrage kann nicht an diese Adresse gesendet werden: %1</translation>
    </message>
    <message>
        <source>The request failed: %1</source>
        <translation>Die Anfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The partner answered %1 and points to %2; check the partner&apos;s sharing URL.</source>
        <translation>Der Partner hat mit %1 geantwortet und verweist auf %2; prüfen Sie die Sharing-URL des Partners.</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <source>The partner asked for credentials (401): the agreement&apos;s token was not accepted.</source>
        <translation>Der Partner hat Anmeldedaten verlangt (401): Das Token der Vereinbarung wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The partner refused the agreement&apos;s token (403): the agreement may be unknown there, not accepted yet, or deactivated.</source>
        <translation>Der Partner hat das Token der Vereinbarung abgelehnt (403): Die Vereinbarung ist dort möglicherweise unbekannt, noch nicht akzeptiert oder deaktiviert.</translation>
    </message>
    <message>
        <source>The partner does not know this (404).</source>
        <translation>Der Partner kennt dies nicht (404).</translation>
    </message>
    <message>
        <source>The partner unshared this (410).</source>
        <translation>Der Partner hat die Freigabe hierfür aufgehoben (410).</translation>
    </message>
    <message>
        <source>The partner is unavailable for now (%1).</source>
        <translation>Der Partner ist derzeit nicht verfügbar (%1).</translation>
    </message>
    <message>
        <source>The partner refused the request (%1).</source>
        <translation>Der Partner hat die Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The partner refused the request (%1): %2</source>
        <translation>Der Partner hat die Anfrage abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>The partner presented a different certificate than the pinned one, and no trusted certificate authority vouches for it: it presented %1, the agreement pins %2.</source>
        <translation>Der Partner zeigte ein anderes als das hinterlegte Zertifikat, und keine vertrauenswürdige Zertifizierungsstelle bürgt dafür: Er zeigte %1, die Vereinbarung hinterlegt %2.</translation>
    </message>
    <message>
        <source>The partner presented a different certificate than the pinned one, and no trusted certificate authority vouches for it (%3): it presented %1, the agreement pins %2.</source>
        <translation>Der Partner zeigte ein anderes als das hinterlegte Zertifikat, und keine vertrauenswürdige Zertifizierungsstelle bürgt dafür (%3): Er zeigte %1, die Vereinbarung hinterlegt %2.</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Sharing::SharingService</name>
    <message>
        <source>Only administrators can manage sharing agreements. %1</source>
        <translation>Nur Administratoren können Vereinbarungen zur gemeinsamen Nutzung verwalten. %1</translation>
    </message>
    <message>
        <source>There is no sharing agreement with the id %1.</source>
        <translation>Es gibt keine Vereinbarung zur gemeinsamen Nutzung mit der ID %1.</translation>
    </message>
    <message>
        <source>The partner&apos;s sharing URL must be an https:// address, e.g. https://helpdesk.example.com/sharing.</source>
        <translation>Die Sharing-URL des Partners muss eine https://-Adresse sein, z. B. https://helpdesk.example.com/sharing.</translation>
    </message>
    <message>
        <source>Give the partner a name.</source>
        <translation>Geben Sie dem Partner einen Namen.</translation>
    </message>
    <message>
        <source>This account has no sharing URL yet: start the sharing service (deskbridge serve) or set its public URL first.</source>
        <translation>Dieses Konto hat noch keine Sharing-URL: Starten Sie zuerst den Sharing-Dienst (deskbridge serve), oder legen Sie seine öffentliche URL fest.</translation>
    </message>
    <message>
        <source>That is this account&apos;s own sharing URL.</source>
        <translation>Das ist die eigene Sharing-URL dieses Kontos.</translation>
    </message>
    <message>
        <source>There is no custom field with the key &quot;%1&quot;.</source>
        <translation>Es gibt kein benutzerdefiniertes Feld mit dem Schlüssel „%1“.</translation>
    </message>
    <message>
        <source>The agreement with %1 is outbound: only the partner can accept or decline it.</source>
        <translation>Die Vereinbarung mit %1 ist ausgehend: Nur der Partner kann sie annehmen oder ablehnen.</translation>
    </message>
    <message>
        <source>The agreement with %1 is %2, not pending.</source>
        <translation>Die Vereinbarung mit %1 ist %2, nicht ausstehend.</translation>
    </message>
    <message>
        <source>The agreement with %1 is already inactive; deactivation is final.</source>
        <translation>Die Vereinbarung mit %1 ist bereits inaktiv; eine Deaktivierung ist endgültig.</translation>
    </message>
    <message>
        <source>The agreement was deactivated.</source>
        <translation>Die Vereinbarung wurde deaktiviert.</translation>
    </message>
    <message>
        <source>Only administrators can see sharing agreements. %1</source>
        <translation>Nur Administratoren können Vereinbarungen zur gemeinsamen Nutzung sehen. %1</translation>
    </message>
    <message>
        <source>There is no sharing agreement &quot;%1&quot;.</source>
        <translation>Es gibt keine Vereinbarung zur gemeinsamen Nutzung „%1“.</translation>
    </message>
    <message>
        <source>Tickets can only be shared under an accepted outbound agreement; the one with %1 is %2.</source>
        <translation>Tickets können nur unter einer akzeptierten ausgehenden Vereinbarung freigegeben werden; die mit %1 ist %2.</translation>
    </message>
    <message>
        <source>Ticket #%1 was not found.</source>
        <translation>Ticket #%1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Ticket #%1 is already shared with %2.</source>
        <translation>Ticket #%1 ist bereits für %2 freigegeben.</translation>
    </message>
    <message>
        <source>Ticket #%1 was shared with us by %2; it cannot be shared back to them.</source>
        <translation>Ticket #%1 wurde uns von %2 freigegeben; es kann nicht an diesen zurück freigegeben werden.</translation>
    </message>
    <message>
        <source>This account has no sharing URL yet: start the sharing service first.</source>
        <translation>Dieses Konto hat noch keine Sharing-URL: Starten Sie zuerst den Sharing-Dienst.</translation>
    </message>
    <message>
        <source>Shared with %1</source>
        <translation>Freigegeben für %1</translation>
    </message>
    <message>
        <source>Ticket #%1 is not shared with %2.</source>
        <translation>Ticket #%1 ist nicht für %2 freigegeben.</translation>
    </message>
    <message>
        <source>Unshared from %1</source>
        <translation>Freigabe für %1 aufgehoben</translation>
    </message>
    <message>
        <source>The email address or API token is not valid.</source>
        <translation>Die E-Mail-Adresse oder das API-Token ist ungültig.</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::AccountSettingsPage</name>
    <message>
        <source>The account&apos;s name, language and time zone.</source>
        <translation>Name, Sprache und Zeitzone des Kontos.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Your company or team, as partners will see it</source>
        <translation>Ihr Unternehmen oder Team, wie Partner es sehen</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>Konto&amp;name:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>Deutsch</source>
        <comment>endonym</comment>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <comment>endonym</comment>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>DeskBridge changes its language the next time it starts.</source>
        <translation>DeskBridge wechselt die Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Business hours and the time conditions of triggers and views use this time zone.</source>
        <translation>Geschäftszeiten und die Zeitbedingungen von Auslösern und Ansichten verwenden diese Zeitzone.</translation>
    </message>
    <message>
        <source>Saved. The new language applies the next time DeskBridge starts.</source>
        <translation>Gespeichert. Die neue Sprache gilt ab dem nächsten Start von DeskBridge.</translation>
    </message>
    <message>
        <source>Saved the account settings.</source>
        <translation>Die Kontoeinstellungen wurden gespeichert.</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::ActionListEditor</name>
    <message>
        <source>Share ticket with</source>
        <translation>Ticket freigeben für</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Tags hinzufügen</translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation>Tags entfernen</translation>
    </message>
    <message>
        <source>Set tags</source>
        <translation>Tags festlegen</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zugewiesener Mitarbeiter</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Aktion hinzufügen</translation>
    </message>
    <message>
        <source>Sharing tickets automatically needs the Enterprise plan.</source>
        <translation>Für die automatische Freigabe von Tickets ist der Enterprise-Plan erforderlich.</translation>
    </message>
    <message>
        <source>needs the Enterprise plan</source>
        <translation>erfordert den Enterprise-Plan</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>tags, separated by spaces</source>
        <translation>Tags, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(nicht zugewiesen)</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::AdminCenterWindow</name>
    <message>
        <source>Admin Center</source>
        <translation>Admin Center</translation>
    </message>
    <message>
        <source>Admin Center – %1</source>
        <translation>Admin Center – %1</translation>
    </message>
    <message>
        <source>Admin Center sections</source>
        <translation>Bereiche des Admin Centers</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Some pages have changes that are not saved yet. Close the Admin Center and discard them?</source>
        <translation>Einige Seiten enthalten noch nicht gespeicherte Änderungen. Admin Center schließen und die Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::AdminRefusalWidget</name>
    <message>
        <source>The Admin Center is for administrators</source>
        <translation>Das Admin Center ist für Administratoren</translation>
    </message>
    <message>
        <source>Ask an administrator to change your role if you need these settings.</source>
        <translation>Bitten Sie einen Administrator, Ihre Rolle zu ändern, wenn Sie diese Einstellungen benötigen.</translation>
    </message>
    <message>
        <source>Ask an administrator of %1 to change your role if you need these settings.</source>
        <translation>Bitten Sie einen Administrator von %1, Ihre Rolle zu ändern, wenn Sie diese Einstellungen benötigen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::AgentConsole</name>
    <message>
        <source>This is the last ticket of the view.</source>
        <translation>Dies ist das letzte Ticket der Ansicht.</translation>
    </message>
    <message>
        <source>This is the first ticket of the view.</source>
        <translation>Dies ist das erste Ticket der Ansicht.</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::AgreementInviteDialog</name>
    <message>
        <source>Fetch</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <source>Synchronize the status</source>
        <translation>Status synchronisieren</translation>
    </message>
    <message>
        <source>Synchronize tags</source>
        <translation>Tags synchronisieren</translation>
    </message>
    <message>
        <source>Invite a partner</source>
        <translation>Partner einladen</translation>
    </message>
    <message>
        <source>AB:CD:… (empty: trust certificates of system CAs)</source>
        <translation>AB:CD:… (leer: Zertifikaten von System-CAs vertrauen)</translation>
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
    <message>
        <source>Partner&apos;s sharing URL</source>
        <translation>Sharing-URL des Partners</translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation>Name des Partners</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>Zertifikat-Fingerabdruck</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Send invite</source>
        <translation>Einladung senden</translation>
    </message>
    <message>
        <source>Reading the partner&apos;s certificate…</source>
        <translation>Zertifikat des Partners wird gelesen…</translation>
    </message>
    <message>
        <source>No certificate: %1</source>
        <translation>Kein Zertifikat: %1</translation>
    </message>
    <message>
        <source>A system CA vouches for this certificate.</source>
        <translation>Eine System-CA bürgt für dieses Zertifikat.</translation>
    </message>
    <message>
        <source>Self-signed: compare the fingerprint with the one your partner gave you before sending the invite.</source>
        <translation>Selbstsigniert: Vergleichen Sie den Fingerabdruck mit dem, den Ihr Partner Ihnen gegeben hat, bevor Sie die Einladung senden.</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::BusinessHoursPage</name>
    <message>
        <source>The weekly schedule of your support team.</source>
        <translation>Der Wochenplan Ihres Support-Teams.</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <source>Triggers can test whether a ticket is created or updated within business hours, for example to share tickets created during business hours automatically.</source>
        <translation>Auslöser können prüfen, ob ein Ticket innerhalb der Geschäftszeiten erstellt oder aktualisiert wird, etwa um während der Geschäftszeiten erstellte Tickets automatisch freizugeben.</translation>
    </message>
    <message>
        <source>Weekly schedule</source>
        <translation>Wochenplan</translation>
    </message>
    <message>
        <source>No business hours are set: the condition &quot;within business hours&quot; matches no ticket.</source>
        <translation>Es sind keine Geschäftszeiten festgelegt: Die Bedingung „innerhalb der Geschäftszeiten“ trifft auf kein Ticket zu.</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <source>00:00 closes at midnight.</source>
        <translation>00:00 schließt um Mitternacht.</translation>
    </message>
    <message>
        <source>Business hours saved.</source>
        <translation>Geschäftszeiten gespeichert.</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::CommentCard</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Only agents see internal notes</source>
        <translation>Nur Agents sehen interne Notizen</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Anfragender</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::Composer</name>
    <message>
        <source>Public reply</source>
        <translation>Öffentliche Antwort</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Write an internal note: only agents will see it</source>
        <translation>Interne Notiz schreiben: nur Agents sehen sie</translation>
    </message>
    <message>
        <source>Write a public reply to the requester</source>
        <translation>Öffentliche Antwort an den Anfragenden schreiben</translation>
    </message>
    <message>
        <source>This ticket is closed.</source>
        <translation>Dieses Ticket ist geschlossen.</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::ConditionBuilder</name>
    <message>
        <source>Ticket is</source>
        <translation>Ticket ist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zugewiesener Mitarbeiter</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Anfragender</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Benutzerdefiniertes Feld</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Update via</source>
        <translation>Aktualisierung über</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Empfangen von</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Gesendet an</translation>
    </message>
    <message>
        <source>Sharing state</source>
        <translation>Freigabestatus</translation>
    </message>
    <message>
        <source>Hours since shared</source>
        <translation>Stunden seit Freigabe</translation>
    </message>
    <message>
        <source>Hours since created</source>
        <translation>Stunden seit Erstellung</translation>
    </message>
    <message>
        <source>Hours since updated</source>
        <translation>Stunden seit Aktualisierung</translation>
    </message>
    <message>
        <source>Within business hours</source>
        <translation>Innerhalb der Geschäftszeiten</translation>
    </message>
    <message>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>ist nicht</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>kleiner als</translation>
    </message>
    <message>
        <source>greater than</source>
        <translation>größer als</translation>
    </message>
    <message>
        <source>contains at least one of</source>
        <translation>enthält mindestens eines von</translation>
    </message>
    <message>
        <source>contains all of</source>
        <translation>enthält alle von</translation>
    </message>
    <message>
        <source>contains none of</source>
        <translation>enthält keines von</translation>
    </message>
    <message>
        <source>is present</source>
        <translation>ist vorhanden</translation>
    </message>
    <message>
        <source>is not present</source>
        <translation>ist nicht vorhanden</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>Meet ALL of the following conditions</source>
        <translation>ALLE folgenden Bedingungen erfüllen</translation>
    </message>
    <message>
        <source>Meet ANY of the following conditions</source>
        <translation>MINDESTENS EINE der folgenden Bedingungen erfüllen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>tags, separated by spaces</source>
        <translation>Tags, durch Leerzeichen getrennt</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::DropdownOptionsEditor</name>
    <message>
        <source>New option, then Enter</source>
        <translation>Neue Option, dann Eingabetaste</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the option up</source>
        <translation>Option nach oben verschieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the option down</source>
        <translation>Option nach unten verschieben</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the option (Del)</source>
        <translation>Option entfernen (Entf)</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::FirstRunWizard</name>
    <message>
        <source>Welcome to DeskBridge</source>
        <translation>Willkommen bei DeskBridge</translation>
    </message>
    <message>
        <source>&amp;Create Account</source>
        <translation>Konto &amp;erstellen</translation>
    </message>
    <message>
        <source>Your support account</source>
        <translation>Ihr Support-Konto</translation>
    </message>
    <message>
        <source>DeskBridge keeps one support account in this data directory. Name it and choose its plan; both can change later in the Admin Center.</source>
        <translation>DeskBridge verwaltet in diesem Datenverzeichnis ein Support-Konto. Geben Sie ihm einen Namen und wählen Sie seinen Plan; beides lässt sich später im Admin Center ändern.</translation>
    </message>
    <message>
        <source>e.g. Contoso Support</source>
        <translation>z. B. Contoso Support</translation>
    </message>
    <message>
        <source>Partners see this name when you share tickets with them.</source>
        <translation>Partner sehen diesen Namen, wenn Sie Tickets für sie freigeben.</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>Konto&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>Data directory: %1</source>
        <translation>Datenverzeichnis: %1</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>Der erste Administrator</translation>
    </message>
    <message>
        <source>Administrators manage users, groups, ticket fields and sharing agreements. You sign in to the console as this user.</source>
        <translation>Administratoren verwalten Benutzer, Gruppen, Ticketfelder und Vereinbarungen zur gemeinsamen Nutzung. Sie melden sich als dieser Benutzer an der Konsole an.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>shared organizations</source>
        <translation>gemeinsame Organisationen</translation>
    </message>
    <message>
        <source>manual ticket sharing</source>
        <translation>manuelles Ticket Sharing</translation>
    </message>
    <message>
        <source>automatic sharing via triggers</source>
        <translation>automatisches Sharing über Auslöser</translation>
    </message>
    <message>
        <source>up to %1 organizations per user</source>
        <translation>bis zu %1 Organisationen pro Benutzer</translation>
    </message>
    <message>
        <source>the API for sharing agreements</source>
        <translation>die API für Vereinbarungen zur gemeinsamen Nutzung</translation>
    </message>
    <message>
        <source>Includes %1.</source>
        <translation>Enthält %1.</translation>
    </message>
    <message>
        <source>Not included: %1.</source>
        <translation>Nicht enthalten: %1.</translation>
    </message>
    <message>
        <source>Enter a name for the account.</source>
        <translation>Geben Sie einen Namen für das Konto ein.</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s name.</source>
        <translation>Geben Sie den Namen des Administrators ein.</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s email address.</source>
        <translation>Geben Sie die E-Mail-Adresse des Administrators ein.</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::FormActions</name>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Forget the changes and show what is stored</source>
        <translation>Änderungen verwerfen und den gespeicherten Stand anzeigen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the changes (%1)</source>
        <translation>Änderungen speichern (%1)</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::GroupsPage</name>
    <message>
        <source>Teams of agents that tickets are assigned to.</source>
        <translation>Teams von Agents, denen Tickets zugewiesen werden.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Search groups (%1)</source>
        <translation>Gruppen suchen (%1)</translation>
    </message>
    <message>
        <source>New Group…</source>
        <translation>Neue Gruppe…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected group (Del)</source>
        <translation>Ausgewählte Gruppe löschen (Entf)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Select a group to rename it or change its members, or create a new group.</source>
        <translation>Wählen Sie eine Gruppe aus, um sie umzubenennen oder ihre Mitglieder zu ändern, oder erstellen Sie eine neue Gruppe.</translation>
    </message>
    <message>
        <source>e.g. Premium Support</source>
        <translation>z. B. Premium-Support</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Mitglieder:</translation>
    </message>
    <message>
        <source>Filter agents</source>
        <translation>Agents filtern</translation>
    </message>
    <message>
        <source>Only agents and administrators can be in groups.</source>
        <translation>Nur Agents und Administratoren können Gruppen angehören.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (suspended)</source>
        <translation>%1 (gesperrt)</translation>
    </message>
    <message>
        <source>the new group</source>
        <translation>die neue Gruppe</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot;</source>
        <translation>die Gruppe „%1“</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Discard your changes to %1?</source>
        <translation>Ihre Änderungen an %1 verwerfen?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 ausgewählt</translation>
    </message>
    <message>
        <source>Created the group &quot;%1&quot;.</source>
        <translation>Die Gruppe „%1“ wurde erstellt.</translation>
    </message>
    <message>
        <source>Saved the group &quot;%1&quot;.</source>
        <translation>Die Gruppe „%1“ wurde gespeichert.</translation>
    </message>
    <message>
        <source>Delete the group &quot;%1&quot;?</source>
        <translation>Die Gruppe „%1“ löschen?</translation>
    </message>
    <message>
        <source>Its members (%1) stay in the account. Tickets assigned to this group keep their assignee but no longer have a group.</source>
        <translation>Ihre Mitglieder (%1) bleiben im Konto. Tickets, die dieser Gruppe zugewiesen sind, behalten ihren zugewiesenen Mitarbeiter, haben aber keine Gruppe mehr.</translation>
    </message>
    <message>
        <source>Tickets assigned to this group keep their assignee but no longer have a group.</source>
        <translation>Tickets, die dieser Gruppe zugewiesen sind, behalten ihren zugewiesenen Mitarbeiter, haben aber keine Gruppe mehr.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete Group</source>
        <translation>Gruppe löschen</translation>
    </message>
    <message>
        <source>Deleted the group &quot;%1&quot;.</source>
        <translation>Die Gruppe „%1“ wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::HelpCenterPage</name>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>Verwendet:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Install certificate…</source>
        <translation>Zertifikat installieren…</translation>
    </message>
    <message>
        <source>Use the self-signed certificate</source>
        <translation>Selbstsigniertes Zertifikat verwenden</translation>
    </message>
    <message>
        <source>The certificate serves both the Help Center and ticket sharing. A certificate from a certificate authority lets end users&apos; browsers trust the Help Center; partners then see a new fingerprint. A change applies when the sharing service next starts (the console restarts its own right away).</source>
        <translation>Das Zertifikat dient dem Help Center und der Ticketfreigabe. Mit einem Zertifikat einer Zertifizierungsstelle vertrauen die Browser der Endbenutzer dem Help Center; Partner sehen dann einen neuen Fingerabdruck. Eine Änderung gilt ab dem nächsten Start des Sharing-Dienstes (die Konsole startet ihren eigenen sofort neu).</translation>
    </message>
    <message>
        <source>The Help Center has no address yet: it is served by the sharing service. Start it once (open the console, or run “deskbridge serve”) and its address appears here.</source>
        <translation>Das Help Center hat noch keine Adresse: Es wird vom Sharing-Dienst bereitgestellt. Starten Sie ihn einmal (öffnen Sie die Konsole oder führen Sie „deskbridge serve“ aus), dann erscheint seine Adresse hier.</translation>
    </message>
    <message>
        <source>End users sign in here with their email address and their Help Center password (set one for them on the Users page).</source>
        <translation>Endbenutzer melden sich hier mit ihrer E-Mail-Adresse und ihrem Help-Center-Passwort an (legen Sie es auf der Seite „Benutzer“ für sie an).</translation>
    </message>
    <message>
        <source>Installed certificate (issued by a certificate authority)</source>
        <translation>Installiertes Zertifikat (von einer Zertifizierungsstelle ausgestellt)</translation>
    </message>
    <message>
        <source>Self-signed certificate (browsers warn about it)</source>
        <translation>Selbstsigniertes Zertifikat (Browser warnen davor)</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>The installed certificate has expired: the server presents the self-signed one instead. Install a new certificate.</source>
        <translation>Das installierte Zertifikat ist abgelaufen: Der Server zeigt stattdessen das selbstsignierte. Installieren Sie ein neues Zertifikat.</translation>
    </message>
    <message>
        <source>No web browser could be opened for %1.</source>
        <translation>Für %1 konnte kein Webbrowser geöffnet werden.</translation>
    </message>
    <message>
        <source>Remove the installed certificate and present the self-signed one again? End users&apos; browsers will warn about it, and partners see the self-signed certificate&apos;s fingerprint again.</source>
        <translation>Das installierte Zertifikat entfernen und wieder das selbstsignierte zeigen? Die Browser der Endbenutzer warnen dann davor, und Partner sehen wieder den Fingerabdruck des selbstsignierten Zertifikats.</translation>
    </message>
    <message>
        <source>Use self-signed</source>
        <translation>Selbstsigniertes verwenden</translation>
    </message>
    <message>
        <source>The certificate is installed.</source>
        <translation>Das Zertifikat ist installiert.</translation>
    </message>
    <message>
        <source>The self-signed certificate is used again.</source>
        <translation>Das selbstsignierte Zertifikat wird wieder verwendet.</translation>
    </message>
    <message>
        <source>The sharing service was restarted and presents it now.</source>
        <translation>Der Sharing-Dienst wurde neu gestartet und zeigt es jetzt.</translation>
    </message>
    <message>
        <source>Partners now see the new fingerprint; partners running DeskBridge accept it when a certificate authority they trust vouches for it, others must pin it.</source>
        <translation>Partner sehen jetzt den neuen Fingerabdruck; Partner mit DeskBridge akzeptieren ihn, wenn eine Zertifizierungsstelle, der sie vertrauen, dafür bürgt, andere müssen ihn hinterlegen.</translation>
    </message>
    <message>
        <source>Partners see the self-signed certificate&apos;s fingerprint again, the one they pinned before.</source>
        <translation>Partner sehen wieder den Fingerabdruck des selbstsignierten Zertifikats, den sie zuvor hinterlegt haben.</translation>
    </message>
    <message>
        <source>The sharing service could not start again: %1</source>
        <translation>Der Sharing-Dienst konnte nicht wieder starten: %1</translation>
    </message>
    <message>
        <source>Help Center</source>
        <translation>Help Center</translation>
    </message>
    <message>
        <source>Where end users sign in to see their requests, and the server&apos;s certificate.</source>
        <translation>Wo sich Endbenutzer anmelden, um ihre Anfragen zu sehen, und das Zertifikat des Servers.</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::HelpCenterPasswordBox</name>
    <message>
        <source>Help Center password…</source>
        <translation>Help-Center-Passwort…</translation>
    </message>
    <message>
        <source>Create password link…</source>
        <translation>Passwort-Link erstellen…</translation>
    </message>
    <message>
        <source>A link with which the user sets their Help Center password</source>
        <translation>Ein Link, mit dem der Benutzer sein Help-Center-Passwort festlegt</translation>
    </message>
    <message>
        <source>Remove Help Center password</source>
        <translation>Help-Center-Passwort entfernen</translation>
    </message>
    <message>
        <source>Set after the user is created.</source>
        <translation>Festlegbar, nachdem der Benutzer erstellt ist.</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Passwort festgelegt</translation>
    </message>
    <message>
        <source>No password set</source>
        <translation>Kein Passwort festgelegt</translation>
    </message>
    <message>
        <source>%1 can sign in to the Help Center.</source>
        <translation>%1 kann sich im Help Center anmelden.</translation>
    </message>
    <message>
        <source>%1 cannot sign in to the Help Center until they set a password with a link.</source>
        <translation>%1 kann sich erst im Help Center anmelden, nachdem mit einem Link ein Passwort festgelegt wurde.</translation>
    </message>
    <message>
        <source>Created a Help Center password link for %1.</source>
        <translation>Ein Help-Center-Passwort-Link für %1 wurde erstellt.</translation>
    </message>
    <message>
        <source>Remove %1&apos;s Help Center password? They are signed out of the Help Center and cannot sign in until they set a new password with a link.</source>
        <translation>Das Help-Center-Passwort von %1 entfernen? Die Person wird im Help Center abgemeldet und kann sich erst wieder anmelden, nachdem sie mit einem Link ein neues Passwort festgelegt hat.</translation>
    </message>
    <message>
        <source>Remove password</source>
        <translation>Passwort entfernen</translation>
    </message>
    <message>
        <source>Removed %1&apos;s Help Center password.</source>
        <translation>Das Help-Center-Passwort von %1 wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::ImportDialog</name>
    <message>
        <source>Import from CSV</source>
        <translation>Aus CSV-Datei importieren</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei ausgewählt</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>&amp;Contains:</source>
        <translation>&amp;Enthält:</translation>
    </message>
    <message>
        <source>Create missing organizations</source>
        <translation>Fehlende Organisationen erstellen</translation>
    </message>
    <message>
        <source>Organizations named in the file but not in the account are created</source>
        <translation>Organisationen, die in der Datei genannt werden, aber nicht im Konto vorhanden sind, werden erstellt</translation>
    </message>
    <message>
        <source>Skip bad rows</source>
        <translation>Fehlerhafte Zeilen überspringen</translation>
    </message>
    <message>
        <source>Import the good rows and leave out the rows listed below</source>
        <translation>Die gültigen Zeilen importieren und die unten aufgeführten Zeilen auslassen</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Choose a CSV file: it is checked before anything is imported.</source>
        <translation>Wählen Sie eine CSV-Datei aus: Sie wird geprüft, bevor etwas importiert wird.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::InstallCertificateDialog</name>
    <message>
        <source>Install certificate</source>
        <translation>Zertifikat installieren</translation>
    </message>
    <message>
        <source>Choose the certificate your certificate authority issued for this server and its private key. The certificate file holds the server&apos;s certificate first, then the intermediate certificates (the “full chain”); the key must not be protected by a passphrase.</source>
        <translation>Wählen Sie das Zertifikat, das Ihre Zertifizierungsstelle für diesen Server ausgestellt hat, und seinen privaten Schlüssel. Die Zertifikatsdatei enthält zuerst das Zertifikat des Servers, dann die Zwischenzertifikate (die „vollständige Kette“); der Schlüssel darf nicht durch eine Passphrase geschützt sein.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>fullchain.pem</source>
        <translation>fullchain.pem</translation>
    </message>
    <message>
        <source>privkey.pem</source>
        <translation>privkey.pem</translation>
    </message>
    <message>
        <source>&amp;Certificate chain:</source>
        <translation>&amp;Zertifikatskette:</translation>
    </message>
    <message>
        <source>Certificate chain (PEM)</source>
        <translation>Zertifikatskette (PEM)</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>Privater &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Private key (PEM)</source>
        <translation>Privater Schlüssel (PEM)</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.cer *.key);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::MainWindow</name>
    <message>
        <source>&amp;New Ticket…</source>
        <translation>&amp;Neues Ticket…</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Ne&amp;xt Ticket</source>
        <translation>Nä&amp;chstes Ticket</translation>
    </message>
    <message>
        <source>&amp;Previous Ticket</source>
        <translation>&amp;Vorheriges Ticket</translation>
    </message>
    <message>
        <source>&amp;Find Tickets</source>
        <translation>Tickets s&amp;uchen</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Tab schl&amp;ießen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>S&amp;witch User…</source>
        <translation>Benutzer &amp;wechseln…</translation>
    </message>
    <message>
        <source>&amp;Admin Center</source>
        <translation>A&amp;dmin Center</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About DeskBridge</source>
        <translation>Ü&amp;ber DeskBridge</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>&amp;Extras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>DeskBridge</source>
        <translation>DeskBridge</translation>
    </message>
    <message>
        <source>%1 – DeskBridge</source>
        <translation>%1 – DeskBridge</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>%1: counting…</source>
        <translation>%1: wird gezählt…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Admin Center</source>
        <translation>Admin Center</translation>
    </message>
    <message>
        <source>Only administrators can open the Admin Center.</source>
        <translation>Nur Administratoren können das Admin Center öffnen.</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Benutzer wechseln</translation>
    </message>
    <message>
        <source>%1 cannot work in the console: only active agents and administrators can.</source>
        <translation>%1 kann nicht in der Konsole arbeiten: Das können nur aktive Agents und Administratoren.</translation>
    </message>
    <message>
        <source>You are now working as %1.</source>
        <translation>Sie arbeiten jetzt als %1.</translation>
    </message>
    <message>
        <source>About DeskBridge</source>
        <translation>Über DeskBridge</translation>
    </message>
    <message>
        <source>DeskBridge %1

A desktop helpdesk that shares tickets between accounts with the Networked Help Desk protocol.</source>
        <translation>DeskBridge %1

Ein Desktop-Helpdesk, der Tickets mit dem Networked-Help-Desk-Protokoll zwischen Konten teilt.</translation>
    </message>
    <message>
        <source>Sharing off</source>
        <translation>Sharing aus</translation>
    </message>
    <message>
        <source>Ticket sharing is not serving partners right now.</source>
        <translation>Ticket Sharing steht Partnern derzeit nicht zur Verfügung.</translation>
    </message>
    <message numerus="yes">
        <source>Sharing at %1 · %n invite(s) waiting</source>
        <translation>
            <numerusform>Sharing unter %1 · %n Einladung wartet</numerusform>
            <numerusform>Sharing unter %1 · %n Einladungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Sharing at %1</source>
        <translation>Sharing unter %1</translation>
    </message>
    <message>
        <source>Sharing URL: %1
Certificate fingerprint (SHA-256): %2</source>
        <translation>Sharing-URL: %1
Zertifikat-Fingerabdruck (SHA-256): %2</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::NewTicketDialog</name>
    <message>
        <source>Internal note (the requester will not see the description)</source>
        <translation>Interne Notiz (der Anfragende sieht die Beschreibung nicht)</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Neues Ticket</translation>
    </message>
    <message>
        <source>Name &lt;email@example.com&gt; or an address</source>
        <translation>Name &lt;email@example.com&gt; oder eine Adresse</translation>
    </message>
    <message>
        <source>&amp;Requester:</source>
        <translation>&amp;Anfragender:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>What does the requester need?</source>
        <translation>Was benötigt der Anfragende?</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Bes&amp;chreibung:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Zugewiesener Mitarbeiter:</translation>
    </message>
    <message>
        <source>Tags, separated by spaces</source>
        <translation>Tags, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Tag&amp;s:</translation>
    </message>
    <message>
        <source>Create ticket</source>
        <translation>Ticket erstellen</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::OrganizationsPage</name>
    <message>
        <source>Companies and departments, their email domains and sharing.</source>
        <translation>Unternehmen und Abteilungen, ihre E-Mail-Domänen und Sharing.</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Search by name, domain or tag (%1)</source>
        <translation>Nach Name, Domäne oder Tag suchen (%1)</translation>
    </message>
    <message>
        <source>Apply Domains…</source>
        <translation>Domänen anwenden…</translation>
    </message>
    <message>
        <source>Add existing users to the organizations whose email domains match their addresses</source>
        <translation>Vorhandene Benutzer den Organisationen hinzufügen, deren E-Mail-Domänen zu ihren Adressen passen</translation>
    </message>
    <message>
        <source>Import from CSV…</source>
        <translation>Aus CSV-Datei importieren…</translation>
    </message>
    <message>
        <source>New Organization…</source>
        <translation>Neue Organisation…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Select an organization to change it, or create a new one.</source>
        <translation>Wählen Sie eine Organisation aus, um sie zu ändern, oder erstellen Sie eine neue.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>New users whose address ends in one of these domains join the organization.</source>
        <translation>Neue Benutzer, deren Adresse auf eine dieser Domänen endet, werden der Organisation hinzugefügt.</translation>
    </message>
    <message>
        <source>Email &amp;domains:</source>
        <translation>E-Mail-&amp;Domänen:</translation>
    </message>
    <message>
        <source>Ticket sharing:</source>
        <translation>Ticket Sharing:</translation>
    </message>
    <message>
        <source>New tickets from this organization&apos;s members go to this group</source>
        <translation>Neue Tickets von Mitgliedern dieser Organisation gehen an diese Gruppe</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>Separate tags with spaces</source>
        <translation>Tags durch Leerzeichen trennen</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>Delete Organization…</source>
        <translation>Organisation löschen…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Angezeigt: %1 von %2</translation>
    </message>
    <message>
        <source>the new organization</source>
        <translation>die neue Organisation</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Discard your changes to %1?</source>
        <translation>Ihre Änderungen an %1 verwerfen?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Members see only the tickets they requested.</source>
        <translation>Mitglieder sehen nur die Tickets, die sie angefragt haben.</translation>
    </message>
    <message>
        <source>All %1 members see each other&apos;s tickets and public replies, never internal notes.</source>
        <translation>Alle %1 Mitglieder sehen die Tickets und öffentlichen Antworten der anderen, niemals interne Notizen.</translation>
    </message>
    <message>
        <source>Members see each other&apos;s tickets and public replies, never internal notes.</source>
        <translation>Mitglieder sehen die Tickets und öffentlichen Antworten der anderen, niemals interne Notizen.</translation>
    </message>
    <message>
        <source>All %1 members see each other&apos;s tickets and public replies, and can reply to them; never internal notes.</source>
        <translation>Alle %1 Mitglieder sehen die Tickets und öffentlichen Antworten der anderen und können darauf antworten; niemals interne Notizen.</translation>
    </message>
    <message>
        <source>Members see each other&apos;s tickets and public replies, and can reply to them; never internal notes.</source>
        <translation>Mitglieder sehen die Tickets und öffentlichen Antworten der anderen und können darauf antworten; niemals interne Notizen.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 erstellt.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Delete organization</source>
        <translation>Organisation löschen</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Apply domains to existing users</source>
        <translation>Domänen auf vorhandene Benutzer anwenden</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::PasswordLinkDialog</name>
    <message>
        <source>Help Center password link</source>
        <translation>Help-Center-Passwort-Link</translation>
    </message>
    <message>
        <source>Send this link to %1 (%2). It lets them set their Help Center password once.</source>
        <translation>Senden Sie diesen Link an %1 (%2). Damit lässt sich das Help-Center-Passwort einmal festlegen.</translation>
    </message>
    <message>
        <source>Valid until %1. Creating another link does not void this one; using one does.</source>
        <translation>Gültig bis %1. Ein weiterer Link macht diesen nicht ungültig; die Verwendung eines Links schon.</translation>
    </message>
    <message>
        <source>The Help Center has no address yet, so this is only the link&apos;s path. Start the sharing service once (open the console, or run “deskbridge serve”); the full link is the Help Center&apos;s address followed by this path.</source>
        <translation>Das Help Center hat noch keine Adresse, daher ist dies nur der Pfad des Links. Starten Sie den Sharing-Dienst einmal (öffnen Sie die Konsole oder führen Sie „deskbridge serve“ aus); der vollständige Link ist die Adresse des Help Centers, gefolgt von diesem Pfad.</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Send by email…</source>
        <translation>Per E-Mail senden…</translation>
    </message>
    <message>
        <source>The link is on the clipboard.</source>
        <translation>Der Link ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Set your password for the %1 Help Center</source>
        <translation>Legen Sie Ihr Passwort für das Help Center von %1 fest</translation>
    </message>
    <message>
        <source>Hello %1,

please set your password for the %2 Help Center with this link:

%3

The link is valid until %4. Afterwards you sign in with your email address (%5) and this password to see your requests.</source>
        <translation>Hallo %1,

bitte legen Sie mit diesem Link Ihr Passwort für das Help Center von %2 fest:

%3

Der Link ist gültig bis %4. Danach melden Sie sich mit Ihrer E-Mail-Adresse (%5) und diesem Passwort an, um Ihre Anfragen zu sehen.</translation>
    </message>
    <message>
        <source>Your mail program has the message; check it and send it.</source>
        <translation>Ihr E-Mail-Programm hat die Nachricht; prüfen und senden Sie sie.</translation>
    </message>
    <message>
        <source>No mail program could be opened; copy the link instead.</source>
        <translation>Es konnte kein E-Mail-Programm geöffnet werden; kopieren Sie stattdessen den Link.</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::PlaceholderPage</name>
    <message>
        <source>This page is not ready yet; a coming version of DeskBridge fills it.</source>
        <translation>Diese Seite ist noch nicht fertig; eine kommende Version von DeskBridge füllt sie.</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::PlanPage</name>
    <message>
        <source>What each plan includes, and the plan of this account.</source>
        <translation>Was jeder Plan enthält, und der Plan dieses Kontos.</translation>
    </message>
    <message>
        <source>Shared organizations</source>
        <translation>Gemeinsame Organisationen</translation>
    </message>
    <message>
        <source>Manual ticket sharing</source>
        <translation>Manuelles Ticket Sharing</translation>
    </message>
    <message>
        <source>Automatic sharing via triggers</source>
        <translation>Automatisches Sharing über Auslöser</translation>
    </message>
    <message>
        <source>Several organizations per user</source>
        <translation>Mehrere Organisationen pro Benutzer</translation>
    </message>
    <message>
        <source>API for sharing agreements</source>
        <translation>API für Vereinbarungen zur gemeinsamen Nutzung</translation>
    </message>
    <message>
        <source>✓ up to %1</source>
        <translation>✓ bis zu %1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>Features by plan</source>
        <translation>Funktionen nach Plan</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>This account has the %1 plan.</source>
        <translation>Dieses Konto hat den Plan %1.</translation>
    </message>
    <message>
        <source>With the %1 plan this account loses: %2.</source>
        <translation>Mit dem Plan %1 verliert dieses Konto: %2.</translation>
    </message>
    <message>
        <source>There is no account yet.</source>
        <translation>Es gibt noch kein Konto.</translation>
    </message>
    <message>
        <source>The account now has the %1 plan.</source>
        <translation>Das Konto hat jetzt den Plan %1.</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::PropertiesPanel</name>
    <message>
        <source>Requester</source>
        <translation>Anfragender</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Take it</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Assign the ticket to yourself</source>
        <translation>Ticket sich selbst zuweisen</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zugewiesener Mitarbeiter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Tags, separated by spaces</source>
        <translation>Tags, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Unknown requester</source>
        <translation>Unbekannter Anfragender</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::ShareControl</name>
    <message>
        <source>Share ticket with</source>
        <translation>Ticket freigeben für</translation>
    </message>
    <message>
        <source>unknown partner</source>
        <translation>unbekannter Partner</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>Nicht freigegeben</translation>
    </message>
    <message>
        <source>Unshare from %1</source>
        <translation>Freigabe für %1 aufheben</translation>
    </message>
    <message>
        <source>Shared with %1</source>
        <translation>Freigegeben für %1</translation>
    </message>
    <message>
        <source>Sharing tickets needs the Professional plan</source>
        <translation>Für das Freigeben von Tickets ist der Plan Professional erforderlich</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Verwaist</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Outgoing → %1</source>
        <translation>Ausgehend → %1</translation>
    </message>
    <message>
        <source>Incoming ← %1</source>
        <translation>Eingehend ← %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::SubmitButton</name>
    <message>
        <source>Submit as %1</source>
        <translation>Als %1 senden</translation>
    </message>
    <message>
        <source>Submit the reply and the changes, setting the status to %1 (Ctrl+Return)</source>
        <translation>Antwort und Änderungen senden und den Status auf %1 setzen (Strg+Eingabe)</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::SwitchUserDialog</name>
    <message>
        <source>Switch user</source>
        <translation>Benutzer wechseln</translation>
    </message>
    <message>
        <source>Work in the console as:</source>
        <translation>In der Konsole arbeiten als:</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Wechseln</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::TicketEditor</name>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Requested by %1</source>
        <translation>Angefragt von %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Erstellt %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>Ticket not updated</source>
        <translation>Ticket nicht aktualisiert</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Ticket not shared</source>
        <translation>Ticket nicht freigegeben</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::TicketFieldsPage</name>
    <message>
        <source>Custom fields on every ticket, such as a warranty number or a product category.</source>
        <translation>Benutzerdefinierte Felder auf jedem Ticket, etwa eine Garantienummer oder eine Produktkategorie.</translation>
    </message>
    <message>
        <source>Ticket fields</source>
        <translation>Ticketfelder</translation>
    </message>
    <message>
        <source>Search fields (%1)</source>
        <translation>Felder suchen (%1)</translation>
    </message>
    <message>
        <source>New Field…</source>
        <translation>Neues Feld…</translation>
    </message>
    <message>
        <source>Move the field up in the ticket form</source>
        <translation>Feld im Ticketformular nach oben verschieben</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the field down in the ticket form</source>
        <translation>Feld im Ticketformular nach unten verschieben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Select a field to change it, or create a new field.</source>
        <translation>Wählen Sie ein Feld aus, um es zu ändern, oder erstellen Sie ein neues Feld.</translation>
    </message>
    <message>
        <source>e.g. Warranty number</source>
        <translation>z. B. Garantienummer</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>The key names the field in the command line, the API and in ticket sharing. It is made from the title once and never changes.</source>
        <translation>Der Schlüssel benennt das Feld in der Befehlszeile, in der API und beim Ticket Sharing. Er wird einmalig aus dem Titel gebildet und ändert sich nie.</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>The type is fixed once the field exists: stored values depend on it.</source>
        <translation>Der Typ steht fest, sobald das Feld existiert: Gespeicherte Werte hängen davon ab.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Drop-down options</source>
        <translation>Dropdown-Optionen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>the new field</source>
        <translation>das neue Feld</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot;</source>
        <translation>das Feld „%1“</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Discard your changes to %1?</source>
        <translation>Ihre Änderungen an %1 verwerfen?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Active: agents see it on tickets</source>
        <translation>Aktiv: Agents sehen es auf Tickets</translation>
    </message>
    <message>
        <source>Inactive: hidden from tickets; stored values are kept</source>
        <translation>Inaktiv: auf Tickets ausgeblendet; gespeicherte Werte bleiben erhalten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>New field</source>
        <translation>Neues Feld</translation>
    </message>
    <message>
        <source>New fields are active.</source>
        <translation>Neue Felder sind aktiv.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>(made from the title)</source>
        <translation>(wird aus dem Titel gebildet)</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Hide the field from tickets; stored values are kept (Del)</source>
        <translation>Feld auf Tickets ausblenden; gespeicherte Werte bleiben erhalten (Entf)</translation>
    </message>
    <message>
        <source>Show the field on tickets again</source>
        <translation>Feld wieder auf Tickets anzeigen</translation>
    </message>
    <message>
        <source>Created the field &quot;%1&quot;.</source>
        <translation>Das Feld „%1“ wurde erstellt.</translation>
    </message>
    <message>
        <source>Saved the field &quot;%1&quot;.</source>
        <translation>Das Feld „%1“ wurde gespeichert.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is active again.</source>
        <translation>Das Feld „%1“ ist wieder aktiv.</translation>
    </message>
    <message>
        <source>Deactivated the field &quot;%1&quot;: agents no longer see it on tickets.</source>
        <translation>Das Feld „%1“ wurde deaktiviert: Agents sehen es nicht mehr auf Tickets.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::TicketListPane</name>
    <message>
        <source>Search tickets</source>
        <translation>Tickets suchen</translation>
    </message>
    <message>
        <source>Full-text search in subjects and comments (Ctrl+F)</source>
        <translation>Volltextsuche in Betreffs und Kommentaren (Strg+F)</translation>
    </message>
    <message>
        <source>No tickets in this view</source>
        <translation>Keine Tickets in dieser Ansicht</translation>
    </message>
    <message>
        <source>No tickets match &quot;%1&quot; in this view</source>
        <translation>Keine Tickets in dieser Ansicht passen zu „%1“</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::TicketSharingPage</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Invite partner…</source>
        <translation>Partner einladen…</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Deaktivieren…</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Decline all invites</source>
        <translation>Alle Einladungen ablehnen</translation>
    </message>
    <message>
        <source>Sharing URL</source>
        <translation>Sharing-URL</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>Zertifikat-Fingerabdruck</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Not serving right now</source>
        <translation>Derzeit nicht aktiv</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Outbound →</source>
        <translation>Ausgehend →</translation>
    </message>
    <message>
        <source>Inbound ←</source>
        <translation>Eingehend ←</translation>
    </message>
    <message>
        <source>The invite is on its way.</source>
        <translation>Die Einladung wurde versendet.</translation>
    </message>
    <message>
        <source>The agreement is accepted.</source>
        <translation>Die Vereinbarung zur gemeinsamen Nutzung ist akzeptiert.</translation>
    </message>
    <message>
        <source>The invite is declined.</source>
        <translation>Die Einladung ist abgelehnt.</translation>
    </message>
    <message>
        <source>Deactivate agreement</source>
        <translation>Vereinbarung deaktivieren</translation>
    </message>
    <message>
        <source>Deactivating is final: the agreement cannot be activated again, and its shared tickets become orphans on both sides.</source>
        <translation>Die Deaktivierung ist endgültig: Die Vereinbarung kann nicht erneut aktiviert werden, und ihre gemeinsam genutzten Tickets werden auf beiden Seiten zu verwaisten Tickets.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>The agreement is deactivated.</source>
        <translation>Die Vereinbarung ist deaktiviert.</translation>
    </message>
    <message>
        <source>Delivery is retried now.</source>
        <translation>Die Zustellung wird jetzt erneut versucht.</translation>
    </message>
    <message>
        <source>Ticket sharing</source>
        <translation>Ticket Sharing</translation>
    </message>
    <message>
        <source>Sharing agreements with partner accounts.</source>
        <translation>Vereinbarungen zur gemeinsamen Nutzung mit Partnerkonten.</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::TicketWorkspace</name>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Cannot open the ticket</source>
        <translation>Das Ticket kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Ticket #%1 has changes that are not submitted yet.

Submit them now, discard them, or keep editing?</source>
        <translation>Ticket #%1 hat Änderungen, die noch nicht gesendet wurden.

Jetzt senden, verwerfen oder weiter bearbeiten?</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::TriggersPage</name>
    <message>
        <source>Triggers</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Business rules that act when tickets are created or updated.</source>
        <translation>Geschäftsregeln, die beim Erstellen oder Aktualisieren von Tickets ausgeführt werden.</translation>
    </message>
    <message>
        <source>Triggers run in this order; drag to change it.</source>
        <translation>Auslöser werden in dieser Reihenfolge ausgeführt; ziehen Sie sie, um die Reihenfolge zu ändern.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
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
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Add the example trigger</source>
        <translation>Beispiel-Auslöser hinzufügen</translation>
    </message>
    <message>
        <source>&quot;Garantieanspruch an Hersteller&quot;: shares new tickets tagged garantieanspruch with your manufacturer.</source>
        <translation>„Garantieanspruch an Hersteller“: gibt neue Tickets mit dem Tag garantieanspruch für Ihren Hersteller frei.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Perform these actions</source>
        <translation>Diese Aktionen ausführen</translation>
    </message>
    <message>
        <source>%1 (broken)</source>
        <translation>%1 (defekt)</translation>
    </message>
    <message>
        <source>Create trigger</source>
        <translation>Auslöser erstellen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Trigger activated.</source>
        <translation>Auslöser aktiviert.</translation>
    </message>
    <message>
        <source>Trigger deactivated.</source>
        <translation>Auslöser deaktiviert.</translation>
    </message>
    <message>
        <source>Run order saved.</source>
        <translation>Ausführungsreihenfolge gespeichert.</translation>
    </message>
    <message>
        <source>Trigger created.</source>
        <translation>Auslöser erstellt.</translation>
    </message>
    <message>
        <source>Trigger saved.</source>
        <translation>Auslöser gespeichert.</translation>
    </message>
    <message>
        <source>Delete trigger</source>
        <translation>Auslöser löschen</translation>
    </message>
    <message>
        <source>Delete the trigger &quot;%1&quot;? This cannot be undone.</source>
        <translation>Den Auslöser „%1“ löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Trigger deleted.</source>
        <translation>Auslöser gelöscht.</translation>
    </message>
    <message>
        <source>The example trigger was added.</source>
        <translation>Der Beispiel-Auslöser wurde hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::UserListModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::UsersPage</name>
    <message>
        <source>Agents, administrators and end users: roles and access.</source>
        <translation>Agents, Administratoren und Endbenutzer: Rollen und Zugriff.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Search by name or email (%1)</source>
        <translation>Nach Name oder E-Mail suchen (%1)</translation>
    </message>
    <message>
        <source>Show users of one role only</source>
        <translation>Nur Benutzer einer Rolle anzeigen</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administratoren</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>End users</source>
        <translation>Endbenutzer</translation>
    </message>
    <message>
        <source>New User…</source>
        <translation>Neuer Benutzer…</translation>
    </message>
    <message>
        <source>Add an agent, administrator or end user</source>
        <translation>Agent, Administrator oder Endbenutzer hinzufügen</translation>
    </message>
    <message>
        <source>Select a user to change their details, or create a new user.</source>
        <translation>Wählen Sie einen Benutzer aus, um seine Angaben zu ändern, oder erstellen Sie einen neuen Benutzer.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Active (can sign in)</source>
        <translation>Aktiv (kann sich anmelden)</translation>
    </message>
    <message>
        <source>Suspended users keep their tickets but can no longer sign in.</source>
        <translation>Gesperrte Benutzer behalten ihre Tickets, können sich aber nicht mehr anmelden.</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Zugriff:</translation>
    </message>
    <message>
        <source>This is you. Only another administrator can change your role or suspend you.</source>
        <translation>Das sind Sie. Nur ein anderer Administrator kann Ihre Rolle ändern oder Sie sperren.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Angezeigt: %1 von %2</translation>
    </message>
    <message>
        <source>the new user</source>
        <translation>der neue Benutzer</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Discard your changes to %1?</source>
        <translation>Ihre Änderungen an %1 verwerfen?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Created %1 (%2).</source>
        <translation>%1 (%2) wurde erstellt.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>Import from CSV…</source>
        <translation>Aus CSV-Datei importieren…</translation>
    </message>
    <message>
        <source>Organi&amp;zations:</source>
        <translation>Organi&amp;sationen:</translation>
    </message>
    <message>
        <source>New tickets of this user belong to this organization</source>
        <translation>Neue Tickets dieses Benutzers gehören zu dieser Organisation</translation>
    </message>
    <message>
        <source>De&amp;fault organization:</source>
        <translation>Standard&amp;organisation:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Help Center:</source>
        <translation>Help Center:</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::ViewSidebar</name>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::ViewsPage</name>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Ticket lists for the agents&apos; console.</source>
        <translation>Ticketlisten für die Konsole der Agenten.</translation>
    </message>
    <message>
        <source>Your views, in the order of the console&apos;s sidebar (after the built-in views).</source>
        <translation>Ihre Ansichten in der Reihenfolge der Seitenleiste der Konsole (nach den integrierten Ansichten).</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
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
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Spalten:</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>Absteigend</translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation>Aufsteigend</translation>
    </message>
    <message>
        <source>Sort by:</source>
        <translation>Sortieren nach:</translation>
    </message>
    <message>
        <source>%1 (broken)</source>
        <translation>%1 (defekt)</translation>
    </message>
    <message>
        <source>Create view</source>
        <translation>Ansicht erstellen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>View activated.</source>
        <translation>Ansicht aktiviert.</translation>
    </message>
    <message>
        <source>View deactivated.</source>
        <translation>Ansicht deaktiviert.</translation>
    </message>
    <message>
        <source>Order saved.</source>
        <translation>Reihenfolge gespeichert.</translation>
    </message>
    <message>
        <source>View created.</source>
        <translation>Ansicht erstellt.</translation>
    </message>
    <message>
        <source>View saved.</source>
        <translation>Ansicht gespeichert.</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>Delete the view &quot;%1&quot;? This cannot be undone.</source>
        <translation>Die Ansicht „%1“ löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>View deleted.</source>
        <translation>Ansicht gelöscht.</translation>
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
    <name>GuiMain</name>
    <message>
        <source>Use the account in DIR.</source>
        <translation>Das Konto in VERZEICHNIS verwenden.</translation>
    </message>
    <message>
        <source>Show the console in LANG (de or en).</source>
        <translation>Die Konsole in SPRACHE anzeigen (de oder en).</translation>
    </message>
    <message>
        <source>demo: open a sample account.</source>
        <translation>demo: ein Beispielkonto öffnen.</translation>
    </message>
    <message>
        <source>DeskBridge cannot open its data</source>
        <translation>DeskBridge kann seine Daten nicht öffnen</translation>
    </message>
    <message>
        <source>This account has no active agent or administrator who could sign in.</source>
        <translation>Dieses Konto hat keinen aktiven Agent oder Administrator, der sich anmelden könnte.</translation>
    </message>
    <message>
        <source>The demo account lives in %1</source>
        <translation>Das Demokonto befindet sich in %1</translation>
    </message>
    <message>
        <source>Ticket sharing is not available: %1</source>
        <translation>Ticket Sharing ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &apos;deskbridge --help&apos; for the commands.</source>
        <translation>Unbekannter Befehl „%1“. &apos;deskbridge --help&apos; zeigt die Befehle.</translation>
    </message>
    <message>
        <source>The demo&apos;s Help Center: %1 (sign in as %2 with the password %3; the browser warns about the self-signed certificate)</source>
        <translation>Das Help Center der Demo: %1 (melden Sie sich als %2 mit dem Passwort %3 an; der Browser warnt vor dem selbstsignierten Zertifikat)</translation>
    </message>
</context>
<context>
    <name>HelpCenter</name>
    <message>
        <source>Bad request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>The address could not be read.</source>
        <translation>Die Adresse konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>That did not work. Please try again later.</source>
        <translation>Das hat nicht funktioniert. Bitte versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>This page cannot be used like that.</source>
        <translation>Diese Seite kann so nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The form could not be read, so nothing was changed. Please go back and try again.</source>
        <translation>Das Formular konnte nicht gelesen werden, daher wurde nichts geändert. Bitte gehen Sie zurück und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Your password is set. You can sign in now.</source>
        <translation>Ihr Passwort ist festgelegt. Sie können sich jetzt anmelden.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>Sie sind abgemeldet.</translation>
    </message>
    <message>
        <source>Please enter your email address and your password.</source>
        <translation>Bitte geben Sie Ihre E-Mail-Adresse und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>The email address or the password is too long.</source>
        <translation>Die E-Mail-Adresse oder das Passwort ist zu lang.</translation>
    </message>
    <message>
        <source>The email address or the password is not correct.</source>
        <translation>Die E-Mail-Adresse oder das Passwort ist nicht korrekt.</translation>
    </message>
    <message>
        <source>Please enter a subject.</source>
        <translation>Bitte geben Sie einen Betreff ein.</translation>
    </message>
    <message>
        <source>The subject is too long (at most %1 characters).</source>
        <translation>Der Betreff ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>Please describe your request.</source>
        <translation>Bitte beschreiben Sie Ihre Anfrage.</translation>
    </message>
    <message>
        <source>The description is too long (at most %1 characters).</source>
        <translation>Die Beschreibung ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>The request could not be submitted. Please check the subject and the description.</source>
        <translation>Die Anfrage konnte nicht eingereicht werden. Bitte prüfen Sie Betreff und Beschreibung.</translation>
    </message>
    <message>
        <source>Please write a reply.</source>
        <translation>Bitte schreiben Sie eine Antwort.</translation>
    </message>
    <message>
        <source>The reply is too long (at most %1 characters).</source>
        <translation>Die Antwort ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>You cannot reply to this request.</source>
        <translation>Sie können auf diese Anfrage nicht antworten.</translation>
    </message>
    <message>
        <source>The reply could not be added. Please check it and try again.</source>
        <translation>Die Antwort konnte nicht hinzugefügt werden. Bitte prüfen Sie sie und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Link expired</source>
        <translation>Link abgelaufen</translation>
    </message>
    <message>
        <source>This link was already used or is too old. Please ask the support team for a new one.</source>
        <translation>Dieser Link wurde schon verwendet oder ist zu alt. Bitte fragen Sie das Support-Team nach einem neuen.</translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n character(s).</source>
        <translation>
            <numerusform>Das Passwort muss mindestens %n Zeichen haben.</numerusform>
            <numerusform>Das Passwort muss mindestens %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password must not have more than %n character(s).</source>
        <translation>
            <numerusform>Das Passwort darf nicht mehr als %n Zeichen haben.</numerusform>
            <numerusform>Das Passwort darf nicht mehr als %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password must not be your email address.</source>
        <translation>Das Passwort darf nicht Ihre E-Mail-Adresse sein.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>This password cannot be used. Please choose another one.</source>
        <translation>Dieses Passwort kann nicht verwendet werden. Bitte wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>Skip to content</source>
        <translation>Zum Inhalt springen</translation>
    </message>
    <message>
        <source>Help Center</source>
        <translation>Help Center</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptnavigation</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>Meine Anfragen</translation>
    </message>
    <message>
        <source>Organization requests</source>
        <translation>Anfragen der Organisation</translation>
    </message>
    <message>
        <source>Submit a request</source>
        <translation>Anfrage einreichen</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>No password yet? Ask the support team for a &quot;set your password&quot; link.</source>
        <translation>Noch kein Passwort? Bitten Sie das Support-Team um einen Link zum Festlegen Ihres Passworts.</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>Noch keine Anfragen.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Anfragender</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Requests of your organization&apos;s members.</source>
        <translation>Anfragen der Mitglieder Ihrer Organisation.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Konversation</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Noch keine Nachrichten.</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>Add reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>You can read this request, but replies are not possible here.</source>
        <translation>Sie können diese Anfrage lesen, aber hier nicht darauf antworten.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Please describe your request in as much detail as you can.</source>
        <translation>Bitte beschreiben Sie Ihre Anfrage so genau wie möglich.</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Einreichen</translation>
    </message>
    <message>
        <source>Set your password</source>
        <translation>Passwort festlegen</translation>
    </message>
    <message>
        <source>Choose a password for %1 (%2).</source>
        <translation>Wählen Sie ein Passwort für %1 (%2).</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s).</source>
        <translation>
            <numerusform>Mindestens %n Zeichen.</numerusform>
            <numerusform>Mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Passwort festlegen</translation>
    </message>
    <message>
        <source>Back to my requests</source>
        <translation>Zurück zu meinen Anfragen</translation>
    </message>
    <message>
        <source>Go to sign in</source>
        <translation>Zur Anmeldung</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>This page does not exist or you do not have access to it.</source>
        <translation>Diese Seite gibt es nicht, oder Sie haben keinen Zugriff darauf.</translation>
    </message>
    <message>
        <source>Form expired</source>
        <translation>Formular abgelaufen</translation>
    </message>
    <message>
        <source>The form could not be verified and nothing was changed. Please go back, reload the page and try again.</source>
        <translation>Das Formular konnte nicht überprüft werden, und es wurde nichts geändert. Bitte gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Too many attempts</source>
        <translation>Zu viele Versuche</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-in attempts. Please try again in %n minute(s).</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in %n Minute erneut.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in %n Minuten erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpCenterCommands</name>
    <message>
        <source>There is no user with the email address %1.</source>
        <translation>Es gibt keinen Benutzer mit der E-Mail-Adresse %1.</translation>
    </message>
    <message>
        <source>The user&apos;s email address.</source>
        <translation>Die E-Mail-Adresse des Benutzers.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>Remove the password: the user can no longer sign in to the Help Center.</source>
        <translation>Das Passwort entfernen: Der Benutzer kann sich nicht mehr im Help Center anmelden.</translation>
    </message>
    <message>
        <source>Cannot read the password from standard input: %1</source>
        <translation>Das Passwort kann nicht von der Standardeingabe gelesen werden: %1</translation>
    </message>
    <message>
        <source>No password on standard input. Pipe it in, for example: printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | deskbridge user set-password --email E</source>
        <translation>Kein Passwort auf der Standardeingabe. Leiten Sie es hinein, zum Beispiel: printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | deskbridge user set-password --email E</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; has no Help Center password any more; their Help Center sessions were ended.</source>
        <translation>%1 &lt;%2&gt; hat kein Help-Center-Passwort mehr; die Help-Center-Sitzungen wurden beendet.</translation>
    </message>
    <message>
        <source>The Help Center password of %1 &lt;%2&gt; is set; their earlier Help Center sessions were ended.</source>
        <translation>Das Help-Center-Passwort von %1 &lt;%2&gt; ist festgelegt; frühere Help-Center-Sitzungen wurden beendet.</translation>
    </message>
    <message>
        <source>The Help Center&apos;s address is not known yet (it is set when &apos;deskbridge serve&apos; or the console&apos;s sharing server first runs); only the link&apos;s path is shown.</source>
        <translation>Die Adresse des Help Centers ist noch nicht bekannt (sie wird festgelegt, wenn &apos;deskbridge serve&apos; oder der Freigabeserver der Konsole zum ersten Mal läuft); nur der Pfad des Links wird angezeigt.</translation>
    </message>
    <message>
        <source>For %1 &lt;%2&gt;; valid once, until %3 (UTC).</source>
        <translation>Für %1 &lt;%2&gt;; einmal gültig, bis %3 (UTC).</translation>
    </message>
</context>
<context>
    <name>HttpResponse</name>
    <message>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
    <message>
        <source>Too many invites; try again later.</source>
        <translation>Zu viele Einladungen; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>The request body is larger than %1.</source>
        <translation>Der Anfrage-Body ist größer als %1.</translation>
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
    <name>NhdCodec</name>
    <message>
        <source>The content type “%1” is not accepted; send application/json.</source>
        <translation>Der Content-Type „%1“ wird nicht akzeptiert; senden Sie application/json.</translation>
    </message>
    <message>
        <source>The uuid in the address is not valid (1 to %1 characters A-Z, a-z, 0-9, “-”, “.”, “_”, “~”).</source>
        <translation>Die UUID in der Adresse ist ungültig (1 bis %1 Zeichen A-Z, a-z, 0-9, „-“, „.“, „_“, „~“).</translation>
    </message>
    <message>
        <source>The uuid in the body (%1) differs from the uuid in the address (%2).</source>
        <translation>Die UUID im Body (%1) weicht von der UUID in der Adresse (%2) ab.</translation>
    </message>
    <message>
        <source>“access_key” must be 1 to %1 visible ASCII characters.</source>
        <translation>„access_key“ muss aus 1 bis %1 sichtbaren ASCII-Zeichen bestehen.</translation>
    </message>
    <message>
        <source>“status” must be pending, accepted, declined or inactive, not “%1”.</source>
        <translation>„status“ muss pending, accepted, declined oder inactive sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The body is larger than %1 MiB.</source>
        <translation>Der Body ist größer als %1 MiB.</translation>
    </message>
    <message>
        <source>The body is empty; a JSON object was expected.</source>
        <translation>Der Body ist leer; ein JSON-Objekt wurde erwartet.</translation>
    </message>
    <message>
        <source>The body is nested deeper than %1 levels.</source>
        <translation>Der Body ist tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1 (at byte %2).</source>
        <translation>Der Body ist kein gültiges JSON: %1 (bei Byte %2).</translation>
    </message>
    <message>
        <source>The body must be a JSON object, not a list or a single value.</source>
        <translation>Der Body muss ein JSON-Objekt sein, keine Liste und kein Einzelwert.</translation>
    </message>
    <message>
        <source>The text in “%1” is longer than %2 MiB.</source>
        <translation>Der Text in „%1“ ist länger als %2 MiB.</translation>
    </message>
    <message>
        <source>“%1” must be text.</source>
        <translation>„%1“ muss Text sein.</translation>
    </message>
    <message>
        <source>“%1” must be text or a number.</source>
        <translation>„%1“ muss Text oder eine Zahl sein.</translation>
    </message>
    <message>
        <source>“%1” must be true or false.</source>
        <translation>„%1“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>“%1” must be an object.</source>
        <translation>„%1“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>“%1” must be a list.</source>
        <translation>„%1“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>“%1” is not a time (expected e.g. “2010-11-24 14:13:54 -0800” or ISO 8601): %2</source>
        <translation>„%1“ ist keine Zeitangabe (erwartet z. B. „2010-11-24 14:13:54 -0800“ oder ISO 8601): %2</translation>
    </message>
    <message>
        <source>“%1” is not a valid uuid (1 to %2 characters A-Z, a-z, 0-9, “-”, “.”, “_”, “~”).</source>
        <translation>„%1“ ist keine gültige UUID (1 bis %2 Zeichen A-Z, a-z, 0-9, „-“, „.“, „_“, „~“).</translation>
    </message>
    <message>
        <source>“%1” must be an https:// URL: %2</source>
        <translation>„%1“ muss eine https://-URL sein: %2</translation>
    </message>
    <message>
        <source>“%1” must be an http(s) URL: %2</source>
        <translation>„%1“ muss eine http(s)-URL sein: %2</translation>
    </message>
    <message>
        <source>“%1” must be an object of field values.</source>
        <translation>„%1“ muss ein Objekt mit Feldwerten sein.</translation>
    </message>
    <message>
        <source>“%1” must be a list of texts.</source>
        <translation>„%1“ muss eine Liste von Texten sein.</translation>
    </message>
</context>
<context>
    <name>OrganizationCommands</name>
    <message>
        <source>There is no organization named &quot;%1&quot;. &apos;deskbridge org list&apos; shows them.</source>
        <translation>Es gibt keine Organisation namens „%1“. &apos;deskbridge org list&apos; zeigt sie an.</translation>
    </message>
    <message>
        <source>The organization&apos;s name.</source>
        <translation>Der Name der Organisation.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>An email domain; .example.com includes subdomains (repeatable).</source>
        <translation>Eine E-Mail-Domäne; .example.com schließt Subdomänen ein (mehrfach möglich).</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMÄNE</translation>
    </message>
    <message>
        <source>What members see: own, view or comment.</source>
        <translation>Was Mitglieder sehen: own, view oder comment.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>The group its new tickets go to.</source>
        <translation>Die Gruppe, an die ihre neuen Tickets gehen.</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPPE</translation>
    </message>
    <message>
        <source>Notes about the organization.</source>
        <translation>Notizen zur Organisation.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
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
        <source>An id in another system.</source>
        <translation>Eine ID in einem anderen System.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Rename the organization.</source>
        <translation>Die Organisation umbenennen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for --sharing; use own, view or comment.</source>
        <translation>„%1“ ist kein gültiger Wert für --sharing; verwenden Sie own, view oder comment.</translation>
    </message>
    <message>
        <source>There is no group named &quot;%1&quot;. Create it first with: deskbridge group create --name &quot;%1&quot;</source>
        <translation>Es gibt keine Gruppe namens „%1“. Erstellen Sie sie zuerst mit: deskbridge group create --name &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Created the organization %1, id %2.</source>
        <translation>Die Organisation %1 wurde erstellt, ID %2.</translation>
    </message>
    <message>
        <source>Updated the organization %1.</source>
        <translation>Die Organisation %1 wurde aktualisiert.</translation>
    </message>
    <message>
        <source>Only those whose name, domain or tag contains this.</source>
        <translation>Nur solche, deren Name, Domäne oder Tag dies enthält.</translation>
    </message>
    <message>
        <source>Only agents and administrators can list organizations.</source>
        <translation>Nur Agents und Administratoren können Organisationen auflisten.</translation>
    </message>
    <message>
        <source>Only agents and administrators can see organizations.</source>
        <translation>Nur Agents und Administratoren können Organisationen sehen.</translation>
    </message>
    <message>
        <source>Organization: %1 (id %2)</source>
        <translation>Organisation: %1 (ID %2)</translation>
    </message>
    <message>
        <source>Domains:      %1</source>
        <translation>Domänen:      %1</translation>
    </message>
    <message>
        <source>Sharing:      %1</source>
        <translation>Freigabe:     %1</translation>
    </message>
    <message>
        <source>Group:        %1</source>
        <translation>Gruppe:       %1</translation>
    </message>
    <message>
        <source>Tags:         %1</source>
        <translation>Tags:         %1</translation>
    </message>
    <message>
        <source>Tickets:      %1</source>
        <translation>Tickets:      %1</translation>
    </message>
    <message>
        <source>Notes:        %1</source>
        <translation>Notizen:      %1</translation>
    </message>
    <message>
        <source>Members:      %1</source>
        <translation>Mitglieder:   %1</translation>
    </message>
    <message>
        <source> (default organization)</source>
        <translation> (Standardorganisation)</translation>
    </message>
    <message>
        <source>Deleted the organization %1: %2 member(s) lost the membership (the users stay); %3 ticket(s) no longer have an organization.</source>
        <translation>Die Organisation %1 wurde gelöscht: Mitglieder, die die Mitgliedschaft verloren haben (die Benutzer bleiben bestehen): %2; Tickets, die keine Organisation mehr haben: %3.</translation>
    </message>
    <message>
        <source>Only count who would join.</source>
        <translation>Nur zählen, wer beitreten würde.</translation>
    </message>
    <message>
        <source>Use &apos;deskbridge org create|update|list|show|delete|apply-domains&apos;.</source>
        <translation>Verwenden Sie &apos;deskbridge org create|update|list|show|delete|apply-domains&apos;.</translation>
    </message>
    <message>
        <source>The user&apos;s email address.</source>
        <translation>Die E-Mail-Adresse des Benutzers.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>New full name.</source>
        <translation>Neuer vollständiger Name.</translation>
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
        <source>An organization the user belongs to (repeatable; replaces the memberships; - for none).</source>
        <translation>Eine Organisation, der der Benutzer angehört (mehrfach möglich; ersetzt die Mitgliedschaften; - für keine).</translation>
    </message>
    <message>
        <source>The user&apos;s default organization.</source>
        <translation>Die Standardorganisation des Benutzers.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use admin, agent or end-user.</source>
        <translation>Unbekannte Rolle „%1“; verwenden Sie admin, agent oder end-user.</translation>
    </message>
    <message>
        <source>There is no user with the email address %1.</source>
        <translation>Es gibt keinen Benutzer mit der E-Mail-Adresse %1.</translation>
    </message>
    <message>
        <source>Updated %1 &lt;%2&gt;.</source>
        <translation>%1 &lt;%2&gt; wurde aktualisiert.</translation>
    </message>
    <message>
        <source>Use &apos;deskbridge import users FILE&apos; or &apos;deskbridge import organizations FILE&apos;.</source>
        <translation>Verwenden Sie &apos;deskbridge import users DATEI&apos; oder &apos;deskbridge import organizations DATEI&apos;.</translation>
    </message>
    <message>
        <source>Check the file and say what would happen; write nothing.</source>
        <translation>Die Datei prüfen und angeben, was geschehen würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>Create the organizations the users file names that do not exist.</source>
        <translation>Die in der Benutzerdatei genannten Organisationen erstellen, die noch nicht existieren.</translation>
    </message>
    <message>
        <source>Import the good rows even if some rows are bad.</source>
        <translation>Die gültigen Zeilen importieren, auch wenn einige Zeilen fehlerhaft sind.</translation>
    </message>
    <message>
        <source>Give one CSV file, e.g. &apos;deskbridge import %1 people.csv&apos;.</source>
        <translation>Geben Sie eine CSV-Datei an, z. B. &apos;deskbridge import %1 people.csv&apos;.</translation>
    </message>
    <message>
        <source>--create-missing-organizations is for &apos;deskbridge import users&apos;.</source>
        <translation>--create-missing-organizations ist für &apos;deskbridge import users&apos; gedacht.</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>Nicht importierte Spalten: %1</translation>
    </message>
    <message>
        <source>Add --skip-bad-rows to import the good rows only; --dry-run checks a file without writing.</source>
        <translation>Fügen Sie --skip-bad-rows hinzu, um nur die gültigen Zeilen zu importieren; --dry-run prüft eine Datei, ohne zu schreiben.</translation>
    </message>
    <message>
        <source>Add --create-missing-organizations to create the organizations the file names that do not exist yet.</source>
        <translation>Fügen Sie --create-missing-organizations hinzu, um die in der Datei genannten, noch nicht vorhandenen Organisationen zu erstellen.</translation>
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
    <name>OrganizationService</name>
    <message>
        <source>the organization was deleted</source>
        <translation>die Organisation wurde gelöscht</translation>
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
    <name>RuleCommands</name>
    <message>
        <source>Read the JSON definition from this file (- for standard input).</source>
        <translation>Die JSON-Definition aus dieser Datei lesen (- für die Standardeingabe).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Put it at this place in the order (1 = first).</source>
        <translation>An dieser Stelle in die Reihenfolge einfügen (1 = zuerst).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Make it active.</source>
        <translation>Aktivieren.</translation>
    </message>
    <message>
        <source>Make it inactive.</source>
        <translation>Deaktivieren.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB; a rule definition is much smaller.</source>
        <translation>%1 ist größer als 4 MiB; eine Regeldefinition ist viel kleiner.</translation>
    </message>
    <message>
        <source>Give either --activate or --deactivate, not both.</source>
        <translation>Geben Sie entweder --activate oder --deactivate an, nicht beides.</translation>
    </message>
    <message>
        <source>--position takes a whole number from 1.</source>
        <translation>--position erwartet eine ganze Zahl ab 1.</translation>
    </message>
    <message>
        <source>Position %1, %2</source>
        <translation>Position %1, %2</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>Broken, does not run: %1</source>
        <translation>Fehlerhaft, wird nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation>Bedingungen: %1</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation>Aktionen: %1</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>fehlerhaft</translation>
    </message>
    <message numerus="yes">
        <source>%n trigger(s)</source>
        <translation>
            <numerusform>%n Auslöser</numerusform>
            <numerusform>%n Auslöser</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the trigger&apos;s id or title, e.g. &apos;deskbridge trigger show 3&apos;.</source>
        <translation>Geben Sie die ID oder den Titel des Auslösers an, z. B. &apos;deskbridge trigger show 3&apos;.</translation>
    </message>
    <message>
        <source>Create a shipped sample trigger: warranty.</source>
        <translation>Einen mitgelieferten Beispiel-Auslöser erstellen: warranty.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The sharing agreement the sample shares with.</source>
        <translation>Die Vereinbarung zur gemeinsamen Nutzung, über die das Beispiel freigibt.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Unknown sample &quot;%1&quot;; the samples are: warranty.</source>
        <translation>Unbekanntes Beispiel „%1“; verfügbare Beispiele: warranty.</translation>
    </message>
    <message>
        <source>The warranty sample shares with the manufacturer: give --agreement ID (an outbound sharing agreement).</source>
        <translation>Das Beispiel warranty gibt Tickets für den Hersteller frei: Geben Sie --agreement ID an (eine ausgehende Vereinbarung zur gemeinsamen Nutzung).</translation>
    </message>
    <message>
        <source>Give the definition: --file FILE, or - to read standard input, or --sample warranty --agreement ID.</source>
        <translation>Geben Sie die Definition an: --file DATEI, oder - für die Standardeingabe, oder --sample warranty --agreement ID.</translation>
    </message>
    <message>
        <source>Created the trigger #%1 &quot;%2&quot;.</source>
        <translation>Der Auslöser #%1 „%2“ wurde erstellt.</translation>
    </message>
    <message>
        <source>Give the trigger&apos;s id, e.g. &apos;deskbridge trigger update 3 --file rule.json&apos;.</source>
        <translation>Geben Sie die ID des Auslösers an, z. B. &apos;deskbridge trigger update 3 --file rule.json&apos;.</translation>
    </message>
    <message>
        <source>Nothing to change: give --file FILE (or -), --activate, --deactivate or --position N.</source>
        <translation>Nichts zu ändern: Geben Sie --file DATEI (oder -), --activate, --deactivate oder --position N an.</translation>
    </message>
    <message>
        <source>Updated the trigger #%1 &quot;%2&quot;.</source>
        <translation>Der Auslöser #%1 „%2“ wurde aktualisiert.</translation>
    </message>
    <message>
        <source>Give the trigger&apos;s id, e.g. &apos;deskbridge trigger delete 3&apos;.</source>
        <translation>Geben Sie die ID des Auslösers an, z. B. &apos;deskbridge trigger delete 3&apos;.</translation>
    </message>
    <message>
        <source>Deleted the trigger #%1 &quot;%2&quot;.</source>
        <translation>Der Auslöser #%1 „%2“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>Use &apos;deskbridge trigger list|show|create|update|delete&apos;.</source>
        <translation>Verwenden Sie &apos;deskbridge trigger list|show|create|update|delete&apos;.</translation>
    </message>
    <message>
        <source>Position %1, %2, key %3</source>
        <translation>Position %1, %2, Schlüssel %3</translation>
    </message>
    <message>
        <source>Broken, matches nothing: %1</source>
        <translation>Fehlerhaft, trifft auf nichts zu: %1</translation>
    </message>
    <message>
        <source>Sort: %1 %2</source>
        <translation>Sortierung: %1 %2</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Spalten: %1</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>integriert</translation>
    </message>
    <message>
        <source>Give the view&apos;s id or title, e.g. &apos;deskbridge view show 2&apos;.</source>
        <translation>Geben Sie die ID oder den Titel der Ansicht an, z. B. &apos;deskbridge view show 2&apos;.</translation>
    </message>
    <message>
        <source>Give the definition: --file FILE, or - to read standard input.</source>
        <translation>Geben Sie die Definition an: --file DATEI, oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Created the view #%1 &quot;%2&quot; (key %3).</source>
        <translation>Die Ansicht #%1 „%2“ wurde erstellt (Schlüssel %3).</translation>
    </message>
    <message>
        <source>Give the view&apos;s id, e.g. &apos;deskbridge view update 2 --file view.json&apos;.</source>
        <translation>Geben Sie die ID der Ansicht an, z. B. &apos;deskbridge view update 2 --file view.json&apos;.</translation>
    </message>
    <message>
        <source>Updated the view #%1 &quot;%2&quot;.</source>
        <translation>Die Ansicht #%1 „%2“ wurde aktualisiert.</translation>
    </message>
    <message>
        <source>Give the view&apos;s id, e.g. &apos;deskbridge view delete 2&apos;.</source>
        <translation>Geben Sie die ID der Ansicht an, z. B. &apos;deskbridge view delete 2&apos;.</translation>
    </message>
    <message>
        <source>Deleted the view #%1 &quot;%2&quot;.</source>
        <translation>Die Ansicht #%1 „%2“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>Use &apos;deskbridge view list|show|create|update|delete&apos;.</source>
        <translation>Verwenden Sie &apos;deskbridge view list|show|create|update|delete&apos;.</translation>
    </message>
</context>
<context>
    <name>RuleDefinitions</name>
    <message>
        <source>The %1 is not valid JSON: %2 (at character %3)</source>
        <translation>Die %1 ist kein gültiges JSON: %2 (bei Zeichen %3)</translation>
    </message>
    <message>
        <source>The %1 must be a JSON object with &quot;title&quot; and &quot;conditions&quot;</source>
        <translation>Die %1 muss ein JSON-Objekt mit „title“ und „conditions“ sein</translation>
    </message>
    <message>
        <source>&quot;title&quot; must be a text</source>
        <translation>„title“ muss ein Text sein</translation>
    </message>
    <message>
        <source>&quot;active&quot; must be true or false</source>
        <translation>„active“ muss true oder false sein</translation>
    </message>
    <message>
        <source>&quot;position&quot; must be a whole number from 1</source>
        <translation>„position“ muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>The conditions must be a JSON object with the lists &quot;all&quot; and &quot;any&quot;</source>
        <translation>Die Bedingungen müssen ein JSON-Objekt mit den Listen „all“ und „any“ sein</translation>
    </message>
    <message>
        <source>trigger definition</source>
        <translation>Auslöserdefinition</translation>
    </message>
    <message>
        <source>The actions must be a JSON list</source>
        <translation>Die Aktionen müssen eine JSON-Liste sein</translation>
    </message>
    <message>
        <source>view definition</source>
        <translation>Ansichtsdefinition</translation>
    </message>
    <message>
        <source>&quot;columns&quot; must be a list of column names</source>
        <translation>„columns“ muss eine Liste von Spaltennamen sein</translation>
    </message>
    <message>
        <source>Column %1: &apos;%2&apos; is not a column (use one of: %3)</source>
        <translation>Spalte %1: &apos;%2&apos; ist keine Spalte (verwenden Sie einen dieser Werte: %3)</translation>
    </message>
    <message>
        <source>Column %1: &apos;%2&apos; is listed twice</source>
        <translation>Spalte %1: &apos;%2&apos; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>The view&apos;s sort must be a JSON object like {&quot;column&quot;:&quot;updated_at&quot;,&quot;direction&quot;:&quot;desc&quot;}</source>
        <translation>Die Sortierung einer Ansicht muss ein JSON-Objekt sein, etwa {&quot;column&quot;:&quot;updated_at&quot;,&quot;direction&quot;:&quot;desc&quot;}</translation>
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
    <name>ServerCertificates</name>
    <message>
        <source>Partners see the self-signed certificate&apos;s fingerprint again, the one they pinned before. The change applies when the sharing service next starts.</source>
        <translation>Partner sehen wieder den Fingerabdruck des selbstsignierten Zertifikats, den sie zuvor hinterlegt haben. Die Änderung gilt ab dem nächsten Start des Sharing-Dienstes.</translation>
    </message>
    <message>
        <source>Partners now see a new certificate fingerprint. Partners running DeskBridge accept it when a certificate authority they trust vouches for it; others must pin the new fingerprint. The change applies when the sharing service next starts.</source>
        <translation>Partner sehen jetzt einen neuen Zertifikat-Fingerabdruck. Partner mit DeskBridge akzeptieren ihn, wenn eine Zertifizierungsstelle, der sie vertrauen, dafür bürgt; andere müssen den neuen Fingerabdruck hinterlegen. Die Änderung gilt ab dem nächsten Start des Sharing-Dienstes.</translation>
    </message>
    <message>
        <source>The sharing service has not run yet: it makes its self-signed certificate when it first starts.</source>
        <translation>Der Sharing-Dienst ist noch nicht gelaufen: Er erstellt sein selbstsigniertes Zertifikat beim ersten Start.</translation>
    </message>
</context>
<context>
    <name>SharingAgreementsApiHandler</name>
    <message>
        <source>Authenticate with HTTP Basic: email/token:API_TOKEN.</source>
        <translation>Authentifizieren Sie sich mit HTTP Basic: E-Mail/token:API_TOKEN.</translation>
    </message>
    <message>
        <source>The method is not allowed here.</source>
        <translation>Die Methode ist hier nicht erlaubt.</translation>
    </message>
    <message>
        <source>There is no such sharing agreement.</source>
        <translation>Eine solche Vereinbarung zur gemeinsamen Nutzung gibt es nicht.</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1</source>
        <translation>Der Body ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>Only the status of an agreement can be changed; &quot;%1&quot; cannot.</source>
        <translation>Nur der Status einer Vereinbarung kann geändert werden; „%1“ nicht.</translation>
    </message>
    <message>
        <source>The status must be accepted, declined or inactive.</source>
        <translation>Der Status muss accepted, declined oder inactive sein.</translation>
    </message>
</context>
<context>
    <name>SharingCommands</name>
    <message>
        <source>--%1 takes on or off.</source>
        <translation>--%1 erwartet on oder off.</translation>
    </message>
    <message>
        <source>The partner&apos;s sharing URL.</source>
        <translation>Die Sharing-URL des Partners.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The partner&apos;s name.</source>
        <translation>Der Name des Partners.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The partner certificate&apos;s SHA-256 fingerprint.</source>
        <translation>Der SHA-256-Fingerprint des Partnerzertifikats.</translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <source>Pin the certificate the partner presents now (check the printed fingerprint with the partner).</source>
        <translation>Das Zertifikat hinterlegen, das der Partner jetzt vorlegt (prüfen Sie den ausgegebenen Fingerprint mit dem Partner).</translation>
    </message>
    <message>
        <source>Comment sync: all, public or none.</source>
        <translation>Kommentar-Synchronisierung: all, public oder none.</translation>
    </message>
    <message>
        <source>SYNC</source>
        <translation>SYNC</translation>
    </message>
    <message>
        <source>Sync the status: on or off.</source>
        <translation>Status-Synchronisierung: on oder off.</translation>
    </message>
    <message>
        <source>ON|OFF</source>
        <translation>ON|OFF</translation>
    </message>
    <message>
        <source>Sync tags: on or off.</source>
        <translation>Tag-Synchronisierung: on oder off.</translation>
    </message>
    <message>
        <source>Custom field keys to sync, comma-separated.</source>
        <translation>Schlüssel der zu synchronisierenden benutzerdefinierten Felder, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>F1,F2</source>
        <translation>F1,F2</translation>
    </message>
    <message>
        <source>Give either --fingerprint SHA256 or --trust-presented.</source>
        <translation>Geben Sie entweder --fingerprint SHA256 oder --trust-presented an.</translation>
    </message>
    <message>
        <source>--comments takes all, public or none.</source>
        <translation>--comments erwartet all, public oder none.</translation>
    </message>
    <message>
        <source>The partner presents the certificate %1.</source>
        <translation>Der Partner legt das Zertifikat %1 vor.</translation>
    </message>
    <message>
        <source>Invited %1 (agreement %2, %3); it is pending until the partner accepts.</source>
        <translation>%1 wurde eingeladen (Vereinbarung %2, %3); sie ist ausstehend, bis der Partner sie annimmt.</translation>
    </message>
    <message>
        <source>Say which agreement: deskbridge agreement show ID.</source>
        <translation>Geben Sie an, welche Vereinbarung: deskbridge agreement show ID.</translation>
    </message>
    <message>
        <source>Agreement:    %1 (%2)</source>
        <translation>Vereinbarung:   %1 (%2)</translation>
    </message>
    <message>
        <source>Partner:      %1 at %2</source>
        <translation>Partner:        %1 unter %2</translation>
    </message>
    <message>
        <source>Direction:    %1</source>
        <translation>Richtung:       %1</translation>
    </message>
    <message>
        <source>Status:       %1</source>
        <translation>Status:         %1</translation>
    </message>
    <message>
        <source>Comments:     %1</source>
        <translation>Kommentare:     %1</translation>
    </message>
    <message>
        <source>Certificate:  %1</source>
        <translation>Zertifikat:     %1</translation>
    </message>
    <message>
        <source>Queue:        %1 waiting</source>
        <translation>Warteschlange:  %1 wartend</translation>
    </message>
    <message>
        <source>Shared:       %1 tickets</source>
        <translation>Freigegeben:    %1 Tickets</translation>
    </message>
    <message>
        <source>Last error:   %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Pin this certificate fingerprint (accept).</source>
        <translation>Diesen Zertifikat-Fingerprint hinterlegen (annehmen).</translation>
    </message>
    <message>
        <source>Say which agreement: deskbridge agreement %1 ID.</source>
        <translation>Geben Sie an, welche Vereinbarung: deskbridge agreement %1 ID.</translation>
    </message>
    <message>
        <source>The agreement with %1 is now %2.</source>
        <translation>Die Vereinbarung mit %1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>Use &apos;deskbridge agreement invite|list|show|accept|decline|deactivate|retry&apos;.</source>
        <translation>Verwenden Sie &apos;deskbridge agreement invite|list|show|accept|decline|deactivate|retry&apos;.</translation>
    </message>
    <message>
        <source>The agreement (id or partner name).</source>
        <translation>Die Vereinbarung (ID oder Partnername).</translation>
    </message>
    <message>
        <source>ID|NAME</source>
        <translation>ID|NAME</translation>
    </message>
    <message>
        <source>Say which ticket: deskbridge ticket %1 ID --agreement A.</source>
        <translation>Geben Sie an, welches Ticket: deskbridge ticket %1 ID --agreement A.</translation>
    </message>
    <message>
        <source>Ticket #%1 is shared with %2.</source>
        <translation>Ticket #%1 ist für %2 freigegeben.</translation>
    </message>
    <message>
        <source>Ticket #%1 is no longer shared with %2.</source>
        <translation>Ticket #%1 ist nicht mehr für %2 freigegeben.</translation>
    </message>
    <message>
        <source>Use &apos;deskbridge api-token create [--description TEXT]&apos;.</source>
        <translation>Verwenden Sie &apos;deskbridge api-token create [--description TEXT]&apos;.</translation>
    </message>
    <message>
        <source>What the token is for.</source>
        <translation>Wofür das Token bestimmt ist.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
</context>
<context>
    <name>SharingInbox</name>
    <message>
        <source>The X-Ticket-Sharing-Token header is missing.</source>
        <translation>Der Header X-Ticket-Sharing-Token fehlt.</translation>
    </message>
    <message>
        <source>The X-Ticket-Sharing-Token header is not &lt;uuid&gt;:&lt;key&gt;.</source>
        <translation>Der Header X-Ticket-Sharing-Token hat nicht die Form &lt;uuid&gt;:&lt;key&gt;.</translation>
    </message>
    <message>
        <source>The sharing token is not valid for any agreement.</source>
        <translation>Das Sharing-Token ist für keine Vereinbarung gültig.</translation>
    </message>
    <message>
        <source>There is no agreement at this address.</source>
        <translation>Unter dieser Adresse gibt es keine Vereinbarung.</translation>
    </message>
    <message>
        <source>The sharing token belongs to another agreement.</source>
        <translation>Das Sharing-Token gehört zu einer anderen Vereinbarung.</translation>
    </message>
    <message>
        <source>This method is not allowed here.</source>
        <translation>Diese Methode ist hier nicht erlaubt.</translation>
    </message>
    <message>
        <source>An invite needs an access_key of at least 16 characters.</source>
        <translation>Eine Einladung benötigt einen access_key mit mindestens 16 Zeichen.</translation>
    </message>
    <message>
        <source>An invite needs the sender_url to answer to.</source>
        <translation>Eine Einladung benötigt die sender_url für die Antwort.</translation>
    </message>
    <message>
        <source>An invite must have the status &quot;pending&quot;.</source>
        <translation>Eine Einladung muss den Status „pending“ haben.</translation>
    </message>
    <message>
        <source>The sharing token does not match the invite.</source>
        <translation>Das Sharing-Token passt nicht zur Einladung.</translation>
    </message>
    <message>
        <source>An agreement with this uuid already exists.</source>
        <translation>Eine Vereinbarung mit dieser UUID existiert bereits.</translation>
    </message>
    <message>
        <source>This account is not set up yet.</source>
        <translation>Dieses Konto ist noch nicht eingerichtet.</translation>
    </message>
    <message>
        <source>This account does not accept sharing invites.</source>
        <translation>Dieses Konto nimmt keine Einladungen zur gemeinsamen Nutzung an.</translation>
    </message>
    <message>
        <source>The agreement is inactive; deactivation is final.</source>
        <translation>Die Vereinbarung ist inaktiv; eine Deaktivierung ist endgültig.</translation>
    </message>
    <message>
        <source>The agreement cannot change from %1 to %2.</source>
        <translation>Die Vereinbarung kann nicht von %1 zu %2 wechseln.</translation>
    </message>
    <message>
        <source>%1 deactivated the agreement.</source>
        <translation>%1 hat die Vereinbarung deaktiviert.</translation>
    </message>
    <message>
        <source>%1 (ticket sharing)</source>
        <translation>%1 (Ticket Sharing)</translation>
    </message>
    <message>
        <source>Writes the changes that arrive from %1 through ticket sharing.</source>
        <translation>Schreibt die Änderungen, die von %1 über Ticket Sharing eingehen.</translation>
    </message>
    <message>
        <source>There is no ticket at this address.</source>
        <translation>Unter dieser Adresse gibt es kein Ticket.</translation>
    </message>
    <message>
        <source>The agreement is %1, not accepted.</source>
        <translation>Die Vereinbarung ist %1, nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Only the sender of an agreement shares tickets under it.</source>
        <translation>Nur der Absender einer Vereinbarung gibt darunter Tickets frei.</translation>
    </message>
    <message>
        <source>This ticket was unshared.</source>
        <translation>Die Freigabe dieses Tickets wurde aufgehoben.</translation>
    </message>
    <message>
        <source>There is no shared ticket with this uuid.</source>
        <translation>Es gibt kein freigegebenes Ticket mit dieser UUID.</translation>
    </message>
    <message>
        <source>Ticket from %1</source>
        <translation>Ticket von %1</translation>
    </message>
    <message>
        <source>%1 shared this ticket without comments.</source>
        <translation>%1 hat dieses Ticket ohne Kommentare freigegeben.</translation>
    </message>
    <message>
        <source>This ticket no longer exists here.</source>
        <translation>Dieses Ticket existiert hier nicht mehr.</translation>
    </message>
    <message>
        <source>%1 unshared the ticket.</source>
        <translation>%1 hat die Freigabe des Tickets aufgehoben.</translation>
    </message>
</context>
<context>
    <name>SharingObserver</name>
    <message>
        <source>via ticket sharing from %1</source>
        <translation>über Ticket Sharing von %1</translation>
    </message>
    <message>
        <source>There is no sharing agreement with the id %1.</source>
        <translation>Es gibt keine Vereinbarung zur gemeinsamen Nutzung mit der ID %1.</translation>
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
    <message>
        <source>Use &apos;deskbridge ticket create|update|comment|show|share|unshare&apos;.</source>
        <translation>Verwenden Sie &apos;deskbridge ticket create|update|comment|show|share|unshare&apos;.</translation>
    </message>
    <message>
        <source>The view &quot;%1&quot; is broken and shows no tickets: %2</source>
        <translation>Die Ansicht „%1“ ist fehlerhaft und zeigt keine Tickets: %2</translation>
    </message>
</context>
<context>
    <name>TicketService</name>
    <message>
        <source>group set from the organization&apos;s group mapping</source>
        <translation>Gruppe aus der Gruppenzuordnung der Organisation gesetzt</translation>
    </message>
</context>
<context>
    <name>TicketTriggerHook</name>
    <message>
        <source>Trigger &quot;%1&quot; could not set the group: the group %2 does not exist (any more).</source>
        <translation>Auslöser „%1“ konnte die Gruppe nicht setzen: Die Gruppe %2 existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>Trigger &quot;%1&quot; could not assign the ticket: user %2 is not an active agent.</source>
        <translation>Auslöser „%1“ konnte das Ticket nicht zuweisen: Benutzer %2 ist kein aktiver Agent.</translation>
    </message>
    <message>
        <source>Trigger &quot;%1&quot; could not assign the ticket to %2: not a member of the group %3.</source>
        <translation>Auslöser „%1“ konnte das Ticket nicht %2 zuweisen: nicht Mitglied der Gruppe %3.</translation>
    </message>
    <message>
        <source>%1 is not a member of the group %2 the triggers chose; the ticket is now unassigned.</source>
        <translation>%1 ist nicht Mitglied der von den Auslösern gewählten Gruppe %2; das Ticket ist jetzt nicht zugewiesen.</translation>
    </message>
    <message>
        <source>Trigger &quot;%1&quot; did not share the ticket with %2: %3</source>
        <translation>Auslöser „%1“ hat das Ticket nicht für %2 freigegeben: %3</translation>
    </message>
</context>
<context>
    <name>TlsIdentity</name>
    <message>
        <source>Could not create the TLS certificate (%1): %2</source>
        <translation>Das TLS-Zertifikat konnte nicht erstellt werden (%1): %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>“%1” is neither a host name nor an IP address.</source>
        <translation>„%1“ ist weder ein Hostname noch eine IP-Adresse.</translation>
    </message>
    <message>
        <source>Could not create the directory %1.</source>
        <translation>Das Verzeichnis %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The TLS identity in %1 is incomplete: %2 is missing. Partners pin this account&apos;s certificate, so DeskBridge does not replace it on its own; restore the file, or remove both key.pem and cert.pem to make a new identity (partners must then confirm the new fingerprint).</source>
        <translation>Die TLS-Identität in %1 ist unvollständig: %2 fehlt. Partner hinterlegen das Zertifikat dieses Kontos, daher ersetzt DeskBridge es nicht selbstständig; stellen Sie die Datei wieder her, oder entfernen Sie key.pem und cert.pem, um eine neue Identität zu erzeugen (Partner müssen dann den neuen Fingerprint bestätigen).</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 does not contain a PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>%1 does not contain an unencrypted PEM EC private key.</source>
        <translation>%1 enthält keinen unverschlüsselten privaten PEM-EC-Schlüssel.</translation>
    </message>
    <message>
        <source>The private key %1 does not belong to the certificate %2.</source>
        <translation>Der private Schlüssel %1 gehört nicht zum Zertifikat %2.</translation>
    </message>
    <message>
        <source>This is not a SHA-256 fingerprint: it must have 64 hexadecimal digits (0-9, A-F), optionally in pairs separated by colons.</source>
        <translation>Dies ist kein SHA-256-Fingerprint: Er muss 64 Hexadezimalziffern (0-9, A-F) haben, optional paarweise durch Doppelpunkte getrennt.</translation>
    </message>
    <message>
        <source>This is not a SHA-256 fingerprint: it has %1 hexadecimal digits instead of 64.</source>
        <translation>Dies ist kein SHA-256-Fingerprint: Er hat %1 Hexadezimalziffern statt 64.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>%1 is too large for a PEM file.</source>
        <translation>%1 ist zu groß für eine PEM-Datei.</translation>
    </message>
    <message>
        <source>The certificate file does not contain a PEM certificate (“-----BEGIN CERTIFICATE-----”).</source>
        <translation>Die Zertifikatsdatei enthält kein PEM-Zertifikat („-----BEGIN CERTIFICATE-----“).</translation>
    </message>
    <message>
        <source>The private key is protected by a passphrase. DeskBridge starts without anyone to type it, so it needs the key without one, e.g. from “openssl pkey -in key.pem -out key-plain.pem”.</source>
        <translation>Der private Schlüssel ist durch eine Passphrase geschützt. DeskBridge startet, ohne dass jemand sie eingeben kann, und braucht den Schlüssel daher ohne Passphrase, z. B. aus „openssl pkey -in key.pem -out key-plain.pem“.</translation>
    </message>
    <message>
        <source>The key file does not contain a PEM private key (“-----BEGIN PRIVATE KEY-----”).</source>
        <translation>Die Schlüsseldatei enthält keinen privaten PEM-Schlüssel („-----BEGIN PRIVATE KEY-----“).</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; browsers and DeskBridge need at least %2.</source>
        <translation>Der RSA-Schlüssel hat %1 Bit; Browser und DeskBridge brauchen mindestens %2.</translation>
    </message>
    <message>
        <source>The EC key is on the curve “%1”; DeskBridge serves keys on P-256, P-384 or P-521.</source>
        <translation>Der EC-Schlüssel liegt auf der Kurve „%1“; DeskBridge verwendet Schlüssel auf P-256, P-384 oder P-521.</translation>
    </message>
    <message>
        <source>The key is of a type DeskBridge cannot serve (%1); use an RSA key of at least %2 bits or an EC key on P-256.</source>
        <translation>Der Schlüssel hat einen Typ, den DeskBridge nicht verwenden kann (%1); verwenden Sie einen RSA-Schlüssel mit mindestens %2 Bit oder einen EC-Schlüssel auf P-256.</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate (the first one in the certificate file, which must be the server&apos;s own).</source>
        <translation>Der private Schlüssel gehört nicht zum Zertifikat (dem ersten in der Zertifikatsdatei, das das eigene des Servers sein muss).</translation>
    </message>
    <message>
        <source>The certificate file contains a certificate that cannot be read.</source>
        <translation>Die Zertifikatsdatei enthält ein Zertifikat, das nicht gelesen werden kann.</translation>
    </message>
    <message>
        <source>The certificate “%1” is not valid yet: it is valid from %2.</source>
        <translation>Das Zertifikat „%1“ ist noch nicht gültig: Es gilt ab %2.</translation>
    </message>
    <message>
        <source>The certificate “%1” expired on %2.</source>
        <translation>Das Zertifikat „%1“ ist am %2 abgelaufen.</translation>
    </message>
    <message>
        <source>The certificates are not in order: “%1” was not issued by “%2”. Put the server&apos;s certificate first, then each intermediate certificate after the one it issued.</source>
        <translation>Die Zertifikate sind nicht in der richtigen Reihenfolge: „%1“ wurde nicht von „%2“ ausgestellt. Setzen Sie das Zertifikat des Servers an den Anfang und jedes Zwischenzertifikat hinter das von ihm ausgestellte.</translation>
    </message>
    <message>
        <source>Could not read the private key: %1</source>
        <translation>Der private Schlüssel konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The private key cannot be used for TLS.</source>
        <translation>Der private Schlüssel kann nicht für TLS verwendet werden.</translation>
    </message>
    <message>
        <source>The installed certificate in %1 is damaged (%2). Install it again, or remove it (“deskbridge certificate remove”) to use the self-signed one.</source>
        <translation>Das installierte Zertifikat in %1 ist beschädigt (%2). Installieren Sie es erneut oder entfernen Sie es („deskbridge certificate remove“), um das selbstsignierte zu verwenden.</translation>
    </message>
    <message>
        <source>Could not replace the installed certificate in %1.</source>
        <translation>Das installierte Zertifikat in %1 konnte nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Could not remove the installed certificate in %1.</source>
        <translation>Das installierte Zertifikat in %1 konnte nicht entfernt werden.</translation>
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
    <name>TrustStore</name>
    <message>
        <source>No certificate was presented.</source>
        <translation>Es wurde kein Zertifikat gezeigt.</translation>
    </message>
    <message>
        <source>There is no host name to check the certificate against.</source>
        <translation>Es gibt keinen Hostnamen, gegen den das Zertifikat geprüft werden kann.</translation>
    </message>
    <message>
        <source>The certificate could not be read.</source>
        <translation>Das Zertifikat konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The certificate could not be checked.</source>
        <translation>Das Zertifikat konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>“%1” is not a host name to check a certificate against.</source>
        <translation>„%1“ ist kein Hostname, gegen den ein Zertifikat geprüft werden kann.</translation>
    </message>
    <message>
        <source>No trusted certificate authority vouches for it for %1: %2</source>
        <translation>Keine vertrauenswürdige Zertifizierungsstelle bürgt dafür für %1: %2</translation>
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
