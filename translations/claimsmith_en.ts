<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>InspectionReport</name>
    <message>
        <source>header</source>
        <translation>header</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>payload</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>part %1</source>
        <translation>part %1</translation>
    </message>
    <message>
        <source>Part %1 (the %2), character %3 of the pasted text: %4</source>
        <translation>Part %1 (the %2), character %3 of the pasted text: %4</translation>
    </message>
    <message>
        <source>The third dot, at character %1 of the pasted text, starts a part too many.</source>
        <translation>The third dot, at character %1 of the pasted text, starts a part too many.</translation>
    </message>
    <message>
        <source>The only dot is at character %1 of the pasted text; the part after it is the last one.</source>
        <translation>The only dot is at character %1 of the pasted text; the part after it is the last one.</translation>
    </message>
    <message>
        <source>There is no dot in the pasted text.</source>
        <translation>There is no dot in the pasted text.</translation>
    </message>
    <message>
        <source>… (%1 more characters)</source>
        <translation>… (%1 more characters)</translation>
    </message>
    <message>
        <source>header %1</source>
        <translation>header %1</translation>
    </message>
    <message>
        <source>The key that signed this token is retired%1: the store's JWKS no longer publishes it, so services that fetch the JWKS reject the token.</source>
        <translation>The key that signed this token is retired%1: the store's JWKS no longer publishes it, so services that fetch the JWKS reject the token.</translation>
    </message>
    <message>
        <source> (since %1)</source>
        <translation> (since %1)</translation>
    </message>
    <message>
        <source>header kid</source>
        <translation>header kid</translation>
    </message>
    <message>
        <source>The key that signed this token is the store's next key, not the active one. The JWKS already publishes it, so services accept the token.</source>
        <translation>The key that signed this token is the store's next key, not the active one. The JWKS already publishes it, so services accept the token.</translation>
    </message>
</context>
<context>
    <name>Lifetime</name>
    <message>
        <source>1 year</source>
        <translation>1 year</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hour</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 second</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 hours</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 seconds</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <source>Roles &amp; Permissions</source>
        <translation>Roles &amp; Permissions</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Signing Keys</source>
        <translation>Signing Keys</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Audit Log</translation>
    </message>
    <message>
        <source>Token Inspector</source>
        <translation>Token Inspector</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>key %1 (%2)</source>
        <translation>key %1 (%2)</translation>
    </message>
    <message>
        <source>a temporary %1 key</source>
        <translation>a temporary %1 key</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>%1 was changed since you opened it. Your changes are not saved yet. Keep editing, reload theirs (yours are discarded), or overwrite theirs with yours.</source>
        <translation>%1 was changed since you opened it. Your changes are not saved yet. Keep editing, reload theirs (yours are discarded), or overwrite theirs with yours.</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>Theirs (saved)</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Keep Editing</translation>
    </message>
    <message>
        <source>Reload Theirs</source>
        <translation>Reload Theirs</translation>
    </message>
    <message>
        <source>Overwrite with Mine</source>
        <translation>Overwrite with Mine</translation>
    </message>
</context>
<context>
    <name>RolloutDialog</name>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
</context>
<context>
    <name>Slug</name>
    <message>
        <source>Type a slug: 1 to 100 letters, digits, '-', '_', ':' or '.'.</source>
        <translation>Type a slug: 1 to 100 letters, digits, '-', '_', ':' or '.'.</translation>
    </message>
    <message>
        <source>A slug is at most 100 characters; this one has %1.</source>
        <translation>A slug is at most 100 characters; this one has %1.</translation>
    </message>
    <message>
        <source>A slug cannot contain spaces; use '-' or '_' instead.</source>
        <translation>A slug cannot contain spaces; use '-' or '_' instead.</translation>
    </message>
    <message>
        <source>A slug holds only letters a-z and A-Z, digits, '-', '_', ':' and '.'; "%1" is not allowed.</source>
        <translation>A slug holds only letters a-z and A-Z, digits, '-', '_', ':' and '.'; "%1" is not allowed.</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>a very long time</source>
        <translation>a very long time</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 second</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 seconds</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hour</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 hours</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 month</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 months</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 year</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>expires in %1</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>expired %1 ago</translation>
    </message>
    <message>
        <source>valid in %1</source>
        <translation>valid in %1</translation>
    </message>
    <message>
        <source>became valid %1 ago</source>
        <translation>became valid %1 ago</translation>
    </message>
    <message>
        <source>issued %1 in the future</source>
        <translation>issued %1 in the future</translation>
    </message>
    <message>
        <source>issued %1 ago</source>
        <translation>issued %1 ago</translation>
    </message>
    <message>
        <source>signed in %1 in the future</source>
        <translation>signed in %1 in the future</translation>
    </message>
    <message>
        <source>signed in %1 ago</source>
        <translation>signed in %1 ago</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 ago</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Not before</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>Authenticated</translation>
    </message>
    <message>
        <source>%1 seconds since 1970 (beyond the year 9999)</source>
        <translation>%1 seconds since 1970 (beyond the year 9999)</translation>
    </message>
</context>
<context>
    <name>TokenLayout</name>
    <message>
        <source>The “Authorization: Bearer” prefix of an HTTP header was left out; the token is what follows it.</source>
        <translation>The “Authorization: Bearer” prefix of an HTTP header was left out; the token is what follows it.</translation>
    </message>
    <message>
        <source>The “Bearer” prefix was left out; the token is what follows it.</source>
        <translation>The “Bearer” prefix was left out; the token is what follows it.</translation>
    </message>
    <message>
        <source>The quotes around the token were left out.</source>
        <translation>The quotes around the token were left out.</translation>
    </message>
    <message>
        <source>The token had whitespace inside it (%1, the first at character %2); it was removed before decoding. A service that receives the token as pasted would reject it, so check where the line breaks came from.</source>
        <translation>The token had whitespace inside it (%1, the first at character %2); it was removed before decoding. A service that receives the token as pasted would reject it, so check where the line breaks came from.</translation>
    </message>
    <message>
        <source>one place</source>
        <translation>one place</translation>
    </message>
    <message>
        <source>%1 places</source>
        <translation>%1 places</translation>
    </message>
    <message>
        <source>Whitespace around the token was left out.</source>
        <translation>Whitespace around the token was left out.</translation>
    </message>
</context>
<context>
    <name>VerificationKeys</name>
    <message>
        <source>This PEM key cannot be used: %1</source>
        <translation>This PEM key cannot be used: %1</translation>
    </message>
    <message>
        <source>This is not a JWK, a JWKS or a PEM key: the JSON has an error at line %1, column %2 (%3).</source>
        <translation>This is not a JWK, a JWKS or a PEM key: the JSON has an error at line %1, column %2 (%3).</translation>
    </message>
    <message>
        <source>This JWKS cannot be used: %1</source>
        <translation>This JWKS cannot be used: %1</translation>
    </message>
    <message>
        <source>This JWKS has no keys.</source>
        <translation>This JWKS has no keys.</translation>
    </message>
    <message>
        <source>This JWK cannot be used: %1</source>
        <translation>This JWK cannot be used: %1</translation>
    </message>
    <message>
        <source>RSA, %1 bits</source>
        <translation>RSA, %1 bits</translation>
    </message>
    <message>
        <source>EC %1</source>
        <translation>EC %1</translation>
    </message>
    <message>
        <source>HMAC secret, %1 bits</source>
        <translation>HMAC secret, %1 bits</translation>
    </message>
    <message>
        <source>No keys</source>
        <translation>No keys</translation>
    </message>
    <message>
        <source>%1 key, no kid</source>
        <translation>%1 key, no kid</translation>
    </message>
    <message>
        <source>%1 key, kid %2</source>
        <translation>%1 key, kid %2</translation>
    </message>
    <message>
        <source>%1 keys: %2</source>
        <translation>%1 keys: %2</translation>
    </message>
</context>
<context>
    <name>VersionDiff</name>
    <message>
        <source>Compare %1 with %2</source>
        <translation>Compare %1 with %2</translation>
    </message>
    <message>
        <source>The two are the same.</source>
        <translation>The two are the same.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) differ.</source>
        <translation>
            <numerusform>%n line differs.</numerusform>
            <numerusform>%n lines differ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>claimsmith::ui</name>
    <message>
        <source>a user with %1</source>
        <translation>a user with %1</translation>
    </message>
    <message>
        <source>a user without %1</source>
        <translation>a user without %1</translation>
    </message>
    <message>
        <source>Preview the token of a user whose %1 is set.</source>
        <translation>Preview the token of a user whose %1 is set.</translation>
    </message>
    <message>
        <source>Preview the token of a user who lacks %1: what such users get.</source>
        <translation>Preview the token of a user who lacks %1: what such users get.</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::ApplicationListModel</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (default)</translation>
    </message>
    <message>
        <source>The default application: the oldest one, used when a token names no application.</source>
        <translation>The default application: the oldest one, used when a token names no application.</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 seconds</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Token lifetime</source>
        <translation>Token lifetime</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::ApplicationsPanel</name>
    <message>
        <source>New Application</source>
        <translation>New Application</translation>
    </message>
    <message>
        <source>Filter by name, client id or template</source>
        <translation>Filter by name, client id or template</translation>
    </message>
    <message>
        <source>Loading applications…</source>
        <translation>Loading applications…</translation>
    </message>
    <message>
        <source>No applications yet.
Create one with New Application (Ctrl+N).</source>
        <translation>No applications yet.
Create one with New Application (Ctrl+N).</translation>
    </message>
    <message>
        <source>No application matches “%1”.</source>
        <translation>No application matches “%1”.</translation>
    </message>
    <message>
        <source>Select an application to see and edit it,
or create one with New Application.</source>
        <translation>Select an application to see and edit it,
or create one with New Application.</translation>
    </message>
    <message>
        <source>Cannot load the applications: %1</source>
        <translation>Cannot load the applications: %1</translation>
    </message>
    <message>
        <source>e.g. Customer portal</source>
        <translation>e.g. Customer portal</translation>
    </message>
    <message>
        <source>Generated when saved</source>
        <translation>Generated when saved</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Presets</translation>
    </message>
    <message>
        <source>Common token lifetimes</source>
        <translation>Common token lifetimes</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client ID:</translation>
    </message>
    <message>
        <source>Token &amp;lifetime:</source>
        <translation>Token &amp;lifetime:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>&amp;Metadata:</source>
        <translation>&amp;Metadata:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Updated:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Edit name</source>
        <translation>Edit name</translation>
    </message>
    <message>
        <source>Edit client id</source>
        <translation>Edit client id</translation>
    </message>
    <message>
        <source>Edit token lifetime</source>
        <translation>Edit token lifetime</translation>
    </message>
    <message>
        <source>Choose template</source>
        <translation>Choose template</translation>
    </message>
    <message>
        <source>Edit metadata</source>
        <translation>Edit metadata</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (missing)</translation>
    </message>
    <message>
        <source>There is no template “%1”: tokens for this application cannot be issued until it exists. Create it on the Templates page, or choose another.</source>
        <translation>There is no template “%1”: tokens for this application cannot be issued until it exists. Create it on the Templates page, or choose another.</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>Given when saved</source>
        <translation>Given when saved</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>The client id is generated when it is left empty.</source>
        <translation>The client id is generated when it is left empty.</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Application %1</translation>
    </message>
    <message>
        <source>The default application: the oldest one, used when a token names no application.</source>
        <translation>The default application: the oldest one, used when a token names no application.</translation>
    </message>
    <message>
        <source>Type a name: it is how people tell applications apart.</source>
        <translation>Type a name: it is how people tell applications apart.</translation>
    </message>
    <message>
        <source>Type a client id, or Revert to keep the one it has: tokens are requested with it.</source>
        <translation>Type a client id, or Revert to keep the one it has: tokens are requested with it.</translation>
    </message>
    <message>
        <source>Choose the template of this application's tokens (create one on the Templates page first).</source>
        <translation>Choose the template of this application's tokens (create one on the Templates page first).</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields first.</source>
        <translation>Not saved: correct the marked fields first.</translation>
    </message>
    <message>
        <source>Created application %1</source>
        <translation>Created application %1</translation>
    </message>
    <message>
        <source>Saved application %1</source>
        <translation>Saved application %1</translation>
    </message>
    <message>
        <source>The application %1</source>
        <translation>The application %1</translation>
    </message>
    <message>
        <source>Delete the application %1 (client id %2)? Tokens can no longer be requested with its client id. This cannot be undone.</source>
        <translation>Delete the application %1 (client id %2)? Tokens can no longer be requested with its client id. This cannot be undone.</translation>
    </message>
    <message>
        <source>It is the default application: the next oldest one becomes the default.</source>
        <translation>It is the default application: the next oldest one becomes the default.</translation>
    </message>
    <message>
        <source>Delete Application</source>
        <translation>Delete Application</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Deleted application %1</source>
        <translation>Deleted application %1</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::AuditDiffModel</name>
    <message>
        <source>(value)</source>
        <translation>(value)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::AuditDiffView</name>
    <message>
        <source>Show &amp;unchanged members</source>
        <translation>Show &amp;unchanged members</translation>
    </message>
    <message>
        <source>Select an event to see what it changed.</source>
        <translation>Select an event to see what it changed.</translation>
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
        <translation>By %1 on %2.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Created: every member below is new.</source>
        <translation>Created: every member below is new.</translation>
    </message>
    <message>
        <source>Deleted: the record as it was before.</source>
        <translation>Deleted: the record as it was before.</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 changed</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 added</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 removed</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 unchanged</translation>
    </message>
    <message>
        <source>No member changed.</source>
        <translation>No member changed.</translation>
    </message>
    <message>
        <source>Show &amp;unchanged members (%1)</source>
        <translation>Show &amp;unchanged members (%1)</translation>
    </message>
    <message>
        <source>This event records no values.</source>
        <translation>This event records no values.</translation>
    </message>
    <message>
        <source>Only unchanged members: turn on “Show unchanged members” to see them.</source>
        <translation>Only unchanged members: turn on “Show unchanged members” to see them.</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::AuditEventModel</name>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <translation>yyyy-MM-dd HH:mm:ss</translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <source>Type: %1
ID: %2</source>
        <translation>Type: %1
ID: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::AuditFilterBar</name>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>C&amp;lear Filters</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>Who made the change (exact). Ctrl+F comes here; Escape clears.</source>
        <translation>Who made the change (exact). Ctrl+F comes here; Escape clears.</translation>
    </message>
    <message>
        <source>Any, or e.g. user.update or user.</source>
        <translation>Any, or e.g. user.update or user.</translation>
    </message>
    <message>
        <source>An action (user.update), or a prefix ending in a dot (user.) for every action of that kind</source>
        <translation>An action (user.update), or a prefix ending in a dot (user.) for every action of that kind</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Any target ID</source>
        <translation>Any target ID</translation>
    </message>
    <message>
        <source>The target's ID (exact): user_…, org_…, a key ID, a slug</source>
        <translation>The target's ID (exact): user_…, org_…, a key ID, a slug</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <translation>yyyy-MM-dd HH:mm:ss</translation>
    </message>
    <message>
        <source>From any time (uncheck to choose a start, inclusive)</source>
        <translation>From any time (uncheck to choose a start, inclusive)</translation>
    </message>
    <message>
        <source>Up to now (uncheck to choose an end, inclusive)</source>
        <translation>Up to now (uncheck to choose an end, inclusive)</translation>
    </message>
    <message>
        <source>Ac&amp;tor:</source>
        <translation>Ac&amp;tor:</translation>
    </message>
    <message>
        <source>Acti&amp;on:</source>
        <translation>Acti&amp;on:</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>Tar&amp;get:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>T&amp;o:</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::AuditPage</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Load the newest events (F5)</source>
        <translation>Load the newest events (F5)</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>No store is open.</translation>
    </message>
    <message>
        <source>The audit log could not be loaded:
%1</source>
        <translation>The audit log could not be loaded:
%1</translation>
    </message>
    <message>
        <source>Loading events…</source>
        <translation>Loading events…</translation>
    </message>
    <message>
        <source>The audit log is empty: changes show up here.</source>
        <translation>The audit log is empty: changes show up here.</translation>
    </message>
    <message>
        <source>No events match these filters</source>
        <translation>No events match these filters</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>Events: %1</translation>
    </message>
    <message>
        <source>Events: %1 shown, loading more…</source>
        <translation>Events: %1 shown, loading more…</translation>
    </message>
    <message>
        <source>Events: %1 shown; scroll down for older ones</source>
        <translation>Events: %1 shown; scroll down for older ones</translation>
    </message>
    <message>
        <source>(loading stopped: %1)</source>
        <translation>(loading stopped: %1)</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::Choices</name>
    <message>
        <source>Preview as: email, user id or external id</source>
        <translation>Preview as: email, user id or external id</translation>
    </message>
    <message>
        <source>The store's active key</source>
        <translation>The store's active key</translation>
    </message>
    <message>
        <source>A temporary ES256 key</source>
        <translation>A temporary ES256 key</translation>
    </message>
    <message>
        <source>A temporary RS256 key</source>
        <translation>A temporary RS256 key</translation>
    </message>
    <message>
        <source>A temporary EdDSA key</source>
        <translation>A temporary EdDSA key</translation>
    </message>
    <message>
        <source>A temporary HS256 secret</source>
        <translation>A temporary HS256 secret</translation>
    </message>
    <message>
        <source>Temporary keys live in memory for the preview only and are never stored.</source>
        <translation>Temporary keys live in memory for the preview only and are never stored.</translation>
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
        <translation>Copy Token</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Organization</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>&amp;Application</translation>
    </message>
    <message>
        <source>Signing &amp;key</source>
        <translation>Signing &amp;key</translation>
    </message>
    <message>
        <source>Preview as:</source>
        <translation>Preview as:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Choose a user to preview the claims of their token.</source>
        <translation>Choose a user to preview the claims of their token.</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::ConnectDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Test Connection</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Connect to Server</translation>
    </message>
    <message>
        <source>https://claimsmith.example.com:8443</source>
        <translation>https://claimsmith.example.com:8443</translation>
    </message>
    <message>
        <source>An API key made with claimsmith apikey create</source>
        <translation>An API key made with claimsmith apikey create</translation>
    </message>
    <message>
        <source>The API key is kept in the system keychain, never in the settings file.</source>
        <translation>The API key is kept in the system keychain, never in the settings file.</translation>
    </message>
    <message>
        <source>No system keychain is available: the API key is kept for this session only and asked for again next time.</source>
        <translation>No system keychain is available: the API key is kept for this session only and asked for again next time.</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server &amp;URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API &amp;key:</translation>
    </message>
    <message>
        <source>Enter the server's URL, for example http://127.0.0.1:8080.</source>
        <translation>Enter the server's URL, for example http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>“%1” is not a server URL: write it as http://HOST:PORT or https://HOST:PORT, as claimsmith serve listens.</source>
        <translation>“%1” is not a server URL: write it as http://HOST:PORT or https://HOST:PORT, as claimsmith serve listens.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the URL: the API key goes in its own field.</source>
        <translation>Leave the user name and password out of the URL: the API key goes in its own field.</translation>
    </message>
    <message>
        <source>The server refused the API key. Check the key, or make one on the server with “claimsmith apikey create”.</source>
        <translation>The server refused the API key. Check the key, or make one on the server with “claimsmith apikey create”.</translation>
    </message>
    <message>
        <source>The server does not allow this with the API key. Use an admin key.</source>
        <translation>The server does not allow this with the API key. Use an admin key.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection failed. Use https:// only when the server was started with --tls-cert, and make sure this computer trusts its certificate.</source>
        <translation>The secure (TLS) connection failed. Use https:// only when the server was started with --tls-cert, and make sure this computer trusts its certificate.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check that it is running and reachable from this computer, then try again.</source>
        <translation>The server did not answer in time. Check that it is running and reachable from this computer, then try again.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the URL and that the server is running (claimsmith serve), then try again.</source>
        <translation>Cannot reach the server. Check the URL and that the server is running (claimsmith serve), then try again.</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>The connection failed.</translation>
    </message>
    <message>
        <source>%1

Details: %2</source>
        <translation>%1

Details: %2</translation>
    </message>
    <message>
        <source>Enter the API key (claimsmith apikey create makes one on the server).</source>
        <translation>Enter the API key (claimsmith apikey create makes one on the server).</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Testing the connection to %1…</translation>
    </message>
    <message>
        <source>Connected: the server at %1 answers and accepts the key (%2 users).</source>
        <translation>Connected: the server at %1 answers and accepts the key (%2 users).</translation>
    </message>
    <message>
        <source>The system keychain cannot be used (%1): the API key is kept for this session only.</source>
        <translation>The system keychain cannot be used (%1): the API key is kept for this session only.</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::DiagnosticListModel</name>
    <message>
        <source>Remove “%1”</source>
        <translation>Remove “%1”</translation>
    </message>
    <message>
        <source>Insert “%1”</source>
        <translation>Insert “%1”</translation>
    </message>
    <message>
        <source>Change “%1” to “%2”</source>
        <translation>Change “%1” to “%2”</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Quick fix (%1): %2</source>
        <translation>Quick fix (%1): %2</translation>
    </message>
    <message>
        <source>%1 %2 at line %3, column %4: %5</source>
        <translation>%1 %2 at line %3, column %4: %5</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>line %1, column %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
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
        <translation>Add Domain</translation>
    </message>
    <message>
        <source>No domains.</source>
        <translation>No domains.</translation>
    </message>
    <message>
        <source>Add a domain of this organization</source>
        <translation>Add a domain of this organization</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Type a domain name, or remove the row.</source>
        <translation>Type a domain name, or remove the row.</translation>
    </message>
    <message>
        <source>“%1” is not a domain name; type one like example.com.</source>
        <translation>“%1” is not a domain name; type one like example.com.</translation>
    </message>
    <message>
        <source>“%1” is longer than 253 characters, the most a domain name can have.</source>
        <translation>“%1” is longer than 253 characters, the most a domain name can have.</translation>
    </message>
    <message>
        <source>“%1” needs at least one dot, like example.com.</source>
        <translation>“%1” needs at least one dot, like example.com.</translation>
    </message>
    <message>
        <source>A part of “%1” between dots is longer than 63 characters.</source>
        <translation>A part of “%1” between dots is longer than 63 characters.</translation>
    </message>
    <message>
        <source>“%1” is an address, not a domain name.</source>
        <translation>“%1” is an address, not a domain name.</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Whether the organization has proven that it owns the domain</source>
        <translation>Whether the organization has proven that it owns the domain</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove this domain</source>
        <translation>Remove this domain</translation>
    </message>
    <message>
        <source>“%1” is listed twice; remove one.</source>
        <translation>“%1” is listed twice; remove one.</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::FindBar</name>
    <message>
        <source>Match case</source>
        <translation>Match case</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Replace All</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>No results</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Next match (F3)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Close (Escape)</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::GenerateKeyDialog</name>
    <message>
        <source>ECDSA P-256 (recommended)</source>
        <translation>ECDSA P-256 (recommended)</translation>
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
        <translation>RSA with SHA-%1</translation>
    </message>
    <message>
        <source>RSA-PSS with SHA-%1</source>
        <translation>RSA-PSS with SHA-%1</translation>
    </message>
    <message>
        <source>HMAC with SHA-%1 (shared secret)</source>
        <translation>HMAC with SHA-%1 (shared secret)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>RSA key &amp;size:</source>
        <translation>RSA key &amp;size:</translation>
    </message>
    <message>
        <source>&amp;Next — publish it in the JWKS now, activate it later</source>
        <translation>&amp;Next — publish it in the JWKS now, activate it later</translation>
    </message>
    <message>
        <source>&amp;Active — it signs new tokens from now on</source>
        <translation>&amp;Active — it signs new tokens from now on</translation>
    </message>
    <message>
        <source>Generate Signing Key</source>
        <translation>Generate Signing Key</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 bits</translation>
    </message>
    <message>
        <source>Al&amp;gorithm:</source>
        <translation>Al&amp;gorithm:</translation>
    </message>
    <message>
        <source>The new key becomes</source>
        <translation>The new key becomes</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generate</translation>
    </message>
    <message>
        <source>Supported by every JWT library, with short signatures. Generated at once.</source>
        <translation>Supported by every JWT library, with short signatures. Generated at once.</translation>
    </message>
    <message>
        <source>Fast and compact. Check that every verifier of your tokens supports EdDSA before you make it active.</source>
        <translation>Fast and compact. Check that every verifier of your tokens supports EdDSA before you make it active.</translation>
    </message>
    <message>
        <source>Supported everywhere. A 4096-bit key takes several seconds to generate; you can keep working meanwhile.</source>
        <translation>Supported everywhere. A 4096-bit key takes several seconds to generate; you can keep working meanwhile.</translation>
    </message>
    <message>
        <source>Supported everywhere, with larger keys and signatures than ECDSA.</source>
        <translation>Supported everywhere, with larger keys and signatures than ECDSA.</translation>
    </message>
    <message>
        <source>A shared secret: it has no public form, is not published in the JWKS and is never exported, so only this store can verify the tokens it signs.</source>
        <translation>A shared secret: it has no public form, is not published in the JWKS and is never exported, so only this store can verify the tokens it signs.</translation>
    </message>
    <message>
        <source>The store retires the active key %1: it leaves the JWKS, so tokens it signed stop verifying once verifiers refresh their keys.</source>
        <translation>The store retires the active key %1: it leaves the JWKS, so tokens it signed stop verifying once verifiers refresh their keys.</translation>
    </message>
    <message>
        <source>The store has no active key yet; this one signs tokens at once.</source>
        <translation>The store has no active key yet; this one signs tokens at once.</translation>
    </message>
    <message>
        <source>Verifiers can fetch it from the JWKS before it signs anything. Activate it later under Signing Keys.</source>
        <translation>Verifiers can fetch it from the JWKS before it signs anything. Activate it later under Signing Keys.</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::InspectorPage</name>
    <message>
        <source>Paste Token</source>
        <translation>Paste Token</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <source>Decode a token and check it as a service would: its signature, its times, its audience and issuer. Tokens and keys stay on this computer.</source>
        <translation>Decode a token and check it as a service would: its signature, its times, its audience and issuer. Tokens and keys stay on this computer.</translation>
    </message>
    <message>
        <source>Replace the token with the clipboard's text</source>
        <translation>Replace the token with the clipboard's text</translation>
    </message>
    <message>
        <source>Clear the token</source>
        <translation>Clear the token</translation>
    </message>
    <message>
        <source>Decoding…</source>
        <translation>Decoding…</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Decode and verify a token</source>
        <translation>Decode and verify a token</translation>
    </message>
    <message>
        <source>Paste a JWT, or any signed token in compact form, into the field on the left. As you type it is decoded here: the header and the claims in their own order, the times in your time zone, and every problem in plain words with where it is.

The signature is checked with this store's signing keys, or with a key you paste. Set an expected audience or issuer to check those too.</source>
        <translation>Paste a JWT, or any signed token in compact form, into the field on the left. As you type it is decoded here: the header and the claims in their own order, the times in your time zone, and every problem in plain words with where it is.

The signature is checked with this store's signing keys, or with a key you paste. Set an expected audience or issuer to check those too.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to inspect</source>
        <translation>The clipboard holds no text to inspect</translation>
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
        <translation>Signature</translation>
    </message>
    <message>
        <source>and %1 more parts</source>
        <translation>and %1 more parts</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 characters</translation>
    </message>
    <message>
        <source>The token is too long to show in full; the place is at character %1</source>
        <translation>The token is too long to show in full; the place is at character %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;A token is three base64url parts joined by dots, coloured here as in the field: &lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;To make one from this store: &lt;tt&gt;claimsmith render TEMPLATE --store FILE --user ID --sign&lt;/tt&gt;, or copy the Authorization header of a request; the “Bearer” prefix is fine.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A token is three base64url parts joined by dots, coloured here as in the field: &lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;To make one from this store: &lt;tt&gt;claimsmith render TEMPLATE --store FILE --user ID --sign&lt;/tt&gt;, or copy the Authorization header of a request; the “Bearer” prefix is fine.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::KeyDetailPane</name>
    <message>
        <source>Select a key to see its public key and dates.</source>
        <translation>Select a key to see its public key and dates.</translation>
    </message>
    <message>
        <source>The key ID (RFC 7638 thumbprint), the "kid" of the tokens it signs</source>
        <translation>The key ID (RFC 7638 thumbprint), the "kid" of the tokens it signs</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithm</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Key type</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activated</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Public key (JWK)</source>
        <translation>Public key (JWK)</translation>
    </message>
    <message>
        <source>HMAC keys are shared secrets and have no public form: there is nothing to publish in the JWKS or to export. The secret stays sealed in the store; only this store can verify the tokens the key signs.</source>
        <translation>HMAC keys are shared secrets and have no public form: there is nothing to publish in the JWKS or to export. The secret stays sealed in the store; only this store can verify the tokens the key signs.</translation>
    </message>
    <message>
        <source>HMAC shared secret</source>
        <translation>HMAC shared secret</translation>
    </message>
    <message>
        <source>RSA, %1 bits</source>
        <translation>RSA, %1 bits</translation>
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
        <translation>%1, %2 bits</translation>
    </message>
    <message>
        <source>Generate Key…</source>
        <translation>Generate Key…</translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation>&amp;Generate…</translation>
    </message>
    <message>
        <source>Generate a new signing key (Ctrl+N)</source>
        <translation>Generate a new signing key (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activate</translation>
    </message>
    <message>
        <source>Sign new tokens with the selected key; the active key is retired</source>
        <translation>Sign new tokens with the selected key; the active key is retired</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Retire</translation>
    </message>
    <message>
        <source>Take the selected key out of the JWKS</source>
        <translation>Take the selected key out of the JWKS</translation>
    </message>
    <message>
        <source>Export &amp;JWKS…</source>
        <translation>Export &amp;JWKS…</translation>
    </message>
    <message>
        <source>Save the public keys of the active and next keys as a JWKS file</source>
        <translation>Save the public keys of the active and next keys as a JWKS file</translation>
    </message>
    <message>
        <source>Export &amp;Public Key…</source>
        <translation>Export &amp;Public Key…</translation>
    </message>
    <message>
        <source>Save the selected key's public JWK</source>
        <translation>Save the selected key's public JWK</translation>
    </message>
    <message>
        <source>&amp;Copy Key ID</source>
        <translation>&amp;Copy Key ID</translation>
    </message>
    <message>
        <source>Copy the selected key's ID (Ctrl+C)</source>
        <translation>Copy the selected key's ID (Ctrl+C)</translation>
    </message>
    <message>
        <source>Filter keys (Ctrl+F)</source>
        <translation>Filter keys (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show the keys whose ID, algorithm or state contains this text</source>
        <translation>Show the keys whose ID, algorithm or state contains this text</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard the key being generated</source>
        <translation>Discard the key being generated</translation>
    </message>
    <message>
        <source>Tokens are signed with the active key. The JWKS publishes the active and next keys, so verifiers know a key before it signs.</source>
        <translation>Tokens are signed with the active key. The JWKS publishes the active and next keys, so verifiers know a key before it signs.</translation>
    </message>
    <message>
        <source>Cancelling: the key is discarded when it is ready…</source>
        <translation>Cancelling: the key is discarded when it is ready…</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>No store is open.</translation>
    </message>
    <message>
        <source>The signing keys could not be loaded:
%1</source>
        <translation>The signing keys could not be loaded:
%1</translation>
    </message>
    <message>
        <source>Loading signing keys…</source>
        <translation>Loading signing keys…</translation>
    </message>
    <message>
        <source>No signing keys yet — Generate one (Ctrl+N)</source>
        <translation>No signing keys yet — Generate one (Ctrl+N)</translation>
    </message>
    <message>
        <source>No keys match “%1”. Press Escape in the filter to show every key.</source>
        <translation>No keys match “%1”. Press Escape in the filter to show every key.</translation>
    </message>
    <message>
        <source>HMAC keys have no public form to export</source>
        <translation>HMAC keys have no public form to export</translation>
    </message>
    <message>
        <source>A key is being generated; wait for it or cancel it first.</source>
        <translation>A key is being generated; wait for it or cancel it first.</translation>
    </message>
    <message>
        <source>Generating a %1 key…</source>
        <translation>Generating a %1 key…</translation>
    </message>
    <message>
        <source>Cannot Add Signing Key</source>
        <translation>Cannot Add Signing Key</translation>
    </message>
    <message>
        <source>Key generation cancelled: no key was added.</source>
        <translation>Key generation cancelled: no key was added.</translation>
    </message>
    <message>
        <source>Cannot Generate Signing Key</source>
        <translation>Cannot Generate Signing Key</translation>
    </message>
    <message>
        <source>The %1 key could not be generated: %2</source>
        <translation>The %1 key could not be generated: %2</translation>
    </message>
    <message>
        <source>Generated the %1 key %2 (%3).</source>
        <translation>Generated the %1 key %2 (%3).</translation>
    </message>
    <message>
        <source>Activate the key %1? It signs new tokens from now on.</source>
        <translation>Activate the key %1? It signs new tokens from now on.</translation>
    </message>
    <message>
        <source>The store retires the active key %1: it leaves the JWKS, so tokens it signed stop verifying once verifiers refresh their keys.</source>
        <translation>The store retires the active key %1: it leaves the JWKS, so tokens it signed stop verifying once verifiers refresh their keys.</translation>
    </message>
    <message>
        <source>This key was retired; activating it publishes it in the JWKS again.</source>
        <translation>This key was retired; activating it publishes it in the JWKS again.</translation>
    </message>
    <message>
        <source>Activate Signing Key</source>
        <translation>Activate Signing Key</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>Retire the key %1? It leaves the JWKS: tokens it signed stop verifying once verifiers refresh their keys. A retired key can be activated again.</source>
        <translation>Retire the key %1? It leaves the JWKS: tokens it signed stop verifying once verifiers refresh their keys. A retired key can be activated again.</translation>
    </message>
    <message>
        <source>This is the active key: after retiring it the store has no active key and cannot issue tokens until you activate another one.</source>
        <translation>This is the active key: after retiring it the store has no active key and cannot issue tokens until you activate another one.</translation>
    </message>
    <message>
        <source>To replace it without a gap, activate the next key %1 instead.</source>
        <translation>To replace it without a gap, activate the next key %1 instead.</translation>
    </message>
    <message>
        <source>Retire Signing Key</source>
        <translation>Retire Signing Key</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Cannot Activate Key</source>
        <translation>Cannot Activate Key</translation>
    </message>
    <message>
        <source>Cannot Retire Key</source>
        <translation>Cannot Retire Key</translation>
    </message>
    <message>
        <source>The key %1 is active now.</source>
        <translation>The key %1 is active now.</translation>
    </message>
    <message>
        <source>The key %1 is retired.</source>
        <translation>The key %1 is retired.</translation>
    </message>
    <message>
        <source>The key was changed elsewhere since the list was loaded. The list is reloaded: check the key's state and try again.</source>
        <translation>The key was changed elsewhere since the list was loaded. The list is reloaded: check the key's state and try again.</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Export JWKS</source>
        <translation>Export JWKS</translation>
    </message>
    <message>
        <source>Cannot Export JWKS</source>
        <translation>Cannot Export JWKS</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <source>Saved the JWKS to %1 (public keys: %2).</source>
        <translation>Saved the JWKS to %1 (public keys: %2).</translation>
    </message>
    <message>
        <source>Export Public Key</source>
        <translation>Export Public Key</translation>
    </message>
    <message>
        <source>Saved the public key %1 to %2.</source>
        <translation>Saved the public key %1 to %2.</translation>
    </message>
    <message>
        <source>Cannot Export Public Key</source>
        <translation>Cannot Export Public Key</translation>
    </message>
    <message>
        <source>Copied the key ID %1.</source>
        <translation>Copied the key ID %1.</translation>
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
        <translation>No store open</translation>
    </message>
    <message>
        <source>Claimsmith — %1</source>
        <translation>Claimsmith — %1</translation>
    </message>
    <message>
        <source>Claimsmith stores (*.claimsmith);;All files (*)</source>
        <translation>Claimsmith stores (*.claimsmith);;All files (*)</translation>
    </message>
    <message>
        <source>Working with the store…</source>
        <translation>Working with the store…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New Store…</source>
        <translation>&amp;New Store…</translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation>&amp;Open Store…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Close Store</source>
        <translation>&amp;Close Store</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;New Record</source>
        <translation>&amp;New Record</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>The language changes when Claimsmith starts again.</source>
        <translation>The language changes when Claimsmith starts again.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Claimsmith</source>
        <translation>&amp;About Claimsmith</translation>
    </message>
    <message>
        <source>About Claimsmith</source>
        <translation>About Claimsmith</translation>
    </message>
    <message>
        <source>&lt;b&gt;Claimsmith %1&lt;/b&gt;&lt;p&gt;Users, organizations, metadata and the JWT templates that turn them into token claims.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Claimsmith %1&lt;/b&gt;&lt;p&gt;Users, organizations, metadata and the JWT templates that turn them into token claims.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation>Open Store</translation>
    </message>
    <message>
        <source>New Store</source>
        <translation>New Store</translation>
    </message>
    <message>
        <source>%1 exists already. Open it with File → Open Store, or choose another name.</source>
        <translation>%1 exists already. Open it with File → Open Store, or choose another name.</translation>
    </message>
    <message>
        <source>Open another store</source>
        <translation>Open another store</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>Cannot Open Store</source>
        <translation>Cannot Open Store</translation>
    </message>
    <message>
        <source>Close the store</source>
        <translation>Close the store</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. %2 and lose them?</source>
        <translation>%1 has changes that are not saved. %2 and lose them?</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Discard Changes</translation>
    </message>
    <message>
        <source>%1 users · %2 organizations</source>
        <translation>%1 users · %2 organizations</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Connect to &amp;Server…</translation>
    </message>
    <message>
        <source>Connect to another store</source>
        <translation>Connect to another store</translation>
    </message>
    <message>
        <source>The API key is kept for this session only: there is no system keychain.</source>
        <translation>The API key is kept for this session only: there is no system keychain.</translation>
    </message>
    <message>
        <source>The API key is kept for this session only: the system keychain refused it (%1).</source>
        <translation>The API key is kept for this session only: the system keychain refused it (%1).</translation>
    </message>
    <message>
        <source>Cannot Connect to Server</source>
        <translation>Cannot Connect to Server</translation>
    </message>
    <message>
        <source>The server at %1 answers again; the page is reloaded.</source>
        <translation>The server at %1 answers again; the page is reloaded.</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::MembersPanel</name>
    <message>
        <source>New Member</source>
        <translation>New Member</translation>
    </message>
    <message>
        <source>Remove Member…</source>
        <translation>Remove Member…</translation>
    </message>
    <message>
        <source>Add a user to this organization</source>
        <translation>Add a user to this organization</translation>
    </message>
    <message>
        <source>Remove the selected member from this organization (Delete)</source>
        <translation>Remove the selected member from this organization (Delete)</translation>
    </message>
    <message>
        <source>Email or user id (user_…)</source>
        <translation>Email or user id (user_…)</translation>
    </message>
    <message>
        <source>The member's roles; the first one is the primary role</source>
        <translation>The member's roles; the first one is the primary role</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Could not load the roles: %1</source>
        <translation>Could not load the roles: %1</translation>
    </message>
    <message>
        <source>No roles yet: create them under Roles &amp; Permissions.</source>
        <translation>No roles yet: create them under Roles &amp; Permissions.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>No store is open.</translation>
    </message>
    <message>
        <source>Save the organization first; then you can add members.</source>
        <translation>Save the organization first; then you can add members.</translation>
    </message>
    <message>
        <source>Could not load the members: %1</source>
        <translation>Could not load the members: %1</translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>Loading members…</translation>
    </message>
    <message>
        <source>No members yet. Add one with the form below.</source>
        <translation>No members yet. Add one with the form below.</translation>
    </message>
    <message>
        <source>Add a Member</source>
        <translation>Add a Member</translation>
    </message>
    <message>
        <source>Add Member</source>
        <translation>Add Member</translation>
    </message>
    <message>
        <source>Add the user to the organization with these roles</source>
        <translation>Add the user to the organization with these roles</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Member %1</translation>
    </message>
    <message>
        <source>Save Member</source>
        <translation>Save Member</translation>
    </message>
    <message>
        <source>Save this member's roles and status</source>
        <translation>Save this member's roles and status</translation>
    </message>
    <message>
        <source>Type the email or the id of the user to add.</source>
        <translation>Type the email or the id of the user to add.</translation>
    </message>
    <message>
        <source>Type an email (name@example.com) or a user id (user_…).</source>
        <translation>Type an email (name@example.com) or a user id (user_…).</translation>
    </message>
    <message>
        <source>Added %1 to %2</source>
        <translation>Added %1 to %2</translation>
    </message>
    <message>
        <source>The membership of %1</source>
        <translation>The membership of %1</translation>
    </message>
    <message>
        <source>Saved the membership of %1 in %2</source>
        <translation>Saved the membership of %1 in %2</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Remove Member</translation>
    </message>
    <message>
        <source>Remove %1 from “%2”? They lose their roles in this organization.</source>
        <translation>Remove %1 from “%2”? They lose their roles in this organization.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Could Not Remove the Member</source>
        <translation>Could Not Remove the Member</translation>
    </message>
    <message>
        <source>The membership of %1 was changed by someone else meanwhile. The list is reloaded: check it and remove the member again.</source>
        <translation>The membership of %1 was changed by someone else meanwhile. The list is reloaded: check it and remove the member again.</translation>
    </message>
    <message>
        <source>Removed %1 from %2</source>
        <translation>Removed %1 from %2</translation>
    </message>
    <message>
        <source>Could Not Save the Membership</source>
        <translation>Could Not Save the Membership</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::MembershipListModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>(deleted user %1)</source>
        <translation>(deleted user %1)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
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
        <translation>Key</translation>
    </message>
    <message>
        <source>Value (JSON)</source>
        <translation>Value (JSON)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add a key</source>
        <translation>Add a key</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected keys</source>
        <translation>Remove the selected keys</translation>
    </message>
    <message>
        <source>%1: row %2 has no key; type one, or remove the row</source>
        <translation>%1: row %2 has no key; type one, or remove the row</translation>
    </message>
    <message>
        <source>%1: the key "%2" is there twice; rename or remove one</source>
        <translation>%1: the key "%2" is there twice; rename or remove one</translation>
    </message>
    <message>
        <source> (text needs quotes: "%1")</source>
        <translation> (text needs quotes: "%1")</translation>
    </message>
    <message>
        <source>%1.%2: not a JSON value%3</source>
        <translation>%1.%2: not a JSON value%3</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::MetadataFilterBuilder</name>
    <message>
        <source>Add Condition</source>
        <translation>Add Condition</translation>
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
        <translation>key</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>exists</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>equals</translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation>does not equal</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>starts with</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contains</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Match case</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Remove this condition</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>does not exist</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::OrganizationEditor</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadata</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Delete this organization and its memberships</source>
        <translation>Delete this organization and its memberships</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>Discard the unsaved changes</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Save the changes (Ctrl+S)</translation>
    </message>
    <message>
        <source>Edit Name</source>
        <translation>Edit Name</translation>
    </message>
    <message>
        <source>Edit External ID</source>
        <translation>Edit External ID</translation>
    </message>
    <message>
        <source>Edit Domains</source>
        <translation>Edit Domains</translation>
    </message>
    <message>
        <source>Edit Metadata</source>
        <translation>Edit Metadata</translation>
    </message>
    <message>
        <source>Acme Inc.</source>
        <translation>Acme Inc.</translation>
    </message>
    <message>
        <source>Optional: its id in your own systems</source>
        <translation>Optional: its id in your own systems</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation>E&amp;xternal ID:</translation>
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
        <translation>Created:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Updated:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Keys and JSON values that JWT templates read as organization.metadata. Text values need quotes: "gold".</source>
        <translation>Keys and JSON values that JWT templates read as organization.metadata. Text values need quotes: "gold".</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>No store is open.</translation>
    </message>
    <message>
        <source>Could not load the organization: %1</source>
        <translation>Could not load the organization: %1</translation>
    </message>
    <message>
        <source>The organization was deleted.</source>
        <translation>The organization was deleted.</translation>
    </message>
    <message>
        <source>Select an organization to see and edit it, or create one with New Organization (Ctrl+N).</source>
        <translation>Select an organization to see and edit it, or create one with New Organization (Ctrl+N).</translation>
    </message>
    <message>
        <source>Type a name for the organization.</source>
        <translation>Type a name for the organization.</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields first.</source>
        <translation>Not saved: correct the marked fields first.</translation>
    </message>
    <message>
        <source>The organization “%1”</source>
        <translation>The organization “%1”</translation>
    </message>
    <message>
        <source>Reloaded organization %1</source>
        <translation>Reloaded organization %1</translation>
    </message>
    <message>
        <source>Not saved: your changes are still here.</source>
        <translation>Not saved: your changes are still here.</translation>
    </message>
    <message>
        <source>Saved organization %1</source>
        <translation>Saved organization %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Could Not Save the Organization</source>
        <translation>Could Not Save the Organization</translation>
    </message>
    <message>
        <source>The organization was deleted by someone else. Your changes are still here: copy what you need, or create it again with New Organization.</source>
        <translation>The organization was deleted by someone else. Your changes are still here: copy what you need, or create it again with New Organization.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>New Organization</source>
        <translation>New Organization</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Assigned when saved</source>
        <translation>Assigned when saved</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
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
        <translation>External ID</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::OrganizationsPage</name>
    <message>
        <source>New Organization</source>
        <translation>New Organization</translation>
    </message>
    <message>
        <source>Search by name, id, external id or domain (Ctrl+F)</source>
        <translation>Search by name, id, external id or domain (Ctrl+F)</translation>
    </message>
    <message>
        <source>Create an organization (Ctrl+N)</source>
        <translation>Create an organization (Ctrl+N)</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>No store is open.</translation>
    </message>
    <message>
        <source>Could not load the organizations: %1
Press F5 to try again.</source>
        <translation>Could not load the organizations: %1
Press F5 to try again.</translation>
    </message>
    <message>
        <source>Loading organizations…</source>
        <translation>Loading organizations…</translation>
    </message>
    <message>
        <source>No organizations yet.
Create one with New Organization (Ctrl+N).</source>
        <translation>No organizations yet.
Create one with New Organization (Ctrl+N).</translation>
    </message>
    <message>
        <source>No organizations match “%1”</source>
        <translation>No organizations match “%1”</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>%1 organizations shown, loading more…</source>
        <translation>%1 organizations shown, loading more…</translation>
    </message>
    <message>
        <source>Could not load more: %1</source>
        <translation>Could not load more: %1</translation>
    </message>
    <message>
        <source>%1 organizations shown; scroll for more</source>
        <translation>%1 organizations shown; scroll for more</translation>
    </message>
    <message>
        <source>1 organization</source>
        <translation>1 organization</translation>
    </message>
    <message>
        <source>%1 organizations</source>
        <translation>%1 organizations</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <source>Discard the new organization? It is not saved.</source>
        <translation>Discard the new organization? It is not saved.</translation>
    </message>
    <message>
        <source>Discard your unsaved changes to “%1”?</source>
        <translation>Discard your unsaved changes to “%1”?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Delete Organization</source>
        <translation>Delete Organization</translation>
    </message>
    <message>
        <source>Delete the organization “%1”? Its memberships are deleted with it. This cannot be undone.</source>
        <translation>Delete the organization “%1”? Its memberships are deleted with it. This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Could Not Delete the Organization</source>
        <translation>Could Not Delete the Organization</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else since you opened it. It is reloaded: check it, and delete it again if you still want to.</source>
        <translation>“%1” was changed by someone else since you opened it. It is reloaded: check it, and delete it again if you still want to.</translation>
    </message>
    <message>
        <source>Deleted organization %1</source>
        <translation>Deleted organization %1</translation>
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
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::PermissionsPanel</name>
    <message>
        <source>New Permission</source>
        <translation>New Permission</translation>
    </message>
    <message>
        <source>Filter permissions by slug, name or description</source>
        <translation>Filter permissions by slug, name or description</translation>
    </message>
    <message>
        <source>Loading permissions…</source>
        <translation>Loading permissions…</translation>
    </message>
    <message>
        <source>No permissions yet.
Create one with New Permission (Ctrl+N).</source>
        <translation>No permissions yet.
Create one with New Permission (Ctrl+N).</translation>
    </message>
    <message>
        <source>No permission matches “%1”.</source>
        <translation>No permission matches “%1”.</translation>
    </message>
    <message>
        <source>Select a permission to see and edit it,
or create one with New Permission.</source>
        <translation>Select a permission to see and edit it,
or create one with New Permission.</translation>
    </message>
    <message>
        <source>Cannot load the permissions: %1</source>
        <translation>Cannot load the permissions: %1</translation>
    </message>
    <message>
        <source>e.g. invoices:read</source>
        <translation>e.g. invoices:read</translation>
    </message>
    <message>
        <source>e.g. Read invoices</source>
        <translation>e.g. Read invoices</translation>
    </message>
    <message>
        <source>What this permission allows</source>
        <translation>What this permission allows</translation>
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
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Granted by:</source>
        <translation>Granted by:</translation>
    </message>
    <message>
        <source>Edit slug</source>
        <translation>Edit slug</translation>
    </message>
    <message>
        <source>Edit name</source>
        <translation>Edit name</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Edit description</translation>
    </message>
    <message>
        <source>A permission's slug cannot change: roles and tokens name the permission by it. Create a new permission instead.</source>
        <translation>A permission's slug cannot change: roles and tokens name the permission by it. Create a new permission instead.</translation>
    </message>
    <message>
        <source>No role yet: grant it on the Roles tab once it is saved.</source>
        <translation>No role yet: grant it on the Roles tab once it is saved.</translation>
    </message>
    <message>
        <source>No role grants it.</source>
        <translation>No role grants it.</translation>
    </message>
    <message>
        <source>Type a name: it is what people see where permissions are listed.</source>
        <translation>Type a name: it is what people see where permissions are listed.</translation>
    </message>
    <message>
        <source>New permission</source>
        <translation>New permission</translation>
    </message>
    <message>
        <source>The slug names the permission in roles and tokens; it cannot be changed later.</source>
        <translation>The slug names the permission in roles and tokens; it cannot be changed later.</translation>
    </message>
    <message>
        <source>Permission %1</source>
        <translation>Permission %1</translation>
    </message>
    <message>
        <source>Created permission %1</source>
        <translation>Created permission %1</translation>
    </message>
    <message>
        <source>Saved permission %1</source>
        <translation>Saved permission %1</translation>
    </message>
    <message>
        <source>The permission %1</source>
        <translation>The permission %1</translation>
    </message>
    <message>
        <source>Delete Permission</source>
        <translation>Delete Permission</translation>
    </message>
    <message>
        <source>Delete the permission %1? Roles that grant it must drop it first. This cannot be undone.</source>
        <translation>Delete the permission %1? Roles that grant it must drop it first. This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Deleted permission %1</source>
        <translation>Deleted permission %1</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::PreviewPanel</name>
    <message>
        <source>Choose a user to preview the claims of their token.</source>
        <translation>Choose a user to preview the claims of their token.</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>Looking up…</translation>
    </message>
    <message>
        <source>No user has the email, id or external id “%1”.</source>
        <translation>No user has the email, id or external id “%1”.</translation>
    </message>
    <message>
        <source>No organization</source>
        <translation>No organization</translation>
    </message>
    <message>
        <source>No application</source>
        <translation>No application</translation>
    </message>
    <message>
        <source>Cannot build this user's token: %1</source>
        <translation>Cannot build this user's token: %1</translation>
    </message>
    <message>
        <source>No signing key: %1 Choose a temporary key to see a signed token.</source>
        <translation>No signing key: %1 Choose a temporary key to see a signed token.</translation>
    </message>
    <message numerus="yes">
        <source>The template has %n error(s): the preview shows the last version that rendered.</source>
        <translation>
            <numerusform>The template has %n error: the preview shows the last version that rendered.</numerusform>
            <numerusform>The template has %n errors: the preview shows the last version that rendered.</numerusform>
        </translation>
    </message>
    <message>
        <source>This user's token does not render: %1 (%2, line %3)</source>
        <translation>This user's token does not render: %1 (%2, line %3)</translation>
    </message>
    <message>
        <source>Claims: %1 bytes of the %2-byte budget (warning above %3)</source>
        <translation>Claims: %1 bytes of the %2-byte budget (warning above %3)</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Signing…</translation>
    </message>
    <message>
        <source>Cannot sign: %1</source>
        <translation>Cannot sign: %1</translation>
    </message>
    <message>
        <source>✔ %1 bytes · verifies with %2</source>
        <translation>✔ %1 bytes · verifies with %2</translation>
    </message>
    <message>
        <source>✘ does not verify with %1</source>
        <translation>✘ does not verify with %1</translation>
    </message>
    <message>
        <source>Looking for a user with %1…</source>
        <translation>Looking for a user with %1…</translation>
    </message>
    <message>
        <source>Looking for a user without %1…</source>
        <translation>Looking for a user without %1…</translation>
    </message>
    <message>
        <source>Cannot search the users: %1</source>
        <translation>Cannot search the users: %1</translation>
    </message>
    <message>
        <source>No user has %1.</source>
        <translation>No user has %1.</translation>
    </message>
    <message>
        <source>Every user has %1.</source>
        <translation>Every user has %1.</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::RecordPanel</name>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Create a new record (Ctrl+N)</source>
        <translation>Create a new record (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete the selected record (Delete)</source>
        <translation>Delete the selected record (Delete)</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Save the changes (Ctrl+S)</translation>
    </message>
    <message>
        <source>Discard the changes that are not saved</source>
        <translation>Discard the changes that are not saved</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>Nothing to save</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Not saved: %1 was changed by someone else meanwhile. Save again to overwrite their changes, or Revert to see them.</source>
        <translation>Not saved: %1 was changed by someone else meanwhile. Save again to overwrite their changes, or Revert to see them.</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>No store is open.</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Showing %1 of %2</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <source>The changes to %1 are not saved. Discard them?</source>
        <translation>The changes to %1 are not saved. Discard them?</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Discard Changes</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::RoleListModel</name>
    <message>
        <source>Grants no permission</source>
        <translation>Grants no permission</translation>
    </message>
    <message>
        <source>Grants %1</source>
        <translation>Grants %1</translation>
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
        <translation>Permissions</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::RolesPage</name>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Roles</translation>
    </message>
    <message>
        <source>&amp;Permissions</source>
        <translation>&amp;Permissions</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::RolesPanel</name>
    <message>
        <source>New Role</source>
        <translation>New Role</translation>
    </message>
    <message>
        <source>Filter roles by slug, name or description</source>
        <translation>Filter roles by slug, name or description</translation>
    </message>
    <message>
        <source>Loading roles…</source>
        <translation>Loading roles…</translation>
    </message>
    <message>
        <source>No roles yet.
Create one with New Role (Ctrl+N).</source>
        <translation>No roles yet.
Create one with New Role (Ctrl+N).</translation>
    </message>
    <message>
        <source>No role matches “%1”.</source>
        <translation>No role matches “%1”.</translation>
    </message>
    <message>
        <source>Select a role to see and edit it,
or create one with New Role.</source>
        <translation>Select a role to see and edit it,
or create one with New Role.</translation>
    </message>
    <message>
        <source>Cannot load the roles: %1</source>
        <translation>Cannot load the roles: %1</translation>
    </message>
    <message>
        <source>e.g. billing-admin</source>
        <translation>e.g. billing-admin</translation>
    </message>
    <message>
        <source>e.g. Billing administrator</source>
        <translation>e.g. Billing administrator</translation>
    </message>
    <message>
        <source>What members with this role may do</source>
        <translation>What members with this role may do</translation>
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
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Permissions:</source>
        <translation>&amp;Permissions:</translation>
    </message>
    <message>
        <source>Edit slug</source>
        <translation>Edit slug</translation>
    </message>
    <message>
        <source>Edit name</source>
        <translation>Edit name</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Edit description</translation>
    </message>
    <message>
        <source>A role's slug cannot change: memberships and tokens name the role by it. Create a new role instead.</source>
        <translation>A role's slug cannot change: memberships and tokens name the role by it. Create a new role instead.</translation>
    </message>
    <message>
        <source>Grant %1</source>
        <translation>Grant %1</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>Revoke %1</translation>
    </message>
    <message>
        <source>%1 (no such permission)</source>
        <translation>%1 (no such permission)</translation>
    </message>
    <message>
        <source>There is no permission “%1” (it was deleted). Uncheck it to save the role.</source>
        <translation>There is no permission “%1” (it was deleted). Uncheck it to save the role.</translation>
    </message>
    <message>
        <source>There are no permissions yet: create them on the Permissions tab.</source>
        <translation>There are no permissions yet: create them on the Permissions tab.</translation>
    </message>
    <message>
        <source>%1 of %2 permissions granted</source>
        <translation>%1 of %2 permissions granted</translation>
    </message>
    <message>
        <source>Type a name: it is what people see where roles are listed.</source>
        <translation>Type a name: it is what people see where roles are listed.</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>New role</translation>
    </message>
    <message>
        <source>The slug names the role in memberships and tokens; it cannot be changed later.</source>
        <translation>The slug names the role in memberships and tokens; it cannot be changed later.</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Role %1</translation>
    </message>
    <message>
        <source>Created role %1</source>
        <translation>Created role %1</translation>
    </message>
    <message>
        <source>Saved role %1</source>
        <translation>Saved role %1</translation>
    </message>
    <message>
        <source>The role %1</source>
        <translation>The role %1</translation>
    </message>
    <message>
        <source>Delete Role</source>
        <translation>Delete Role</translation>
    </message>
    <message>
        <source>Delete the role %1? Memberships that hold it must be changed first. This cannot be undone.</source>
        <translation>Delete the role %1? Memberships that hold it must be changed first. This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Deleted role %1</source>
        <translation>Deleted role %1</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::RolloutDialog</name>
    <message>
        <source>Cancel Check</source>
        <translation>Cancel Check</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Export JSON…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Promote to Production</source>
        <translation>Promote to Production</translation>
    </message>
    <message>
        <source>Rollout Check: %1 version %2</source>
        <translation>Rollout Check: %1 version %2</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Failures</translation>
    </message>
    <message>
        <source>Token Sizes</source>
        <translation>Token Sizes</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Rendering version %1 and the production version of %2 for every user…</source>
        <translation>Rendering version %1 and the production version of %2 for every user…</translation>
    </message>
    <message>
        <source>Rollout check of %1</source>
        <translation>Rollout check of %1</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>The check could not run: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>promoted without a rollout check (override)</source>
        <translation>promoted without a rollout check (override)</translation>
    </message>
    <message>
        <source>%1 users checked in %2 s%3: %4 changed, %5 unchanged, %6 failed, %7 over the %8-byte budget.</source>
        <translation>%1 users checked in %2 s%3: %4 changed, %5 unchanged, %6 failed, %7 over the %8-byte budget.</translation>
    </message>
    <message>
        <source> (cancelled: the figures cover the users done)</source>
        <translation> (cancelled: the figures cover the users done)</translation>
    </message>
    <message>
        <source>line %1, column %2%3</source>
        <translation>line %1, column %2%3</translation>
    </message>
    <message>
        <source>Failures (%1)</source>
        <translation>Failures (%1)</translation>
    </message>
    <message>
        <source>Budget: %1 bytes (T403 warns above it); limit: %2 bytes.</source>
        <translation>Budget: %1 bytes (T403 warns above it); limit: %2 bytes.</translation>
    </message>
    <message>
        <source>Largest tokens</source>
        <translation>Largest tokens</translation>
    </message>
    <message>
        <source>Promote Anyway…</source>
        <translation>Promote Anyway…</translation>
    </message>
    <message>
        <source>Promote Anyway</source>
        <translation>Promote Anyway</translation>
    </message>
    <message>
        <source>The check found %1 users whose token fails and %2 over the size budget%3. Promoting anyway is written to the audit log as an override.</source>
        <translation>The check found %1 users whose token fails and %2 over the size budget%3. Promoting anyway is written to the audit log as an override.</translation>
    </message>
    <message>
        <source>, and it did not check every user</source>
        <translation>, and it did not check every user</translation>
    </message>
    <message>
        <source>Export Report as CSV</source>
        <translation>Export Report as CSV</translation>
    </message>
    <message>
        <source>Export Report as JSON</source>
        <translation>Export Report as JSON</translation>
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
        <translation>Export Report</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>Cannot write %1: %2. Choose another folder.</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::ServerWatch</name>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Server not answering — checking now…</source>
        <translation>Server not answering — checking now…</translation>
    </message>
    <message>
        <source>Server not answering — trying again in %1 s</source>
        <translation>Server not answering — trying again in %1 s</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::SigningKeyModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Key ID</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithm</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activated</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::TemplateCodeEditor</name>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Quick Fix…</source>
        <translation>Quick Fix…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Find…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Replace…</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Find Next</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>Find Previous</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>No problems</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>cannot format while the template has syntax errors</source>
        <translation>cannot format while the template has syntax errors</translation>
    </message>
    <message>
        <source>No quick fixes here</source>
        <translation>No quick fixes here</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::TemplateLexer</name>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>JSON punctuation</source>
        <translation>JSON punctuation</translation>
    </message>
    <message>
        <source>Member name</source>
        <translation>Member name</translation>
    </message>
    <message>
        <source>String</source>
        <translation>String</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Literal</source>
        <translation>Literal</translation>
    </message>
    <message>
        <source>Hole delimiter</source>
        <translation>Hole delimiter</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Root</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
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
        <translation>String in an expression</translation>
    </message>
    <message>
        <source>Number in an expression</source>
        <translation>Number in an expression</translation>
    </message>
    <message>
        <source>Literal in an expression</source>
        <translation>Literal in an expression</translation>
    </message>
    <message>
        <source>Space in an expression</source>
        <translation>Space in an expression</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Error in an expression</source>
        <translation>Error in an expression</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::TemplatesPage</name>
    <message>
        <source>New Template…</source>
        <translation>New Template…</translation>
    </message>
    <message>
        <source>Compare with Draft</source>
        <translation>Compare with Draft</translation>
    </message>
    <message>
        <source>Revert to This</source>
        <translation>Revert to This</translation>
    </message>
    <message>
        <source>To Staging</source>
        <translation>To Staging</translation>
    </message>
    <message>
        <source>To Production…</source>
        <translation>To Production…</translation>
    </message>
    <message>
        <source>Save Version</source>
        <translation>Save Version</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Put this version's text in the editor; save it to make it the newest version.</source>
        <translation>Put this version's text in the editor; save it to make it the newest version.</translation>
    </message>
    <message>
        <source>What changed (saved with the version)</source>
        <translation>What changed (saved with the version)</translation>
    </message>
    <message>
        <source>Save the draft as a new version (%1)</source>
        <translation>Save the draft as a new version (%1)</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Cannot keep the draft on disk (%1): save a version soon.</source>
        <translation>Cannot keep the draft on disk (%1): save a version soon.</translation>
    </message>
    <message>
        <source>New Template</source>
        <translation>New Template</translation>
    </message>
    <message>
        <source>A new template named “custom-%1” starts with an empty claims object. Rename it later by exporting and importing it.</source>
        <translation>A new template named “custom-%1” starts with an empty claims object. Rename it later by exporting and importing it.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Cannot list the templates: %1</source>
        <translation>Cannot list the templates: %1</translation>
    </message>
    <message>
        <source>production v%1</source>
        <translation>production v%1</translation>
    </message>
    <message>
        <source>staging v%1</source>
        <translation>staging v%1</translation>
    </message>
    <message>
        <source>Cannot open template %1: %2</source>
        <translation>Cannot open template %1: %2</translation>
    </message>
    <message>
        <source>Your unsaved draft was restored. Save it as a version, or revert to version %1 to drop it.</source>
        <translation>Your unsaved draft was restored. Save it as a version, or revert to version %1 to drop it.</translation>
    </message>
    <message>
        <source>Your unsaved draft was restored. It started from version %1; the newest is now %2 — compare before saving.</source>
        <translation>Your unsaved draft was restored. It started from version %1; the newest is now %2 — compare before saving.</translation>
    </message>
    <message>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <source>staging</source>
        <translation>staging</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>Choose a template</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>No store open</translation>
    </message>
    <message>
        <source>%1 — draft (not saved)</source>
        <translation>%1 — draft (not saved)</translation>
    </message>
    <message>
        <source>Nothing to save: the draft is version %1 as it is.</source>
        <translation>Nothing to save: the draft is version %1 as it is.</translation>
    </message>
    <message>
        <source>Not saved: the template has errors (listed under the editor).</source>
        <translation>Not saved: the template has errors (listed under the editor).</translation>
    </message>
    <message>
        <source>Someone saved another version of %1 meanwhile. Your draft is kept: compare it with the newest version, then save again.</source>
        <translation>Someone saved another version of %1 meanwhile. Your draft is kept: compare it with the newest version, then save again.</translation>
    </message>
    <message>
        <source>Saved %1 version %2.</source>
        <translation>Saved %1 version %2.</translation>
    </message>
    <message>
        <source>Revert to version %1</source>
        <translation>Revert to version %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>the draft</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Promote</translation>
    </message>
    <message>
        <source>Version %1 is now %2.</source>
        <translation>Version %1 is now %2.</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::UserEditor</name>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Select a user, or create one with Ctrl+N.</source>
        <translation>Select a user, or create one with Ctrl+N.</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>the user's id in your system (optional)</source>
        <translation>the user's id in your system (optional)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <source>E&amp;xternal ID</source>
        <translation>E&amp;xternal ID</translation>
    </message>
    <message>
        <source>Users can change their own user_metadata: do not base access decisions on it.</source>
        <translation>Users can change their own user_metadata: do not base access decisions on it.</translation>
    </message>
    <message>
        <source>Set by the identity provider at sign-in; read only.</source>
        <translation>Set by the identity provider at sign-in; read only.</translation>
    </message>
    <message>
        <source>Set by admins and trusted by applications. Values are JSON: text in quotes, numbers, true/false, arrays, objects.</source>
        <translation>Set by admins and trusted by applications. Values are JSON: text in quotes, numbers, true/false, arrays, objects.</translation>
    </message>
    <message>
        <source>Add and change memberships on the Organizations page.</source>
        <translation>Add and change memberships on the Organizations page.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadata</translation>
    </message>
    <message>
        <source>User Metadata</source>
        <translation>User Metadata</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Memberships</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Save (%1)</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>Fill in at least the email, then Save.</source>
        <translation>Fill in at least the email, then Save.</translation>
    </message>
    <message>
        <source>Created %1 · updated %2 · version %3</source>
        <translation>Created %1 · updated %2 · version %3</translation>
    </message>
    <message>
        <source>Edit email</source>
        <translation>Edit email</translation>
    </message>
    <message>
        <source>Edit verified</source>
        <translation>Edit verified</translation>
    </message>
    <message>
        <source>Edit first name</source>
        <translation>Edit first name</translation>
    </message>
    <message>
        <source>Edit last name</source>
        <translation>Edit last name</translation>
    </message>
    <message>
        <source>Edit external ID</source>
        <translation>Edit external ID</translation>
    </message>
    <message>
        <source>Edit metadata</source>
        <translation>Edit metadata</translation>
    </message>
    <message>
        <source>Edit user metadata</source>
        <translation>Edit user metadata</translation>
    </message>
    <message>
        <source>A user needs an email.</source>
        <translation>A user needs an email.</translation>
    </message>
    <message>
        <source>Created user %1</source>
        <translation>Created user %1</translation>
    </message>
    <message>
        <source>Saved user %1</source>
        <translation>Saved user %1</translation>
    </message>
    <message>
        <source>The user %1</source>
        <translation>The user %1</translation>
    </message>
    <message>
        <source>Reloaded %1; your changes were discarded.</source>
        <translation>Reloaded %1; your changes were discarded.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this user. Save again to choose what to keep.</source>
        <translation>Not saved: someone else changed this user. Save again to choose what to keep.</translation>
    </message>
    <message>
        <source>Delete User</source>
        <translation>Delete User</translation>
    </message>
    <message>
        <source>Delete %1 and their memberships? This cannot be undone.</source>
        <translation>Delete %1 and their memberships? This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>%1 was changed by someone else; look at the new version before deleting it.</source>
        <translation>%1 was changed by someone else; look at the new version before deleting it.</translation>
    </message>
    <message>
        <source>Deleted user %1</source>
        <translation>Deleted user %1</translation>
    </message>
    <message>
        <source>SSO</source>
        <translation>SSO</translation>
    </message>
    <message>
        <source>Attributes from the identity provider (read-only)</source>
        <translation>Attributes from the identity provider (read-only)</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::UserListModel</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>External ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::UserMembershipsModel</name>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
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
        <translation>Search by email or name prefix, user id or external id</translation>
    </message>
    <message>
        <source>Metadata Filters</source>
        <translation>Metadata Filters</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <source>The user you are editing has changes that are not saved. Discard them and open the other user?</source>
        <translation>The user you are editing has changes that are not saved. Discard them and open the other user?</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Discard Changes</translation>
    </message>
    <message>
        <source>Metadata columns</source>
        <translation>Metadata columns</translation>
    </message>
    <message>
        <source>No metadata keys in this store</source>
        <translation>No metadata keys in this store</translation>
    </message>
    <message>
        <source>Show metadata.%1</source>
        <translation>Show metadata.%1</translation>
    </message>
    <message>
        <source>No users match this search.</source>
        <translation>No users match this search.</translation>
    </message>
    <message>
        <source>No users yet. Create one with Ctrl+N, or import them with claimsmith import.</source>
        <translation>No users yet. Create one with Ctrl+N, or import them with claimsmith import.</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 users</translation>
    </message>
    <message numerus="yes">
        <source>%n matching user(s)</source>
        <translation>
            <numerusform>%n matching user</numerusform>
            <numerusform>%n matching users</numerusform>
        </translation>
    </message>
    <message>
        <source>%1+ matching users</source>
        <translation>%1+ matching users</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <source>The user you are editing has changes that are not saved. Discard them and create a new user?</source>
        <translation>The user you are editing has changes that are not saved. Discard them and create a new user?</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::WelcomePage</name>
    <message>
        <source>Welcome to Claimsmith</source>
        <translation>Welcome to Claimsmith</translation>
    </message>
    <message>
        <source>Open a store to manage its users, organizations and JWT templates, or create a new one. A store is a single file; &lt;tt&gt;claimsmith demo --store FILE&lt;/tt&gt; makes one with realistic sample data.</source>
        <translation>Open a store to manage its users, organizations and JWT templates, or create a new one. A store is a single file; &lt;tt&gt;claimsmith demo --store FILE&lt;/tt&gt; makes one with realistic sample data.</translation>
    </message>
    <message>
        <source>New Store…</source>
        <translation>New Store…</translation>
    </message>
    <message>
        <source>Open Store…</source>
        <translation>Open Store…</translation>
    </message>
    <message>
        <source>Recent stores</source>
        <translation>Recent stores</translation>
    </message>
    <message>
        <source>No recent stores</source>
        <translation>No recent stores</translation>
    </message>
    <message>
        <source>Connect to Server…</source>
        <translation>Connect to Server…</translation>
    </message>
    <message>
        <source>Work on a store that a Claimsmith server shares (claimsmith serve)</source>
        <translation>Work on a store that a Claimsmith server shares (claimsmith serve)</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::inspector::ClaimTimesView</name>
    <message>
        <source>%1
%2 seconds since 1970</source>
        <translation>%1
%2 seconds since 1970</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Lifetime</translation>
    </message>
    <message>
        <source>from %1 to exp</source>
        <translation>from %1 to exp</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::inspector::InspectionView</name>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Copy Header JSON</source>
        <translation>Copy Header JSON</translation>
    </message>
    <message>
        <source>Copy the decoded header to the clipboard</source>
        <translation>Copy the decoded header to the clipboard</translation>
    </message>
    <message>
        <source>Copy Payload JSON</source>
        <translation>Copy Payload JSON</translation>
    </message>
    <message>
        <source>Copy the decoded claims to the clipboard</source>
        <translation>Copy the decoded claims to the clipboard</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Times</translation>
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
        <translation>Problems (%1) and notes (%2)</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Notes (%1)</translation>
    </message>
    <message>
        <source>Problems: none</source>
        <translation>Problems: none</translation>
    </message>
    <message>
        <source>cannot be decoded</source>
        <translation>cannot be decoded</translation>
    </message>
    <message>
        <source>damaged: shown as far as it decodes</source>
        <translation>damaged: shown as far as it decodes</translation>
    </message>
    <message>
        <source>not JSON: shown as text</source>
        <translation>not JSON: shown as text</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>1 claim</source>
        <translation>1 claim</translation>
    </message>
    <message>
        <source>%1 claims</source>
        <translation>%1 claims</translation>
    </message>
    <message>
        <source>; long values are cut here, the copy buttons copy them whole</source>
        <translation>; long values are cut here, the copy buttons copy them whole</translation>
    </message>
    <message>
        <source>(no kid)</source>
        <translation>(no kid)</translation>
    </message>
    <message>
        <source>Malformed token</source>
        <translation>Malformed token</translation>
    </message>
    <message>
        <source>Signature invalid</source>
        <translation>Signature invalid</translation>
    </message>
    <message>
        <source>Not verified: no matching key</source>
        <translation>Not verified: no matching key</translation>
    </message>
    <message>
        <source>Token rejected: a check failed</source>
        <translation>Token rejected: a check failed</translation>
    </message>
    <message>
        <source>Token rejected: %1 checks failed</source>
        <translation>Token rejected: %1 checks failed</translation>
    </message>
    <message>
        <source>The signature matches key %1 (%2), but: %3</source>
        <translation>The signature matches key %1 (%2), but: %3</translation>
    </message>
    <message>
        <source>Not checked: no key</source>
        <translation>Not checked: no key</translation>
    </message>
    <message>
        <source>The token is rejected whatever its signature: %1</source>
        <translation>The token is rejected whatever its signature: %1</translation>
    </message>
    <message>
        <source>Anyone can write a token that decodes like this one. Use the store's keys or paste the issuer's key to verify its signature.</source>
        <translation>Anyone can write a token that decodes like this one. Use the store's keys or paste the issuer's key to verify its signature.</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Every check passed.</translation>
    </message>
    <message>
        <source>Every check passed, with a warning below.</source>
        <translation>Every check passed, with a warning below.</translation>
    </message>
    <message>
        <source>Every check passed, with %1 warnings below.</source>
        <translation>Every check passed, with %1 warnings below.</translation>
    </message>
    <message>
        <source>The audience and issuer were not checked: set the expected values to check them too.</source>
        <translation>The audience and issuer were not checked: set the expected values to check them too.</translation>
    </message>
    <message>
        <source>Signature valid, signed by key %1 (%2)</source>
        <translation>Signature valid, signed by key %1 (%2)</translation>
    </message>
    <message>
        <source>Header JSON copied</source>
        <translation>Header JSON copied</translation>
    </message>
    <message>
        <source>Payload JSON copied</source>
        <translation>Payload JSON copied</translation>
    </message>
    <message>
        <source>Payload copied</source>
        <translation>Payload copied</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::inspector::ProblemList</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The claim or header member this is about</source>
        <translation>The claim or header member this is about</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Select this place in the token</source>
        <translation>Select this place in the token</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::inspector::TokenField</name>
    <message>
        <source>Paste a token here (Ctrl+V): eyJhbGciOi…

A “Bearer” prefix, quotes and line breaks are fine; they are left out and reported.</source>
        <translation>Paste a token here (Ctrl+V): eyJhbGciOi…

A “Bearer” prefix, quotes and line breaks are fine; they are left out and reported.</translation>
    </message>
    <message>
        <source>This text is %1 characters long: too long to edit here, so it is shown shortened. It is decoded and checked in full. Paste another token or clear the field to go on.</source>
        <translation>This text is %1 characters long: too long to edit here, so it is shown shortened. It is decoded and checked in full. Paste another token or clear the field to go on.</translation>
    </message>
    <message>
        <source>%1 characters not shown</source>
        <translation>%1 characters not shown</translation>
    </message>
</context>
<context>
    <name>claimsmith::ui::inspector::VerificationPanel</name>
    <message>
        <source>Fixed:</source>
        <translation>Fixed:</translation>
    </message>
    <message>
        <source>This store's signing keys</source>
        <translation>This store's signing keys</translation>
    </message>
    <message>
        <source>A key I paste (JWK, JWKS or PEM)</source>
        <translation>A key I paste (JWK, JWKS or PEM)</translation>
    </message>
    <message>
        <source>Which keys the signature is checked with</source>
        <translation>Which keys the signature is checked with</translation>
    </message>
    <message>
        <source>Forget Key</source>
        <translation>Forget Key</translation>
    </message>
    <message>
        <source>Clear the pasted key</source>
        <translation>Clear the pasted key</translation>
    </message>
    <message>
        <source>Paste the issuer's public key: a JWK {"kty": …}, a JWKS {"keys": […]} or a PEM key (-----BEGIN PUBLIC KEY-----). A private key works too: only its public part is kept.</source>
        <translation>Paste the issuer's public key: a JWK {"kty": …}, a JWKS {"keys": […]} or a PEM key (-----BEGIN PUBLIC KEY-----). A private key works too: only its public part is kept.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>When set, the token's "aud" must contain this value</source>
        <translation>When set, the token's "aud" must contain this value</translation>
    </message>
    <message>
        <source>When set, the token's "iss" must be exactly this</source>
        <translation>When set, the token's "iss" must be exactly this</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Clock skew allowed when checking exp, nbf and iat</source>
        <translation>Clock skew allowed when checking exp, nbf and iat</translation>
    </message>
    <message>
        <source>Check the token as of the time beside instead of now</source>
        <translation>Check the token as of the time beside instead of now</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>&amp;Verify with</source>
        <translation>&amp;Verify with</translation>
    </message>
    <message>
        <source>Expected &amp;audience</source>
        <translation>Expected &amp;audience</translation>
    </message>
    <message>
        <source>Expected &amp;issuer</source>
        <translation>Expected &amp;issuer</translation>
    </message>
    <message>
        <source>&amp;Leeway</source>
        <translation>&amp;Leeway</translation>
    </message>
    <message>
        <source>Check time</source>
        <translation>Check time</translation>
    </message>
    <message>
        <source>When set, the token's "iss" must be exactly this. This store issues tokens as %1.</source>
        <translation>When set, the token's "iss" must be exactly this. This store issues tokens as %1.</translation>
    </message>
    <message>
        <source>The secret is kept in memory only, to verify; it is never shown.</source>
        <translation>The secret is kept in memory only, to verify; it is never shown.</translation>
    </message>
    <message>
        <source>A private key was pasted: only its public part is kept and shown above.</source>
        <translation>A private key was pasted: only its public part is kept and shown above.</translation>
    </message>
    <message>
        <source>No store is open: paste a key instead.</source>
        <translation>No store is open: paste a key instead.</translation>
    </message>
    <message>
        <source>Reading the store's signing keys…</source>
        <translation>Reading the store's signing keys…</translation>
    </message>
    <message>
        <source>The store's signing keys could not be read: %1</source>
        <translation>The store's signing keys could not be read: %1</translation>
    </message>
    <message>
        <source>This store has no signing keys yet: generate one on the Signing Keys page, or paste a key.</source>
        <translation>This store has no signing keys yet: generate one on the Signing Keys page, or paste a key.</translation>
    </message>
    <message>
        <source>The store's keys, retired ones included: %1.</source>
        <translation>The store's keys, retired ones included: %1.</translation>
    </message>
    <message>
        <source>Reading the key…</source>
        <translation>Reading the key…</translation>
    </message>
    <message>
        <source>No key: the token is decoded but its signature is not checked.</source>
        <translation>No key: the token is decoded but its signature is not checked.</translation>
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
    <message>
        <source>Photograph every page into the directory, then quit.</source>
        <translation>Photograph every page into the directory, then quit.</translation>
    </message>
    <message>
        <source>With --screenshots: only this page.</source>
        <translation>With --screenshots: only this page.</translation>
    </message>
    <message>
        <source>Use a dark palette (for screenshots).</source>
        <translation>Use a dark palette (for screenshots).</translation>
    </message>
    <message>
        <source>The Claimsmith server to connect to; the API key comes from CLAIMSMITH_API_KEY or the keychain.</source>
        <translation>The Claimsmith server to connect to; the API key comes from CLAIMSMITH_API_KEY or the keychain.</translation>
    </message>
</context>
</TS>