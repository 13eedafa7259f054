<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>claimsmith::ui::MainWindow</name>
    <message>
        <source>Claimsmith</source>
        <translation>Claimsmith</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Browse, search and edit users and their metadata.</source>
        <translation>Benutzer und ihre Metadaten durchsuchen und bearbeiten.</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Organizations with their domains, metadata and members.</source>
        <translation>Organisationen mit ihren Domains, Metadaten und Mitgliedern.</translation>
    </message>
    <message>
        <source>Roles &amp; Permissions</source>
        <translation>Rollen &amp; Berechtigungen</translation>
    </message>
    <message>
        <source>Roles and the permissions they grant.</source>
        <translation>Rollen und die Berechtigungen, die sie gewähren.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>Applications, their client metadata and token settings.</source>
        <translation>Anwendungen, ihre Client-Metadaten und Token-Einstellungen.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Edit JWT templates with a live preview of the claims.</source>
        <translation>JWT-Vorlagen mit einer Live-Vorschau der Claims bearbeiten.</translation>
    </message>
    <message>
        <source>Signing Keys</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>Generate, activate and retire signing keys.</source>
        <translation>Signaturschlüssel erzeugen, aktivieren und außer Dienst stellen.</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Every change, who made it and what changed.</source>
        <translation>Jede Änderung: wer sie gemacht hat und was sich geändert hat.</translation>
    </message>
    <message>
        <source>Token Inspector</source>
        <translation>Token-Prüfung</translation>
    </message>
    <message>
        <source>Paste a token to decode and verify it.</source>
        <translation>Ein Token einfügen, um es zu dekodieren und zu prüfen.</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>Kein Datenspeicher geöffnet</translation>
    </message>
    <message>
        <source>Claimsmith — %1</source>
        <translation>Claimsmith — %1</translation>
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
</context>
</TS>