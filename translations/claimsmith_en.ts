<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>claimsmith::ui::MainWindow</name>
    <message>
        <source>Claimsmith</source>
        <translation>Claimsmith</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Browse, search and edit users and their metadata.</source>
        <translation>Browse, search and edit users and their metadata.</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <source>Organizations with their domains, metadata and members.</source>
        <translation>Organizations with their domains, metadata and members.</translation>
    </message>
    <message>
        <source>Roles &amp; Permissions</source>
        <translation>Roles &amp; Permissions</translation>
    </message>
    <message>
        <source>Roles and the permissions they grant.</source>
        <translation>Roles and the permissions they grant.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Applications, their client metadata and token settings.</source>
        <translation>Applications, their client metadata and token settings.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Edit JWT templates with a live preview of the claims.</source>
        <translation>Edit JWT templates with a live preview of the claims.</translation>
    </message>
    <message>
        <source>Signing Keys</source>
        <translation>Signing Keys</translation>
    </message>
    <message>
        <source>Generate, activate and retire signing keys.</source>
        <translation>Generate, activate and retire signing keys.</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Audit Log</translation>
    </message>
    <message>
        <source>Every change, who made it and what changed.</source>
        <translation>Every change, who made it and what changed.</translation>
    </message>
    <message>
        <source>Token Inspector</source>
        <translation>Token Inspector</translation>
    </message>
    <message>
        <source>Paste a token to decode and verify it.</source>
        <translation>Paste a token to decode and verify it.</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>No store open</translation>
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
        <translation>Claimsmith desktop application</translation>
    </message>
    <message>
        <source>The store to open.</source>
        <translation>The store to open.</translation>
    </message>
</context>
</TS>