<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>InspectionReport</name>
    <message>
        <source>header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>part %1</source>
        <translation>Teil %1</translation>
    </message>
    <message>
        <source>Part %1 (the %2), character %3 of the pasted text: %4</source>
        <translation>Teil %1 (%2), Zeichen %3 des eingefügten Texts: %4</translation>
    </message>
    <message>
        <source>The third dot, at character %1 of the pasted text, starts a part too many.</source>
        <translation>Der dritte Punkt, bei Zeichen %1 des eingefügten Texts, beginnt einen Teil zu viel.</translation>
    </message>
    <message>
        <source>The only dot is at character %1 of the pasted text; the part after it is the last one.</source>
        <translation>Der einzige Punkt steht bei Zeichen %1 des eingefügten Texts; der Teil danach ist der letzte.</translation>
    </message>
    <message>
        <source>There is no dot in the pasted text.</source>
        <translation>Der eingefügte Text enthält keinen Punkt.</translation>
    </message>
    <message>
        <source>… (%1 more characters)</source>
        <translation>… (%1 weitere Zeichen)</translation>
    </message>
    <message>
        <source>header %1</source>
        <translation>Header %1</translation>
    </message>
    <message>
        <source>The key that signed this token is retired%1: the store's JWKS no longer publishes it, so services that fetch the JWKS reject the token.</source>
        <translation>Der Schlüssel, der dieses Token signiert hat, ist stillgelegt%1: Das JWKS des Datenspeichers veröffentlicht ihn nicht mehr, daher lehnen Dienste, die das JWKS abrufen, das Token ab.</translation>
    </message>
    <message>
        <source> (since %1)</source>
        <translation> (seit %1)</translation>
    </message>
    <message>
        <source>header kid</source>
        <translation>Header kid</translation>
    </message>
    <message>
        <source>The key that signed this token is the store's next key, not the active one. The JWKS already publishes it, so services accept the token.</source>
        <translation>Der Schlüssel, der dieses Token signiert hat, ist der nächste Schlüssel des Datenspeichers, nicht der aktive. Das JWKS veröffentlicht ihn bereits, daher akzeptieren Dienste das Token.</translation>
    </message>
</context>
<context>
    <name>Lifetime</name>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Roles &amp; Permissions</source>
        <translation>Rollen &amp; Berechtigungen</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Signing Keys</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Token Inspector</source>
        <translation>Token-Inspektor</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>key %1 (%2)</source>
        <translation>Schlüssel %1 (%2)</translation>
    </message>
    <message>
        <source>a temporary %1 key</source>
        <translation>einem temporären %1-Schlüssel</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>%1 was changed since you opened it. Your changes are not saved yet. Keep editing, reload theirs (yours are discarded), or overwrite theirs with yours.</source>
        <translation>%1 wurde seit dem Öffnen geändert. Ihre Änderungen sind noch nicht gespeichert. Bearbeiten Sie weiter, laden Sie die andere Fassung (Ihre Änderungen werden verworfen) oder überschreiben Sie sie mit Ihrer.</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>Andere Fassung (gespeichert)</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Reload Theirs</source>
        <translation>Andere Fassung laden</translation>
    </message>
    <message>
        <source>Overwrite with Mine</source>
        <translation>Mit meiner Fassung überschreiben</translation>
    </message>
</context>
<context>
    <name>RolloutDialog</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
</context>
<context>
    <name>Slug</name>
    <message>
        <source>Type a slug: 1 to 100 letters, digits, '-', '_', ':' or '.'.</source>
        <translation>Geben Sie einen Slug ein: 1 bis 100 Buchstaben, Ziffern, '-', '_', ':' oder '.'.</translation>
    </message>
    <message>
        <source>A slug is at most 100 characters; this one has %1.</source>
        <translation>Ein Slug hat höchstens 100 Zeichen; dieser hat %1.</translation>
    </message>
    <message>
        <source>A slug cannot contain spaces; use '-' or '_' instead.</source>
        <translation>Ein Slug darf keine Leerzeichen enthalten; verwenden Sie stattdessen '-' oder '_'.</translation>
    </message>
    <message>
        <source>A slug holds only letters a-z and A-Z, digits, '-', '_', ':' and '.'; "%1" is not allowed.</source>
        <translation>Ein Slug enthält nur die Buchstaben a-z und A-Z, Ziffern, '-', '_', ':' und '.'; "%1" ist nicht erlaubt.</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>a very long time</source>
        <translation>sehr lange</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>noch %1 bis zum Ablauf</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>Ablauf ist %1 her</translation>
    </message>
    <message>
        <source>valid in %1</source>
        <translation>noch %1 bis zum Gültigkeitsbeginn</translation>
    </message>
    <message>
        <source>became valid %1 ago</source>
        <translation>Gültigkeitsbeginn ist %1 her</translation>
    </message>
    <message>
        <source>issued %1 in the future</source>
        <translation>Ausstellung liegt %1 in der Zukunft</translation>
    </message>
    <message>
        <source>issued %1 ago</source>
        <translation>Ausstellung ist %1 her</translation>
    </message>
    <message>
        <source>signed in %1 in the future</source>
        <translation>Anmeldung liegt %1 in der Zukunft</translation>
    </message>
    <message>
        <source>signed in %1 ago</source>
        <translation>Anmeldung ist %1 her</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 her</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>%1 seconds since 1970 (beyond the year 9999)</source>
        <translation>%1 Sekunden seit 1970 (nach dem Jahr 9999)</translation>
    </message>
</context>
<context>
    <name>TokenLayout</name>
    <message>
        <source>The “Authorization: Bearer” prefix of an HTTP header was left out; the token is what follows it.</source>
        <translation>Das Präfix „Authorization: Bearer“ eines HTTP-Headers wurde weggelassen; das Token ist der Text danach.</translation>
    </message>
    <message>
        <source>The “Bearer” prefix was left out; the token is what follows it.</source>
        <translation>Das Präfix „Bearer“ wurde weggelassen; das Token ist der Text danach.</translation>
    </message>
    <message>
        <source>The quotes around the token were left out.</source>
        <translation>Die Anführungszeichen um das Token wurden weggelassen.</translation>
    </message>
    <message>
        <source>The token had whitespace inside it (%1, the first at character %2); it was removed before decoding. A service that receives the token as pasted would reject it, so check where the line breaks came from.</source>
        <translation>Das Token enthielt Leerraum (%1, die erste bei Zeichen %2); er wurde vor dem Dekodieren entfernt. Ein Dienst, der das Token so wie eingefügt erhält, würde es ablehnen; prüfen Sie daher, woher die Zeilenumbrüche stammen.</translation>
    </message>
    <message>
        <source>one place</source>
        <translation>an einer Stelle</translation>
    </message>
    <message>
        <source>%1 places</source>
        <translation>an %1 Stellen</translation>
    </message>
    <message>
        <source>Whitespace around the token was left out.</source>
        <translation>Der Leerraum um das Token wurde weggelassen.</translation>
    </message>
</context>
<context>
    <name>VerificationKeys</name>
    <message>
        <source>This PEM key cannot be used: %1</source>
        <translation>Dieser PEM-Schlüssel kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>This is not a JWK, a JWKS or a PEM key: the JSON has an error at line %1, column %2 (%3).</source>
        <translation>Dies ist weder ein JWK noch ein JWKS noch ein PEM-Schlüssel: Das JSON hat einen Fehler in Zeile %1, Spalte %2 (%3).</translation>
    </message>
    <message>
        <source>This JWKS cannot be used: %1</source>
        <translation>Dieses JWKS kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>This JWKS has no keys.</source>
        <translation>Dieses JWKS enthält keine Schlüssel.</translation>
    </message>
    <message>
        <source>This JWK cannot be used: %1</source>
        <translation>Dieser JWK kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>RSA, %1 bits</source>
        <translation>RSA, %1 Bit</translation>
    </message>
    <message>
        <source>EC %1</source>
        <translation>EC %1</translation>
    </message>
    <message>
        <source>HMAC secret, %1 bits</source>
        <translation>HMAC-Geheimnis, %1 Bit</translation>
    </message>
    <message>
        <source>No keys</source>
        <translation>Keine Schlüssel</translation>
    </message>
    <message>
        <source>%1 key, no kid</source>
        <translation>Schlüssel (%1), ohne kid</translation>
    </message>
    <message>
        <source>%1 key, kid %2</source>
        <translation>Schlüssel (%1), kid %2</translation>
    </message>
    <message>
        <source>%1 keys: %2</source>
        <translation>%1 Schlüssel: %2</translation>
    </message>
</context>
<context>
    <name>VersionDiff</name>
    <message>
        <source>Compare %1 with %2</source>
        <translation>Vergleich: %1 und %2</translation>
    </message>
    <message>
        <source>The two are the same.</source>
        <translation>Beide sind gleich.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) differ.</source>
        <translation>
            <numerusform>%n Zeile unterscheidet sich.</numerusform>
            <numerusform>%n Zeilen unterscheiden sich.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>claimsmith::ui</name>
    <message>
        <source>a user with %1</source>
        <translation>ein Benutzer mit %1</translation>
    </message>
    <message>
        <source>a user without %1</source>
        <translation>ein Benutzer ohne %1</translation>
    </message>
    <message>
        <source>Preview the token of a user whose %1 is set.</source>
        <translation>Das Token eines Benutzers anzeigen, bei dem %1 gesetzt ist.</translation>
    </message>
    <message>
        <source>Preview the token of a user who lacks %1: what such users get.</source>
        <translation>Das Token eines Benutzers ohne %1 anzeigen: was solche Benutzer erhalten.</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::ApplicationListModel</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>The default application: the oldest one, used when a token names no application.</source>
        <translation>Die Standardanwendung: die älteste; sie wird verwendet, wenn ein Token keine Anwendung nennt.</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Token lifetime</source>
        <translation>Token-Lebensdauer</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::ApplicationsPanel</name>
    <message>
        <source>New Application</source>
        <translation>Neue Anwendung</translation>
    </message>
    <message>
        <source>Filter by name, client id or template</source>
        <translation>Nach Name, Client-ID oder Vorlage filtern</translation>
    </message>
    <message>
        <source>Loading applications…</source>
        <translation>Anwendungen werden geladen…</translation>
    </message>
    <message>
        <source>No applications yet.
Create one with New Application (Ctrl+N).</source>
        <translation>Noch keine Anwendungen.
Erstellen Sie eine mit „Neue Anwendung“ (Strg+N).</translation>
    </message>
    <message>
        <source>No application matches “%1”.</source>
        <translation>Keine Anwendung entspricht „%1“.</translation>
    </message>
    <message>
        <source>Select an application to see and edit it,
or create one with New Application.</source>
        <translation>Wählen Sie eine Anwendung aus, um sie anzusehen und zu bearbeiten,
oder erstellen Sie eine mit „Neue Anwendung“.</translation>
    </message>
    <message>
        <source>Cannot load the applications: %1</source>
        <translation>Die Anwendungen können nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>e.g. Customer portal</source>
        <translation>z. B. Kundenportal</translation>
    </message>
    <message>
        <source>Generated when saved</source>
        <translation>Wird beim Speichern erzeugt</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Vorgaben</translation>
    </message>
    <message>
        <source>Common token lifetimes</source>
        <translation>Übliche Token-Lebensdauern</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Token &amp;lifetime:</source>
        <translation>Token-&amp;Lebensdauer:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Metadata:</source>
        <translation>&amp;Metadaten:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Edit name</source>
        <translation>Namen bearbeiten</translation>
    </message>
    <message>
        <source>Edit client id</source>
        <translation>Client-ID bearbeiten</translation>
    </message>
    <message>
        <source>Edit token lifetime</source>
        <translation>Token-Lebensdauer bearbeiten</translation>
    </message>
    <message>
        <source>Choose template</source>
        <translation>Vorlage wählen</translation>
    </message>
    <message>
        <source>Edit metadata</source>
        <translation>Metadaten bearbeiten</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>There is no template “%1”: tokens for this application cannot be issued until it exists. Create it on the Templates page, or choose another.</source>
        <translation>Es gibt keine Vorlage „%1“: Für diese Anwendung können keine Token ausgestellt werden, bis sie existiert. Erstellen Sie sie auf der Seite „Vorlagen“ oder wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>Given when saved</source>
        <translation>Wird beim Speichern vergeben</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Neue Anwendung</translation>
    </message>
    <message>
        <source>The client id is generated when it is left empty.</source>
        <translation>Bleibt die Client-ID leer, wird sie erzeugt.</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Anwendung %1</translation>
    </message>
    <message>
        <source>The default application: the oldest one, used when a token names no application.</source>
        <translation>Die Standardanwendung: die älteste; sie wird verwendet, wenn ein Token keine Anwendung nennt.</translation>
    </message>
    <message>
        <source>Type a name: it is how people tell applications apart.</source>
        <translation>Geben Sie einen Namen ein: Daran werden Anwendungen unterschieden.</translation>
    </message>
    <message>
        <source>Type a client id, or Revert to keep the one it has: tokens are requested with it.</source>
        <translation>Geben Sie eine Client-ID ein oder klicken Sie auf „Verwerfen“, um die bisherige zu behalten: Token werden damit angefordert.</translation>
    </message>
    <message>
        <source>Choose the template of this application's tokens (create one on the Templates page first).</source>
        <translation>Wählen Sie die Vorlage für die Token dieser Anwendung (erstellen Sie zuerst eine auf der Seite „Vorlagen“).</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields first.</source>
        <translation>Nicht gespeichert: Korrigieren Sie zuerst die markierten Felder.</translation>
    </message>
    <message>
        <source>Created application %1</source>
        <translation>Anwendung %1 erstellt</translation>
    </message>
    <message>
        <source>Saved application %1</source>
        <translation>Anwendung %1 gespeichert</translation>
    </message>
    <message>
        <source>The application %1</source>
        <translation>Die Anwendung %1</translation>
    </message>
    <message>
        <source>Delete the application %1 (client id %2)? Tokens can no longer be requested with its client id. This cannot be undone.</source>
        <translation>Die Anwendung %1 (Client-ID %2) löschen? Mit ihrer Client-ID können dann keine Token mehr angefordert werden. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>It is the default application: the next oldest one becomes the default.</source>
        <translation>Dies ist die Standardanwendung: Die nächstälteste wird zur Standardanwendung.</translation>
    </message>
    <message>
        <source>Delete Application</source>
        <translation>Anwendung löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleted application %1</source>
        <translation>Anwendung %1 gelöscht</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::AuditDiffModel</name>
    <message>
        <source>(value)</source>
        <translation>(Wert)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::AuditDiffView</name>
    <message>
        <source>Show &amp;unchanged members</source>
        <translation>&amp;Unveränderte Felder anzeigen</translation>
    </message>
    <message>
        <source>Select an event to see what it changed.</source>
        <translation>Wählen Sie ein Ereignis aus, um zu sehen, was es geändert hat.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>By %1 on %2.</source>
        <translation>Von %1 am %2.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Created: every member below is new.</source>
        <translation>Erstellt: Alle Felder unten sind neu.</translation>
    </message>
    <message>
        <source>Deleted: the record as it was before.</source>
        <translation>Gelöscht: der Datensatz, wie er vorher war.</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 unverändert</translation>
    </message>
    <message>
        <source>No member changed.</source>
        <translation>Kein Feld geändert.</translation>
    </message>
    <message>
        <source>Show &amp;unchanged members (%1)</source>
        <translation>&amp;Unveränderte Felder anzeigen (%1)</translation>
    </message>
    <message>
        <source>This event records no values.</source>
        <translation>Dieses Ereignis enthält keine Werte.</translation>
    </message>
    <message>
        <source>Only unchanged members: turn on “Show unchanged members” to see them.</source>
        <translation>Nur unveränderte Felder: Schalten Sie „Unveränderte Felder anzeigen“ ein, um sie zu sehen.</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::AuditEventModel</name>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <translation>dd.MM.yyyy HH:mm:ss</translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <source>Type: %1
ID: %2</source>
        <translation>Typ: %1
ID: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::AuditFilterBar</name>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>Filter zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Who made the change (exact). Ctrl+F comes here; Escape clears.</source>
        <translation>Wer die Änderung vorgenommen hat (exakt). Strg+F springt hierher; Esc leert das Feld.</translation>
    </message>
    <message>
        <source>Any, or e.g. user.update or user.</source>
        <translation>Beliebig; z. B. user.update, user.</translation>
    </message>
    <message>
        <source>An action (user.update), or a prefix ending in a dot (user.) for every action of that kind</source>
        <translation>Eine Aktion (user.update) oder ein Präfix mit Punkt am Ende (user.) für alle Aktionen dieser Art</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Mitgliedschaft</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>Any target ID</source>
        <translation>Beliebige Ziel-ID</translation>
    </message>
    <message>
        <source>The target's ID (exact): user_…, org_…, a key ID, a slug</source>
        <translation>Die ID des Ziels (exakt): user_…, org_…, eine Schlüssel-ID, ein Slug</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <translation>dd.MM.yyyy HH:mm:ss</translation>
    </message>
    <message>
        <source>From any time (uncheck to choose a start, inclusive)</source>
        <translation>Ab beliebigem Zeitpunkt (Häkchen entfernen, um einen Beginn zu wählen; inklusive)</translation>
    </message>
    <message>
        <source>Up to now (uncheck to choose an end, inclusive)</source>
        <translation>Bis jetzt (Häkchen entfernen, um ein Ende zu wählen; inklusive)</translation>
    </message>
    <message>
        <source>Ac&amp;tor:</source>
        <translation>Ak&amp;teur:</translation>
    </message>
    <message>
        <source>Acti&amp;on:</source>
        <translation>Akti&amp;on:</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>B&amp;is:</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::AuditPage</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load the newest events (F5)</source>
        <translation>Die neuesten Ereignisse laden (F5)</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>Kein Datenspeicher geöffnet.</translation>
    </message>
    <message>
        <source>The audit log could not be loaded:
%1</source>
        <translation>Das Prüfprotokoll konnte nicht geladen werden:
%1</translation>
    </message>
    <message>
        <source>Loading events…</source>
        <translation>Ereignisse werden geladen…</translation>
    </message>
    <message>
        <source>The audit log is empty: changes show up here.</source>
        <translation>Das Prüfprotokoll ist leer: Änderungen erscheinen hier.</translation>
    </message>
    <message>
        <source>No events match these filters</source>
        <translation>Keine Ereignisse entsprechen diesen Filtern</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>Ereignisse: %1</translation>
    </message>
    <message>
        <source>Events: %1 shown, loading more…</source>
        <translation>Ereignisse: %1 angezeigt, weitere werden geladen…</translation>
    </message>
    <message>
        <source>Events: %1 shown; scroll down for older ones</source>
        <translation>Ereignisse: %1 angezeigt; für ältere nach unten scrollen</translation>
    </message>
    <message>
        <source>(loading stopped: %1)</source>
        <translation>(Laden abgebrochen: %1)</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::Choices</name>
    <message>
        <source>Preview as: email, user id or external id</source>
        <translation>E-Mail, Benutzer-ID oder externe ID</translation>
    </message>
    <message>
        <source>The store's active key</source>
        <translation>Aktiver Schlüssel des Datenspeichers</translation>
    </message>
    <message>
        <source>A temporary ES256 key</source>
        <translation>Temporärer ES256-Schlüssel</translation>
    </message>
    <message>
        <source>A temporary RS256 key</source>
        <translation>Temporärer RS256-Schlüssel</translation>
    </message>
    <message>
        <source>A temporary EdDSA key</source>
        <translation>Temporärer EdDSA-Schlüssel</translation>
    </message>
    <message>
        <source>A temporary HS256 secret</source>
        <translation>Temporäres HS256-Geheimnis</translation>
    </message>
    <message>
        <source>Temporary keys live in memory for the preview only and are never stored.</source>
        <translation>Temporäre Schlüssel existieren nur für die Vorschau im Arbeitsspeicher und werden nie gespeichert.</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Copy Token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>Ben&amp;utzer</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>A&amp;nwendung</translation>
    </message>
    <message>
        <source>Signing &amp;key</source>
        <translation>Signatur&amp;schlüssel</translation>
    </message>
    <message>
        <source>Preview as:</source>
        <translation>Vorschau als:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Choose a user to preview the claims of their token.</source>
        <translation>Wählen Sie einen Benutzer, um seine Token-Claims zu sehen.</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::ConnectDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>https://claimsmith.example.com:8443</source>
        <translation>https://claimsmith.example.com:8443</translation>
    </message>
    <message>
        <source>An API key made with claimsmith apikey create</source>
        <translation>Ein mit claimsmith apikey create erzeugter API-Schlüssel</translation>
    </message>
    <message>
        <source>The API key is kept in the system keychain, never in the settings file.</source>
        <translation>Der API-Schlüssel wird im Schlüsselbund des Systems aufbewahrt, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>No system keychain is available: the API key is kept for this session only and asked for again next time.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar: Der API-Schlüssel wird nur für diese Sitzung aufbewahrt und beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Enter the server's URL, for example http://127.0.0.1:8080.</source>
        <translation>Geben Sie die URL des Servers ein, zum Beispiel http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>“%1” is not a server URL: write it as http://HOST:PORT or https://HOST:PORT, as claimsmith serve listens.</source>
        <translation>„%1“ ist keine Server-URL: Schreiben Sie sie als http://HOST:PORT oder https://HOST:PORT, so wie claimsmith serve lauscht.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the URL: the API key goes in its own field.</source>
        <translation>Lassen Sie Benutzername und Passwort aus der URL weg: Der API-Schlüssel gehört in sein eigenes Feld.</translation>
    </message>
    <message>
        <source>The server refused the API key. Check the key, or make one on the server with “claimsmith apikey create”.</source>
        <translation>Der Server hat den API-Schlüssel abgelehnt. Prüfen Sie den Schlüssel, oder erzeugen Sie auf dem Server einen mit „claimsmith apikey create“.</translation>
    </message>
    <message>
        <source>The server does not allow this with the API key. Use an admin key.</source>
        <translation>Der Server erlaubt dies mit diesem API-Schlüssel nicht. Verwenden Sie einen Admin-Schlüssel.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection failed. Use https:// only when the server was started with --tls-cert, and make sure this computer trusts its certificate.</source>
        <translation>Die sichere (TLS-)Verbindung ist fehlgeschlagen. Verwenden Sie https:// nur, wenn der Server mit --tls-cert gestartet wurde, und sorgen Sie dafür, dass dieser Computer seinem Zertifikat vertraut.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check that it is running and reachable from this computer, then try again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Prüfen Sie, ob er läuft und von diesem Computer erreichbar ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the URL and that the server is running (claimsmith serve), then try again.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie die URL und ob der Server läuft (claimsmith serve), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>Die Verbindung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1

Details: %2</source>
        <translation>%1

Details: %2</translation>
    </message>
    <message>
        <source>Enter the API key (claimsmith apikey create makes one on the server).</source>
        <translation>Geben Sie den API-Schlüssel ein (claimsmith apikey create erzeugt einen auf dem Server).</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Die Verbindung zu %1 wird getestet…</translation>
    </message>
    <message>
        <source>Connected: the server at %1 answers and accepts the key (%2 users).</source>
        <translation>Verbunden: Der Server unter %1 antwortet und akzeptiert den Schlüssel (%2 Benutzer).</translation>
    </message>
    <message>
        <source>The system keychain cannot be used (%1): the API key is kept for this session only.</source>
        <translation>Der Schlüsselbund des Systems kann nicht verwendet werden (%1): Der API-Schlüssel wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::DiagnosticListModel</name>
    <message>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>Insert “%1”</source>
        <translation>„%1“ einfügen</translation>
    </message>
    <message>
        <source>Change “%1” to “%2”</source>
        <translation>„%1“ in „%2“ ändern</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Quick fix (%1): %2</source>
        <translation>Schnellkorrektur (%1): %2</translation>
    </message>
    <message>
        <source>%1 %2 at line %3, column %4: %5</source>
        <translation>%1 %2 in Zeile %3, Spalte %4: %5</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::DomainListEditor</name>
    <message>
        <source>Add Domain</source>
        <translation>Domain hinzufügen</translation>
    </message>
    <message>
        <source>No domains.</source>
        <translation>Keine Domains.</translation>
    </message>
    <message>
        <source>Add a domain of this organization</source>
        <translation>Eine Domain dieser Organisation hinzufügen</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Type a domain name, or remove the row.</source>
        <translation>Geben Sie einen Domainnamen ein oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>“%1” is not a domain name; type one like example.com.</source>
        <translation>„%1“ ist kein Domainname; geben Sie einen wie example.com ein.</translation>
    </message>
    <message>
        <source>“%1” is longer than 253 characters, the most a domain name can have.</source>
        <translation>„%1“ ist länger als 253 Zeichen, die Höchstlänge eines Domainnamens.</translation>
    </message>
    <message>
        <source>“%1” needs at least one dot, like example.com.</source>
        <translation>„%1“ braucht mindestens einen Punkt, wie example.com.</translation>
    </message>
    <message>
        <source>A part of “%1” between dots is longer than 63 characters.</source>
        <translation>Ein Teil von „%1“ zwischen zwei Punkten ist länger als 63 Zeichen.</translation>
    </message>
    <message>
        <source>“%1” is an address, not a domain name.</source>
        <translation>„%1“ ist eine Adresse, kein Domainname.</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Whether the organization has proven that it owns the domain</source>
        <translation>Ob die Organisation nachgewiesen hat, dass ihr die Domain gehört</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this domain</source>
        <translation>Diese Domain entfernen</translation>
    </message>
    <message>
        <source>“%1” is listed twice; remove one.</source>
        <translation>„%1“ steht zweimal in der Liste; entfernen Sie einen Eintrag.</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::FindBar</name>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::GenerateKeyDialog</name>
    <message>
        <source>ECDSA P-256 (recommended)</source>
        <translation>ECDSA P-256 (empfohlen)</translation>
    </message>
    <message>
        <source>ECDSA P-384</source>
        <translation>ECDSA P-384</translation>
    </message>
    <message>
        <source>ECDSA P-521</source>
        <translation>ECDSA P-521</translation>
    </message>
    <message>
        <source>Ed25519</source>
        <translation>Ed25519</translation>
    </message>
    <message>
        <source>RSA with SHA-%1</source>
        <translation>RSA mit SHA-%1</translation>
    </message>
    <message>
        <source>RSA-PSS with SHA-%1</source>
        <translation>RSA-PSS mit SHA-%1</translation>
    </message>
    <message>
        <source>HMAC with SHA-%1 (shared secret)</source>
        <translation>HMAC mit SHA-%1 (gemeinsames Geheimnis)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>RSA key &amp;size:</source>
        <translation>RSA-&amp;Schlüssellänge:</translation>
    </message>
    <message>
        <source>&amp;Next — publish it in the JWKS now, activate it later</source>
        <translation>&amp;Nächster — jetzt im JWKS veröffentlichen, später aktivieren</translation>
    </message>
    <message>
        <source>&amp;Active — it signs new tokens from now on</source>
        <translation>&amp;Aktiv — signiert ab sofort neue Token</translation>
    </message>
    <message>
        <source>Generate Signing Key</source>
        <translation>Signaturschlüssel erzeugen</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 Bit</translation>
    </message>
    <message>
        <source>Al&amp;gorithm:</source>
        <translation>Al&amp;gorithmus:</translation>
    </message>
    <message>
        <source>The new key becomes</source>
        <translation>Zustand des neuen Schlüssels</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>Supported by every JWT library, with short signatures. Generated at once.</source>
        <translation>Von jeder JWT-Bibliothek unterstützt, mit kurzen Signaturen. Sofort erzeugt.</translation>
    </message>
    <message>
        <source>Fast and compact. Check that every verifier of your tokens supports EdDSA before you make it active.</source>
        <translation>Schnell und kompakt. Prüfen Sie, ob alle Prüfer Ihrer Token EdDSA unterstützen, bevor Sie den Schlüssel aktivieren.</translation>
    </message>
    <message>
        <source>Supported everywhere. A 4096-bit key takes several seconds to generate; you can keep working meanwhile.</source>
        <translation>Überall unterstützt. Die Erzeugung eines 4096-Bit-Schlüssels dauert einige Sekunden; Sie können währenddessen weiterarbeiten.</translation>
    </message>
    <message>
        <source>Supported everywhere, with larger keys and signatures than ECDSA.</source>
        <translation>Überall unterstützt, mit größeren Schlüsseln und Signaturen als ECDSA.</translation>
    </message>
    <message>
        <source>A shared secret: it has no public form, is not published in the JWKS and is never exported, so only this store can verify the tokens it signs.</source>
        <translation>Ein gemeinsames Geheimnis: Es hat keine öffentliche Form, wird nicht im JWKS veröffentlicht und nie exportiert, daher kann nur dieser Datenspeicher die damit signierten Token prüfen.</translation>
    </message>
    <message>
        <source>The store retires the active key %1: it leaves the JWKS, so tokens it signed stop verifying once verifiers refresh their keys.</source>
        <translation>Der Datenspeicher legt den aktiven Schlüssel %1 still: Er verschwindet aus dem JWKS, sodass damit signierte Token ungültig werden, sobald Prüfer ihre Schlüssel aktualisieren.</translation>
    </message>
    <message>
        <source>The store has no active key yet; this one signs tokens at once.</source>
        <translation>Der Datenspeicher hat noch keinen aktiven Schlüssel; dieser signiert sofort Token.</translation>
    </message>
    <message>
        <source>Verifiers can fetch it from the JWKS before it signs anything. Activate it later under Signing Keys.</source>
        <translation>Prüfer können ihn aus dem JWKS abrufen, bevor er etwas signiert. Aktivieren Sie ihn später unter „Signaturschlüssel“.</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::InspectorPage</name>
    <message>
        <source>Paste Token</source>
        <translation>Token einfügen</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Ein&amp;fügen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Decode a token and check it as a service would: its signature, its times, its audience and issuer. Tokens and keys stay on this computer.</source>
        <translation>Dekodieren Sie ein Token und prüfen Sie es wie ein Dienst: Signatur, Zeitangaben, Zielgruppe und Aussteller. Token und Schlüssel verlassen diesen Computer nicht.</translation>
    </message>
    <message>
        <source>Replace the token with the clipboard's text</source>
        <translation>Das Token durch den Text aus der Zwischenablage ersetzen</translation>
    </message>
    <message>
        <source>Clear the token</source>
        <translation>Das Token-Feld leeren</translation>
    </message>
    <message>
        <source>Decoding…</source>
        <translation>Wird dekodiert…</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Decode and verify a token</source>
        <translation>Ein Token dekodieren und prüfen</translation>
    </message>
    <message>
        <source>Paste a JWT, or any signed token in compact form, into the field on the left. As you type it is decoded here: the header and the claims in their own order, the times in your time zone, and every problem in plain words with where it is.

The signature is checked with this store's signing keys, or with a key you paste. Set an expected audience or issuer to check those too.</source>
        <translation>Fügen Sie ein JWT oder ein anderes signiertes Token in kompakter Form in das Feld links ein. Schon während der Eingabe wird es hier dekodiert: Header und Claims in ihrer eigenen Reihenfolge, die Zeiten in Ihrer Zeitzone und jedes Problem in klaren Worten samt der Stelle, an der es auftritt.

Die Signatur wird mit den Signaturschlüsseln dieses Datenspeichers geprüft oder mit einem Schlüssel, den Sie einfügen. Legen Sie eine erwartete Zielgruppe oder einen erwarteten Aussteller fest, um auch diese zu prüfen.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to inspect</source>
        <translation>Die Zwischenablage enthält keinen Text zum Prüfen</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>and %1 more parts</source>
        <translation>und %1 weitere Teile</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 Zeichen</translation>
    </message>
    <message>
        <source>The token is too long to show in full; the place is at character %1</source>
        <translation>Das Token ist zu lang, um es vollständig anzuzeigen; die Stelle liegt bei Zeichen %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;A token is three base64url parts joined by dots, coloured here as in the field: &lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;To make one from this store: &lt;tt&gt;claimsmith render TEMPLATE --store FILE --user ID --sign&lt;/tt&gt;, or copy the Authorization header of a request; the “Bearer” prefix is fine.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Token besteht aus drei base64url-Teilen, durch Punkte verbunden, hier wie im Feld eingefärbt: &lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;So erstellen Sie eines aus diesem Datenspeicher: &lt;tt&gt;claimsmith render VORLAGE --store DATEI --user ID --sign&lt;/tt&gt;, oder kopieren Sie den Authorization-Header einer Anfrage; das Präfix „Bearer“ stört nicht.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::KeyDetailPane</name>
    <message>
        <source>Select a key to see its public key and dates.</source>
        <translation>Wählen Sie einen Schlüssel aus, um seinen öffentlichen Schlüssel und seine Daten zu sehen.</translation>
    </message>
    <message>
        <source>The key ID (RFC 7638 thumbprint), the "kid" of the tokens it signs</source>
        <translation>Die Schlüssel-ID (RFC-7638-Fingerabdruck), der "kid" der damit signierten Token</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Schlüsseltyp</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Stillgelegt</translation>
    </message>
    <message>
        <source>Public key (JWK)</source>
        <translation>Öffentlicher Schlüssel (JWK)</translation>
    </message>
    <message>
        <source>HMAC keys are shared secrets and have no public form: there is nothing to publish in the JWKS or to export. The secret stays sealed in the store; only this store can verify the tokens the key signs.</source>
        <translation>HMAC-Schlüssel sind gemeinsame Geheimnisse und haben keine öffentliche Form: Es gibt nichts im JWKS zu veröffentlichen oder zu exportieren. Das Geheimnis bleibt versiegelt im Datenspeicher; nur dieser Datenspeicher kann die mit dem Schlüssel signierten Token prüfen.</translation>
    </message>
    <message>
        <source>HMAC shared secret</source>
        <translation>HMAC, gemeinsames Geheimnis</translation>
    </message>
    <message>
        <source>RSA, %1 bits</source>
        <translation>RSA, %1 Bit</translation>
    </message>
    <message>
        <source>RSA</source>
        <translation>RSA</translation>
    </message>
    <message>
        <source>EC %1</source>
        <translation>EC %1</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::KeysPage</name>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 Bit</translation>
    </message>
    <message>
        <source>Generate Key…</source>
        <translation>Schlüssel erzeugen…</translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation>&amp;Erzeugen…</translation>
    </message>
    <message>
        <source>Generate a new signing key (Ctrl+N)</source>
        <translation>Einen neuen Signaturschlüssel erzeugen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Sign new tokens with the selected key; the active key is retired</source>
        <translation>Neue Token mit dem ausgewählten Schlüssel signieren; der aktive Schlüssel wird stillgelegt</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Stilllegen</translation>
    </message>
    <message>
        <source>Take the selected key out of the JWKS</source>
        <translation>Den ausgewählten Schlüssel aus dem JWKS nehmen</translation>
    </message>
    <message>
        <source>Export &amp;JWKS…</source>
        <translation>&amp;JWKS exportieren…</translation>
    </message>
    <message>
        <source>Save the public keys of the active and next keys as a JWKS file</source>
        <translation>Die öffentlichen Schlüssel des aktiven und des nächsten Schlüssels als JWKS-Datei speichern</translation>
    </message>
    <message>
        <source>Export &amp;Public Key…</source>
        <translation>Ö&amp;ffentlichen Schlüssel exportieren…</translation>
    </message>
    <message>
        <source>Save the selected key's public JWK</source>
        <translation>Den öffentlichen JWK des ausgewählten Schlüssels speichern</translation>
    </message>
    <message>
        <source>&amp;Copy Key ID</source>
        <translation>Schlüssel-ID &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected key's ID (Ctrl+C)</source>
        <translation>Die ID des ausgewählten Schlüssels kopieren (Strg+C)</translation>
    </message>
    <message>
        <source>Filter keys (Ctrl+F)</source>
        <translation>Schlüssel filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Show the keys whose ID, algorithm or state contains this text</source>
        <translation>Die Schlüssel anzeigen, deren ID, Algorithmus oder Zustand diesen Text enthält</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Discard the key being generated</source>
        <translation>Den Schlüssel verwerfen, der gerade erzeugt wird</translation>
    </message>
    <message>
        <source>Tokens are signed with the active key. The JWKS publishes the active and next keys, so verifiers know a key before it signs.</source>
        <translation>Token werden mit dem aktiven Schlüssel signiert. Das JWKS veröffentlicht den aktiven und den nächsten Schlüssel, damit Prüfer einen Schlüssel kennen, bevor er signiert.</translation>
    </message>
    <message>
        <source>Cancelling: the key is discarded when it is ready…</source>
        <translation>Wird abgebrochen: Der Schlüssel wird verworfen, sobald er fertig ist…</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>Kein Datenspeicher geöffnet.</translation>
    </message>
    <message>
        <source>The signing keys could not be loaded:
%1</source>
        <translation>Die Signaturschlüssel konnten nicht geladen werden:
%1</translation>
    </message>
    <message>
        <source>Loading signing keys…</source>
        <translation>Signaturschlüssel werden geladen…</translation>
    </message>
    <message>
        <source>No signing keys yet — Generate one (Ctrl+N)</source>
        <translation>Noch keine Signaturschlüssel — Erzeugen Sie einen (Strg+N)</translation>
    </message>
    <message>
        <source>No keys match “%1”. Press Escape in the filter to show every key.</source>
        <translation>Keine Schlüssel entsprechen „%1“. Drücken Sie Esc im Filter, um alle Schlüssel anzuzeigen.</translation>
    </message>
    <message>
        <source>HMAC keys have no public form to export</source>
        <translation>HMAC-Schlüssel haben keine öffentliche Form zum Exportieren</translation>
    </message>
    <message>
        <source>A key is being generated; wait for it or cancel it first.</source>
        <translation>Ein Schlüssel wird gerade erzeugt; warten Sie darauf oder brechen Sie zuerst ab.</translation>
    </message>
    <message>
        <source>Generating a %1 key…</source>
        <translation>Schlüssel wird erzeugt (%1)…</translation>
    </message>
    <message>
        <source>Cannot Add Signing Key</source>
        <translation>Signaturschlüssel kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Key generation cancelled: no key was added.</source>
        <translation>Schlüsselerzeugung abgebrochen: Es wurde kein Schlüssel hinzugefügt.</translation>
    </message>
    <message>
        <source>Cannot Generate Signing Key</source>
        <translation>Signaturschlüssel kann nicht erzeugt werden</translation>
    </message>
    <message>
        <source>The %1 key could not be generated: %2</source>
        <translation>Der Schlüssel (%1) konnte nicht erzeugt werden: %2</translation>
    </message>
    <message>
        <source>Generated the %1 key %2 (%3).</source>
        <translation>Schlüssel %2 (%1) erzeugt; Zustand: %3.</translation>
    </message>
    <message>
        <source>Activate the key %1? It signs new tokens from now on.</source>
        <translation>Den Schlüssel %1 aktivieren? Er signiert ab sofort neue Token.</translation>
    </message>
    <message>
        <source>The store retires the active key %1: it leaves the JWKS, so tokens it signed stop verifying once verifiers refresh their keys.</source>
        <translation>Der Datenspeicher legt den aktiven Schlüssel %1 still: Er verschwindet aus dem JWKS, sodass damit signierte Token ungültig werden, sobald Prüfer ihre Schlüssel aktualisieren.</translation>
    </message>
    <message>
        <source>This key was retired; activating it publishes it in the JWKS again.</source>
        <translation>Dieser Schlüssel wurde stillgelegt; durch das Aktivieren wird er wieder im JWKS veröffentlicht.</translation>
    </message>
    <message>
        <source>Activate Signing Key</source>
        <translation>Signaturschlüssel aktivieren</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Retire the key %1? It leaves the JWKS: tokens it signed stop verifying once verifiers refresh their keys. A retired key can be activated again.</source>
        <translation>Den Schlüssel %1 stilllegen? Er verschwindet aus dem JWKS: Damit signierte Token werden ungültig, sobald Prüfer ihre Schlüssel aktualisieren. Ein stillgelegter Schlüssel kann wieder aktiviert werden.</translation>
    </message>
    <message>
        <source>This is the active key: after retiring it the store has no active key and cannot issue tokens until you activate another one.</source>
        <translation>Dies ist der aktive Schlüssel: Nach dem Stilllegen hat der Datenspeicher keinen aktiven Schlüssel und kann keine Token ausstellen, bis Sie einen anderen aktivieren.</translation>
    </message>
    <message>
        <source>To replace it without a gap, activate the next key %1 instead.</source>
        <translation>Um ihn lückenlos zu ersetzen, aktivieren Sie stattdessen den nächsten Schlüssel %1.</translation>
    </message>
    <message>
        <source>Retire Signing Key</source>
        <translation>Signaturschlüssel stilllegen</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Stilllegen</translation>
    </message>
    <message>
        <source>Cannot Activate Key</source>
        <translation>Schlüssel kann nicht aktiviert werden</translation>
    </message>
    <message>
        <source>Cannot Retire Key</source>
        <translation>Schlüssel kann nicht stillgelegt werden</translation>
    </message>
    <message>
        <source>The key %1 is active now.</source>
        <translation>Der Schlüssel %1 ist jetzt aktiv.</translation>
    </message>
    <message>
        <source>The key %1 is retired.</source>
        <translation>Der Schlüssel %1 ist stillgelegt.</translation>
    </message>
    <message>
        <source>The key was changed elsewhere since the list was loaded. The list is reloaded: check the key's state and try again.</source>
        <translation>Der Schlüssel wurde seit dem Laden der Liste an anderer Stelle geändert. Die Liste wird neu geladen: Prüfen Sie den Zustand des Schlüssels und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export JWKS</source>
        <translation>JWKS exportieren</translation>
    </message>
    <message>
        <source>Cannot Export JWKS</source>
        <translation>JWKS kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved the JWKS to %1 (public keys: %2).</source>
        <translation>JWKS in %1 gespeichert (öffentliche Schlüssel: %2).</translation>
    </message>
    <message>
        <source>Export Public Key</source>
        <translation>Öffentlichen Schlüssel exportieren</translation>
    </message>
    <message>
        <source>Saved the public key %1 to %2.</source>
        <translation>Öffentlichen Schlüssel %1 in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Cannot Export Public Key</source>
        <translation>Öffentlicher Schlüssel kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Copied the key ID %1.</source>
        <translation>Schlüssel-ID %1 kopiert.</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::MainWindow</name>
    <message>
        <source>Claimsmith</source>
        <translation>Claimsmith</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>Kein Datenspeicher geöffnet</translation>
    </message>
    <message>
        <source>Claimsmith — %1</source>
        <translation>Claimsmith — %1</translation>
    </message>
    <message>
        <source>Claimsmith stores (*.claimsmith);;All files (*)</source>
        <translation>Claimsmith-Datenspeicher (*.claimsmith);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Working with the store…</source>
        <translation>Zugriff auf den Datenspeicher…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Store…</source>
        <translation>&amp;Neuer Datenspeicher…</translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation>Datenspeicher ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Close Store</source>
        <translation>Datenspeicher &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;New Record</source>
        <translation>&amp;Neuer Datensatz</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>The language changes when Claimsmith starts again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Claimsmith.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Claimsmith</source>
        <translation>Ü&amp;ber Claimsmith</translation>
    </message>
    <message>
        <source>About Claimsmith</source>
        <translation>Über Claimsmith</translation>
    </message>
    <message>
        <source>&lt;b&gt;Claimsmith %1&lt;/b&gt;&lt;p&gt;Users, organizations, metadata and the JWT templates that turn them into token claims.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Claimsmith %1&lt;/b&gt;&lt;p&gt;Benutzer, Organisationen, Metadaten und die JWT-Vorlagen, die daraus Token-Claims machen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation>Datenspeicher öffnen</translation>
    </message>
    <message>
        <source>New Store</source>
        <translation>Neuer Datenspeicher</translation>
    </message>
    <message>
        <source>%1 exists already. Open it with File → Open Store, or choose another name.</source>
        <translation>%1 existiert bereits. Öffnen Sie die Datei mit Datei → Datenspeicher öffnen oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Open another store</source>
        <translation>Einen anderen Datenspeicher öffnen</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Cannot Open Store</source>
        <translation>Datenspeicher kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Close the store</source>
        <translation>Den Datenspeicher schließen</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. %2 and lose them?</source>
        <translation>Die Seite „%1“ hat ungespeicherte Änderungen. %2 und die Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>%1 users · %2 organizations</source>
        <translation>%1 Benutzer · %2 Organisationen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Mit &amp;Server verbinden…</translation>
    </message>
    <message>
        <source>Connect to another store</source>
        <translation>Mit einem anderen Datenspeicher verbinden</translation>
    </message>
    <message>
        <source>The API key is kept for this session only: there is no system keychain.</source>
        <translation>Der API-Schlüssel wird nur für diese Sitzung aufbewahrt: Es gibt keinen Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>The API key is kept for this session only: the system keychain refused it (%1).</source>
        <translation>Der API-Schlüssel wird nur für diese Sitzung aufbewahrt: Der Schlüsselbund des Systems hat ihn abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Cannot Connect to Server</source>
        <translation>Verbindung zum Server nicht möglich</translation>
    </message>
    <message>
        <source>The server at %1 answers again; the page is reloaded.</source>
        <translation>Der Server unter %1 antwortet wieder; die Seite wird neu geladen.</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::MembersPanel</name>
    <message>
        <source>New Member</source>
        <translation>Neues Mitglied</translation>
    </message>
    <message>
        <source>Remove Member…</source>
        <translation>Mitglied entfernen…</translation>
    </message>
    <message>
        <source>Add a user to this organization</source>
        <translation>Einen Benutzer zu dieser Organisation hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected member from this organization (Delete)</source>
        <translation>Das ausgewählte Mitglied aus dieser Organisation entfernen (Entf)</translation>
    </message>
    <message>
        <source>Email or user id (user_…)</source>
        <translation>E-Mail oder Benutzer-ID (user_…)</translation>
    </message>
    <message>
        <source>The member's roles; the first one is the primary role</source>
        <translation>Die Rollen des Mitglieds; die erste ist die Hauptrolle</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Could not load the roles: %1</source>
        <translation>Die Rollen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No roles yet: create them under Roles &amp; Permissions.</source>
        <translation>Noch keine Rollen: Erstellen Sie sie unter „Rollen &amp; Berechtigungen“.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>Kein Datenspeicher geöffnet.</translation>
    </message>
    <message>
        <source>Save the organization first; then you can add members.</source>
        <translation>Speichern Sie zuerst die Organisation; dann können Sie Mitglieder hinzufügen.</translation>
    </message>
    <message>
        <source>Could not load the members: %1</source>
        <translation>Die Mitglieder konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>Mitglieder werden geladen…</translation>
    </message>
    <message>
        <source>No members yet. Add one with the form below.</source>
        <translation>Noch keine Mitglieder. Fügen Sie eines mit dem Formular unten hinzu.</translation>
    </message>
    <message>
        <source>Add a Member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>Add Member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>Add the user to the organization with these roles</source>
        <translation>Den Benutzer mit diesen Rollen zur Organisation hinzufügen</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Mitglied %1</translation>
    </message>
    <message>
        <source>Save Member</source>
        <translation>Mitglied speichern</translation>
    </message>
    <message>
        <source>Save this member's roles and status</source>
        <translation>Rollen und Status dieses Mitglieds speichern</translation>
    </message>
    <message>
        <source>Type the email or the id of the user to add.</source>
        <translation>Geben Sie die E-Mail-Adresse oder die ID des hinzuzufügenden Benutzers ein.</translation>
    </message>
    <message>
        <source>Type an email (name@example.com) or a user id (user_…).</source>
        <translation>Geben Sie eine E-Mail-Adresse (name@example.com) oder eine Benutzer-ID (user_…) ein.</translation>
    </message>
    <message>
        <source>Added %1 to %2</source>
        <translation>%1 zu %2 hinzugefügt</translation>
    </message>
    <message>
        <source>The membership of %1</source>
        <translation>Die Mitgliedschaft von %1</translation>
    </message>
    <message>
        <source>Saved the membership of %1 in %2</source>
        <translation>Mitgliedschaft von %1 in %2 gespeichert</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from “%2”? They lose their roles in this organization.</source>
        <translation>%1 aus „%2“ entfernen? Dabei gehen die Rollen in dieser Organisation verloren.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Could Not Remove the Member</source>
        <translation>Mitglied konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>The membership of %1 was changed by someone else meanwhile. The list is reloaded: check it and remove the member again.</source>
        <translation>Die Mitgliedschaft von %1 wurde inzwischen von jemand anderem geändert. Die Liste wird neu geladen: Prüfen Sie sie und entfernen Sie das Mitglied erneut.</translation>
    </message>
    <message>
        <source>Removed %1 from %2</source>
        <translation>%1 aus %2 entfernt</translation>
    </message>
    <message>
        <source>Could Not Save the Membership</source>
        <translation>Mitgliedschaft konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::MembershipListModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>(deleted user %1)</source>
        <translation>(gelöschter Benutzer %1)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::MetadataEditor</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value (JSON)</source>
        <translation>Wert (JSON)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a key</source>
        <translation>Einen Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected keys</source>
        <translation>Die ausgewählten Schlüssel entfernen</translation>
    </message>
    <message>
        <source>%1: row %2 has no key; type one, or remove the row</source>
        <translation>%1: Zeile %2 hat keinen Schlüssel; geben Sie einen ein oder entfernen Sie die Zeile</translation>
    </message>
    <message>
        <source>%1: the key "%2" is there twice; rename or remove one</source>
        <translation>%1: Der Schlüssel "%2" kommt zweimal vor; benennen Sie einen um oder entfernen Sie ihn</translation>
    </message>
    <message>
        <source> (text needs quotes: "%1")</source>
        <translation> (Text in Anführungszeichen: "%1")</translation>
    </message>
    <message>
        <source>%1.%2: not a JSON value%3</source>
        <translation>%1.%2: kein JSON-Wert%3</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::MetadataFilterBuilder</name>
    <message>
        <source>Add Condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>metadata</source>
        <translation>metadata</translation>
    </message>
    <message>
        <source>user_metadata</source>
        <translation>user_metadata</translation>
    </message>
    <message>
        <source>sso_attributes</source>
        <translation>sso_attributes</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>existiert</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>ist gleich</translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation>ist ungleich</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Diese Bedingung entfernen</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::OrganizationEditor</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Delete this organization and its memberships</source>
        <translation>Diese Organisation und ihre Mitgliedschaften löschen</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>Die ungespeicherten Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Die Änderungen speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Edit Name</source>
        <translation>Namen bearbeiten</translation>
    </message>
    <message>
        <source>Edit External ID</source>
        <translation>Externe ID bearbeiten</translation>
    </message>
    <message>
        <source>Edit Domains</source>
        <translation>Domains bearbeiten</translation>
    </message>
    <message>
        <source>Edit Metadata</source>
        <translation>Metadaten bearbeiten</translation>
    </message>
    <message>
        <source>Acme Inc.</source>
        <translation>Acme GmbH</translation>
    </message>
    <message>
        <source>Optional: its id in your own systems</source>
        <translation>Optional: ihre ID in Ihren eigenen Systemen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation>E&amp;xterne ID:</translation>
    </message>
    <message>
        <source>Domains:</source>
        <translation>Domains:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Keys and JSON values that JWT templates read as organization.metadata. Text values need quotes: "gold".</source>
        <translation>Schlüssel und JSON-Werte, die JWT-Vorlagen als organization.metadata lesen. Textwerte brauchen Anführungszeichen: "gold".</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>Kein Datenspeicher geöffnet.</translation>
    </message>
    <message>
        <source>Could not load the organization: %1</source>
        <translation>Die Organisation konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The organization was deleted.</source>
        <translation>Die Organisation wurde gelöscht.</translation>
    </message>
    <message>
        <source>Select an organization to see and edit it, or create one with New Organization (Ctrl+N).</source>
        <translation>Wählen Sie eine Organisation aus, um sie anzusehen und zu bearbeiten, oder erstellen Sie eine mit „Neue Organisation“ (Strg+N).</translation>
    </message>
    <message>
        <source>Type a name for the organization.</source>
        <translation>Geben Sie einen Namen für die Organisation ein.</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields first.</source>
        <translation>Nicht gespeichert: Korrigieren Sie zuerst die markierten Felder.</translation>
    </message>
    <message>
        <source>The organization “%1”</source>
        <translation>Die Organisation „%1“</translation>
    </message>
    <message>
        <source>Reloaded organization %1</source>
        <translation>Organisation %1 neu geladen</translation>
    </message>
    <message>
        <source>Not saved: your changes are still here.</source>
        <translation>Nicht gespeichert: Ihre Änderungen sind noch vorhanden.</translation>
    </message>
    <message>
        <source>Saved organization %1</source>
        <translation>Organisation %1 gespeichert</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Could Not Save the Organization</source>
        <translation>Organisation konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The organization was deleted by someone else. Your changes are still here: copy what you need, or create it again with New Organization.</source>
        <translation>Die Organisation wurde von jemand anderem gelöscht. Ihre Änderungen sind noch vorhanden: Kopieren Sie, was Sie brauchen, oder erstellen Sie sie mit „Neue Organisation“ neu.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>New Organization</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Assigned when saved</source>
        <translation>Wird beim Speichern vergeben</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::OrganizationListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::OrganizationsPage</name>
    <message>
        <source>New Organization</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <source>Search by name, id, external id or domain (Ctrl+F)</source>
        <translation>Suche: Name, ID, externe ID, Domain (Strg+F)</translation>
    </message>
    <message>
        <source>Create an organization (Ctrl+N)</source>
        <translation>Eine Organisation erstellen (Strg+N)</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>Kein Datenspeicher geöffnet.</translation>
    </message>
    <message>
        <source>Could not load the organizations: %1
Press F5 to try again.</source>
        <translation>Die Organisationen konnten nicht geladen werden: %1
Drücken Sie F5, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Loading organizations…</source>
        <translation>Organisationen werden geladen…</translation>
    </message>
    <message>
        <source>No organizations yet.
Create one with New Organization (Ctrl+N).</source>
        <translation>Noch keine Organisationen.
Erstellen Sie eine mit „Neue Organisation“ (Strg+N).</translation>
    </message>
    <message>
        <source>No organizations match “%1”</source>
        <translation>Keine Organisationen entsprechen „%1“</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 organizations shown, loading more…</source>
        <translation>%1 Organisationen angezeigt, weitere werden geladen…</translation>
    </message>
    <message>
        <source>Could not load more: %1</source>
        <translation>Weitere konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 organizations shown; scroll for more</source>
        <translation>%1 Organisationen angezeigt; für weitere scrollen</translation>
    </message>
    <message>
        <source>1 organization</source>
        <translation>1 Organisation</translation>
    </message>
    <message>
        <source>%1 organizations</source>
        <translation>%1 Organisationen</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Discard the new organization? It is not saved.</source>
        <translation>Die neue, nicht gespeicherte Organisation verwerfen?</translation>
    </message>
    <message>
        <source>Discard your unsaved changes to “%1”?</source>
        <translation>Ihre ungespeicherten Änderungen an „%1“ verwerfen?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Delete Organization</source>
        <translation>Organisation löschen</translation>
    </message>
    <message>
        <source>Delete the organization “%1”? Its memberships are deleted with it. This cannot be undone.</source>
        <translation>Die Organisation „%1“ löschen? Ihre Mitgliedschaften werden mitgelöscht. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Could Not Delete the Organization</source>
        <translation>Organisation konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else since you opened it. It is reloaded: check it, and delete it again if you still want to.</source>
        <translation>„%1“ wurde seit dem Öffnen von jemand anderem geändert. Die Organisation wird neu geladen: Prüfen Sie sie und löschen Sie sie erneut, falls Sie das noch möchten.</translation>
    </message>
    <message>
        <source>Deleted organization %1</source>
        <translation>Organisation %1 gelöscht</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::PermissionListModel</name>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::PermissionsPanel</name>
    <message>
        <source>New Permission</source>
        <translation>Neue Berechtigung</translation>
    </message>
    <message>
        <source>Filter permissions by slug, name or description</source>
        <translation>Berechtigungen nach Slug, Name oder Beschreibung filtern</translation>
    </message>
    <message>
        <source>Loading permissions…</source>
        <translation>Berechtigungen werden geladen…</translation>
    </message>
    <message>
        <source>No permissions yet.
Create one with New Permission (Ctrl+N).</source>
        <translation>Noch keine Berechtigungen.
Erstellen Sie eine mit „Neue Berechtigung“ (Strg+N).</translation>
    </message>
    <message>
        <source>No permission matches “%1”.</source>
        <translation>Keine Berechtigung entspricht „%1“.</translation>
    </message>
    <message>
        <source>Select a permission to see and edit it,
or create one with New Permission.</source>
        <translation>Wählen Sie eine Berechtigung aus, um sie anzusehen und zu bearbeiten,
oder erstellen Sie eine mit „Neue Berechtigung“.</translation>
    </message>
    <message>
        <source>Cannot load the permissions: %1</source>
        <translation>Die Berechtigungen können nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>e.g. invoices:read</source>
        <translation>z. B. invoices:read</translation>
    </message>
    <message>
        <source>e.g. Read invoices</source>
        <translation>z. B. Rechnungen lesen</translation>
    </message>
    <message>
        <source>What this permission allows</source>
        <translation>Was diese Berechtigung erlaubt</translation>
    </message>
    <message>
        <source>&amp;Slug:</source>
        <translation>&amp;Slug:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Bes&amp;chreibung:</translation>
    </message>
    <message>
        <source>Granted by:</source>
        <translation>Gewährt von:</translation>
    </message>
    <message>
        <source>Edit slug</source>
        <translation>Slug bearbeiten</translation>
    </message>
    <message>
        <source>Edit name</source>
        <translation>Namen bearbeiten</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Beschreibung bearbeiten</translation>
    </message>
    <message>
        <source>A permission's slug cannot change: roles and tokens name the permission by it. Create a new permission instead.</source>
        <translation>Der Slug einer Berechtigung kann sich nicht ändern: Rollen und Token benennen die Berechtigung damit. Erstellen Sie stattdessen eine neue Berechtigung.</translation>
    </message>
    <message>
        <source>No role yet: grant it on the Roles tab once it is saved.</source>
        <translation>Noch keine Rolle: Gewähren Sie sie nach dem Speichern im Reiter „Rollen“.</translation>
    </message>
    <message>
        <source>No role grants it.</source>
        <translation>Keine Rolle gewährt sie.</translation>
    </message>
    <message>
        <source>Type a name: it is what people see where permissions are listed.</source>
        <translation>Geben Sie einen Namen ein: Er erscheint überall, wo Berechtigungen aufgelistet sind.</translation>
    </message>
    <message>
        <source>New permission</source>
        <translation>Neue Berechtigung</translation>
    </message>
    <message>
        <source>The slug names the permission in roles and tokens; it cannot be changed later.</source>
        <translation>Der Slug benennt die Berechtigung in Rollen und Token; er kann später nicht geändert werden.</translation>
    </message>
    <message>
        <source>Permission %1</source>
        <translation>Berechtigung %1</translation>
    </message>
    <message>
        <source>Created permission %1</source>
        <translation>Berechtigung %1 erstellt</translation>
    </message>
    <message>
        <source>Saved permission %1</source>
        <translation>Berechtigung %1 gespeichert</translation>
    </message>
    <message>
        <source>The permission %1</source>
        <translation>Die Berechtigung %1</translation>
    </message>
    <message>
        <source>Delete Permission</source>
        <translation>Berechtigung löschen</translation>
    </message>
    <message>
        <source>Delete the permission %1? Roles that grant it must drop it first. This cannot be undone.</source>
        <translation>Die Berechtigung %1 löschen? Rollen, die sie gewähren, müssen sie zuerst entfernen. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleted permission %1</source>
        <translation>Berechtigung %1 gelöscht</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::PreviewPanel</name>
    <message>
        <source>Choose a user to preview the claims of their token.</source>
        <translation>Wählen Sie einen Benutzer, um seine Token-Claims zu sehen.</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <source>No user has the email, id or external id “%1”.</source>
        <translation>Kein Benutzer hat die E-Mail-Adresse, ID oder externe ID „%1“.</translation>
    </message>
    <message>
        <source>No organization</source>
        <translation>Keine Organisation</translation>
    </message>
    <message>
        <source>No application</source>
        <translation>Keine Anwendung</translation>
    </message>
    <message>
        <source>Cannot build this user's token: %1</source>
        <translation>Das Token dieses Benutzers kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>No signing key: %1 Choose a temporary key to see a signed token.</source>
        <translation>Kein Signaturschlüssel: %1 Wählen Sie einen temporären Schlüssel, um ein signiertes Token zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>The template has %n error(s): the preview shows the last version that rendered.</source>
        <translation>
            <numerusform>Die Vorlage hat %n Fehler: Die Vorschau zeigt den letzten fehlerfreien Stand.</numerusform>
            <numerusform>Die Vorlage hat %n Fehler: Die Vorschau zeigt den letzten fehlerfreien Stand.</numerusform>
        </translation>
    </message>
    <message>
        <source>This user's token does not render: %1 (%2, line %3)</source>
        <translation>Das Token dieses Benutzers lässt sich nicht rendern: %1 (%2, Zeile %3)</translation>
    </message>
    <message>
        <source>Claims: %1 bytes of the %2-byte budget (warning above %3)</source>
        <translation>Claims: %1 von %2 Byte (Warnung über %3)</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Wird signiert…</translation>
    </message>
    <message>
        <source>Cannot sign: %1</source>
        <translation>Signieren nicht möglich: %1</translation>
    </message>
    <message>
        <source>✔ %1 bytes · verifies with %2</source>
        <translation>✔ %1 Byte · geprüft mit %2</translation>
    </message>
    <message>
        <source>✘ does not verify with %1</source>
        <translation>✘ Prüfung mit %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Looking for a user with %1…</source>
        <translation>Suche nach einem Benutzer mit %1…</translation>
    </message>
    <message>
        <source>Looking for a user without %1…</source>
        <translation>Suche nach einem Benutzer ohne %1…</translation>
    </message>
    <message>
        <source>Cannot search the users: %1</source>
        <translation>Die Benutzer können nicht durchsucht werden: %1</translation>
    </message>
    <message>
        <source>No user has %1.</source>
        <translation>Kein Benutzer hat %1.</translation>
    </message>
    <message>
        <source>Every user has %1.</source>
        <translation>Jeder Benutzer hat %1.</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::RecordPanel</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Create a new record (Ctrl+N)</source>
        <translation>Einen neuen Datensatz erstellen (Strg+N)</translation>
    </message>
    <message>
        <source>Delete the selected record (Delete)</source>
        <translation>Den ausgewählten Datensatz löschen (Entf)</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Die Änderungen speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Discard the changes that are not saved</source>
        <translation>Die ungespeicherten Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>Nichts zu speichern</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved: %1 was changed by someone else meanwhile. Save again to overwrite their changes, or Revert to see them.</source>
        <translation>Nicht gespeichert: %1 wurde inzwischen von jemand anderem geändert. Speichern Sie erneut, um diese Änderungen zu überschreiben, oder klicken Sie auf „Verwerfen“, um sie zu sehen.</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>Kein Datenspeicher geöffnet.</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The changes to %1 are not saved. Discard them?</source>
        <translation>Die Änderungen an „%1“ sind nicht gespeichert. Verwerfen?</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::RoleListModel</name>
    <message>
        <source>Grants no permission</source>
        <translation>Gewährt keine Berechtigung</translation>
    </message>
    <message>
        <source>Grants %1</source>
        <translation>Gewährt %1</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::RolesPage</name>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Rollen</translation>
    </message>
    <message>
        <source>&amp;Permissions</source>
        <translation>Berechti&amp;gungen</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::RolesPanel</name>
    <message>
        <source>New Role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>Filter roles by slug, name or description</source>
        <translation>Rollen nach Slug, Name oder Beschreibung filtern</translation>
    </message>
    <message>
        <source>Loading roles…</source>
        <translation>Rollen werden geladen…</translation>
    </message>
    <message>
        <source>No roles yet.
Create one with New Role (Ctrl+N).</source>
        <translation>Noch keine Rollen.
Erstellen Sie eine mit „Neue Rolle“ (Strg+N).</translation>
    </message>
    <message>
        <source>No role matches “%1”.</source>
        <translation>Keine Rolle entspricht „%1“.</translation>
    </message>
    <message>
        <source>Select a role to see and edit it,
or create one with New Role.</source>
        <translation>Wählen Sie eine Rolle aus, um sie anzusehen und zu bearbeiten,
oder erstellen Sie eine mit „Neue Rolle“.</translation>
    </message>
    <message>
        <source>Cannot load the roles: %1</source>
        <translation>Die Rollen können nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>e.g. billing-admin</source>
        <translation>z. B. billing-admin</translation>
    </message>
    <message>
        <source>e.g. Billing administrator</source>
        <translation>z. B. Abrechnungsadministrator</translation>
    </message>
    <message>
        <source>What members with this role may do</source>
        <translation>Was Mitglieder mit dieser Rolle dürfen</translation>
    </message>
    <message>
        <source>&amp;Slug:</source>
        <translation>&amp;Slug:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Bes&amp;chreibung:</translation>
    </message>
    <message>
        <source>&amp;Permissions:</source>
        <translation>Berech&amp;tigungen:</translation>
    </message>
    <message>
        <source>Edit slug</source>
        <translation>Slug bearbeiten</translation>
    </message>
    <message>
        <source>Edit name</source>
        <translation>Namen bearbeiten</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Beschreibung bearbeiten</translation>
    </message>
    <message>
        <source>A role's slug cannot change: memberships and tokens name the role by it. Create a new role instead.</source>
        <translation>Der Slug einer Rolle kann sich nicht ändern: Mitgliedschaften und Token benennen die Rolle damit. Erstellen Sie stattdessen eine neue Rolle.</translation>
    </message>
    <message>
        <source>Grant %1</source>
        <translation>%1 gewähren</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>%1 entziehen</translation>
    </message>
    <message>
        <source>%1 (no such permission)</source>
        <translation>%1 (Berechtigung existiert nicht)</translation>
    </message>
    <message>
        <source>There is no permission “%1” (it was deleted). Uncheck it to save the role.</source>
        <translation>Es gibt keine Berechtigung „%1“ (sie wurde gelöscht). Entfernen Sie das Häkchen, um die Rolle zu speichern.</translation>
    </message>
    <message>
        <source>There are no permissions yet: create them on the Permissions tab.</source>
        <translation>Es gibt noch keine Berechtigungen: Erstellen Sie sie im Reiter „Berechtigungen“.</translation>
    </message>
    <message>
        <source>%1 of %2 permissions granted</source>
        <translation>%1 von %2 Berechtigungen gewährt</translation>
    </message>
    <message>
        <source>Type a name: it is what people see where roles are listed.</source>
        <translation>Geben Sie einen Namen ein: Er erscheint überall, wo Rollen aufgelistet sind.</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>The slug names the role in memberships and tokens; it cannot be changed later.</source>
        <translation>Der Slug benennt die Rolle in Mitgliedschaften und Token; er kann später nicht geändert werden.</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <source>Created role %1</source>
        <translation>Rolle %1 erstellt</translation>
    </message>
    <message>
        <source>Saved role %1</source>
        <translation>Rolle %1 gespeichert</translation>
    </message>
    <message>
        <source>The role %1</source>
        <translation>Die Rolle %1</translation>
    </message>
    <message>
        <source>Delete Role</source>
        <translation>Rolle löschen</translation>
    </message>
    <message>
        <source>Delete the role %1? Memberships that hold it must be changed first. This cannot be undone.</source>
        <translation>Die Rolle %1 löschen? Mitgliedschaften mit dieser Rolle müssen zuerst geändert werden. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleted role %1</source>
        <translation>Rolle %1 gelöscht</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::RolloutDialog</name>
    <message>
        <source>Cancel Check</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Promote to Production</source>
        <translation>In Produktion übernehmen</translation>
    </message>
    <message>
        <source>Rollout Check: %1 version %2</source>
        <translation>Rollout-Prüfung: %1, Version %2</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>Token Sizes</source>
        <translation>Token-Größen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Rendering version %1 and the production version of %2 for every user…</source>
        <translation>Version %1 und die Produktionsversion von %2 werden für jeden Benutzer gerendert…</translation>
    </message>
    <message>
        <source>Rollout check of %1</source>
        <translation>Rollout-Prüfung von %1</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>Die Prüfung konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>promoted without a rollout check (override)</source>
        <translation>ohne Rollout-Prüfung übernommen (Ausnahme)</translation>
    </message>
    <message>
        <source>%1 users checked in %2 s%3: %4 changed, %5 unchanged, %6 failed, %7 over the %8-byte budget.</source>
        <translation>%1 Benutzer in %2 s geprüft%3: %4 geändert, %5 unverändert, %6 fehlgeschlagen, %7 über dem Budget von %8 Byte.</translation>
    </message>
    <message>
        <source> (cancelled: the figures cover the users done)</source>
        <translation> (abgebrochen: Die Zahlen umfassen nur die bereits geprüften Benutzer)</translation>
    </message>
    <message>
        <source>line %1, column %2%3</source>
        <translation>Zeile %1, Spalte %2%3</translation>
    </message>
    <message>
        <source>Failures (%1)</source>
        <translation>Fehlschläge (%1)</translation>
    </message>
    <message>
        <source>Budget: %1 bytes (T403 warns above it); limit: %2 bytes.</source>
        <translation>Budget: %1 Byte (darüber warnt T403); Grenze: %2 Byte.</translation>
    </message>
    <message>
        <source>Largest tokens</source>
        <translation>Größte Token</translation>
    </message>
    <message>
        <source>Promote Anyway…</source>
        <translation>Trotzdem übernehmen…</translation>
    </message>
    <message>
        <source>Promote Anyway</source>
        <translation>Trotzdem übernehmen</translation>
    </message>
    <message>
        <source>The check found %1 users whose token fails and %2 over the size budget%3. Promoting anyway is written to the audit log as an override.</source>
        <translation>Die Prüfung hat %1 Benutzer mit fehlerhaftem Token und %2 über dem Größenbudget gefunden%3. Wenn Sie trotzdem übernehmen, wird dies im Prüfprotokoll als Ausnahme vermerkt.</translation>
    </message>
    <message>
        <source>, and it did not check every user</source>
        <translation>, und sie hat nicht alle Benutzer geprüft</translation>
    </message>
    <message>
        <source>Export Report as CSV</source>
        <translation>Bericht als CSV exportieren</translation>
    </message>
    <message>
        <source>Export Report as JSON</source>
        <translation>Bericht als JSON exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::ServerWatch</name>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Server not answering — checking now…</source>
        <translation>Server antwortet nicht — wird jetzt geprüft…</translation>
    </message>
    <message>
        <source>Server not answering — trying again in %1 s</source>
        <translation>Server antwortet nicht — neuer Versuch in %1 s</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::SigningKeyModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Stillgelegt</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>dd.MM.yyyy HH:mm</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::TemplateCodeEditor</name>
    <message>
        <source>Complete</source>
        <translation>Vervollständigen</translation>
    </message>
    <message>
        <source>Quick Fix…</source>
        <translation>Schnellkorrektur…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formatieren</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Ersetzen…</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Weitersuchen</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>Rückwärts suchen</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>cannot format while the template has syntax errors</source>
        <translation>Formatieren nicht möglich, solange die Vorlage Syntaxfehler hat</translation>
    </message>
    <message>
        <source>No quick fixes here</source>
        <translation>Hier keine Schnellkorrekturen</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::TemplateLexer</name>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>JSON punctuation</source>
        <translation>JSON-Satzzeichen</translation>
    </message>
    <message>
        <source>Member name</source>
        <translation>Feldname</translation>
    </message>
    <message>
        <source>String</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Literal</source>
        <translation>Literal</translation>
    </message>
    <message>
        <source>Hole delimiter</source>
        <translation>Ausdrucksklammer</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Wurzel</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>String in an expression</source>
        <translation>Zeichenkette im Ausdruck</translation>
    </message>
    <message>
        <source>Number in an expression</source>
        <translation>Zahl im Ausdruck</translation>
    </message>
    <message>
        <source>Literal in an expression</source>
        <translation>Literal im Ausdruck</translation>
    </message>
    <message>
        <source>Space in an expression</source>
        <translation>Leerraum im Ausdruck</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Error in an expression</source>
        <translation>Fehler im Ausdruck</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::TemplatesPage</name>
    <message>
        <source>New Template…</source>
        <translation>Neue Vorlage…</translation>
    </message>
    <message>
        <source>Compare with Draft</source>
        <translation>Mit Entwurf vergleichen</translation>
    </message>
    <message>
        <source>Revert to This</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>To Staging</source>
        <translation>In Staging</translation>
    </message>
    <message>
        <source>To Production…</source>
        <translation>In Produktion…</translation>
    </message>
    <message>
        <source>Save Version</source>
        <translation>Version speichern</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Put this version's text in the editor; save it to make it the newest version.</source>
        <translation>Den Text dieser Version in den Editor übernehmen; speichern Sie ihn, um ihn zur neuesten Version zu machen.</translation>
    </message>
    <message>
        <source>What changed (saved with the version)</source>
        <translation>Was geändert wurde (Kommentar zur Version)</translation>
    </message>
    <message>
        <source>Save the draft as a new version (%1)</source>
        <translation>Den Entwurf als neue Version speichern (%1)</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Cannot keep the draft on disk (%1): save a version soon.</source>
        <translation>Der Entwurf kann nicht auf dem Datenträger gesichert werden (%1): Speichern Sie bald eine Version.</translation>
    </message>
    <message>
        <source>New Template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>A new template named “custom-%1” starts with an empty claims object. Rename it later by exporting and importing it.</source>
        <translation>Eine neue Vorlage namens „custom-%1“ beginnt mit einem leeren Claims-Objekt. Umbenennen können Sie sie später durch Exportieren und Importieren.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Cannot list the templates: %1</source>
        <translation>Die Vorlagen können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>production v%1</source>
        <translation>Produktion v%1</translation>
    </message>
    <message>
        <source>staging v%1</source>
        <translation>Staging v%1</translation>
    </message>
    <message>
        <source>Cannot open template %1: %2</source>
        <translation>Die Vorlage %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Your unsaved draft was restored. Save it as a version, or revert to version %1 to drop it.</source>
        <translation>Ihr ungespeicherter Entwurf wurde wiederhergestellt. Speichern Sie ihn als Version oder stellen Sie Version %1 wieder her, um ihn zu verwerfen.</translation>
    </message>
    <message>
        <source>Your unsaved draft was restored. It started from version %1; the newest is now %2 — compare before saving.</source>
        <translation>Ihr ungespeicherter Entwurf wurde wiederhergestellt. Er beruht auf Version %1; die neueste ist jetzt %2 — vergleichen Sie vor dem Speichern.</translation>
    </message>
    <message>
        <source>production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>Wählen Sie eine Vorlage</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>Kein Datenspeicher geöffnet</translation>
    </message>
    <message>
        <source>%1 — draft (not saved)</source>
        <translation>%1 — Entwurf (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Nothing to save: the draft is version %1 as it is.</source>
        <translation>Nichts zu speichern: Der Entwurf ist unverändert Version %1.</translation>
    </message>
    <message>
        <source>Not saved: the template has errors (listed under the editor).</source>
        <translation>Nicht gespeichert: Die Vorlage hat Fehler (unter dem Editor aufgeführt).</translation>
    </message>
    <message>
        <source>Someone saved another version of %1 meanwhile. Your draft is kept: compare it with the newest version, then save again.</source>
        <translation>Inzwischen hat jemand eine andere Version von %1 gespeichert. Ihr Entwurf bleibt erhalten: Vergleichen Sie ihn mit der neuesten Version und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <source>Saved %1 version %2.</source>
        <translation>Version %2 von %1 gespeichert.</translation>
    </message>
    <message>
        <source>Revert to version %1</source>
        <translation>Zurück zu Version %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Version %1 is now %2.</source>
        <translation>Version %1 ist jetzt in %2.</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::UserEditor</name>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Select a user, or create one with Ctrl+N.</source>
        <translation>Wählen Sie einen Benutzer aus oder erstellen Sie einen mit Strg+N.</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>the user's id in your system (optional)</source>
        <translation>die ID des Benutzers in Ihrem System (optional)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>E-&amp;Mail</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <source>E&amp;xternal ID</source>
        <translation>E&amp;xterne ID</translation>
    </message>
    <message>
        <source>Users can change their own user_metadata: do not base access decisions on it.</source>
        <translation>Benutzer können ihre eigenen user_metadata ändern: Stützen Sie keine Zugriffsentscheidungen darauf.</translation>
    </message>
    <message>
        <source>Set by the identity provider at sign-in; read only.</source>
        <translation>Vom Identitätsanbieter bei der Anmeldung gesetzt; schreibgeschützt.</translation>
    </message>
    <message>
        <source>Set by admins and trusted by applications. Values are JSON: text in quotes, numbers, true/false, arrays, objects.</source>
        <translation>Von Administratoren gesetzt und für Anwendungen vertrauenswürdig. Werte sind JSON: Text in Anführungszeichen, Zahlen, true/false, Arrays, Objekte.</translation>
    </message>
    <message>
        <source>Add and change memberships on the Organizations page.</source>
        <translation>Mitgliedschaften fügen Sie auf der Seite „Organisationen“ hinzu und ändern sie dort.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>User Metadata</source>
        <translation>Benutzer-Metadaten</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Mitgliedschaften</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Speichern (%1)</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>Fill in at least the email, then Save.</source>
        <translation>Geben Sie mindestens die E-Mail-Adresse ein und speichern Sie dann.</translation>
    </message>
    <message>
        <source>Created %1 · updated %2 · version %3</source>
        <translation>Erstellt %1 · geändert %2 · Version %3</translation>
    </message>
    <message>
        <source>Edit email</source>
        <translation>E-Mail bearbeiten</translation>
    </message>
    <message>
        <source>Edit verified</source>
        <translation>Verifizierung bearbeiten</translation>
    </message>
    <message>
        <source>Edit first name</source>
        <translation>Vornamen bearbeiten</translation>
    </message>
    <message>
        <source>Edit last name</source>
        <translation>Nachnamen bearbeiten</translation>
    </message>
    <message>
        <source>Edit external ID</source>
        <translation>Externe ID bearbeiten</translation>
    </message>
    <message>
        <source>Edit metadata</source>
        <translation>Metadaten bearbeiten</translation>
    </message>
    <message>
        <source>Edit user metadata</source>
        <translation>Benutzer-Metadaten bearbeiten</translation>
    </message>
    <message>
        <source>A user needs an email.</source>
        <translation>Ein Benutzer braucht eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Created user %1</source>
        <translation>Benutzer %1 erstellt</translation>
    </message>
    <message>
        <source>Saved user %1</source>
        <translation>Benutzer %1 gespeichert</translation>
    </message>
    <message>
        <source>The user %1</source>
        <translation>Der Benutzer %1</translation>
    </message>
    <message>
        <source>Reloaded %1; your changes were discarded.</source>
        <translation>%1 neu geladen; Ihre Änderungen wurden verworfen.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this user. Save again to choose what to keep.</source>
        <translation>Nicht gespeichert: Jemand anderes hat diesen Benutzer geändert. Speichern Sie erneut, um zu wählen, was erhalten bleibt.</translation>
    </message>
    <message>
        <source>Delete User</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>Delete %1 and their memberships? This cannot be undone.</source>
        <translation>%1 und die zugehörigen Mitgliedschaften löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>%1 was changed by someone else; look at the new version before deleting it.</source>
        <translation>%1 wurde von jemand anderem geändert; sehen Sie sich die neue Fassung an, bevor Sie löschen.</translation>
    </message>
    <message>
        <source>Deleted user %1</source>
        <translation>Benutzer %1 gelöscht</translation>
    </message>
    <message>
        <source>SSO</source>
        <translation>SSO</translation>
    </message>
    <message>
        <source>Attributes from the identity provider (read-only)</source>
        <translation>Attribute vom Identitätsanbieter (schreibgeschützt)</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::UserListModel</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::UserMembershipsModel</name>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::UsersPage</name>
    <message>
        <source>Search by email or name prefix, user id or external id</source>
        <translation>Suche nach E-Mail- oder Namensanfang, Benutzer-ID oder externer ID</translation>
    </message>
    <message>
        <source>Metadata Filters</source>
        <translation>Metadatenfilter</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The user you are editing has changes that are not saved. Discard them and open the other user?</source>
        <translation>Der bearbeitete Benutzer hat ungespeicherte Änderungen. Verwerfen und den anderen Benutzer öffnen?</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Metadata columns</source>
        <translation>Metadatenspalten</translation>
    </message>
    <message>
        <source>No metadata keys in this store</source>
        <translation>Keine Metadatenschlüssel in diesem Datenspeicher</translation>
    </message>
    <message>
        <source>Show metadata.%1</source>
        <translation>metadata.%1 anzeigen</translation>
    </message>
    <message>
        <source>No users match this search.</source>
        <translation>Keine Benutzer entsprechen dieser Suche.</translation>
    </message>
    <message>
        <source>No users yet. Create one with Ctrl+N, or import them with claimsmith import.</source>
        <translation>Noch keine Benutzer. Erstellen Sie einen mit Strg+N oder importieren Sie Benutzer mit claimsmith import.</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 Benutzer</translation>
    </message>
    <message numerus="yes">
        <source>%n matching user(s)</source>
        <translation>
            <numerusform>%n passender Benutzer</numerusform>
            <numerusform>%n passende Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1+ matching users</source>
        <translation>%1+ passende Benutzer</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>The user you are editing has changes that are not saved. Discard them and create a new user?</source>
        <translation>Der bearbeitete Benutzer hat ungespeicherte Änderungen. Verwerfen und einen neuen Benutzer erstellen?</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::WelcomePage</name>
    <message>
        <source>Welcome to Claimsmith</source>
        <translation>Willkommen bei Claimsmith</translation>
    </message>
    <message>
        <source>Open a store to manage its users, organizations and JWT templates, or create a new one. A store is a single file; &lt;tt&gt;claimsmith demo --store FILE&lt;/tt&gt; makes one with realistic sample data.</source>
        <translation>Öffnen Sie einen Datenspeicher, um seine Benutzer, Organisationen und JWT-Vorlagen zu verwalten, oder erstellen Sie einen neuen. Ein Datenspeicher ist eine einzelne Datei; &lt;tt&gt;claimsmith demo --store DATEI&lt;/tt&gt; erstellt einen mit realistischen Beispieldaten.</translation>
    </message>
    <message>
        <source>New Store…</source>
        <translation>Neuer Datenspeicher…</translation>
    </message>
    <message>
        <source>Open Store…</source>
        <translation>Datenspeicher öffnen…</translation>
    </message>
    <message>
        <source>Recent stores</source>
        <translation>Zuletzt geöffnete Datenspeicher</translation>
    </message>
    <message>
        <source>No recent stores</source>
        <translation>Keine zuletzt geöffneten Datenspeicher</translation>
    </message>
    <message>
        <source>Connect to Server…</source>
        <translation>Mit Server verbinden…</translation>
    </message>
    <message>
        <source>Work on a store that a Claimsmith server shares (claimsmith serve)</source>
        <translation>Mit einem Datenspeicher arbeiten, den ein Claimsmith-Server bereitstellt (claimsmith serve)</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::inspector::ClaimTimesView</name>
    <message>
        <source>%1
%2 seconds since 1970</source>
        <translation>%1
%2 Sekunden seit 1970</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Lebensdauer</translation>
    </message>
    <message>
        <source>from %1 to exp</source>
        <translation>von %1 bis exp</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::inspector::InspectionView</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Copy Header JSON</source>
        <translation>Header-JSON kopieren</translation>
    </message>
    <message>
        <source>Copy the decoded header to the clipboard</source>
        <translation>Den dekodierten Header in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy Payload JSON</source>
        <translation>Payload-JSON kopieren</translation>
    </message>
    <message>
        <source>Copy the decoded claims to the clipboard</source>
        <translation>Die dekodierten Claims in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>Problems (%1) and notes (%2)</source>
        <translation>Probleme (%1) und Hinweise (%2)</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Hinweise (%1)</translation>
    </message>
    <message>
        <source>Problems: none</source>
        <translation>Probleme: keine</translation>
    </message>
    <message>
        <source>cannot be decoded</source>
        <translation>nicht dekodierbar</translation>
    </message>
    <message>
        <source>damaged: shown as far as it decodes</source>
        <translation>beschädigt: angezeigt, soweit dekodierbar</translation>
    </message>
    <message>
        <source>not JSON: shown as text</source>
        <translation>kein JSON: als Text angezeigt</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>1 claim</source>
        <translation>1 Claim</translation>
    </message>
    <message>
        <source>%1 claims</source>
        <translation>%1 Claims</translation>
    </message>
    <message>
        <source>; long values are cut here, the copy buttons copy them whole</source>
        <translation>; lange Werte sind hier gekürzt, die Kopierschaltflächen kopieren sie vollständig</translation>
    </message>
    <message>
        <source>(no kid)</source>
        <translation>(ohne kid)</translation>
    </message>
    <message>
        <source>Malformed token</source>
        <translation>Fehlerhaftes Token</translation>
    </message>
    <message>
        <source>Signature invalid</source>
        <translation>Signatur ungültig</translation>
    </message>
    <message>
        <source>Not verified: no matching key</source>
        <translation>Nicht geprüft: kein passender Schlüssel</translation>
    </message>
    <message>
        <source>Token rejected: a check failed</source>
        <translation>Token abgelehnt: Eine Prüfung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Token rejected: %1 checks failed</source>
        <translation>Token abgelehnt: %1 Prüfungen sind fehlgeschlagen</translation>
    </message>
    <message>
        <source>The signature matches key %1 (%2), but: %3</source>
        <translation>Die Signatur passt zum Schlüssel %1 (%2), aber: %3</translation>
    </message>
    <message>
        <source>Not checked: no key</source>
        <translation>Nicht geprüft: kein Schlüssel</translation>
    </message>
    <message>
        <source>The token is rejected whatever its signature: %1</source>
        <translation>Das Token wird unabhängig von seiner Signatur abgelehnt: %1</translation>
    </message>
    <message>
        <source>Anyone can write a token that decodes like this one. Use the store's keys or paste the issuer's key to verify its signature.</source>
        <translation>Jeder kann ein Token schreiben, das sich so wie dieses dekodieren lässt. Verwenden Sie die Schlüssel des Datenspeichers oder fügen Sie den Schlüssel des Ausstellers ein, um seine Signatur zu prüfen.</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>Every check passed, with a warning below.</source>
        <translation>Alle Prüfungen bestanden, mit einer Warnung (siehe unten).</translation>
    </message>
    <message>
        <source>Every check passed, with %1 warnings below.</source>
        <translation>Alle Prüfungen bestanden, mit %1 Warnungen (siehe unten).</translation>
    </message>
    <message>
        <source>The audience and issuer were not checked: set the expected values to check them too.</source>
        <translation>Zielgruppe und Aussteller wurden nicht geprüft: Legen Sie die erwarteten Werte fest, um auch diese zu prüfen.</translation>
    </message>
    <message>
        <source>Signature valid, signed by key %1 (%2)</source>
        <translation>Signatur gültig, signiert mit Schlüssel %1 (%2)</translation>
    </message>
    <message>
        <source>Header JSON copied</source>
        <translation>Header-JSON kopiert</translation>
    </message>
    <message>
        <source>Payload JSON copied</source>
        <translation>Payload-JSON kopiert</translation>
    </message>
    <message>
        <source>Payload copied</source>
        <translation>Payload kopiert</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::inspector::ProblemList</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>The claim or header member this is about</source>
        <translation>Der Claim oder das Header-Feld, um das es geht</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Select this place in the token</source>
        <translation>Diese Stelle im Token markieren</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::inspector::TokenField</name>
    <message>
        <source>Paste a token here (Ctrl+V): eyJhbGciOi…

A “Bearer” prefix, quotes and line breaks are fine; they are left out and reported.</source>
        <translation>Fügen Sie hier ein Token ein (Strg+V): eyJhbGciOi…

Ein Präfix „Bearer“, Anführungszeichen und Zeilenumbrüche sind kein Problem; sie werden weggelassen und gemeldet.</translation>
    </message>
    <message>
        <source>This text is %1 characters long: too long to edit here, so it is shown shortened. It is decoded and checked in full. Paste another token or clear the field to go on.</source>
        <translation>Dieser Text ist %1 Zeichen lang: zu lang, um ihn hier zu bearbeiten, daher wird er gekürzt angezeigt. Dekodiert und geprüft wird er vollständig. Fügen Sie ein anderes Token ein oder leeren Sie das Feld, um fortzufahren.</translation>
    </message>
    <message>
        <source>%1 characters not shown</source>
        <translation>%1 Zeichen nicht angezeigt</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::inspector::VerificationPanel</name>
    <message>
        <source>Fixed:</source>
        <translation>Fest:</translation>
    </message>
    <message>
        <source>This store's signing keys</source>
        <translation>Signaturschlüssel dieses Datenspeichers</translation>
    </message>
    <message>
        <source>A key I paste (JWK, JWKS or PEM)</source>
        <translation>Ein eingefügter Schlüssel (JWK, JWKS oder PEM)</translation>
    </message>
    <message>
        <source>Which keys the signature is checked with</source>
        <translation>Mit welchen Schlüsseln die Signatur geprüft wird</translation>
    </message>
    <message>
        <source>Forget Key</source>
        <translation>Schlüssel vergessen</translation>
    </message>
    <message>
        <source>Clear the pasted key</source>
        <translation>Den eingefügten Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Paste the issuer's public key: a JWK {"kty": …}, a JWKS {"keys": […]} or a PEM key (-----BEGIN PUBLIC KEY-----). A private key works too: only its public part is kept.</source>
        <translation>Fügen Sie den öffentlichen Schlüssel des Ausstellers ein: einen JWK {"kty": …}, ein JWKS {"keys": […]} oder einen PEM-Schlüssel (-----BEGIN PUBLIC KEY-----). Ein privater Schlüssel geht auch: Nur sein öffentlicher Teil wird behalten.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>When set, the token's "aud" must contain this value</source>
        <translation>Wenn gesetzt, muss "aud" des Tokens diesen Wert enthalten</translation>
    </message>
    <message>
        <source>When set, the token's "iss" must be exactly this</source>
        <translation>Wenn gesetzt, muss "iss" des Tokens genau diesem Wert entsprechen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Clock skew allowed when checking exp, nbf and iat</source>
        <translation>Erlaubte Uhrenabweichung beim Prüfen von exp, nbf und iat</translation>
    </message>
    <message>
        <source>Check the token as of the time beside instead of now</source>
        <translation>Das Token zum nebenstehenden Zeitpunkt statt zur aktuellen Zeit prüfen</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>&amp;Verify with</source>
        <translation>&amp;Prüfen mit</translation>
    </message>
    <message>
        <source>Expected &amp;audience</source>
        <translation>Erwartete &amp;Zielgruppe</translation>
    </message>
    <message>
        <source>Expected &amp;issuer</source>
        <translation>Erwarteter A&amp;ussteller</translation>
    </message>
    <message>
        <source>&amp;Leeway</source>
        <translation>&amp;Toleranz</translation>
    </message>
    <message>
        <source>Check time</source>
        <translation>Prüfzeitpunkt</translation>
    </message>
    <message>
        <source>When set, the token's "iss" must be exactly this. This store issues tokens as %1.</source>
        <translation>Wenn gesetzt, muss "iss" des Tokens genau diesem Wert entsprechen. Dieser Datenspeicher stellt Token als %1 aus.</translation>
    </message>
    <message>
        <source>The secret is kept in memory only, to verify; it is never shown.</source>
        <translation>Das Geheimnis wird nur zum Prüfen im Arbeitsspeicher gehalten; es wird nie angezeigt.</translation>
    </message>
    <message>
        <source>A private key was pasted: only its public part is kept and shown above.</source>
        <translation>Ein privater Schlüssel wurde eingefügt: Nur sein öffentlicher Teil wird behalten und oben angezeigt.</translation>
    </message>
    <message>
        <source>No store is open: paste a key instead.</source>
        <translation>Kein Datenspeicher geöffnet: Fügen Sie stattdessen einen Schlüssel ein.</translation>
    </message>
    <message>
        <source>Reading the store's signing keys…</source>
        <translation>Signaturschlüssel des Datenspeichers werden gelesen…</translation>
    </message>
    <message>
        <source>The store's signing keys could not be read: %1</source>
        <translation>Die Signaturschlüssel des Datenspeichers konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This store has no signing keys yet: generate one on the Signing Keys page, or paste a key.</source>
        <translation>Dieser Datenspeicher hat noch keine Signaturschlüssel: Erzeugen Sie einen auf der Seite „Signaturschlüssel“ oder fügen Sie einen Schlüssel ein.</translation>
    </message>
    <message>
        <source>The store's keys, retired ones included: %1.</source>
        <translation>Schlüssel des Datenspeichers, stillgelegte eingeschlossen: %1.</translation>
    </message>
    <message>
        <source>Reading the key…</source>
        <translation>Schlüssel wird gelesen…</translation>
    </message>
    <message>
        <source>No key: the token is decoded but its signature is not checked.</source>
        <translation>Kein Schlüssel: Das Token wird dekodiert, aber seine Signatur wird nicht geprüft.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Claimsmith desktop application</source>
        <translation>Claimsmith-Desktopanwendung</translation>
    </message>
    <message>
        <source>The store to open.</source>
        <translation>Der zu öffnende Datenspeicher.</translation>
    </message>
    <message>
        <source>Photograph every page into the directory, then quit.</source>
        <translation>Jede Seite als Bildschirmfoto im Verzeichnis ablegen, dann beenden.</translation>
    </message>
    <message>
        <source>With --screenshots: only this page.</source>
        <translation>Mit --screenshots: nur diese Seite.</translation>
    </message>
    <message>
        <source>Use a dark palette (for screenshots).</source>
        <translation>Eine dunkle Farbpalette verwenden (für Bildschirmfotos).</translation>
    </message>
    <message>
        <source>The Claimsmith server to connect to; the API key comes from CLAIMSMITH_API_KEY or the keychain.</source>
        <translation>Der Claimsmith-Server, mit dem verbunden wird; der API-Schlüssel kommt aus CLAIMSMITH_API_KEY oder dem Schlüsselbund.</translation>
    </message>
</context>
</TS>