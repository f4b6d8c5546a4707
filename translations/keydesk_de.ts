<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
</context>
<context>
    <name>keydesk::AttachCommand</name>
    <message>
        <source>Detach &amp;Entitlements…</source>
        <translation>Berechtigungen en&amp;tziehen…</translation>
    </message>
    <message>
        <source>Attach &amp;Entitlements…</source>
        <translation>&amp;Berechtigungen zuweisen…</translation>
    </message>
    <message>
        <source>Detach &amp;Users…</source>
        <translation>Ben&amp;utzer entfernen…</translation>
    </message>
    <message>
        <source>Attach &amp;Users…</source>
        <translation>Benutzer &amp;hinzufügen…</translation>
    </message>
    <message numerus="yes">
        <source>Detached %n item(s).</source>
        <translation>
            <numerusform>Zuordnung von %n Element aufgehoben.</numerusform>
            <numerusform>Zuordnung von %n Elementen aufgehoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attached %n item(s).</source>
        <translation>
            <numerusform>%n Element zugeordnet.</numerusform>
            <numerusform>%n Elemente zugeordnet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keydesk::ChangeRelationshipCommand</name>
    <message>
        <source>Change &amp;Policy…</source>
        <translation>&amp;Richtlinie ändern…</translation>
    </message>
    <message>
        <source>Move the license to another policy of its product</source>
        <translation>Die Lizenz in eine andere Richtlinie ihres Produkts verschieben</translation>
    </message>
    <message>
        <source>Change &amp;Owner…</source>
        <translation>&amp;Inhaber ändern…</translation>
    </message>
    <message>
        <source>Change &amp;Group…</source>
        <translation>&amp;Gruppe ändern…</translation>
    </message>
    <message numerus="yes">
        <source>Changed %n item(s).</source>
        <translation>
            <numerusform>%n Element geändert.</numerusform>
            <numerusform>%n Elemente geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected licenses belong to different products. A license can only move to a policy of its own product: select licenses of one product.</source>
        <translation>Die ausgewählten Lizenzen gehören zu verschiedenen Produkten. Eine Lizenz kann nur zu einer Richtlinie ihres eigenen Produkts wechseln: Wählen Sie Lizenzen eines einzigen Produkts aus.</translation>
    </message>
    <message>
        <source>Give the machine another owner</source>
        <translation>Der Maschine einen anderen Eigentümer geben</translation>
    </message>
    <message>
        <source>Give the license another owner</source>
        <translation>Der Lizenz einen anderen Eigentümer geben</translation>
    </message>
    <message>
        <source>Move the machine to another group</source>
        <translation>Die Maschine in eine andere Gruppe verschieben</translation>
    </message>
    <message>
        <source>Move the license to another group</source>
        <translation>Die Lizenz in eine andere Gruppe verschieben</translation>
    </message>
</context>
<context>
    <name>keydesk::CheckOutDialog</name>
    <message>
        <source>Entitlements</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>License owner</source>
        <translation>Inhaber der Lizenz</translation>
    </message>
    <message>
        <source>License users</source>
        <translation>Benutzer der Lizenz</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Machine owner</source>
        <translation>Inhaber der Maschine</translation>
    </message>
    <message>
        <source>Check Out Machine File</source>
        <translation>Maschinendatei auschecken</translation>
    </message>
    <message>
        <source>Check Out License File</source>
        <translation>Lizenzdatei auschecken</translation>
    </message>
    <message>
        <source>A signed file that lets the machine “%1” work without reaching the licensing server, until the file expires.</source>
        <translation>Eine signierte Datei, mit der die Maschine „%1“ ohne Verbindung zum Lizenzserver arbeiten kann, bis die Datei abläuft.</translation>
    </message>
    <message>
        <source>A signed snapshot of the license “%1” for computers that cannot reach the licensing server. The software verifies it with the account&apos;s public key.</source>
        <translation>Ein signierter Schnappschuss der Lizenz „%1“ für Computer, die den Lizenzserver nicht erreichen können. Die Software prüft ihn mit dem öffentlichen Schlüssel des Kontos.</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>N&amp;o expiry</source>
        <translation>&amp;Kein Ablauf</translation>
    </message>
    <message>
        <source>Not recommended: the file stays valid forever, even when the license is suspended or expires, because the software never needs a new one.</source>
        <translation>Nicht empfohlen: Die Datei bleibt für immer gültig, auch wenn die Lizenz gesperrt wird oder abläuft, weil die Software nie eine neue benötigt.</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Einschließen</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>&amp;Encrypt with the license key and the machine&apos;s fingerprint</source>
        <translation>Mit Lizenzschlüssel und Fingerabdruck der Maschine &amp;verschlüsseln</translation>
    </message>
    <message>
        <source>&amp;Encrypt with the license key</source>
        <translation>Mit dem Lizenzschlüssel &amp;verschlüsseln</translation>
    </message>
    <message>
        <source>Ed25519</source>
        <translation>Ed25519</translation>
    </message>
    <message>
        <source>ECDSA P-256</source>
        <translation>ECDSA P-256</translation>
    </message>
    <message>
        <source>RSA-PSS SHA-256</source>
        <translation>RSA-PSS SHA-256</translation>
    </message>
    <message>
        <source>RSA PKCS#1 v1.5 SHA-256</source>
        <translation>RSA PKCS#1 v1.5 SHA-256</translation>
    </message>
    <message>
        <source>%1 (the policy&apos;s default)</source>
        <translation>%1 (Standard der Richtlinie)</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>Gültig &amp;für:</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>Si&amp;gnatur:</translation>
    </message>
    <message>
        <source>&amp;Check Out</source>
        <translation>&amp;Auschecken</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Open in &amp;Inspector</source>
        <translation>Im &amp;Lizenzprüfer öffnen</translation>
    </message>
    <message>
        <source>Files of legacy-encrypted licenses cannot be encrypted: their key is not known.</source>
        <translation>Dateien von Lizenzen mit Legacy-Verschlüsselung können nicht verschlüsselt werden: Ihr Schlüssel ist nicht bekannt.</translation>
    </message>
    <message>
        <source>The license key is not known here, so the file cannot be encrypted.</source>
        <translation>Der Lizenzschlüssel ist hier nicht bekannt, daher kann die Datei nicht verschlüsselt werden.</translation>
    </message>
    <message>
        <source>Only software that knows the license key and this machine&apos;s fingerprint can read the file.</source>
        <translation>Nur Software, die den Lizenzschlüssel und den Fingerabdruck dieser Maschine kennt, kann die Datei lesen.</translation>
    </message>
    <message>
        <source>Only software that knows the license key can read the file.</source>
        <translation>Nur Software, die den Lizenzschlüssel kennt, kann die Datei lesen.</translation>
    </message>
    <message>
        <source>Anyone can read the file; nobody can change it without breaking the signature.</source>
        <translation>Jeder kann die Datei lesen; niemand kann sie ändern, ohne die Signatur ungültig zu machen.</translation>
    </message>
    <message>
        <source>Checking out…</source>
        <translation>Wird ausgecheckt …</translation>
    </message>
    <message>
        <source>The file could not be checked out. %1</source>
        <translation>Die Datei konnte nicht ausgecheckt werden. %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer holds no file.</source>
        <translation>Die Antwort des Servers enthält keine Datei.</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>gültig bis %1</translation>
    </message>
    <message>
        <source>valid forever</source>
        <translation>unbegrenzt gültig</translation>
    </message>
    <message>
        <source>Checked out: %1, signed with %2.</source>
        <translation>Ausgecheckt: %1, signiert mit %2.</translation>
    </message>
    <message>
        <source>It includes: %1.</source>
        <translation>Enthalten: %1.</translation>
    </message>
    <message>
        <source>Save License File</source>
        <translation>Lizenzdatei speichern</translation>
    </message>
    <message>
        <source>License files (*.lic);;All files (*)</source>
        <translation>Lizenzdateien (*.lic);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file could not be saved to %1: %2</source>
        <translation>Die Datei konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Unter %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>keydesk::Command</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1
The other %n succeeded.</source>
        <translation>
            <numerusform>%1
%n weiterer Vorgang war erfolgreich.</numerusform>
            <numerusform>%1
Die übrigen %n Vorgänge waren erfolgreich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation>&amp;Sperren…</translation>
    </message>
    <message>
        <source>Suspend the license: it stops validating until reinstated</source>
        <translation>Die Lizenz sperren: Ihre Validierung schlägt fehl, bis sie wieder freigegeben wird</translation>
    </message>
    <message numerus="yes">
        <source>Suspended %n license(s).</source>
        <translation>
            <numerusform>%n Lizenz gesperrt.</numerusform>
            <numerusform>%n Lizenzen gesperrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspend %1? Software using it stops validating (code SUSPENDED) until the license is reinstated.</source>
        <translation>%1 sperren? Die Validierung in Software, die sie verwendet, schlägt fehl (Code SUSPENDED), bis die Lizenz wieder freigegeben wird.</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>&amp;Reinstate</source>
        <translation>Wieder &amp;freigeben</translation>
    </message>
    <message>
        <source>Lift the suspension</source>
        <translation>Die Sperre aufheben</translation>
    </message>
    <message numerus="yes">
        <source>Reinstated %n license(s).</source>
        <translation>
            <numerusform>%n Lizenz wieder freigegeben.</numerusform>
            <numerusform>%n Lizenzen wieder freigegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Extend the expiry by the policy&apos;s duration</source>
        <translation>Das Ablaufdatum um die Laufzeit der Richtlinie verlängern</translation>
    </message>
    <message numerus="yes">
        <source>Renewed %n license(s).</source>
        <translation>
            <numerusform>%n Lizenz verlängert.</numerusform>
            <numerusform>%n Lizenzen verlängert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>Revoke the license: it is deleted and can never validate again</source>
        <translation>Die Lizenz widerrufen: Sie wird gelöscht und kann nie wieder validiert werden</translation>
    </message>
    <message>
        <source>Revoke %1? The license is deleted on the server with its machines; this cannot be undone.</source>
        <translation>%1 widerrufen? Die Lizenz wird samt ihren Maschinen auf dem Server gelöscht; dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n license(s).</source>
        <translation>
            <numerusform>%n Lizenz widerrufen.</numerusform>
            <numerusform>%n Lizenzen widerrufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check &amp;In</source>
        <translation>Ein&amp;checken</translation>
    </message>
    <message>
        <source>Record a check-in, as the customer&apos;s software does</source>
        <translation>Einen Check-in erfassen, wie es die Software des Kunden tut</translation>
    </message>
    <message numerus="yes">
        <source>Checked in %n license(s).</source>
        <translation>
            <numerusform>%n Lizenz eingecheckt.</numerusform>
            <numerusform>%n Lizenzen eingecheckt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Increment Usage</source>
        <translation>Nutzung &amp;erhöhen</translation>
    </message>
    <message>
        <source>Count one more use</source>
        <translation>Eine Nutzung mehr zählen</translation>
    </message>
    <message numerus="yes">
        <source>Counted one more use on %n license(s).</source>
        <translation>
            <numerusform>Für %n Lizenz eine Nutzung mehr gezählt.</numerusform>
            <numerusform>Für %n Lizenzen je eine Nutzung mehr gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Decrement Usage</source>
        <translation>Nutzung ver&amp;mindern</translation>
    </message>
    <message>
        <source>Count one use less</source>
        <translation>Eine Nutzung weniger zählen</translation>
    </message>
    <message numerus="yes">
        <source>Counted one use less on %n license(s).</source>
        <translation>
            <numerusform>Für %n Lizenz eine Nutzung weniger gezählt.</numerusform>
            <numerusform>Für %n Lizenzen je eine Nutzung weniger gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset &amp;Usage…</source>
        <translation>Nutzungen &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Set the use count to 0</source>
        <translation>Die Anzahl der Nutzungen auf 0 setzen</translation>
    </message>
    <message numerus="yes">
        <source>Reset the uses of %n license(s).</source>
        <translation>
            <numerusform>Nutzungen von %n Lizenz zurückgesetzt.</numerusform>
            <numerusform>Nutzungen von %n Lizenzen zurückgesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the use count of %1 back to 0?</source>
        <translation>Die Anzahl der Nutzungen von %1 auf 0 zurücksetzen?</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Reset &amp;Heartbeat</source>
        <translation>&amp;Heartbeat zurücksetzen</translation>
    </message>
    <message>
        <source>Forget the machine&apos;s heartbeat: it must ping again</source>
        <translation>Den Heartbeat der Maschine verwerfen: Sie muss sich erneut melden</translation>
    </message>
    <message numerus="yes">
        <source>Reset the heartbeat of %n machine(s).</source>
        <translation>
            <numerusform>Heartbeat von %n Maschine zurückgesetzt.</numerusform>
            <numerusform>Heartbeat von %n Maschinen zurückgesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Make the release available to licensees</source>
        <translation>Das Release für Lizenznehmer verfügbar machen</translation>
    </message>
    <message numerus="yes">
        <source>Published %n release(s).</source>
        <translation>
            <numerusform>%n Release veröffentlicht.</numerusform>
            <numerusform>%n Releases veröffentlicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Yank…</source>
        <translation>&amp;Zurückziehen…</translation>
    </message>
    <message>
        <source>Withdraw the release: licensees no longer see it</source>
        <translation>Das Release zurückziehen: Lizenznehmer sehen es nicht mehr</translation>
    </message>
    <message>
        <source>Yank %1? Licensees can no longer see or download it.</source>
        <translation>%1 zurückziehen? Lizenznehmer können es dann weder sehen noch herunterladen.</translation>
    </message>
    <message>
        <source>Yank</source>
        <translation>Zurückziehen</translation>
    </message>
    <message numerus="yes">
        <source>Yanked %n release(s).</source>
        <translation>
            <numerusform>%n Release zurückgezogen.</numerusform>
            <numerusform>%n Releases zurückgezogen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;new…</source>
        <translation>Verl&amp;ängern…</translation>
    </message>
    <message>
        <source>Renew %1? Each expiry moves on by its policy&apos;s duration.</source>
        <translation>%1 verlängern? Jedes Ablaufdatum verschiebt sich um die Laufzeit der jeweiligen Richtlinie.</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Verlängern</translation>
    </message>
    <message>
        <source>&amp;Delete License…</source>
        <translation>Lizenz &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the license on the server</source>
        <translation>Die Lizenz auf dem Server löschen</translation>
    </message>
    <message>
        <source>Delete the license %1 on the server? This cannot be undone.</source>
        <translation>Die Lizenz %1 auf dem Server löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Delete User…</source>
        <translation>Benutzer &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the user on the server</source>
        <translation>Den Benutzer auf dem Server löschen</translation>
    </message>
    <message>
        <source>Delete the user %1 on the server? This cannot be undone.</source>
        <translation>Den Benutzer %1 auf dem Server löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Delete Group…</source>
        <translation>Gruppe &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the group on the server</source>
        <translation>Die Gruppe auf dem Server löschen</translation>
    </message>
    <message>
        <source>Delete the group %1 on the server? This cannot be undone.</source>
        <translation>Die Gruppe %1 auf dem Server löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Delete Product…</source>
        <translation>Produkt &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the product on the server</source>
        <translation>Das Produkt auf dem Server löschen</translation>
    </message>
    <message>
        <source>Delete the product %1 on the server? This cannot be undone.</source>
        <translation>Das Produkt %1 auf dem Server löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Delete Policy…</source>
        <translation>Richtlinie &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the policy on the server</source>
        <translation>Die Richtlinie auf dem Server löschen</translation>
    </message>
    <message>
        <source>Delete the policy %1 on the server? This cannot be undone.</source>
        <translation>Die Richtlinie %1 auf dem Server löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Delete Entitlement…</source>
        <translation>Berechtigung &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the entitlement on the server</source>
        <translation>Die Berechtigung auf dem Server löschen</translation>
    </message>
    <message>
        <source>Delete the entitlement %1 on the server? This cannot be undone.</source>
        <translation>Die Berechtigung %1 auf dem Server löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Delete Release…</source>
        <translation>Release &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the release on the server</source>
        <translation>Das Release auf dem Server löschen</translation>
    </message>
    <message>
        <source>Delete the release %1 on the server? This cannot be undone.</source>
        <translation>Das Release %1 auf dem Server löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Delete Artifact…</source>
        <translation>Artefakt &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the artifact on the server</source>
        <translation>Das Artefakt auf dem Server löschen</translation>
    </message>
    <message>
        <source>Delete the artifact %1 on the server? This cannot be undone.</source>
        <translation>Das Artefakt %1 auf dem Server löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete on the server</source>
        <translation>Auf dem Server löschen</translation>
    </message>
    <message>
        <source>Delete %1 on the server? This cannot be undone.</source>
        <translation>%1 auf dem Server löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>There is no open connection.</source>
        <translation>Es ist keine Verbindung geöffnet.</translation>
    </message>
    <message>
        <source>The connection “%1” is read-only: it never changes anything on the server. Edit the connection to allow changes, or use another one.</source>
        <translation>Die Verbindung „%1“ ist schreibgeschützt: Sie ändert nie etwas auf dem Server. Bearbeiten Sie die Verbindung, um Änderungen zu erlauben, oder verwenden Sie eine andere.</translation>
    </message>
</context>
<context>
    <name>keydesk::ConnectDialog</name>
    <message>
        <source>Connect to a Keygen Account</source>
        <translation>Mit einem Keygen-Konto verbinden</translation>
    </message>
    <message>
        <source>Reaching the server…</source>
        <translation>Server wird erreicht …</translation>
    </message>
    <message>
        <source>Opening the account…</source>
        <translation>Konto wird geöffnet …</translation>
    </message>
    <message>
        <source>Checking the token…</source>
        <translation>Token wird geprüft …</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Keygen &amp;Cloud (api.keygen.sh)</source>
        <translation>Keygen &amp;Cloud (api.keygen.sh)</translation>
    </message>
    <message>
        <source>&amp;Self-hosted Keygen or a compatible server</source>
        <translation>&amp;Selbst betriebenes Keygen oder ein kompatibler Server</translation>
    </message>
    <message>
        <source>Try the &amp;local sandbox (demo data, no account needed)</source>
        <translation>&amp;Lokale Sandbox ausprobieren (Demodaten, kein Konto nötig)</translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation>z. B. Acme Produktion</translation>
    </message>
    <message>
        <source>the account&apos;s ID or slug</source>
        <translation>ID oder Kurzname des Kontos</translation>
    </message>
    <message>
        <source>optional: an environment&apos;s code</source>
        <translation>optional: Code einer Umgebung</translation>
    </message>
    <message>
        <source>an admin, product or user token</source>
        <translation>ein Admin-, Produkt- oder Benutzer-Token</translation>
    </message>
    <message>
        <source>Kept in the system&apos;s keychain, never in a settings file.</source>
        <translation>Wird im Schlüsselbund des Systems gespeichert, nie in einer Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Token anzeigen</translation>
    </message>
    <message>
        <source>Reject answers without a valid signature (recommended)</source>
        <translation>Antworten ohne gültige Signatur ablehnen (empfohlen)</translation>
    </message>
    <message>
        <source>Warn about answers without a valid signature</source>
        <translation>Bei Antworten ohne gültige Signatur warnen</translation>
    </message>
    <message>
        <source>Do not check signatures</source>
        <translation>Signaturen nicht prüfen</translation>
    </message>
    <message>
        <source>&amp;Read-only: browse and search, never change anything</source>
        <translation>&amp;Nur lesen: durchsuchen und ansehen, nie etwas ändern</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Si&amp;gnatures:</source>
        <translation>Si&amp;gnaturen:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>The local sandbox could not be started: %1</source>
        <translation>Die lokale Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <source>Enter a token: an admin token from the Keygen dashboard (Settings → Tokens) gives full access.</source>
        <translation>Geben Sie ein Token ein: Ein Admin-Token aus dem Keygen-Dashboard (Settings → Tokens) gewährt vollen Zugriff.</translation>
    </message>
    <message>
        <source>A connection named “%1” already exists.</source>
        <translation>Es gibt bereits eine Verbindung namens „%1“.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connected&lt;/b&gt; to the account %1.</source>
        <translation>&lt;b&gt;Verbunden&lt;/b&gt; mit dem Konto %1.</translation>
    </message>
    <message>
        <source>The token speaks for: %1</source>
        <translation>Das Token steht für: %1</translation>
    </message>
    <message>
        <source>The account&apos;s public keys match the ones confirmed before.</source>
        <translation>Die öffentlichen Schlüssel des Kontos stimmen mit den zuvor bestätigten überein.</translation>
    </message>
    <message>
        <source>The account&apos;s public keys; every answer is checked against them from now on. Compare them with the keys in Keygen&apos;s dashboard (Settings → Public keys):</source>
        <translation>Die öffentlichen Schlüssel des Kontos; jede Antwort wird ab jetzt damit geprüft. Vergleichen Sie sie mit den Schlüsseln im Keygen-Dashboard (Settings → Public keys):</translation>
    </message>
    <message>
        <source>The fingerprints match the account&apos;s keys</source>
        <translation>Die Fingerabdrücke stimmen mit den Schlüsseln des Kontos überein</translation>
    </message>
    <message>
        <source>Warning: the server presents different public keys than when this connection was set up. Someone may be impersonating it. Continue only if the account&apos;s keys were really replaced.</source>
        <translation>Warnung: Der Server zeigt andere öffentliche Schlüssel als beim Einrichten dieser Verbindung. Möglicherweise gibt sich jemand als dieser Server aus. Fahren Sie nur fort, wenn die Schlüssel des Kontos tatsächlich ersetzt wurden.</translation>
    </message>
    <message>
        <source>The keys were replaced: trust the new keys</source>
        <translation>Die Schlüssel wurden ersetzt: den neuen Schlüsseln vertrauen</translation>
    </message>
    <message>
        <source>Test the connection first.</source>
        <translation>Testen Sie zuerst die Verbindung.</translation>
    </message>
</context>
<context>
    <name>keydesk::CopyKeyCommand</name>
    <message>
        <source>&amp;Copy Key</source>
        <translation>Schlüssel &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the license key to the clipboard</source>
        <translation>Den Lizenzschlüssel in die Zwischenablage kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n key(s).</source>
        <translation>
            <numerusform>%n Schlüssel kopiert.</numerusform>
            <numerusform>%n Schlüssel kopiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keydesk::DeleteCommand</name>
    <message>
        <source>&amp;Deactivate Machine…</source>
        <translation>Maschine &amp;deaktivieren…</translation>
    </message>
    <message>
        <source>Deactivate the machine, freeing its seat on the license</source>
        <translation>Die Maschine deaktivieren und ihren Platz in der Lizenz freigeben</translation>
    </message>
    <message>
        <source>Deactivate %1? The machine is removed from its license and its seat becomes free; the software on it stops validating until it is activated again.</source>
        <translation>%1 deaktivieren? Die Maschine wird aus ihrer Lizenz entfernt, und ihr Platz wird frei; die Validierung der Software auf dieser Maschine schlägt fehl, bis sie erneut aktiviert wird.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Delete %1? The license, its machines and its tokens are deleted on the server; software using the key stops validating. This cannot be undone.</source>
        <translation>%1 löschen? Die Lizenz, ihre Maschinen und ihre Tokens werden auf dem Server gelöscht; die Validierung in Software, die den Schlüssel verwendet, schlägt fehl. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Deactivated %n machine(s).</source>
        <translation>
            <numerusform>%n Maschine deaktiviert.</numerusform>
            <numerusform>%n Maschinen deaktiviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s).</source>
        <translation>
            <numerusform>%n Element gelöscht.</numerusform>
            <numerusform>%n Elemente gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keydesk::DetailPane</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove Key</source>
        <translation>Schlüssel entfernen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Metadata key</source>
        <translation>Metadatenschlüssel</translation>
    </message>
    <message>
        <source>Value (text, number, true/false or JSON)</source>
        <translation>Wert (Text, Zahl, true/false oder JSON)</translation>
    </message>
    <message>
        <source>Send the changes to the server</source>
        <translation>Die Änderungen an den Server senden</translation>
    </message>
    <message>
        <source>This record changed on the server while you were editing; your changes are kept.</source>
        <translation>Dieser Eintrag wurde auf dem Server geändert, während Sie ihn bearbeitet haben; Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Select a row to see every detail.</source>
        <translation>Wählen Sie eine Zeile aus, um alle Details zu sehen.</translation>
    </message>
    <message>
        <source>Metadata “%1” will be set when you apply.</source>
        <translation>Der Metadatenschlüssel „%1“ wird beim Übernehmen gesetzt.</translation>
    </message>
    <message>
        <source>Select a metadata key to remove first.</source>
        <translation>Wählen Sie zuerst den Metadatenschlüssel aus, der entfernt werden soll.</translation>
    </message>
    <message>
        <source>Metadata “%1” will be removed when you apply.</source>
        <translation>Der Metadatenschlüssel „%1“ wird beim Übernehmen entfernt.</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 wurde nicht geändert: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>This profile is read-only: nothing can be changed.</source>
        <translation>Dieses Profil ist schreibgeschützt: Es kann nichts geändert werden.</translation>
    </message>
</context>
<context>
    <name>keydesk::Inspector</name>
    <message>
        <source>Genuine license key.</source>
        <translation>Echter Lizenzschlüssel.</translation>
    </message>
    <message>
        <source>Genuine machine file, valid now.</source>
        <translation>Echte Maschinendatei, derzeit gültig.</translation>
    </message>
    <message>
        <source>Genuine license file, valid now.</source>
        <translation>Echte Lizenzdatei, derzeit gültig.</translation>
    </message>
    <message>
        <source>Genuine, but the content is encrypted: enter the license key to read it.</source>
        <translation>Echt, aber der Inhalt ist verschlüsselt: Geben Sie den Lizenzschlüssel ein, um ihn zu lesen.</translation>
    </message>
    <message>
        <source>Not verified: enter the account&apos;s public key to check the signature.</source>
        <translation>Nicht geprüft: Geben Sie den öffentlichen Schlüssel des Kontos ein, um die Signatur zu prüfen.</translation>
    </message>
    <message>
        <source>Expired.</source>
        <translation>Abgelaufen.</translation>
    </message>
    <message>
        <source>Issued in the future: this computer&apos;s clock or the file is wrong.</source>
        <translation>In der Zukunft ausgestellt: Die Uhr dieses Computers geht falsch, oder die Datei ist fehlerhaft.</translation>
    </message>
    <message>
        <source>Not genuine: the signature does not match the public key.</source>
        <translation>Nicht echt: Die Signatur passt nicht zum öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <source>Unreadable.</source>
        <translation>Unlesbar.</translation>
    </message>
    <message>
        <source>in less than a minute</source>
        <translation>in weniger als einer Minute</translation>
    </message>
    <message>
        <source>less than a minute ago</source>
        <translation>vor weniger als einer Minute</translation>
    </message>
    <message>
        <source>in 1 minute</source>
        <translation>in 1 Minute</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>vor 1 Minute</translation>
    </message>
    <message>
        <source>in %1 minutes</source>
        <translation>in %1 Minuten</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>vor %1 Minuten</translation>
    </message>
    <message>
        <source>in 1 hour</source>
        <translation>in 1 Stunde</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>vor 1 Stunde</translation>
    </message>
    <message>
        <source>in %1 hours</source>
        <translation>in %1 Stunden</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>vor %1 Stunden</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <source>in %1 months</source>
        <translation>in %1 Monaten</translation>
    </message>
    <message>
        <source>%1 months ago</source>
        <translation>vor %1 Monaten</translation>
    </message>
    <message>
        <source>in %1 years</source>
        <translation>in %1 Jahren</translation>
    </message>
    <message>
        <source>%1 years ago</source>
        <translation>vor %1 Jahren</translation>
    </message>
    <message>
        <source>There is nothing to inspect: the input is empty.</source>
        <translation>Es gibt nichts zu prüfen: Die Eingabe ist leer.</translation>
    </message>
    <message>
        <source>This is not a license file or license key: no &quot;-----BEGIN LICENSE FILE-----&quot; header and no key was found.</source>
        <translation>Dies ist weder eine Lizenzdatei noch ein Lizenzschlüssel: Es wurde weder die Kopfzeile „-----BEGIN LICENSE FILE-----“ noch ein Schlüssel gefunden.</translation>
    </message>
    <message>
        <source>The license file is cut short: its end is missing. Ask for the complete file.</source>
        <translation>Die Lizenzdatei ist unvollständig: Das Ende fehlt. Fordern Sie die vollständige Datei an.</translation>
    </message>
    <message>
        <source>The signature inside the license file is not valid base64; the file was damaged.</source>
        <translation>Die Signatur in der Lizenzdatei ist kein gültiges base64; die Datei wurde beschädigt.</translation>
    </message>
    <message>
        <source>The license file contains characters that are not base64; it was damaged or edited.</source>
        <translation>Die Lizenzdatei enthält Zeichen, die nicht zu base64 gehören; sie wurde beschädigt oder bearbeitet.</translation>
    </message>
    <message>
        <source>The license file decodes, but not to Keygen&apos;s {&quot;enc&quot;, &quot;sig&quot;, &quot;alg&quot;} envelope.</source>
        <translation>Die Lizenzdatei lässt sich dekodieren, hat aber nicht die Keygen-Struktur {&quot;enc&quot;, &quot;sig&quot;, &quot;alg&quot;}.</translation>
    </message>
    <message>
        <source>The license file uses the algorithm &quot;%1&quot;, which Keygen does not produce.</source>
        <translation>Die Lizenzdatei verwendet den Algorithmus „%1“, den Keygen nicht erzeugt.</translation>
    </message>
    <message>
        <source>This key does not have the shape of any of Keygen&apos;s signed key schemes.</source>
        <translation>Dieser Schlüssel entspricht keinem der signierten Schlüsselschemata von Keygen.</translation>
    </message>
    <message>
        <source>This is a plain license key without a signature; only the licensing server can tell whether it is valid.</source>
        <translation>Dies ist ein einfacher Lizenzschlüssel ohne Signatur; ob er gültig ist, kann nur der Lizenzserver feststellen.</translation>
    </message>
    <message>
        <source>This is a LEGACY_ENCRYPT key; Keygen keeps only a digest of it, so it can only be checked by the licensing server.</source>
        <translation>Dies ist ein LEGACY_ENCRYPT-Schlüssel; Keygen speichert davon nur einen Hashwert, daher kann ihn nur der Lizenzserver prüfen.</translation>
    </message>
    <message>
        <source>The signature was not checked: no public key was given. Enter the account&apos;s %1 public key.</source>
        <translation>Die Signatur wurde nicht geprüft: Es wurde kein öffentlicher Schlüssel angegeben. Geben Sie den öffentlichen %1-Schlüssel des Kontos ein.</translation>
    </message>
    <message>
        <source>The signature was not checked: it was made with a %1 key, but the public key given is a %2 key. Enter the account&apos;s %1 public key.</source>
        <translation>Die Signatur wurde nicht geprüft: Sie wurde mit einem %1-Schlüssel erstellt, der angegebene öffentliche Schlüssel ist aber ein %2-Schlüssel. Geben Sie den öffentlichen %1-Schlüssel des Kontos ein.</translation>
    </message>
    <message>
        <source>The signature is genuine: it was made with the account&apos;s %1 key.</source>
        <translation>Die Signatur ist echt: Sie wurde mit dem %1-Schlüssel des Kontos erstellt.</translation>
    </message>
    <message>
        <source>The signature does not match this public key: the content was altered after Keygen signed it, or it was signed by another account.</source>
        <translation>Die Signatur passt nicht zu diesem öffentlichen Schlüssel: Der Inhalt wurde nach dem Signieren durch Keygen verändert, oder er wurde von einem anderen Konto signiert.</translation>
    </message>
    <message>
        <source>It claims to be issued on %1 (%2): this computer&apos;s clock is behind, or the date was forged.</source>
        <translation>Als Ausstellungszeitpunkt ist %1 (%2) angegeben: Die Uhr dieses Computers geht nach, oder das Datum wurde gefälscht.</translation>
    </message>
    <message>
        <source>The file expired on %1 (%2): its time to live has passed. Check out a new file.</source>
        <translation>Die Datei ist am %1 (%2) abgelaufen: Ihre Gültigkeitsdauer ist überschritten. Checken Sie eine neue Datei aus.</translation>
    </message>
    <message>
        <source>The file is valid until %1 (%2).</source>
        <translation>Die Datei ist bis %1 (%2) gültig.</translation>
    </message>
    <message>
        <source>The file itself does not expire (checked out without a time to live).</source>
        <translation>Die Datei selbst läuft nicht ab (ohne Gültigkeitsdauer ausgecheckt).</translation>
    </message>
    <message>
        <source>The license expired on %1 (%2).</source>
        <translation>Die Lizenz ist am %1 (%2) abgelaufen.</translation>
    </message>
    <message>
        <source>The license expires soon: on %1 (%2).</source>
        <translation>Die Lizenz läuft bald ab: am %1 (%2).</translation>
    </message>
    <message>
        <source>The license is valid until %1 (%2).</source>
        <translation>Die Lizenz ist bis %1 (%2) gültig.</translation>
    </message>
    <message>
        <source>The content is encrypted: enter the license key and the machine&apos;s fingerprint to read it.</source>
        <translation>Der Inhalt ist verschlüsselt: Geben Sie den Lizenzschlüssel und den Fingerabdruck der Maschine ein, um ihn zu lesen.</translation>
    </message>
    <message>
        <source>The content is encrypted: enter the license key to read it.</source>
        <translation>Der Inhalt ist verschlüsselt: Geben Sie den Lizenzschlüssel ein, um ihn zu lesen.</translation>
    </message>
    <message>
        <source>The content is encrypted for one machine: enter the machine&apos;s fingerprint as well as the license key to read it.</source>
        <translation>Der Inhalt ist für eine bestimmte Maschine verschlüsselt: Geben Sie zusätzlich zum Lizenzschlüssel den Fingerabdruck der Maschine ein, um ihn zu lesen.</translation>
    </message>
    <message>
        <source>The content cannot be decrypted with this license key and fingerprint: one of them is wrong.</source>
        <translation>Der Inhalt lässt sich mit diesem Lizenzschlüssel und Fingerabdruck nicht entschlüsseln: Einer von beiden ist falsch.</translation>
    </message>
    <message>
        <source>The content cannot be decrypted with this license key: it is not the key of this license.</source>
        <translation>Der Inhalt lässt sich mit diesem Lizenzschlüssel nicht entschlüsseln: Er gehört nicht zu dieser Lizenz.</translation>
    </message>
    <message>
        <source>The encrypted content is damaged: it is not the three base64 parts Keygen writes.</source>
        <translation>Der verschlüsselte Inhalt ist beschädigt: Er besteht nicht aus den drei base64-Teilen, die Keygen erzeugt.</translation>
    </message>
    <message>
        <source>The content is not the JSON:API document Keygen writes into license files.</source>
        <translation>Der Inhalt ist nicht das JSON:API-Dokument, das Keygen in Lizenzdateien schreibt.</translation>
    </message>
    <message>
        <source>This key does not have the shape of a %1 key.</source>
        <translation>Dieser Schlüssel hat nicht das Format eines %1-Schlüssels.</translation>
    </message>
    <message>
        <source>This RSA_2048_PKCS1_ENCRYPT key can only be read with the account&apos;s RSA public key: enter it.</source>
        <translation>Dieser RSA_2048_PKCS1_ENCRYPT-Schlüssel lässt sich nur mit dem öffentlichen RSA-Schlüssel des Kontos lesen: Geben Sie ihn ein.</translation>
    </message>
    <message>
        <source>This is a PEM block of another kind (perhaps a public key), not a license or machine file.</source>
        <translation>Dies ist ein PEM-Block anderer Art (vielleicht ein öffentlicher Schlüssel), keine Lizenz- oder Maschinendatei.</translation>
    </message>
</context>
<context>
    <name>keydesk::InspectorWindow</name>
    <message>
        <source>%1 %2-bit</source>
        <translation>%1 %2 Bit</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2…)</source>
        <translation>%1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>License Inspector</source>
        <translation>Lizenzprüfer</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a license file, machine file or license key</source>
        <translation>Eine Lizenzdatei, Maschinendatei oder einen Lizenzschlüssel öffnen</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Inspect the license file or license key on the clipboard</source>
        <translation>Die Lizenzdatei oder den Lizenzschlüssel aus der Zwischenablage prüfen</translation>
    </message>
    <message>
        <source>&amp;Save Decoded JSON…</source>
        <translation>Dekodiertes JSON &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the decrypted content as a JSON file</source>
        <translation>Den entschlüsselten Inhalt als JSON-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Copy License Key</source>
        <translation>Lizenzschlüssel &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the license&apos;s key to the clipboard</source>
        <translation>Den Schlüssel der Lizenz in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Keydesk</source>
        <translation>Ü&amp;ber Keydesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
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
        <source>Verify and decrypt with</source>
        <translation>Prüfen und entschlüsseln mit</translation>
    </message>
    <message>
        <source>The account&apos;s public key: Ed25519 hex, PEM, base64 DER, or the account JSON. Several keys are fine.</source>
        <translation>Öffentlicher Schlüssel des Kontos: Ed25519 als Hex, PEM, base64-DER oder das JSON des Kontos. Mehrere Schlüssel sind möglich.</translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation>Öffentlicher &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Read the public key from a file</source>
        <translation>Den öffentlichen Schlüssel aus einer Datei lesen</translation>
    </message>
    <message>
        <source>Decrypts license files and machine files</source>
        <translation>Entschlüsselt Lizenz- und Maschinendateien</translation>
    </message>
    <message>
        <source>&amp;License key:</source>
        <translation>&amp;Lizenzschlüssel:</translation>
    </message>
    <message>
        <source>The machine&apos;s fingerprint, for machine files</source>
        <translation>Nur für Maschinendateien nötig</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>&amp;Fingerabdruck:</translation>
    </message>
    <message>
        <source>The policy&apos;s cryptographic scheme, for signed license keys</source>
        <translation>Das kryptografische Schema der Richtlinie, für signierte Lizenzschlüssel</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Key &amp;scheme:</source>
        <translation>Schlüsselsche&amp;ma:</translation>
    </message>
    <message>
        <source>Open, drop or paste a license file or license key</source>
        <translation>Lizenzdatei oder Lizenzschlüssel öffnen, hierher ziehen oder einfügen</translation>
    </message>
    <message>
        <source>License files (.lic), machine files and signed license keys are checked on this computer; nothing is sent over the network.</source>
        <translation>Lizenzdateien (.lic), Maschinendateien und signierte Lizenzschlüssel werden auf diesem Computer geprüft; es wird nichts über das Netzwerk gesendet.</translation>
    </message>
    <message>
        <source>Open File…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Decoded JSON</source>
        <translation>Dekodiertes JSON</translation>
    </message>
    <message>
        <source>“%1” was not found.</source>
        <translation>„%1“ wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Unter %1 gibt es keine Datei.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a license file.</source>
        <translation>„%1“ ist ein Ordner, keine Lizenzdatei.</translation>
    </message>
    <message>
        <source>“%1” is too large to be a license file.</source>
        <translation>„%1“ ist zu groß für eine Lizenzdatei.</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 ist %2 groß.</translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation>„%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 – License Inspector</source>
        <translation>%1 – Lizenzprüfer</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Eingefügter Text</translation>
    </message>
    <message>
        <source>Open License File</source>
        <translation>Lizenzdatei öffnen</translation>
    </message>
    <message>
        <source>License files (*.lic *.txt *.key);;All files (*)</source>
        <translation>Lizenzdateien (*.lic *.txt *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no license file or license key.</source>
        <translation>Die Zwischenablage enthält weder eine Lizenzdatei noch einen Lizenzschlüssel.</translation>
    </message>
    <message>
        <source>There is no text to inspect.</source>
        <translation>Es gibt keinen Text zum Prüfen.</translation>
    </message>
    <message>
        <source>The pasted text is a license key: it now decrypts the open file.</source>
        <translation>Der eingefügte Text ist ein Lizenzschlüssel: Er entschlüsselt jetzt die geöffnete Datei.</translation>
    </message>
    <message>
        <source>Open Public Key</source>
        <translation>Öffentlichen Schlüssel öffnen</translation>
    </message>
    <message>
        <source>Public keys (*.pem *.pub *.hex *.der *.b64 *.txt *.json);;All files (*)</source>
        <translation>Öffentliche Schlüssel (*.pem *.pub *.hex *.der *.b64 *.txt *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>“%1” is too large to be a public key.</source>
        <translation>„%1“ ist zu groß für einen öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation>„%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Save Decoded JSON</source>
        <translation>Dekodiertes JSON speichern</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>License key copied to the clipboard.</source>
        <translation>Lizenzschlüssel in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>About Keydesk</source>
        <translation>Über Keydesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keydesk %1&lt;/h3&gt;&lt;p&gt;A desktop console for Keygen licensing APIs.&lt;/p&gt;&lt;p&gt;The License Inspector checks license files, machine files and signed license keys offline: nothing you open here leaves this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keydesk %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Konsole für Keygen-Lizenzierungs-APIs.&lt;/p&gt;&lt;p&gt;Der Lizenzprüfer prüft Lizenzdateien, Maschinendateien und signierte Lizenzschlüssel offline: Nichts, was Sie hier öffnen, verlässt diesen Computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Included resources (%1)</source>
        <translation>Enthaltene Ressourcen (%1)</translation>
    </message>
    <message>
        <source>Encrypted: enter the license key to read the content.</source>
        <translation>Verschlüsselt: Geben Sie den Lizenzschlüssel ein, um den Inhalt zu lesen.</translation>
    </message>
    <message>
        <source>Nothing could be decoded.</source>
        <translation>Es konnte nichts dekodiert werden.</translation>
    </message>
    <message>
        <source>No public key: signatures cannot be checked.</source>
        <translation>Kein öffentlicher Schlüssel: Signaturen können nicht geprüft werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n public key: %1</source>
        <translation>
            <numerusform>%n öffentlicher Schlüssel: %1</numerusform>
            <numerusform>%n öffentliche Schlüssel: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n public keys: %1</source>
        <translation>
            <numerusform>%n öffentlicher Schlüssel: %1</numerusform>
            <numerusform>%n öffentliche Schlüssel: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keydesk::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n field}</source>
        <translation>
            <numerusform>{%n Feld}</numerusform>
            <numerusform>{%n Felder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n fields}</source>
        <translation>
            <numerusform>{%n Feld}</numerusform>
            <numerusform>{%n Felder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n items]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>string</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>keydesk::LicenseFactsView</name>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 seconds (about %2)</source>
        <translation>%1 Sekunden (etwa %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n second</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>License file</source>
        <translation>Lizenzdatei</translation>
    </message>
    <message>
        <source>Machine file</source>
        <translation>Maschinendatei</translation>
    </message>
    <message>
        <source>Signed license key</source>
        <translation>Signierter Lizenzschlüssel</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Nicht erkannt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Authenticity</source>
        <translation>Echtheit</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1 (erkannt)</translation>
    </message>
    <message>
        <source>Scheme:</source>
        <translation>Schema:</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>Algorithmus:</translation>
    </message>
    <message>
        <source>Verified with public key %1</source>
        <translation>Bestätigt mit öffentlichem Schlüssel %1</translation>
    </message>
    <message>
        <source>Does not match the public key</source>
        <translation>Passt nicht zum öffentlichen Schlüssel</translation>
    </message>
    <message>
        <source>Does not match public key %1</source>
        <translation>Passt nicht zum öffentlichen Schlüssel %1</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signatur:</translation>
    </message>
    <message>
        <source>SHA-256 of the public key: %1</source>
        <translation>SHA-256 des öffentlichen Schlüssels: %1</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Encrypted, decrypted</source>
        <translation>Verschlüsselt, entschlüsselt</translation>
    </message>
    <message>
        <source>Encrypted, not decrypted</source>
        <translation>Verschlüsselt, nicht entschlüsselt</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>Ausgestellt:</translation>
    </message>
    <message>
        <source>File expires:</source>
        <translation>Datei läuft ab:</translation>
    </message>
    <message>
        <source>Never (no time-to-live)</source>
        <translation>Nie (keine Gültigkeitsdauer)</translation>
    </message>
    <message>
        <source>Time-to-live:</source>
        <translation>Gültigkeitsdauer:</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>Richtlinie:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produkt:</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>Entitlements:</source>
        <translation>Berechtigungen:</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 (no limit)</source>
        <translation>%1 (unbegrenzt)</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Machines:</source>
        <translation>Maschinen:</translation>
    </message>
    <message>
        <source>Fingerprints:</source>
        <translation>Fingerabdrücke:</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Maschine</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>Hostname:</source>
        <translation>Hostname:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plattform:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
</context>
<context>
    <name>keydesk::MainWindow</name>
    <message>
        <source>Keydesk</source>
        <translation>Keydesk</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Fetch what changed on the server</source>
        <translation>Änderungen vom Server abrufen</translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation>Synchronisierung &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Export Table as CSV…</source>
        <translation>Tabelle als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;New License…</source>
        <translation>&amp;Neue Lizenz…</translation>
    </message>
    <message>
        <source>Issue a license: product, policy, customer, details</source>
        <translation>Eine Lizenz ausstellen: Produkt, Richtlinie, Kunde, Details</translation>
    </message>
    <message>
        <source>Check &amp;Out License File…</source>
        <translation>Lizenzdatei &amp;auschecken…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Keydesk&lt;/h2&gt;&lt;p&gt;Find a customer&apos;s license in a second, free a seat, issue a key, or check a license file.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Keydesk&lt;/h2&gt;&lt;p&gt;Finden Sie die Lizenz eines Kunden in Sekunden, geben Sie einen Platz frei, stellen Sie einen Schlüssel aus oder prüfen Sie eine Lizenzdatei.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connect to Keygen…</source>
        <translation>Mit Keygen verbinden…</translation>
    </message>
    <message>
        <source>Try the Local Sandbox</source>
        <translation>Lokale Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>Inspect a License File…</source>
        <translation>Lizenzdatei prüfen…</translation>
    </message>
    <message>
        <source>License File Inspector</source>
        <translation>Lizenzprüfer</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>The connection the console shows</source>
        <translation>Die Verbindung, die die Konsole anzeigt</translation>
    </message>
    <message>
        <source> Profile: </source>
        <translation> Profil: </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>S&amp;witch Profile</source>
        <translation>Profil &amp;wechseln</translation>
    </message>
    <message>
        <source>&amp;Open License File…</source>
        <translation>Lizenzdatei ö&amp;ffnen…</translation>
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
        <source>&amp;Actions</source>
        <translation>&amp;Aktionen</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Keydesk</source>
        <translation>Ü&amp;ber Keydesk</translation>
    </message>
    <message>
        <source>About Keydesk</source>
        <translation>Über Keydesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Keydesk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;A desktop console for Keygen licensing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Keydesk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Eine Desktop-Konsole für die Lizenzierung mit Keygen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This profile is read-only.</source>
        <translation>Dieses Profil ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Issue a new license</source>
        <translation>Eine neue Lizenz ausstellen</translation>
    </message>
    <message>
        <source>Check &amp;Out Machine File…</source>
        <translation>Maschinendatei &amp;auschecken…</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>The local cache of “%1” could not be opened: %2</source>
        <translation>Der lokale Zwischenspeicher von „%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Synchronisierung angehalten: %1</translation>
    </message>
    <message>
        <source>Warning: a response failed its signature check and was used anyway: %1</source>
        <translation>Warnung: Eine Antwort hat die Signaturprüfung nicht bestanden und wurde trotzdem verwendet: %1</translation>
    </message>
    <message>
        <source>%1 — Keydesk</source>
        <translation>%1 — Keydesk</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>The token of “%1” could not be read from the keychain: %2</source>
        <translation>Das Token von „%1“ konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>This build of Keydesk cannot start a local sandbox.</source>
        <translation>Diese Keydesk-Version kann keine lokale Sandbox starten.</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Lokale Sandbox wird gestartet …</translation>
    </message>
    <message>
        <source>The local sandbox could not be started: %1</source>
        <translation>Die lokale Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>%1  (%L2)</source>
        <translation>%1  (%L2)</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline — showing the local copy</source>
        <translation>Offline — lokale Kopie wird angezeigt</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisierung läuft …</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nie synchronisiert</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported %L1 rows to %2.</source>
        <translation>%L1 Zeilen nach %2 exportiert.</translation>
    </message>
    <message>
        <source>License created.</source>
        <translation>Lizenz erstellt.</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>synchronisiert: %1</translation>
    </message>
    <message>
        <source>Exporting %L1 rows…</source>
        <translation>%L1 Zeilen werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>almost done</source>
        <translation>fast fertig</translation>
    </message>
    <message>
        <source>about %L1 s left</source>
        <translation>noch etwa %L1 s</translation>
    </message>
    <message>
        <source>about %L1 min left</source>
        <translation>noch etwa %L1 min</translation>
    </message>
    <message>
        <source>about %L1 h left</source>
        <translation>noch etwa %L1 h</translation>
    </message>
    <message>
        <source>%1: %L2 of %L3, done</source>
        <translation>%1: %L2 von %L3, fertig</translation>
    </message>
    <message>
        <source>%1: waiting</source>
        <translation>%1: wartet</translation>
    </message>
    <message>
        <source>%1: starting…</source>
        <translation>%1: beginnt …</translation>
    </message>
    <message>
        <source>%1: %L2 of %L3</source>
        <translation>%1: %L2 von %L3</translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1: %L2</translation>
    </message>
    <message>
        <source>%1: %L2 (%L3/s)</source>
        <translation>%1: %L2 (%L3/s)</translation>
    </message>
    <message>
        <source>%1: %L2 of %L3 (%L4/s)</source>
        <translation>%1: %L2 von %L3 (%L4/s)</translation>
    </message>
    <message>
        <source>%1: %L2 of %L3 (%L4/s, %5)</source>
        <translation>%1: %L2 von %L3 (%L4/s, %5)</translation>
    </message>
    <message>
        <source>Syncing %1</source>
        <translation>Synchronisierung läuft – %1</translation>
    </message>
    <message>
        <source>%1: not synced completely yet</source>
        <translation>%1: noch nicht vollständig synchronisiert</translation>
    </message>
    <message>
        <source>%1: synced %2 (%3)</source>
        <translation>%1: synchronisiert %2 (%3)</translation>
    </message>
    <message>
        <source>partly synced</source>
        <translation>teilweise synchronisiert</translation>
    </message>
    <message>
        <source>%L1 in the local copy; last complete sync %2</source>
        <translation>%L1 in der lokalen Kopie; zuletzt vollständig synchronisiert %2</translation>
    </message>
    <message>
        <source>%L1 in the local copy; not synced completely yet</source>
        <translation>%L1 in der lokalen Kopie; noch nicht vollständig synchronisiert</translation>
    </message>
</context>
<context>
    <name>keydesk::NewLicenseWizard</name>
    <message>
        <source>New License</source>
        <translation>Neue Lizenz</translation>
    </message>
    <message>
        <source>Licenses cannot be created here</source>
        <translation>Hier können keine Lizenzen erstellt werden</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Which product is the customer buying?</source>
        <translation>Welches Produkt kauft der Kunde?</translation>
    </message>
    <message>
        <source>Filter products by name or code</source>
        <translation>Produkte nach Name oder Code filtern</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The local copy of the account has no products yet. Synchronize first, or create a product.</source>
        <translation>Die lokale Kopie des Kontos enthält noch keine Produkte. Synchronisieren Sie zuerst, oder erstellen Sie ein Produkt.</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>The policy decides how long the license lasts, on how many machines it runs, and more.</source>
        <translation>Die Richtlinie legt fest, wie lange die Lizenz gilt, auf wie vielen Maschinen sie läuft und einiges mehr.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Who owns the license? The owner can sign in to manage its machines.</source>
        <translation>Wem gehört die Lizenz? Der Inhaber kann sich anmelden, um ihre Maschinen zu verwalten.</translation>
    </message>
    <message>
        <source>&amp;Find a customer</source>
        <translation>Kunden &amp;suchen</translation>
    </message>
    <message>
        <source>Search by email or name</source>
        <translation>Nach E-Mail-Adresse oder Name suchen</translation>
    </message>
    <message>
        <source>Create a &amp;new customer</source>
        <translation>&amp;Neuen Kunden erstellen</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>F&amp;irst name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>N&amp;achname:</translation>
    </message>
    <message>
        <source>N&amp;o owner (the key alone unlocks the software)</source>
        <translation>&amp;Kein Inhaber (der Schlüssel allein schaltet die Software frei)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Everything here is optional: the policy&apos;s values apply unless changed.</source>
        <translation>Alle Angaben hier sind optional: Wenn Sie nichts ändern, gelten die Werte der Richtlinie.</translation>
    </message>
    <message>
        <source>e.g. the customer&apos;s company and the plan</source>
        <translation>z. B. Firma des Kunden und Tarif</translation>
    </message>
    <message>
        <source>&amp;No expiry</source>
        <translation>&amp;Kein Ablauf</translation>
    </message>
    <message>
        <source>Machines:</source>
        <translation>Maschinen:</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>CPU cores:</source>
        <translation>CPU-Kerne:</translation>
    </message>
    <message>
        <source>Uses:</source>
        <translation>Nutzungen:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>&amp;Läuft ab:</translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>Obergrenzen:</translation>
    </message>
    <message>
        <source>Entitlements to attach:</source>
        <translation>Zuzuweisende Berechtigungen:</translation>
    </message>
    <message>
        <source>Metadata:</source>
        <translation>Metadaten:</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>This is what will be created. Nothing is sent before you choose Create.</source>
        <translation>Folgendes wird erstellt. Es wird nichts gesendet, bevor Sie „Erstellen“ wählen.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the license key to the clipboard</source>
        <translation>Den Lizenzschlüssel in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Check &amp;Out License File…</source>
        <translation>Lizenzdatei &amp;auschecken…</translation>
    </message>
    <message>
        <source>A signed file for computers that cannot reach the licensing server</source>
        <translation>Eine signierte Datei für Computer, die den Lizenzserver nicht erreichen können</translation>
    </message>
    <message>
        <source>Copy &amp;Email Text</source>
        <translation>E-Mail-&amp;Text kopieren</translation>
    </message>
    <message>
        <source>A short message for the customer with the key and how to activate it</source>
        <translation>Eine kurze Nachricht an den Kunden mit dem Schlüssel und einer Anleitung zur Aktivierung</translation>
    </message>
    <message>
        <source>License key:</source>
        <translation>Lizenzschlüssel:</translation>
    </message>
    <message>
        <source>The license was created.</source>
        <translation>Die Lizenz wurde erstellt.</translation>
    </message>
    <message>
        <source>The license “%1” was created.</source>
        <translation>Die Lizenz „%1“ wurde erstellt.</translation>
    </message>
    <message>
        <source>%1 has no policies yet: create one first.</source>
        <translation>%1 hat noch keine Richtlinien: Erstellen Sie zuerst eine.</translation>
    </message>
    <message>
        <source>Choose a policy to see what it gives the customer.</source>
        <translation>Wählen Sie eine Richtlinie, um zu sehen, was sie dem Kunden bietet.</translation>
    </message>
    <message>
        <source>Includes: %1.</source>
        <translation>Enthält: %1.</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Kein Kunde passt zu „%1“.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s email address.</source>
        <translation>Geben Sie die E-Mail-Adresse des Kunden ein.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>A customer with this email exists already: find them above.</source>
        <translation>Es gibt bereits einen Kunden mit dieser E-Mail-Adresse: Suchen Sie ihn oben.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s first and last name.</source>
        <translation>Geben Sie Vor- und Nachnamen des Kunden ein.</translation>
    </message>
    <message>
        <source>%1 — included in the policy</source>
        <translation>%1 — in der Richtlinie enthalten</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Licenses of this policy always expire; choose a perpetual policy for a license that never does.</source>
        <translation>Lizenzen dieser Richtlinie laufen immer ab; wählen Sie eine unbefristete Richtlinie für eine Lizenz, die nie abläuft.</translation>
    </message>
    <message>
        <source>Licenses of this policy expire %1 after they are first used. Change the date only to fix an expiry now.</source>
        <translation>Lizenzen dieser Richtlinie laufen %1 nach der ersten Nutzung ab. Ändern Sie das Datum nur, wenn Sie den Ablauf schon jetzt festlegen wollen.</translation>
    </message>
    <message>
        <source>The policy&apos;s term: %1.</source>
        <translation>Laufzeit der Richtlinie: %1.</translation>
    </message>
    <message>
        <source>A perpetual policy: the license never expires unless a date is set.</source>
        <translation>Eine unbefristete Richtlinie: Die Lizenz läuft nie ab, außer wenn ein Datum festgelegt wird.</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>Richtlinie: %1</translation>
    </message>
    <message>
        <source>Policy: no limit</source>
        <translation>Richtlinie: unbegrenzt</translation>
    </message>
    <message>
        <source>A node-locked policy allows exactly one machine.</source>
        <translation>Eine maschinengebundene Richtlinie erlaubt genau eine Maschine.</translation>
    </message>
    <message>
        <source>1 (node-locked)</source>
        <translation>1 (maschinengebunden)</translation>
    </message>
    <message>
        <source>Every metadata value needs a key.</source>
        <translation>Jeder Metadatenwert braucht einen Schlüssel.</translation>
    </message>
    <message>
        <source>The metadata key “%1” appears twice.</source>
        <translation>Der Metadatenschlüssel „%1“ kommt doppelt vor.</translation>
    </message>
    <message>
        <source>Keygen keeps at most 64 metadata keys.</source>
        <translation>Keygen speichert höchstens 64 Metadatenschlüssel.</translation>
    </message>
    <message>
        <source>The expiry must be in the future.</source>
        <translation>Das Ablaufdatum muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>a new customer: %1 %2 &lt;%3&gt;</source>
        <translation>ein neuer Kunde: %1 %2 &lt;%3&gt;</translation>
    </message>
    <message>
        <source>none: the key alone unlocks the software</source>
        <translation>keiner: Der Schlüssel allein schaltet die Software frei</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ohne)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 (the policy&apos;s %2)</source>
        <translation>%1 (%2 laut Richtlinie)</translation>
    </message>
    <message>
        <source>%1 after the first use (the policy&apos;s term)</source>
        <translation>%1 nach der ersten Nutzung (Laufzeit der Richtlinie)</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>1 machine</source>
        <translation>1 Maschine</translation>
    </message>
    <message>
        <source>%1 machines</source>
        <translation>%1 Maschinen</translation>
    </message>
    <message>
        <source>1 user</source>
        <translation>1 Benutzer</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 Benutzer</translation>
    </message>
    <message>
        <source>1 CPU core</source>
        <translation>1 CPU-Kern</translation>
    </message>
    <message>
        <source>%1 CPU cores</source>
        <translation>%1 CPU-Kerne</translation>
    </message>
    <message>
        <source>1 use</source>
        <translation>1 Nutzung</translation>
    </message>
    <message>
        <source>%1 uses</source>
        <translation>%1 Nutzungen</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Obergrenzen</translation>
    </message>
    <message>
        <source>as the policy says</source>
        <translation>laut Richtlinie</translation>
    </message>
    <message>
        <source>up to %1 (instead of the policy&apos;s)</source>
        <translation>bis zu %1 (statt des Werts der Richtlinie)</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>only the policy&apos;s</source>
        <translation>nur die der Richtlinie</translation>
    </message>
    <message>
        <source>the policy&apos;s, and %1</source>
        <translation>die der Richtlinie sowie %1</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Choose Create to create it on %1.</source>
        <translation>Wählen Sie „Erstellen“, um sie auf %1 zu erstellen.</translation>
    </message>
    <message>
        <source>Creating the customer…</source>
        <translation>Kunde wird erstellt …</translation>
    </message>
    <message>
        <source>The customer could not be created.</source>
        <translation>Der Kunde konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Creating the license…</source>
        <translation>Lizenz wird erstellt …</translation>
    </message>
    <message>
        <source>The license could not be created.</source>
        <translation>Die Lizenz konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The customer was created, but the license could not be created.</source>
        <translation>Der Kunde wurde erstellt, die Lizenz jedoch nicht.</translation>
    </message>
    <message>
        <source>Attaching the entitlements…</source>
        <translation>Berechtigungen werden zugewiesen …</translation>
    </message>
    <message>
        <source>The license was created, but its entitlements could not be attached. Choose Create to try again.</source>
        <translation>Die Lizenz wurde erstellt, ihre Berechtigungen konnten jedoch nicht zugewiesen werden. Wählen Sie „Erstellen“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Guten Tag,</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Hallo %1,</translation>
    </message>
    <message>
        <source>Thank you for choosing %1. Your license key is:</source>
        <translation>vielen Dank, dass Sie sich für %1 entschieden haben. Ihr Lizenzschlüssel lautet:</translation>
    </message>
    <message>
        <source>To activate, start %1 and enter this key when it asks for a license key. Copy and paste it to avoid typing mistakes.</source>
        <translation>Starten Sie zur Aktivierung %1 und geben Sie diesen Schlüssel ein, wenn nach einem Lizenzschlüssel gefragt wird. Kopieren Sie ihn und fügen Sie ihn ein, um Tippfehler zu vermeiden.</translation>
    </message>
    <message>
        <source>The license is valid until %1.</source>
        <translation>Die Lizenz ist bis %1 gültig.</translation>
    </message>
    <message>
        <source>The license does not expire.</source>
        <translation>Die Lizenz läuft nicht ab.</translation>
    </message>
    <message>
        <source>If the computer cannot reach the internet, reply to this message and we will send a license file for offline activation.</source>
        <translation>Falls der Computer keine Verbindung zum Internet hat, antworten Sie auf diese Nachricht; wir senden Ihnen dann eine Lizenzdatei zur Offline-Aktivierung.</translation>
    </message>
    <message>
        <source>Kind regards</source>
        <translation>Mit freundlichen Grüßen</translation>
    </message>
    <message>
        <source>The key is on the clipboard.</source>
        <translation>Der Schlüssel ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>The message for the customer is on the clipboard.</source>
        <translation>Die Nachricht an den Kunden ist in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>keydesk::NewResourceCommand</name>
    <message>
        <source>&amp;New %1…</source>
        <translation>%1 &amp;erstellen…</translation>
    </message>
    <message>
        <source>Create a new %1 on the server</source>
        <translation>%1 auf dem Server erstellen</translation>
    </message>
    <message>
        <source>Created %1 “%2”.</source>
        <translation>%1 „%2“ erstellt.</translation>
    </message>
</context>
<context>
    <name>keydesk::NewResourceDialog</name>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>A product is what you sell: its policies, licenses and releases belong to it.</source>
        <translation>Ein Produkt ist das, was Sie verkaufen: Seine Richtlinien, Lizenzen und Releases gehören dazu.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>e.g. nordlicht-studio</source>
        <translation>z. B. nordlicht-studio</translation>
    </message>
    <message>
        <source>A unique short name for the product, used in URLs and by the CLI</source>
        <translation>Ein eindeutiger Kurzname für das Produkt, der in URLs und auf der Befehlszeile verwendet wird</translation>
    </message>
    <message>
        <source>Releases:</source>
        <translation>Releases:</translation>
    </message>
    <message>
        <source>Licensed users only</source>
        <translation>Nur lizenzierte Benutzer</translation>
    </message>
    <message>
        <source>Open to anybody</source>
        <translation>Für alle offen</translation>
    </message>
    <message>
        <source>Closed: admins only</source>
        <translation>Geschlossen: nur Administratoren</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>https://example.com</source>
        <translation>https://example.com</translation>
    </message>
    <message>
        <source>Platforms:</source>
        <translation>Plattformen:</translation>
    </message>
    <message>
        <source>e.g. macOS, Windows, Linux</source>
        <translation>z. B. macOS, Windows, Linux</translation>
    </message>
    <message>
        <source>A policy decides how long its licenses last, on how many machines they run, and how their keys are made. Leave a field empty to keep Keygen&apos;s default.</source>
        <translation>Eine Richtlinie legt fest, wie lange ihre Lizenzen gelten, auf wie vielen Maschinen sie laufen und wie ihre Schlüssel erzeugt werden. Lassen Sie ein Feld leer, um den Standardwert von Keygen zu übernehmen.</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produkt:</translation>
    </message>
    <message>
        <source>e.g. Annual subscription</source>
        <translation>z. B. Jahresabonnement</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Laufzeit:</translation>
    </message>
    <message>
        <source>Perpetual</source>
        <translation>Unbefristet</translation>
    </message>
    <message>
        <source>How long a license lasts; empty: it never expires</source>
        <translation>Wie lange eine Lizenz gilt; leer: Sie läuft nie ab</translation>
    </message>
    <message>
        <source>License keys:</source>
        <translation>Lizenzschlüssel:</translation>
    </message>
    <message>
        <source>Random keys (not signed)</source>
        <translation>Zufällige Schlüssel (nicht signiert)</translation>
    </message>
    <message>
        <source>Signed with Ed25519 (recommended)</source>
        <translation>Mit Ed25519 signiert (empfohlen)</translation>
    </message>
    <message>
        <source>Signed with ECDSA P-256</source>
        <translation>Mit ECDSA P-256 signiert</translation>
    </message>
    <message>
        <source>Signed with RSA-PSS</source>
        <translation>Mit RSA-PSS signiert</translation>
    </message>
    <message>
        <source>Signed with RSA PKCS#1 v1.5</source>
        <translation>Mit RSA PKCS#1 v1.5 signiert</translation>
    </message>
    <message>
        <source>Encrypted with RSA</source>
        <translation>Mit RSA verschlüsselt</translation>
    </message>
    <message>
        <source>JSON Web Token (RS256)</source>
        <translation>JSON Web Token (RS256)</translation>
    </message>
    <message>
        <source>Signed keys can be verified offline with the account&apos;s public key</source>
        <translation>Signierte Schlüssel lassen sich offline mit dem öffentlichen Schlüssel des Kontos prüfen</translation>
    </message>
    <message>
        <source>Floating: a license may run on several machines</source>
        <translation>Floating: Eine Lizenz darf auf mehreren Maschinen laufen</translation>
    </message>
    <message>
        <source>Machines per license:</source>
        <translation>Maschinen pro Lizenz:</translation>
    </message>
    <message>
        <source>Node-locked policies allow exactly one machine</source>
        <translation>Maschinengebundene Richtlinien erlauben genau eine Maschine</translation>
    </message>
    <message>
        <source>Uses per license:</source>
        <translation>Nutzungen pro Lizenz:</translation>
    </message>
    <message>
        <source>Strict: a license validates only on its activated machines</source>
        <translation>Strikt: Eine Lizenz ist nur auf ihren aktivierten Maschinen gültig</translation>
    </message>
    <message>
        <source>Require heartbeats: machines must ping to stay activated</source>
        <translation>Heartbeats verlangen: Maschinen müssen sich regelmäßig melden, um aktiviert zu bleiben</translation>
    </message>
    <message>
        <source>Heartbeat every:</source>
        <translation>Heartbeat alle:</translation>
    </message>
    <message>
        <source>Keygen&apos;s default</source>
        <translation>Standard von Keygen</translation>
    </message>
    <message>
        <source>How long a machine stays alive without a ping</source>
        <translation>Wie lange eine Maschine ohne Heartbeat als in Betrieb gilt</translation>
    </message>
    <message>
        <source>When expired:</source>
        <translation>Nach Ablauf:</translation>
    </message>
    <message>
        <source>Restrict access (validation fails, old releases download)</source>
        <translation>Zugriff einschränken (Validierung schlägt fehl, alte Releases bleiben herunterladbar)</translation>
    </message>
    <message>
        <source>Revoke access (validation and downloads fail)</source>
        <translation>Zugriff entziehen (Validierung und Downloads schlagen fehl)</translation>
    </message>
    <message>
        <source>Maintain access (validation passes, no new releases)</source>
        <translation>Zugriff beibehalten (Validierung gelingt, keine neuen Releases)</translation>
    </message>
    <message>
        <source>Allow access (everything keeps working)</source>
        <translation>Zugriff erlauben (alles funktioniert weiter)</translation>
    </message>
    <message>
        <source>Clients sign in with:</source>
        <translation>Clients melden sich an mit:</translation>
    </message>
    <message>
        <source>A token</source>
        <translation>Einem Token</translation>
    </message>
    <message>
        <source>The license key</source>
        <translation>Dem Lizenzschlüssel</translation>
    </message>
    <message>
        <source>A session</source>
        <translation>Einer Sitzung</translation>
    </message>
    <message>
        <source>A token or the license key</source>
        <translation>Einem Token oder dem Lizenzschlüssel</translation>
    </message>
    <message>
        <source>Nothing (no client authentication)</source>
        <translation>Nichts (keine Client-Authentifizierung)</translation>
    </message>
    <message>
        <source>An entitlement is a feature a license can have; the software asks for it by its code.</source>
        <translation>Eine Berechtigung ist eine Funktion, die eine Lizenz haben kann; die Software fragt sie über ihren Code ab.</translation>
    </message>
    <message>
        <source>e.g. Export to PDF</source>
        <translation>z. B. Export als PDF</translation>
    </message>
    <message>
        <source>e.g. EXPORT_PDF</source>
        <translation>z. B. EXPORT_PDF</translation>
    </message>
    <message>
        <source>Unique in the account; validation requests name entitlements by their code</source>
        <translation>Eindeutig im Konto; Validierungsanfragen nennen Berechtigungen über ihren Code</translation>
    </message>
    <message>
        <source>A group collects users, licenses and machines, e.g. of one customer, with limits of its own.</source>
        <translation>Eine Gruppe fasst Benutzer, Lizenzen und Maschinen zusammen, z. B. die eines Kunden, mit eigenen Obergrenzen.</translation>
    </message>
    <message>
        <source>e.g. Acme Corporation</source>
        <translation>z. B. Acme Corporation</translation>
    </message>
    <message>
        <source>Licenses:</source>
        <translation>Lizenzen:</translation>
    </message>
    <message>
        <source>Machines:</source>
        <translation>Maschinen:</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>A user is a customer (or a colleague) who can own licenses and sign in to manage them.</source>
        <translation>Ein Benutzer ist ein Kunde (oder ein Kollege), der Lizenzen besitzen und sich zu ihrer Verwaltung anmelden kann.</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Vorname:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Nachname:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>User (a customer)</source>
        <translation>Benutzer (ein Kunde)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Entwickler</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <source>Sales agent</source>
        <translation>Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>Support agent</source>
        <translation>Supportmitarbeiter</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Optional: at least 8 characters</source>
        <translation>Optional: mindestens 8 Zeichen</translation>
    </message>
    <message>
        <source>Without a password the user signs in with a license key or a token only</source>
        <translation>Ohne Passwort meldet sich der Benutzer nur mit einem Lizenzschlüssel oder Token an</translation>
    </message>
    <message>
        <source>A release is a version of a product. It starts as a draft: publish it once its artifacts are uploaded.</source>
        <translation>Ein Release ist eine Version eines Produkts. Es beginnt als Entwurf: Veröffentlichen Sie es, sobald seine Artefakte hochgeladen sind.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>e.g. 1.2.0 or 2.0.0-beta.1</source>
        <translation>z. B. 1.2.0 oder 2.0.0-beta.1</translation>
    </message>
    <message>
        <source>A semantic version: major.minor.patch, an optional prerelease tag, no “v”</source>
        <translation>Eine semantische Version: major.minor.patch, optional ein Vorabversions-Tag, kein „v“</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stabil</translation>
    </message>
    <message>
        <source>Release candidate (rc)</source>
        <translation>Release Candidate (rc)</translation>
    </message>
    <message>
        <source>Beta</source>
        <translation>Beta</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <source>Development (dev)</source>
        <translation>Entwicklung (dev)</translation>
    </message>
    <message>
        <source>e.g. Spring update</source>
        <translation>z. B. Frühjahrsupdate</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Release-Tag:</translation>
    </message>
    <message>
        <source>Optional, e.g. latest</source>
        <translation>Optional, z. B. latest</translation>
    </message>
    <message>
        <source>A unique name to fetch the release by</source>
        <translation>Ein eindeutiger Name, über den das Release abgerufen werden kann</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>A stable version has no prerelease tag: choose the channel of “%1”, or enter a version like %2.%3.%4.</source>
        <translation>Eine stabile Version hat kein Vorabversions-Tag: Wählen Sie den zu „%1“ passenden Kanal, oder geben Sie eine Version wie %2.%3.%4 ein.</translation>
    </message>
    <message>
        <source>A %1 version has a prerelease tag starting with “%1”, like %2.%3.%4-%1.1.</source>
        <translation>Eine Version im Kanal „%1“ hat ein Vorabversions-Tag, das mit „%1“ beginnt, z. B. %2.%3.%4-%1.1.</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>%1 erstellen</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>entitlement</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 cannot contain spaces or commas.</source>
        <translation>%1 darf keine Leerzeichen oder Kommas enthalten.</translation>
    </message>
    <message>
        <source>Enter a complete email address, like name@example.com.</source>
        <translation>Geben Sie eine vollständige E-Mail-Adresse ein, z. B. name@example.com.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>Das Passwort muss mindestens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Enter a complete web address, like https://example.com.</source>
        <translation>Geben Sie eine vollständige Webadresse ein, z. B. https://example.com.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation>%1 muss mindestens %2 sein.</translation>
    </message>
    <message>
        <source>Enter the version without “v”: %1.</source>
        <translation>Geben Sie die Version ohne „v“ ein: %1.</translation>
    </message>
    <message>
        <source>%1 must be a semantic version with three numbers, like 1.2.0 or 1.2.0-beta.1.</source>
        <translation>%1 muss eine semantische Version mit drei Zahlen sein, z. B. 1.2.0 oder 1.2.0-beta.1.</translation>
    </message>
    <message>
        <source>%1 is required, and the local copy of the account has none yet: synchronize, or create one first.</source>
        <translation>%1 ist erforderlich, aber die lokale Kopie des Kontos enthält noch keinen passenden Eintrag: Synchronisieren Sie zuerst, oder erstellen Sie einen.</translation>
    </message>
    <message>
        <source>The %1 could not be created. %2</source>
        <translation>%1 konnte nicht erstellt werden. %2</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt …</translation>
    </message>
    <message>
        <source>One (node-locked)</source>
        <translation>Eine (maschinengebunden)</translation>
    </message>
    <message>
        <source>No heartbeats</source>
        <translation>Keine Heartbeats</translation>
    </message>
</context>
<context>
    <name>keydesk::PickResourceDialog</name>
    <message>
        <source>Type any part of a name, email, key or code</source>
        <translation>Geben Sie einen beliebigen Teil eines Namens, einer E-Mail-Adresse, eines Schlüssels oder Codes ein</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>keydesk::PolicySummary</name>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
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
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
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
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
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
        <source>perpetual</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <source>%1-day trial</source>
        <translation>%1-tägige Testphase</translation>
    </message>
    <message>
        <source>node-locked: one machine</source>
        <translation>maschinengebunden: eine Maschine</translation>
    </message>
    <message>
        <source>floating: any number of machines</source>
        <translation>Floating: beliebig viele Maschinen</translation>
    </message>
    <message>
        <source>floating: up to 1 machine</source>
        <translation>Floating: bis zu 1 Maschine</translation>
    </message>
    <message>
        <source>floating: up to %1 machines</source>
        <translation>Floating: bis zu %1 Maschinen</translation>
    </message>
    <message>
        <source>Perpetual: licenses never expire.</source>
        <translation>Unbefristet: Lizenzen laufen nie ab.</translation>
    </message>
    <message>
        <source>counted from the first activation</source>
        <translation>ab der ersten Aktivierung gerechnet</translation>
    </message>
    <message>
        <source>counted from the first validation</source>
        <translation>ab der ersten Validierung gerechnet</translation>
    </message>
    <message>
        <source>counted from the first download</source>
        <translation>ab dem ersten Download gerechnet</translation>
    </message>
    <message>
        <source>counted from the first use</source>
        <translation>ab der ersten Nutzung gerechnet</translation>
    </message>
    <message>
        <source>counted from the day the license is created</source>
        <translation>ab dem Tag gerechnet, an dem die Lizenz erstellt wird</translation>
    </message>
    <message>
        <source>Term: %1, %2.</source>
        <translation>Laufzeit: %1, %2.</translation>
    </message>
    <message>
        <source>1 user</source>
        <translation>1 Benutzer</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 Benutzer</translation>
    </message>
    <message>
        <source>1 CPU core</source>
        <translation>1 CPU-Kern</translation>
    </message>
    <message>
        <source>%1 CPU cores</source>
        <translation>%1 CPU-Kerne</translation>
    </message>
    <message>
        <source>1 process</source>
        <translation>1 Prozess</translation>
    </message>
    <message>
        <source>%1 processes</source>
        <translation>%1 Prozesse</translation>
    </message>
    <message>
        <source>1 use</source>
        <translation>1 Nutzung</translation>
    </message>
    <message>
        <source>%1 uses</source>
        <translation>%1 Nutzungen</translation>
    </message>
    <message>
        <source>Up to %1.</source>
        <translation>Bis zu %1.</translation>
    </message>
    <message>
        <source>Machines must ping every %1.</source>
        <translation>Maschinen müssen sich alle %1 melden.</translation>
    </message>
    <message>
        <source>Machines must send heartbeat pings.</source>
        <translation>Maschinen müssen Heartbeats senden.</translation>
    </message>
    <message>
        <source>Machines that stop pinging are kept, but fail validation.</source>
        <translation>Maschinen, die sich nicht mehr melden, bleiben erhalten, bestehen aber die Validierung nicht.</translation>
    </message>
    <message>
        <source>Machines that stop pinging are deactivated.</source>
        <translation>Maschinen, die sich nicht mehr melden, werden deaktiviert.</translation>
    </message>
    <message>
        <source>No heartbeat required.</source>
        <translation>Kein Heartbeat erforderlich.</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>alle %1 Tage</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>every %1 weeks</source>
        <translation>alle %1 Wochen</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>every %1 months</source>
        <translation>alle %1 Monate</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>jährlich</translation>
    </message>
    <message>
        <source>every %1 years</source>
        <translation>alle %1 Jahre</translation>
    </message>
    <message>
        <source>The license must check in %1.</source>
        <translation>Die Lizenz muss %1 einchecken.</translation>
    </message>
    <message>
        <source>Overage: limits may always be exceeded.</source>
        <translation>Überschreitung: Obergrenzen dürfen immer überschritten werden.</translation>
    </message>
    <message>
        <source>Overage: limits may be exceeded by 25%.</source>
        <translation>Überschreitung: Obergrenzen dürfen um 25 % überschritten werden.</translation>
    </message>
    <message>
        <source>Overage: limits may be exceeded by 50%.</source>
        <translation>Überschreitung: Obergrenzen dürfen um 50 % überschritten werden.</translation>
    </message>
    <message>
        <source>Overage: limits may be exceeded up to twice.</source>
        <translation>Überschreitung: Obergrenzen dürfen bis zum Doppelten überschritten werden.</translation>
    </message>
    <message>
        <source>No overage: limits are strict.</source>
        <translation>Keine Überschreitung: Obergrenzen gelten strikt.</translation>
    </message>
    <message>
        <source>Keys come from a pool of pre-made keys.</source>
        <translation>Schlüssel stammen aus einem Pool vorab erzeugter Schlüssel.</translation>
    </message>
    <message>
        <source>Key: encrypted (legacy).</source>
        <translation>Schlüssel: verschlüsselt (Legacy).</translation>
    </message>
    <message>
        <source>Key: a plain random key.</source>
        <translation>Schlüssel: einfacher Zufallsschlüssel.</translation>
    </message>
    <message>
        <source>Key: signed key (Ed25519), verifiable offline.</source>
        <translation>Schlüssel: signiert (Ed25519), offline prüfbar.</translation>
    </message>
    <message>
        <source>Key: signed key (ECDSA P-256), verifiable offline.</source>
        <translation>Schlüssel: signiert (ECDSA P-256), offline prüfbar.</translation>
    </message>
    <message>
        <source>Key: signed key (RSA-PSS), verifiable offline.</source>
        <translation>Schlüssel: signiert (RSA-PSS), offline prüfbar.</translation>
    </message>
    <message>
        <source>Key: signed JSON Web Token (RS256), verifiable offline.</source>
        <translation>Schlüssel: signiertes JSON Web Token (RS256), offline prüfbar.</translation>
    </message>
    <message>
        <source>Key: encrypted key (%1).</source>
        <translation>Schlüssel: verschlüsselt (%1).</translation>
    </message>
    <message>
        <source>Key: signed key (%1), verifiable offline.</source>
        <translation>Schlüssel: signiert (%1), offline prüfbar.</translation>
    </message>
    <message>
        <source>After expiry: access is revoked, including to past releases.</source>
        <translation>Nach Ablauf: Der Zugriff wird entzogen, auch auf frühere Releases.</translation>
    </message>
    <message>
        <source>After expiry: validation still passes; releases published before expiry stay available.</source>
        <translation>Nach Ablauf: Die Validierung gelingt weiterhin; vor dem Ablauf veröffentlichte Releases bleiben verfügbar.</translation>
    </message>
    <message>
        <source>After expiry: validation still passes and every release stays available.</source>
        <translation>Nach Ablauf: Die Validierung gelingt weiterhin, und alle Releases bleiben verfügbar.</translation>
    </message>
    <message>
        <source>After expiry: validation fails; releases published before expiry stay available.</source>
        <translation>Nach Ablauf: Die Validierung schlägt fehl; vor dem Ablauf veröffentlichte Releases bleiben verfügbar.</translation>
    </message>
    <message>
        <source>Protected: customers cannot activate or remove machines themselves.</source>
        <translation>Geschützt: Kunden können Maschinen nicht selbst aktivieren oder entfernen.</translation>
    </message>
</context>
<context>
    <name>keydesk::PublicKeys</name>
    <message>
        <source>No public key was given.</source>
        <translation>Es wurde kein öffentlicher Schlüssel angegeben.</translation>
    </message>
    <message>
        <source>This is not a public key Keydesk can read. Use the account&apos;s public key as Keygen shows it: 64 hex characters (Ed25519), a PEM block, or base64.</source>
        <translation>Dies ist kein öffentlicher Schlüssel, den Keydesk lesen kann. Verwenden Sie den öffentlichen Schlüssel des Kontos so, wie Keygen ihn anzeigt: 64 Hex-Zeichen (Ed25519), einen PEM-Block oder base64.</translation>
    </message>
    <message>
        <source>This public key is of a type Keygen does not use; Keygen signs with Ed25519, RSA 2048 or ECDSA P-256 keys.</source>
        <translation>Keygen verwendet diesen Typ von öffentlichem Schlüssel nicht; Keygen signiert mit Schlüsseln vom Typ Ed25519, RSA 2048 oder ECDSA P-256.</translation>
    </message>
</context>
<context>
    <name>keydesk::ResourceColumns</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minutes</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hours</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>in %n day</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n month</source>
        <translation>
            <numerusform>in %n Monat</numerusform>
            <numerusform>in %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n months</source>
        <translation>
            <numerusform>in %n Monat</numerusform>
            <numerusform>in %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n year</source>
        <translation>
            <numerusform>in %n Jahr</numerusform>
            <numerusform>in %n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n years</source>
        <translation>
            <numerusform>in %n Jahr</numerusform>
            <numerusform>in %n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Gebannt</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Alive</source>
        <translation>In Betrieb</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Resurrected</source>
        <translation>Wiederbelebt</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Yanked</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
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
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Maschine</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>keydesk::ResourceDetailModel</name>
    <message numerus="yes">
        <source>%n machine</source>
        <translation>
            <numerusform>%n Maschine</numerusform>
            <numerusform>%n Maschinen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machines</source>
        <translation>
            <numerusform>%n Maschine</numerusform>
            <numerusform>%n Maschinen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n license</source>
        <translation>
            <numerusform>%n Lizenz</numerusform>
            <numerusform>%n Lizenzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n licenses</source>
        <translation>
            <numerusform>%n Lizenz</numerusform>
            <numerusform>%n Lizenzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n users</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n policy</source>
        <translation>
            <numerusform>%n Richtlinie</numerusform>
            <numerusform>%n Richtlinien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n policies</source>
        <translation>
            <numerusform>%n Richtlinie</numerusform>
            <numerusform>%n Richtlinien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entitlement</source>
        <translation>
            <numerusform>%n Berechtigung</numerusform>
            <numerusform>%n Berechtigungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entitlements</source>
        <translation>
            <numerusform>%n Berechtigung</numerusform>
            <numerusform>%n Berechtigungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n release</source>
        <translation>
            <numerusform>%n Release</numerusform>
            <numerusform>%n Releases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n releases</source>
        <translation>
            <numerusform>%n Release</numerusform>
            <numerusform>%n Releases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n artifact</source>
        <translation>
            <numerusform>%n Artefakt</numerusform>
            <numerusform>%n Artefakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n artifacts</source>
        <translation>
            <numerusform>%n Artefakt</numerusform>
            <numerusform>%n Artefakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process</source>
        <translation>
            <numerusform>%n Prozess</numerusform>
            <numerusform>%n Prozesse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n processes</source>
        <translation>
            <numerusform>%n Prozess</numerusform>
            <numerusform>%n Prozesse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n component</source>
        <translation>
            <numerusform>%n Komponente</numerusform>
            <numerusform>%n Komponenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n components</source>
        <translation>
            <numerusform>%n Komponente</numerusform>
            <numerusform>%n Komponenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Nicht gezählt</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>%1 must be yes or no.</source>
        <translation>%1 muss „Ja“ oder „Nein“ sein.</translation>
    </message>
    <message>
        <source>%1 must be a date and time such as 2025-12-31T23:59:59Z.</source>
        <translation>%1 muss ein Datum mit Uhrzeit sein, z. B. 2025-12-31T23:59:59Z.</translation>
    </message>
    <message>
        <source>%1 must be an email address.</source>
        <translation>%1 muss eine E-Mail-Adresse sein.</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>%1 cannot be changed.</source>
        <translation>%1 kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>keydesk::ResourcePage</name>
    <message>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Maschinen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <source>Search %1 (Ctrl+F): any part of a key, email, name, fingerprint or metadata</source>
        <translation>%1 durchsuchen (Strg+F): beliebiger Teil von Schlüssel, E-Mail-Adresse, Name, Fingerabdruck oder Metadaten</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
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
        <source>Expiring</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Gebannt</translation>
    </message>
    <message>
        <source>Alive</source>
        <translation>In Betrieb</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Resurrected</source>
        <translation>Wiederbelebt</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Yanked</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Any heartbeat</source>
        <translation>Beliebiger Heartbeat</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <source>Any product</source>
        <translation>Beliebiges Produkt</translation>
    </message>
    <message>
        <source>Any expiry</source>
        <translation>Beliebiger Ablauf</translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %n day(s)</source>
        <translation>
            <numerusform>Läuft innerhalb von %n Tag ab</numerusform>
            <numerusform>Läuft innerhalb von %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 shown</source>
        <translation>%L1 angezeigt</translation>
    </message>
    <message>
        <source>%L1 found</source>
        <translation>%L1 gefunden</translation>
    </message>
    <message>
        <source>%1 has changes that were not applied. Apply them now?</source>
        <translation>%1 hat Änderungen, die nicht übernommen wurden. Jetzt übernehmen?</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 · %L2 selected: actions work on at most %L3 rows at a time</source>
        <translation>%1 · %L2 ausgewählt: Aktionen wirken auf höchstens %L3 Zeilen auf einmal</translation>
    </message>
    <message>
        <source>%1 · %L2 selected</source>
        <translation>%1 · %L2 ausgewählt</translation>
    </message>
    <message>
        <source>The connection was closed during the export: nothing was written.</source>
        <translation>Die Verbindung wurde während des Exports geschlossen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>“%1” was deleted on the server, so it is no longer in the cache.</source>
        <translation>„%1“ wurde auf dem Server gelöscht und ist daher nicht mehr im Cache.</translation>
    </message>
    <message>
        <source>This record was deleted on the server: your changes can no longer be saved.</source>
        <translation>Dieser Datensatz wurde auf dem Server gelöscht: Ihre Änderungen können nicht mehr gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>keydesk::ResourceTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“%1” was found in %2: %3</source>
        <translation>„%1“ wurde gefunden in %2: %3</translation>
    </message>
    <message>
        <source>Found In</source>
        <translation>Gefunden in</translation>
    </message>
    <message>
        <source>Where the search text was found: a field of the record, or of its owner, license or machines</source>
        <translation>Wo der Suchtext gefunden wurde: in einem Feld des Eintrags oder seines Besitzers, seiner Lizenz oder seiner Maschinen</translation>
    </message>
</context>
<context>
    <name>keydesk::ValidateCommand</name>
    <message>
        <source>&amp;Validate…</source>
        <translation>&amp;Validieren…</translation>
    </message>
    <message>
        <source>Validate the license as the customer&apos;s software would, and see why it fails</source>
        <translation>Die Lizenz so validieren, wie es die Software des Kunden tun würde, und sehen, warum die Validierung fehlschlägt</translation>
    </message>
    <message>
        <source>Validate %1</source>
        <translation>%1 validieren</translation>
    </message>
    <message>
        <source>Optional: a machine fingerprint</source>
        <translation>Optional: Fingerabdruck einer Maschine</translation>
    </message>
    <message>
        <source>Optional: entitlement codes, separated by commas</source>
        <translation>Optional: Codes von Berechtigungen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Require its product</source>
        <translation>Produkt der Lizenz voraussetzen</translation>
    </message>
    <message>
        <source>Require its policy</source>
        <translation>Richtlinie der Lizenz voraussetzen</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Validieren</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>Entitlements:</source>
        <translation>Berechtigungen:</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>Wird validiert …</translation>
    </message>
    <message>
        <source>&lt;b&gt;Valid&lt;/b&gt; (%1). %2</source>
        <translation>&lt;b&gt;Gültig&lt;/b&gt; (%1). %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not valid&lt;/b&gt; (%1). %2</source>
        <translation>&lt;b&gt;Ungültig&lt;/b&gt; (%1). %2</translation>
    </message>
</context>
<context>
    <name>keydesk::Workspace</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>keydesk::api::ApiClient</name>
    <message>
        <source>Keydesk connects to %1 only over HTTPS, so that the token cannot be read on the way. Plain HTTP is allowed only for a server on this computer.</source>
        <translation>Keydesk verbindet sich mit %1 nur über HTTPS, damit das Token unterwegs nicht mitgelesen werden kann. Unverschlüsseltes HTTP ist nur für einen Server auf diesem Computer zulässig.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so Keydesk did not connect: %1. Someone may be intercepting the connection; if the server uses its own certificate authority, install it in the system&apos;s certificate store.</source>
        <translation>Das Zertifikat des Servers ist nicht vertrauenswürdig, daher hat Keydesk keine Verbindung hergestellt: %1. Möglicherweise fängt jemand die Verbindung ab; falls der Server eine eigene Zertifizierungsstelle verwendet, installieren Sie deren Zertifikat im Zertifikatspeicher des Systems.</translation>
    </message>
</context>
<context>
    <name>keydesk::api::ApiError</name>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>license key</source>
        <translation>Lizenzschlüssel</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>usage count</source>
        <translation>Anzahl der Nutzungen</translation>
    </message>
    <message>
        <source>maximum number of machines</source>
        <translation>Maximale Anzahl an Maschinen</translation>
    </message>
    <message>
        <source>maximum number of CPU cores</source>
        <translation>Maximale Anzahl an CPU-Kernen</translation>
    </message>
    <message>
        <source>maximum memory</source>
        <translation>Maximaler Arbeitsspeicher</translation>
    </message>
    <message>
        <source>maximum disk space</source>
        <translation>Maximaler Speicherplatz</translation>
    </message>
    <message>
        <source>maximum number of uses</source>
        <translation>Maximale Anzahl an Nutzungen</translation>
    </message>
    <message>
        <source>maximum number of processes</source>
        <translation>Maximale Anzahl an Prozessen</translation>
    </message>
    <message>
        <source>maximum number of users</source>
        <translation>Maximale Anzahl an Benutzern</translation>
    </message>
    <message>
        <source>maximum number of licenses</source>
        <translation>Maximale Anzahl an Lizenzen</translation>
    </message>
    <message>
        <source>heartbeat duration</source>
        <translation>Heartbeat-Dauer</translation>
    </message>
    <message>
        <source>check-in interval</source>
        <translation>Check-in-Intervall</translation>
    </message>
    <message>
        <source>number of check-in intervals</source>
        <translation>Anzahl der Check-in-Intervalle</translation>
    </message>
    <message>
        <source>key scheme</source>
        <translation>Schlüsselschema</translation>
    </message>
    <message>
        <source>number of CPU cores</source>
        <translation>Anzahl der CPU-Kerne</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>disk space</source>
        <translation>Speicherplatz</translation>
    </message>
    <message>
        <source>host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>license</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>machine</source>
        <translation>Maschine</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>entitlements</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>entitlement</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>pooled key</source>
        <translation>Pool-Schlüssel</translation>
    </message>
    <message>
        <source>artifact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <source>webhook endpoint</source>
        <translation>Webhook-Endpunkt</translation>
    </message>
    <message>
        <source>The limit for %1 has been reached (at most %2).</source>
        <translation>Die Obergrenze für „%1“ ist erreicht (höchstens %2).</translation>
    </message>
    <message>
        <source>The limit for %1 has been reached.</source>
        <translation>Die Obergrenze für „%1“ ist erreicht.</translation>
    </message>
    <message>
        <source>The selected %1 does not exist (any more). Choose another one.</source>
        <translation>Der für „%1“ ausgewählte Eintrag existiert nicht (mehr). Wählen Sie einen anderen aus.</translation>
    </message>
    <message>
        <source>The value of the %1 is not one of the allowed values.</source>
        <translation>Der Wert für „%1“ gehört nicht zu den zulässigen Werten.</translation>
    </message>
    <message>
        <source>The value of the %1 is not supported here: %2</source>
        <translation>Der Wert für „%1“ wird hier nicht unterstützt: %2</translation>
    </message>
    <message>
        <source>The %1 is not compatible: %2</source>
        <translation>Der Wert für „%1“ ist nicht kompatibel: %2</translation>
    </message>
    <message>
        <source>Choose the %1: it is required.</source>
        <translation>Wählen Sie einen Eintrag für „%1“ aus: Diese Angabe ist erforderlich.</translation>
    </message>
    <message>
        <source>Enter the %1: it cannot be empty.</source>
        <translation>Geben Sie einen Wert für „%1“ ein: Das Feld darf nicht leer sein.</translation>
    </message>
    <message>
        <source>This %1 is already in use. Choose another one.</source>
        <translation>Dieser Wert für „%1“ wird bereits verwendet. Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>The %1 conflicts with the id of an existing item. Choose another one.</source>
        <translation>Der Wert für „%1“ kollidiert mit der ID eines vorhandenen Elements. Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>The %1 is too long: %2</source>
        <translation>Der Wert für „%1“ ist zu lang: %2</translation>
    </message>
    <message>
        <source>The %1 is too short: %2</source>
        <translation>Der Wert für „%1“ ist zu kurz: %2</translation>
    </message>
    <message>
        <source>The value of the %1 is not valid.</source>
        <translation>Der Wert für „%1“ ist ungültig.</translation>
    </message>
    <message>
        <source>The value of the %1 is not valid: %2</source>
        <translation>Der Wert für „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>The server needs an API token for this. Add a token to the connection profile.</source>
        <translation>Der Server benötigt dafür ein API-Token. Fügen Sie dem Verbindungsprofil ein Token hinzu.</translation>
    </message>
    <message>
        <source>The API token of this profile is not valid for this account. Check the token or create a new one.</source>
        <translation>Das API-Token dieses Profils ist für dieses Konto nicht gültig. Prüfen Sie das Token oder erstellen Sie ein neues.</translation>
    </message>
    <message>
        <source>The API token has the wrong format: enter the token itself, not the token&apos;s id.</source>
        <translation>Das API-Token hat das falsche Format: Geben Sie das Token selbst ein, nicht seine ID.</translation>
    </message>
    <message>
        <source>The API token has expired. Create a new token and save it in the profile.</source>
        <translation>Das API-Token ist abgelaufen. Erstellen Sie ein neues Token und speichern Sie es im Profil.</translation>
    </message>
    <message>
        <source>This API token may not be used for this request.</source>
        <translation>Dieses API-Token darf für diese Anfrage nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The license key used to authenticate is not valid.</source>
        <translation>Der zur Authentifizierung verwendete Lizenzschlüssel ist ungültig.</translation>
    </message>
    <message>
        <source>The license used to authenticate belongs to a banned user.</source>
        <translation>Die zur Authentifizierung verwendete Lizenz gehört einem gesperrten Benutzer.</translation>
    </message>
    <message>
        <source>This license is already suspended.</source>
        <translation>Diese Lizenz ist bereits gesperrt.</translation>
    </message>
    <message>
        <source>This license is suspended, so it cannot be used to authenticate.</source>
        <translation>Diese Lizenz ist gesperrt und kann daher nicht zur Authentifizierung verwendet werden.</translation>
    </message>
    <message>
        <source>This license has expired, so it cannot be used to authenticate.</source>
        <translation>Diese Lizenz ist abgelaufen und kann daher nicht zur Authentifizierung verwendet werden.</translation>
    </message>
    <message>
        <source>The license&apos;s policy does not allow authenticating with a license key.</source>
        <translation>Die Richtlinie der Lizenz erlaubt keine Authentifizierung mit einem Lizenzschlüssel.</translation>
    </message>
    <message>
        <source>This user is banned.</source>
        <translation>Dieser Benutzer ist gesperrt.</translation>
    </message>
    <message>
        <source>The session is not valid. Sign in again.</source>
        <translation>Die Sitzung ist ungültig. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The session has expired. Sign in again.</source>
        <translation>Die Sitzung ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>A session may not be used for this request. Use an API token.</source>
        <translation>Für diese Anfrage darf keine Sitzung verwendet werden. Verwenden Sie ein API-Token.</translation>
    </message>
    <message>
        <source>This token is not allowed to do that. Use a token with more permissions.</source>
        <translation>Dieses Token ist dazu nicht befugt. Verwenden Sie ein Token mit weitergehenden Rechten.</translation>
    </message>
    <message>
        <source>Enter the email address.</source>
        <translation>Geben Sie die E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>The email address is not valid.</source>
        <translation>Die E-Mail-Adresse ist ungültig.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Geben Sie das Passwort ein.</translation>
    </message>
    <message>
        <source>The email address or the password is wrong.</source>
        <translation>Die E-Mail-Adresse oder das Passwort ist falsch.</translation>
    </message>
    <message>
        <source>This user cannot sign in with a password. Use an API token instead.</source>
        <translation>Dieser Benutzer kann sich nicht mit einem Passwort anmelden. Verwenden Sie stattdessen ein API-Token.</translation>
    </message>
    <message>
        <source>Enter the one-time code from your authenticator app.</source>
        <translation>Geben Sie den Einmalcode aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <source>The one-time code is wrong or has expired.</source>
        <translation>Der Einmalcode ist falsch oder abgelaufen.</translation>
    </message>
    <message>
        <source>This account requires single sign-on. Use an API token instead of a password.</source>
        <translation>Dieses Konto erfordert Single Sign-On. Verwenden Sie statt eines Passworts ein API-Token.</translation>
    </message>
    <message>
        <source>Single sign-on is not available for this account.</source>
        <translation>Single Sign-On ist für dieses Konto nicht verfügbar.</translation>
    </message>
    <message>
        <source>The server does not offer this function. Check the server address of the profile: it may not be a Keygen server, or an older version.</source>
        <translation>Der Server bietet diese Funktion nicht an. Prüfen Sie die Serveradresse im Profil: Möglicherweise ist es kein Keygen-Server oder eine ältere Version.</translation>
    </message>
    <message>
        <source>The account does not exist on this server. Check the account id of the profile.</source>
        <translation>Das Konto existiert auf diesem Server nicht. Prüfen Sie die Konto-ID im Profil.</translation>
    </message>
    <message>
        <source>The %1 does not exist on the server (any more). Someone may have deleted it.</source>
        <translation>Das angeforderte Element (%1) existiert auf dem Server nicht (mehr). Möglicherweise hat es jemand gelöscht.</translation>
    </message>
    <message>
        <source>The requested item does not exist on the server (any more). Someone may have deleted it.</source>
        <translation>Das angeforderte Element existiert auf dem Server nicht (mehr). Möglicherweise hat es jemand gelöscht.</translation>
    </message>
    <message>
        <source>The server&apos;s rate limit was reached: too many requests came from this computer in a short time. Wait a moment and try again.</source>
        <translation>Die Ratenbegrenzung des Servers wurde erreicht: Von diesem Computer kamen in kurzer Zeit zu viele Anfragen. Warten Sie einen Moment und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable. Try again in a moment.</source>
        <translation>Der Server ist vorübergehend nicht verfügbar. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server could not read the request: it is not valid JSON.</source>
        <translation>Der Server konnte die Anfrage nicht lesen: Sie ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The server could not read the request: it contains invalid characters.</source>
        <translation>Der Server konnte die Anfrage nicht lesen: Sie enthält ungültige Zeichen.</translation>
    </message>
    <message>
        <source>The server does not accept the request&apos;s content type.</source>
        <translation>Der Server akzeptiert den Inhaltstyp der Anfrage nicht.</translation>
    </message>
    <message>
        <source>The server does not accept the request&apos;s HTTP method.</source>
        <translation>Der Server akzeptiert die HTTP-Methode der Anfrage nicht.</translation>
    </message>
    <message>
        <source>The server does not support the API version Keydesk uses. The server may be too old.</source>
        <translation>Der Server unterstützt die von Keydesk verwendete API-Version nicht. Möglicherweise ist der Server zu alt.</translation>
    </message>
    <message>
        <source>The environment chosen in the profile does not exist on the server.</source>
        <translation>Die im Profil gewählte Umgebung existiert auf dem Server nicht.</translation>
    </message>
    <message>
        <source>The version constraint is not valid.</source>
        <translation>Die Versionsbedingung ist ungültig.</translation>
    </message>
    <message>
        <source>Enter the license key to validate.</source>
        <translation>Geben Sie den zu validierenden Lizenzschlüssel ein.</translation>
    </message>
    <message>
        <source>The server does not support the chosen algorithm for license and machine files.</source>
        <translation>Der Server unterstützt den gewählten Algorithmus für Lizenz- und Maschinendateien nicht.</translation>
    </message>
    <message>
        <source>The file cannot include the chosen related items.</source>
        <translation>Die Datei kann die gewählten verknüpften Elemente nicht enthalten.</translation>
    </message>
    <message>
        <source>The file&apos;s validity period is too short: it must be at least %1 seconds.</source>
        <translation>Die Gültigkeitsdauer der Datei ist zu kurz: Sie muss mindestens %1 Sekunden betragen.</translation>
    </message>
    <message>
        <source>The file&apos;s validity period is too short: it must be at least one hour.</source>
        <translation>Die Gültigkeitsdauer der Datei ist zu kurz: Sie muss mindestens eine Stunde betragen.</translation>
    </message>
    <message>
        <source>This user already has as many machines on this license as it allows. Deactivate one first.</source>
        <translation>Dieser Benutzer hat bereits so viele Maschinen für diese Lizenz, wie sie zulässt. Deaktivieren Sie zuerst eine.</translation>
    </message>
    <message>
        <source>This license already has as many machines as it allows. Deactivate one first.</source>
        <translation>Diese Lizenz hat bereits so viele Maschinen, wie sie zulässt. Deaktivieren Sie zuerst eine.</translation>
    </message>
    <message>
        <source>This user already has the one machine this license allows per user. Deactivate it first.</source>
        <translation>Dieser Benutzer hat bereits die einzige Maschine, die diese Lizenz pro Benutzer zulässt. Deaktivieren Sie sie zuerst.</translation>
    </message>
    <message>
        <source>This license already has its one allowed machine. Deactivate it first.</source>
        <translation>Diese Lizenz hat bereits die einzige zulässige Maschine. Deaktivieren Sie sie zuerst.</translation>
    </message>
    <message>
        <source>This user already has the maximum of %1 machines this license allows per user. Deactivate one first.</source>
        <translation>Dieser Benutzer hat bereits die Höchstzahl von %1 Maschinen, die diese Lizenz pro Benutzer zulässt. Deaktivieren Sie zuerst eine.</translation>
    </message>
    <message>
        <source>This license already has its maximum of %1 machines. Deactivate one first.</source>
        <translation>Diese Lizenz hat bereits die Höchstzahl von %1 Maschinen erreicht. Deaktivieren Sie zuerst eine.</translation>
    </message>
    <message>
        <source>The machines of this license would have more than its maximum of %1 CPU cores. Deactivate a machine first.</source>
        <translation>Die Maschinen dieser Lizenz hätten zusammen mehr als die zulässigen %1 CPU-Kerne. Deaktivieren Sie zuerst eine Maschine.</translation>
    </message>
    <message>
        <source>The machines of this license would have more CPU cores than it allows. Deactivate a machine first.</source>
        <translation>Die Maschinen dieser Lizenz hätten zusammen mehr CPU-Kerne, als sie zulässt. Deaktivieren Sie zuerst eine Maschine.</translation>
    </message>
    <message>
        <source>The group already has its maximum of %1 machines.</source>
        <translation>Die Gruppe hat bereits die Höchstzahl von %1 Maschinen erreicht.</translation>
    </message>
    <message>
        <source>The group already has as many machines as it allows.</source>
        <translation>Die Gruppe hat bereits so viele Maschinen, wie sie zulässt.</translation>
    </message>
    <message>
        <source>A machine with this fingerprint is already activated in this account.</source>
        <translation>In diesem Konto ist bereits eine Maschine mit diesem Fingerabdruck aktiviert.</translation>
    </message>
    <message>
        <source>A machine with this fingerprint is already activated for this product.</source>
        <translation>Für dieses Produkt ist bereits eine Maschine mit diesem Fingerabdruck aktiviert.</translation>
    </message>
    <message>
        <source>A machine with this fingerprint is already activated for this policy.</source>
        <translation>Für diese Richtlinie ist bereits eine Maschine mit diesem Fingerabdruck aktiviert.</translation>
    </message>
    <message>
        <source>A machine with this fingerprint is already activated for this license.</source>
        <translation>Für diese Lizenz ist bereits eine Maschine mit diesem Fingerabdruck aktiviert.</translation>
    </message>
    <message>
        <source>The fingerprint equals the id of another machine. Use a different fingerprint.</source>
        <translation>Der Fingerabdruck entspricht der ID einer anderen Maschine. Verwenden Sie einen anderen Fingerabdruck.</translation>
    </message>
    <message>
        <source>The machine stopped sending heartbeats and counts as dead. Reset its heartbeat or activate it again.</source>
        <translation>Die Maschine sendet keine Heartbeats mehr und gilt als ausgefallen. Setzen Sie ihren Heartbeat zurück oder aktivieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>The process stopped sending heartbeats and counts as dead. Start it again.</source>
        <translation>Der Prozess sendet keine Heartbeats mehr und gilt als ausgefallen. Starten Sie ihn erneut.</translation>
    </message>
    <message>
        <source>This license already has its one allowed user. Remove the user first.</source>
        <translation>Diese Lizenz hat bereits den einzigen zulässigen Benutzer. Entfernen Sie zuerst diesen Benutzer.</translation>
    </message>
    <message>
        <source>This license already has its maximum of %1 users. Remove one first.</source>
        <translation>Diese Lizenz hat bereits die Höchstzahl von %1 Benutzern erreicht. Entfernen Sie zuerst einen.</translation>
    </message>
    <message>
        <source>This license already has as many users as it allows. Remove one first.</source>
        <translation>Diese Lizenz hat bereits so viele Benutzer, wie sie zulässt. Entfernen Sie zuerst einen.</translation>
    </message>
    <message>
        <source>The group already has its maximum of %1 licenses.</source>
        <translation>Die Gruppe hat bereits die Höchstzahl von %1 Lizenzen erreicht.</translation>
    </message>
    <message>
        <source>The group already has as many licenses as it allows.</source>
        <translation>Die Gruppe hat bereits so viele Lizenzen, wie sie zulässt.</translation>
    </message>
    <message>
        <source>The group already has its maximum of %1 users.</source>
        <translation>Die Gruppe hat bereits die Höchstzahl von %1 Benutzern erreicht.</translation>
    </message>
    <message>
        <source>The group already has as many users as it allows.</source>
        <translation>Die Gruppe hat bereits so viele Benutzer, wie sie zulässt.</translation>
    </message>
    <message>
        <source>This license has reached its maximum of %1 uses.</source>
        <translation>Diese Lizenz hat die Höchstzahl von %1 Nutzungen erreicht.</translation>
    </message>
    <message>
        <source>This license has reached its maximum number of uses.</source>
        <translation>Diese Lizenz hat die maximale Anzahl an Nutzungen erreicht.</translation>
    </message>
    <message>
        <source>The usage count of a license cannot go below 0.</source>
        <translation>Die Anzahl der Nutzungen einer Lizenz kann nicht unter 0 sinken.</translation>
    </message>
    <message>
        <source>This license is not suspended, so it cannot be reinstated.</source>
        <translation>Diese Lizenz ist nicht gesperrt und kann daher nicht wieder freigegeben werden.</translation>
    </message>
    <message>
        <source>This license cannot be renewed because its policy has no duration.</source>
        <translation>Diese Lizenz kann nicht verlängert werden, weil ihre Richtlinie keine Laufzeit hat.</translation>
    </message>
    <message>
        <source>This license does not need check-ins: its policy does not require them.</source>
        <translation>Diese Lizenz benötigt keine Check-ins: Ihre Richtlinie schreibt sie nicht vor.</translation>
    </message>
    <message>
        <source>The license key equals the id of another license. Choose another key.</source>
        <translation>Der Lizenzschlüssel entspricht der ID einer anderen Lizenz. Wählen Sie einen anderen Schlüssel.</translation>
    </message>
    <message>
        <source>Another license already has this license key. Choose another key.</source>
        <translation>Eine andere Lizenz hat bereits diesen Lizenzschlüssel. Wählen Sie einen anderen Schlüssel.</translation>
    </message>
    <message>
        <source>A license key cannot be chosen for a license with legacy encryption.</source>
        <translation>Für eine Lizenz mit Legacy-Verschlüsselung kann kein Lizenzschlüssel festgelegt werden.</translation>
    </message>
    <message>
        <source>The license key&apos;s data is too long for the policy&apos;s RSA scheme: at most %1 bytes.</source>
        <translation>Die Daten des Lizenzschlüssels sind für das RSA-Schema der Richtlinie zu lang: höchstens %1 Byte.</translation>
    </message>
    <message>
        <source>The license key&apos;s data is too long for the policy&apos;s RSA scheme.</source>
        <translation>Die Daten des Lizenzschlüssels sind für das RSA-Schema der Richtlinie zu lang.</translation>
    </message>
    <message>
        <source>For a JWT license key, the key must be a JSON object of claims.</source>
        <translation>Bei einem JWT-Lizenzschlüssel muss der Schlüssel ein JSON-Objekt mit Claims sein.</translation>
    </message>
    <message>
        <source>The policy&apos;s pool of license keys is empty. Add keys to the pool first.</source>
        <translation>Der Schlüsselpool der Richtlinie ist leer. Fügen Sie dem Pool zuerst Schlüssel hinzu.</translation>
    </message>
    <message>
        <source>The license cannot move to that policy: the policies differ in encryption, key pool, key scheme or fingerprint uniqueness.</source>
        <translation>Die Lizenz kann nicht zu dieser Richtlinie wechseln: Die Richtlinien unterscheiden sich in Verschlüsselung, Schlüsselpool, Schlüsselschema oder Eindeutigkeit der Fingerabdrücke.</translation>
    </message>
    <message>
        <source>The expiry date is not a valid date and time.</source>
        <translation>Das Ablaufdatum ist keine gültige Datums- und Zeitangabe.</translation>
    </message>
    <message>
        <source>The metadata must be a set of keys and values.</source>
        <translation>Die Metadaten müssen aus Schlüssel-Wert-Paaren bestehen.</translation>
    </message>
    <message>
        <source>The metadata has too many keys: at most %1 are allowed.</source>
        <translation>Die Metadaten enthalten zu viele Schlüssel: Höchstens %1 sind zulässig.</translation>
    </message>
    <message>
        <source>The metadata has too many keys.</source>
        <translation>Die Metadaten enthalten zu viele Schlüssel.</translation>
    </message>
    <message>
        <source>The owner must be one of the license&apos;s users.</source>
        <translation>Der Inhaber muss einer der Benutzer der Lizenz sein.</translation>
    </message>
    <message>
        <source>The server does not support the policy&apos;s key scheme.</source>
        <translation>Der Server unterstützt das Schlüsselschema der Richtlinie nicht.</translation>
    </message>
    <message>
        <source>A policy with a pool of keys cannot also use encryption or a key scheme.</source>
        <translation>Eine Richtlinie mit Schlüsselpool kann nicht zusätzlich Verschlüsselung oder ein Schlüsselschema verwenden.</translation>
    </message>
    <message>
        <source>The 1.25× and 1.5× overage strategies need a floating policy.</source>
        <translation>Die Überschreitungsstrategien 1,25× und 1,5× erfordern eine Floating-Richtlinie.</translation>
    </message>
    <message>
        <source>This overage strategy needs limits that are divisible by %1.</source>
        <translation>Diese Überschreitungsstrategie erfordert Obergrenzen, die durch %1 teilbar sind.</translation>
    </message>
    <message>
        <source>This overage strategy does not fit the policy&apos;s limits.</source>
        <translation>Diese Überschreitungsstrategie passt nicht zu den Obergrenzen der Richtlinie.</translation>
    </message>
    <message>
        <source>Machines that are always revived must be kept when dead: choose to keep dead machines.</source>
        <translation>Maschinen, die immer wiederbelebt werden, müssen nach einem Ausfall erhalten bleiben: Wählen Sie die Option, ausgefallene Maschinen zu behalten.</translation>
    </message>
    <message>
        <source>The Keygen account has reached the number of active licensed users of its plan. Upgrade the plan to add more.</source>
        <translation>Das Keygen-Konto hat die Anzahl aktiver lizenzierter Benutzer seines Tarifs erreicht. Wechseln Sie zu einem größeren Tarif, um weitere hinzuzufügen.</translation>
    </message>
    <message>
        <source>The Keygen account has reached the number of licenses of its plan. Upgrade the plan to add more.</source>
        <translation>Das Keygen-Konto hat die Anzahl an Lizenzen seines Tarifs erreicht. Wechseln Sie zu einem größeren Tarif, um weitere hinzuzufügen.</translation>
    </message>
    <message>
        <source>The license is valid.</source>
        <translation>Die Lizenz ist gültig.</translation>
    </message>
    <message>
        <source>The license does not exist.</source>
        <translation>Die Lizenz existiert nicht.</translation>
    </message>
    <message>
        <source>The license is suspended.</source>
        <translation>Die Lizenz ist gesperrt.</translation>
    </message>
    <message>
        <source>The license has expired.</source>
        <translation>Die Lizenz ist abgelaufen.</translation>
    </message>
    <message>
        <source>The license is overdue for its check-in.</source>
        <translation>Der Check-in der Lizenz ist überfällig.</translation>
    </message>
    <message>
        <source>The user who owns the license is banned.</source>
        <translation>Der Benutzer, dem die Lizenz gehört, ist gesperrt.</translation>
    </message>
    <message>
        <source>The license is not activated: its node-locked policy needs exactly one machine.</source>
        <translation>Die Lizenz ist nicht aktiviert: Ihre maschinengebundene Richtlinie erfordert genau eine Maschine.</translation>
    </message>
    <message>
        <source>The license is not activated: its floating policy needs at least one machine.</source>
        <translation>Die Lizenz ist nicht aktiviert: Ihre Floating-Richtlinie erfordert mindestens eine Maschine.</translation>
    </message>
    <message>
        <source>The license has more machines than its policy allows.</source>
        <translation>Die Lizenz hat mehr Maschinen, als ihre Richtlinie zulässt.</translation>
    </message>
    <message>
        <source>The license&apos;s machines have more CPU cores than its policy allows.</source>
        <translation>Die Maschinen der Lizenz haben mehr CPU-Kerne, als ihre Richtlinie zulässt.</translation>
    </message>
    <message>
        <source>The license&apos;s machines have more memory than its policy allows.</source>
        <translation>Die Maschinen der Lizenz haben mehr Arbeitsspeicher, als ihre Richtlinie zulässt.</translation>
    </message>
    <message>
        <source>The license&apos;s machines have more disk space than its policy allows.</source>
        <translation>Die Maschinen der Lizenz haben mehr Speicherplatz, als ihre Richtlinie zulässt.</translation>
    </message>
    <message>
        <source>The license has more processes than its policy allows.</source>
        <translation>Die Lizenz hat mehr Prozesse, als ihre Richtlinie zulässt.</translation>
    </message>
    <message>
        <source>The license has more users than its policy allows.</source>
        <translation>Die Lizenz hat mehr Benutzer, als ihre Richtlinie zulässt.</translation>
    </message>
    <message>
        <source>The machine has to send its first heartbeat before the license is valid on it.</source>
        <translation>Die Maschine muss ihren ersten Heartbeat senden, bevor die Lizenz auf ihr gültig ist.</translation>
    </message>
    <message>
        <source>The machine stopped sending heartbeats and counts as dead.</source>
        <translation>Die Maschine sendet keine Heartbeats mehr und gilt als ausgefallen.</translation>
    </message>
    <message>
        <source>Validating this license needs the machine&apos;s fingerprint.</source>
        <translation>Für die Validierung dieser Lizenz wird der Fingerabdruck der Maschine benötigt.</translation>
    </message>
    <message>
        <source>The license is not activated on this machine: no machine with this fingerprint.</source>
        <translation>Die Lizenz ist auf dieser Maschine nicht aktiviert: Es gibt keine Maschine mit diesem Fingerabdruck.</translation>
    </message>
    <message>
        <source>The fingerprint given for the validation is empty.</source>
        <translation>Der für die Validierung angegebene Fingerabdruck ist leer.</translation>
    </message>
    <message>
        <source>Validating this license needs the machine&apos;s components.</source>
        <translation>Für die Validierung dieser Lizenz werden die Komponenten der Maschine benötigt.</translation>
    </message>
    <message>
        <source>The machine&apos;s components do not match the ones activated with the license.</source>
        <translation>Die Komponenten der Maschine stimmen nicht mit denen überein, die mit der Lizenz aktiviert wurden.</translation>
    </message>
    <message>
        <source>The components given for the validation are empty.</source>
        <translation>Die für die Validierung angegebenen Komponenten sind leer.</translation>
    </message>
    <message>
        <source>Validating this license needs the user.</source>
        <translation>Für die Validierung dieser Lizenz wird der Benutzer benötigt.</translation>
    </message>
    <message>
        <source>The license or the machine belongs to another user.</source>
        <translation>Die Lizenz oder die Maschine gehört einem anderen Benutzer.</translation>
    </message>
    <message>
        <source>Validating this license needs the product.</source>
        <translation>Für die Validierung dieser Lizenz wird das Produkt benötigt.</translation>
    </message>
    <message>
        <source>The license belongs to another product.</source>
        <translation>Die Lizenz gehört zu einem anderen Produkt.</translation>
    </message>
    <message>
        <source>Validating this license needs the policy.</source>
        <translation>Für die Validierung dieser Lizenz wird die Richtlinie benötigt.</translation>
    </message>
    <message>
        <source>The license belongs to another policy.</source>
        <translation>Die Lizenz gehört zu einer anderen Richtlinie.</translation>
    </message>
    <message>
        <source>Validating this license needs the machine.</source>
        <translation>Für die Validierung dieser Lizenz wird die Maschine benötigt.</translation>
    </message>
    <message>
        <source>The license is not activated on this machine.</source>
        <translation>Die Lizenz ist auf dieser Maschine nicht aktiviert.</translation>
    </message>
    <message>
        <source>The license lacks one or more of the required entitlements.</source>
        <translation>Der Lizenz fehlen eine oder mehrere der erforderlichen Berechtigungen.</translation>
    </message>
    <message>
        <source>The entitlements given for the validation are empty.</source>
        <translation>Die für die Validierung angegebenen Berechtigungen sind leer.</translation>
    </message>
    <message>
        <source>Validating this license needs the release version.</source>
        <translation>Für die Validierung dieser Lizenz wird die Release-Version benötigt.</translation>
    </message>
    <message>
        <source>The license gives no access to a published release with this version.</source>
        <translation>Die Lizenz gewährt keinen Zugriff auf ein veröffentlichtes Release mit dieser Version.</translation>
    </message>
    <message>
        <source>Validating this license needs the artifact&apos;s checksum.</source>
        <translation>Für die Validierung dieser Lizenz wird die Prüfsumme des Artefakts benötigt.</translation>
    </message>
    <message>
        <source>The license gives no access to an artifact with this checksum.</source>
        <translation>Die Lizenz gewährt keinen Zugriff auf ein Artefakt mit dieser Prüfsumme.</translation>
    </message>
    <message>
        <source>Validating this license needs the environment.</source>
        <translation>Für die Validierung dieser Lizenz wird die Umgebung benötigt.</translation>
    </message>
    <message>
        <source>The license belongs to another environment.</source>
        <translation>Die Lizenz gehört zu einer anderen Umgebung.</translation>
    </message>
    <message>
        <source>The server could not process the request.</source>
        <translation>Der Server konnte die Anfrage nicht verarbeiten.</translation>
    </message>
    <message>
        <source>The server did not accept the credentials of this profile.</source>
        <translation>Der Server hat die Anmeldedaten dieses Profils nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The Keygen account&apos;s plan does not allow this. Check the account&apos;s subscription.</source>
        <translation>Der Tarif des Keygen-Kontos erlaubt dies nicht. Prüfen Sie das Abonnement des Kontos.</translation>
    </message>
    <message>
        <source>The credentials of this profile are not allowed to do that.</source>
        <translation>Mit den Anmeldedaten dieses Profils ist dies nicht erlaubt.</translation>
    </message>
    <message>
        <source>The server has nothing at this address. The item may have been deleted, or the server address is wrong.</source>
        <translation>Unter dieser Adresse gibt es auf dem Server nichts. Möglicherweise wurde das Element gelöscht, oder die Serveradresse ist falsch.</translation>
    </message>
    <message>
        <source>The server does not support this operation.</source>
        <translation>Der Server unterstützt diesen Vorgang nicht.</translation>
    </message>
    <message>
        <source>The server gave up waiting for the request. Try again.</source>
        <translation>Der Server hat das Warten auf die Anfrage aufgegeben. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The change conflicts with another change on the server. Reload and try again.</source>
        <translation>Die Änderung steht im Konflikt mit einer anderen Änderung auf dem Server. Laden Sie die Daten neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server refused the values that were sent. Check your entries.</source>
        <translation>Der Server hat die gesendeten Werte abgelehnt. Prüfen Sie Ihre Eingaben.</translation>
    </message>
    <message>
        <source>The server received too many requests in a short time. Wait a moment and try again.</source>
        <translation>Der Server hat in kurzer Zeit zu viele Anfragen erhalten. Warten Sie einen Moment und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server had an internal error. Try again later.</source>
        <translation>Auf dem Server ist ein interner Fehler aufgetreten. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable. Try again later.</source>
        <translation>Der Server ist vorübergehend nicht verfügbar. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server could not complete the request (HTTP status %1). Try again later.</source>
        <translation>Der Server konnte die Anfrage nicht abschließen (HTTP-Status %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP status %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP-Status %1).</translation>
    </message>
    <message>
        <source>The server answered with the unexpected HTTP status %1.</source>
        <translation>Der Server hat mit dem unerwarteten HTTP-Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>The server refused Keydesk&apos;s request for signed answers (%1). Choose another signature algorithm in the profile.</source>
        <translation>Der Server hat die Anforderung signierter Antworten durch Keydesk abgelehnt (%1). Wählen Sie im Profil einen anderen Signaturalgorithmus.</translation>
    </message>
    <message>
        <source> (parameter %1)</source>
        <translation> (Parameter %1)</translation>
    </message>
    <message>
        <source>%1 %2%3</source>
        <translation>%1 %2%3</translation>
    </message>
    <message>
        <source>The server asks to wait 1 second.</source>
        <translation>Der Server bittet, 1 Sekunde zu warten.</translation>
    </message>
    <message>
        <source>The server asks to wait %1 seconds.</source>
        <translation>Der Server bittet, %1 Sekunden zu warten.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check the connection and try again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer failed the signature check and was ignored: it may not come from the account&apos;s server.</source>
        <translation>Die Antwort des Servers hat die Signaturprüfung nicht bestanden und wurde ignoriert: Möglicherweise stammt sie nicht vom Server des Kontos.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read. It may not be a Keygen server.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden. Möglicherweise ist es kein Keygen-Server.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read. %1</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established: its certificate is not trusted or the encryption failed. Someone may be intercepting the connection.</source>
        <translation>Es konnte keine sichere Verbindung zum Server hergestellt werden: Sein Zertifikat ist nicht vertrauenswürdig, oder die Verschlüsselung ist fehlgeschlagen. Möglicherweise fängt jemand die Verbindung ab.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the server address and port, and whether the server is running.</source>
        <translation>Der Server hat die Verbindung abgelehnt. Prüfen Sie die Serveradresse und den Port und ob der Server läuft.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering. Try again.</source>
        <translation>Der Server hat die Verbindung vor der Antwort geschlossen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found. Check the server address and the internet connection.</source>
        <translation>Der Servername konnte nicht gefunden werden. Prüfen Sie die Serveradresse und die Internetverbindung.</translation>
    </message>
    <message>
        <source>The network connection was lost. Check the connection and try again.</source>
        <translation>Die Netzwerkverbindung wurde unterbrochen. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The proxy server could not be reached. Check the proxy settings.</source>
        <translation>Der Proxyserver konnte nicht erreicht werden. Prüfen Sie die Proxyeinstellungen.</translation>
    </message>
    <message>
        <source>The proxy server requires a sign-in. Check the proxy settings.</source>
        <translation>Der Proxyserver erfordert eine Anmeldung. Prüfen Sie die Proxyeinstellungen.</translation>
    </message>
    <message>
        <source>The server redirected the request too many times. Check the server address.</source>
        <translation>Der Server hat die Anfrage zu oft umgeleitet. Prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>The server redirected the request to an unencrypted address, so Keydesk stopped.</source>
        <translation>Der Server hat die Anfrage an eine unverschlüsselte Adresse umgeleitet, daher hat Keydesk abgebrochen.</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>Der Server konnte nicht erreicht werden.</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Der Server konnte nicht erreicht werden: %1</translation>
    </message>
    <message>
        <source>Choose the %1: none is selected, or the selected one does not exist (any more).</source>
        <translation>Wählen Sie einen Eintrag für „%1“: Es ist keiner ausgewählt, oder der ausgewählte existiert nicht (mehr).</translation>
    </message>
</context>
<context>
    <name>keydesk::api::Document</name>
    <message>
        <source>A resource in the server&apos;s answer has no type.</source>
        <translation>Eine Ressource in der Antwort des Servers hat keinen Typ.</translation>
    </message>
    <message>
        <source>A resource in the server&apos;s answer has an id that is not a string.</source>
        <translation>Eine Ressource in der Antwort des Servers hat eine ID, die keine Zeichenkette ist.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of a resource in the server&apos;s answer is not an object.</source>
        <translation>Das Feld „%1“ einer Ressource in der Antwort des Servers ist kein Objekt.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is empty.</source>
        <translation>Die Antwort des Servers ist leer.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>Die Antwort des Servers ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON:API document: it has no data, errors or meta.</source>
        <translation>Die Antwort des Servers ist kein JSON:API-Dokument: Sie enthält weder data noch errors noch meta.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of the server&apos;s answer is not an object.</source>
        <translation>Das Feld „%1“ der Antwort des Servers ist kein Objekt.</translation>
    </message>
    <message>
        <source>The server&apos;s answer lists something that is not a resource.</source>
        <translation>Die Antwort des Servers listet etwas auf, das keine Ressource ist.</translation>
    </message>
    <message>
        <source>The data of the server&apos;s answer is neither a resource, a list nor null.</source>
        <translation>Die Daten der Antwort des Servers sind weder eine Ressource noch eine Liste noch null.</translation>
    </message>
    <message>
        <source>The member &quot;included&quot; of the server&apos;s answer is not a list.</source>
        <translation>Das Feld „included“ der Antwort des Servers ist keine Liste.</translation>
    </message>
    <message>
        <source>The server&apos;s answer includes something that is not a resource.</source>
        <translation>Die Antwort des Servers enthält etwas, das keine Ressource ist.</translation>
    </message>
    <message>
        <source>The member &quot;errors&quot; of the server&apos;s answer is not a list.</source>
        <translation>Das Feld „errors“ der Antwort des Servers ist keine Liste.</translation>
    </message>
    <message>
        <source>The server&apos;s answer holds an error that is not an object.</source>
        <translation>Die Antwort des Servers enthält einen Fehler, der kein Objekt ist.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON.</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The server did not answer with a list.</source>
        <translation>Der Server hat nicht mit einer Liste geantwortet.</translation>
    </message>
</context>
<context>
    <name>keydesk::api::Pager</name>
    <message>
        <source>The server sent the same page link twice.</source>
        <translation>Der Server hat denselben Seitenlink zweimal gesendet.</translation>
    </message>
    <message>
        <source>The server sent a page link to another server (%1).</source>
        <translation>Der Server hat einen Seitenlink zu einem anderen Server geschickt (%1).</translation>
    </message>
</context>
<context>
    <name>keydesk::api::SignatureCheck</name>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>The server&apos;s answer is genuine: it is signed with the account&apos;s key.</source>
        <translation>Die Antwort des Servers ist echt: Sie ist mit dem Schlüssel des Kontos signiert.</translation>
    </message>
    <message>
        <source>The signature of the server&apos;s answer was not checked.</source>
        <translation>Die Signatur der Antwort des Servers wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not signed, so it may not come from the account&apos;s server.</source>
        <translation>Die Antwort des Servers ist nicht signiert und stammt daher möglicherweise nicht vom Server des Kontos.</translation>
    </message>
    <message>
        <source>The signature of the server&apos;s answer cannot be read.</source>
        <translation>Die Signatur der Antwort des Servers kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is signed with an unknown algorithm (%1).</source>
        <translation>Die Antwort des Servers ist mit einem unbekannten Algorithmus signiert (%1).</translation>
    </message>
    <message>
        <source>The signature of the server&apos;s answer does not cover what Keygen signs.</source>
        <translation>Die Signatur der Antwort des Servers deckt nicht die Bestandteile ab, die Keygen signiert.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is signed for another account (%1).</source>
        <translation>Die Antwort des Servers ist für ein anderes Konto signiert (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is signed with %1, but the profile has no public key of that kind. Load the account&apos;s public keys again.</source>
        <translation>Die Antwort des Servers ist mit %1 signiert, aber das Profil enthält keinen öffentlichen Schlüssel dieser Art. Laden Sie die öffentlichen Schlüssel des Kontos erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no digest of its content, so its signature cannot be checked.</source>
        <translation>Die Antwort des Servers enthält keinen Hashwert ihres Inhalts, daher kann ihre Signatur nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The content of the server&apos;s answer was altered on the way: it does not match its digest.</source>
        <translation>Der Inhalt der Antwort des Servers wurde unterwegs verändert: Er passt nicht zu seinem Hashwert.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no date, so its signature cannot be checked.</source>
        <translation>Die Antwort des Servers hat kein Datum, daher kann ihre Signatur nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The date of the server&apos;s answer cannot be read.</source>
        <translation>Das Datum der Antwort des Servers kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is dated %1 in the past: it may be a replayed old answer, or this computer&apos;s clock is wrong.</source>
        <translation>Das Datum der Antwort des Servers liegt %1 in der Vergangenheit: Möglicherweise wurde eine alte Antwort erneut eingespielt, oder die Uhr dieses Computers geht falsch.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is dated %1 in the future: this computer&apos;s clock or the server&apos;s is wrong.</source>
        <translation>Das Datum der Antwort des Servers liegt %1 in der Zukunft: Die Uhr dieses Computers oder die des Servers geht falsch.</translation>
    </message>
    <message>
        <source>The signature of the server&apos;s answer does not match the account&apos;s public key: the answer may be forged or altered.</source>
        <translation>Die Signatur der Antwort des Servers passt nicht zum öffentlichen Schlüssel des Kontos: Die Antwort wurde möglicherweise gefälscht oder verändert.</translation>
    </message>
    <message>
        <source>Keydesk ignored the answer.</source>
        <translation>Keydesk hat die Antwort ignoriert.</translation>
    </message>
</context>
<context>
    <name>keydesk::cache::Cache</name>
    <message>
        <source>The cache %1 is damaged (%2). Forget this cache to build it again.</source>
        <translation>Der Zwischenspeicher %1 ist beschädigt (%2). Verwerfen Sie ihn, um ihn neu aufzubauen.</translation>
    </message>
    <message>
        <source>The cache %1 could not be read or written: %2.</source>
        <translation>Der Zwischenspeicher %1 konnte nicht gelesen oder geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Keydesk cache. Choose another file.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Keydesk-Zwischenspeicher. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer version of Keydesk (schema %2; this version knows %3). Forget this cache or use the newer Keydesk.</source>
        <translation>Der Zwischenspeicher %1 wurde von einer neueren Keydesk-Version geschrieben (Schema %2; diese Version kennt %3). Verwerfen Sie ihn oder verwenden Sie das neuere Keydesk.</translation>
    </message>
    <message>
        <source>A %1 resource without an id cannot be cached.</source>
        <translation>Eine %1-Ressource ohne ID kann nicht zwischengespeichert werden.</translation>
    </message>
    <message>
        <source>The cache %1 is not a file.</source>
        <translation>Der Zwischenspeicher %1 ist keine Datei.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The cache %1 could not be created: %2.</source>
        <translation>Der Zwischenspeicher %1 konnte nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>The cache %1 could not be opened: %2.</source>
        <translation>Der Zwischenspeicher %1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Keydesk cache, or it is damaged (%2). Forget this cache to build it again.</source>
        <translation>%1 ist kein Keydesk-Zwischenspeicher oder beschädigt (%2). Verwerfen Sie ihn, um ihn neu aufzubauen.</translation>
    </message>
    <message>
        <source>%1 could not be deleted.</source>
        <translation>%1 konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The cache is not open.</source>
        <translation>Der Zwischenspeicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The cache does not keep %1.</source>
        <translation>Der Zwischenspeicher enthält keine %1.</translation>
    </message>
    <message>
        <source>The sync pass %1 of %2 is not the current one (%3).</source>
        <translation>Der Synchronisierungsdurchlauf %1 für %2 ist nicht der aktuelle (%3).</translation>
    </message>
    <message>
        <source>A filter names a column %1 does not have.</source>
        <translation>Ein Filter nennt eine Spalte, die %1 nicht hat.</translation>
    </message>
    <message>
        <source>%1 have no column %2.</source>
        <translation>%1 haben keine Spalte %2.</translation>
    </message>
    <message>
        <source>The query names a column %1 do not have.</source>
        <translation>Die Abfrage nennt eine Spalte, die %1 nicht haben.</translation>
    </message>
    <message>
        <source>The cached %1 %2 is damaged.</source>
        <translation>Der zwischengespeicherte Eintrag %1 %2 ist beschädigt.</translation>
    </message>
    <message>
        <source>%1 have no relationship %2.</source>
        <translation>%1 haben keine Beziehung %2.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>The cache %1 is in use; stop the sync and try again.</source>
        <translation>Der Zwischenspeicher %1 wird gerade verwendet; halten Sie die Synchronisierung an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The changes could not be saved in the cache.</source>
        <translation>Die Änderungen konnten nicht im Cache gespeichert werden.</translation>
    </message>
    <message>
        <source>The search index of the cache %1 could not be written: %2.</source>
        <translation>Der Suchindex des Zwischenspeichers %1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>The %1 %2 cannot be cached: its JSON is nested too deeply.</source>
        <translation>%1 %2 kann nicht zwischengespeichert werden: sein JSON ist zu tief verschachtelt.</translation>
    </message>
</context>
<context>
    <name>keydesk::cli</name>
    <message>
        <source>Unknown command or option “%1”. Run keydesk --help.</source>
        <translation>Unbekannter Befehl oder unbekannte Option „%1“. Rufen Sie keydesk --help auf.</translation>
    </message>
    <message>
        <source>Usage: keydesk inspect FILE... [--public-key KEY]... [--license-key KEY] [--fingerprint FP] [--scheme SCHEME] [--at TIME] [--json]</source>
        <translation>Verwendung: keydesk inspect FILE... [--public-key KEY]... [--license-key KEY] [--fingerprint FP] [--scheme SCHEME] [--at TIME] [--json]</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>Give either --profile or --url with --account, not both.</source>
        <translation>Geben Sie entweder --profile oder --url mit --account an, nicht beides.</translation>
    </message>
    <message>
        <source>There is no connection profile named “%1”.</source>
        <translation>Es gibt kein Verbindungsprofil namens „%1“.</translation>
    </message>
    <message>
        <source>Name the account: --profile NAME, or --url URL --account ID.</source>
        <translation>Nennen Sie das Konto: --profile NAME oder --url URL --account ID.</translation>
    </message>
    <message>
        <source>Set KEYDESK_TOKEN to the API token: tokens are never given on the command line.</source>
        <translation>Setzen Sie KEYDESK_TOKEN auf das API-Token: Tokens werden nie auf der Befehlszeile übergeben.</translation>
    </message>
    <message>
        <source>No token is stored for “%1”: connect once in Keydesk, or set KEYDESK_TOKEN.</source>
        <translation>Für „%1“ ist kein Token gespeichert: Verbinden Sie sich einmal in Keydesk, oder setzen Sie KEYDESK_TOKEN.</translation>
    </message>
    <message>
        <source>The local cache cannot be opened: %1</source>
        <translation>Der lokale Zwischenspeicher kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Run keydesk --help for the options.</source>
        <translation>Rufen Sie keydesk --help auf, um die Optionen anzuzeigen.</translation>
    </message>
    <message>
        <source>“%1” is not a type Keydesk keeps: %2.</source>
        <translation>„%1“ ist kein Typ, den Keydesk speichert: %2.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (%1/s, about %2 s left)</source>
        <translation> (%1/s, noch etwa %2 s)</translation>
    </message>
    <message>
        <source>, done</source>
        <translation>, fertig</translation>
    </message>
    <message>
        <source>The sync stopped; run it again to continue where it stopped.</source>
        <translation>Die Synchronisierung wurde angehalten; starten Sie sie erneut, um dort fortzufahren.</translation>
    </message>
    <message>
        <source>Synced %1 records into %2.</source>
        <translation>%1 Einträge nach %2 synchronisiert.</translation>
    </message>
    <message>
        <source>Choose one of --json and --csv.</source>
        <translation>Wählen Sie entweder --json oder --csv.</translation>
    </message>
    <message>
        <source>Name the type to list, e.g. licenses.</source>
        <translation>Nennen Sie den Typ, der aufgelistet werden soll, z. B. licenses.</translation>
    </message>
    <message>
        <source>“%1” is not a column of %2: %3.</source>
        <translation>„%1“ ist keine Spalte von %2: %3.</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit braucht eine positive Zahl.</translation>
    </message>
    <message>
        <source>A filter is COLUMN=VALUE with one of the columns %1.</source>
        <translation>Ein Filter hat die Form COLUMN=VALUE mit einer der Spalten %1.</translation>
    </message>
    <message>
        <source>Give one text to search for (quote it when it has spaces).</source>
        <translation>Geben Sie einen Suchtext an (in Anführungszeichen, wenn er Leerzeichen enthält).</translation>
    </message>
    <message>
        <source>Nothing is cached for “%1” yet: run keydesk sync with the same --profile or --url and --account first.</source>
        <translation>Für „%1“ ist noch nichts im Cache: Führen Sie zuerst keydesk sync mit denselben Angaben --profile oder --url und --account aus.</translation>
    </message>
    <message>
        <source>No %1 are cached for “%2” yet: run keydesk sync with the same --profile or --url and --account first.</source>
        <translation>Für „%2“ sind noch keine %1 im Cache: Führen Sie zuerst keydesk sync mit denselben Angaben --profile oder --url und --account aus.</translation>
    </message>
    <message>
        <source>The sync of %1 has not finished yet, so some may be missing: run keydesk sync to complete it.</source>
        <translation>Die Synchronisierung von %1 ist noch nicht abgeschlossen, es kann also etwas fehlen: Führen Sie keydesk sync aus, um sie abzuschließen.</translation>
    </message>
    <message>
        <source>Nothing cached matches “%1”.</source>
        <translation>Nichts im Cache passt zu „%1“.</translation>
    </message>
    <message>
        <source>No %1 have %2 “%3”; the cached values are %4.</source>
        <translation>Keine %1 haben %2 „%3“; im Cache vorhanden sind %4.</translation>
    </message>
    <message>
        <source>The sync was stopped; what it had written is kept. Run keydesk sync again to continue where it stopped.</source>
        <translation>Die Synchronisierung wurde angehalten; was sie schon geschrieben hatte, bleibt erhalten. Führen Sie keydesk sync erneut aus, um dort fortzufahren.</translation>
    </message>
    <message>
        <source>The local cache cannot be read: %1</source>
        <translation>Der lokale Cache kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Usage: keydesk [--lang LANG] [--sandbox] [FILE.lic]
       keydesk inspect FILE... [--public-key KEY]... [--license-key KEY] [--fingerprint FP]
                       [--scheme SCHEME] [--at TIME] [--json]
       keydesk sandbox [--host ADDRESS] [--port N] [--data FILE.sqlite] [--account SLUG] [--demo N]
                       [--rate-limit N/WINDOW] [--faults LIST] [--json]
       keydesk sync   TARGET [--types TYPE,...] [--quick]
       keydesk list   TYPE [--filter COLUMN=VALUE]... [--sort COLUMN] [--asc] [--limit N]
                      [--json | --csv] TARGET
       keydesk search TEXT [--type TYPE]... [--limit N] [--json] TARGET
       TARGET = --profile NAME | --url URL --account ID [--environment CODE]

Keydesk is a desktop console for Keygen-compatible licensing APIs.
Without a command it opens the console on the current profile (or, with FILE.lic, the License File
Inspector on that file). --sandbox opens the console on a local sandbox with demo data.

Commands:
  inspect      Verify and decode license files, machine files and signed license keys, offline.
               FILE may be a .lic file, a file holding a license key, or - for standard input.
  sandbox      Serve a local Keygen-compatible API (loopback by default) until Ctrl+C; prints its
               URL, account and admin token. State is kept in FILE.sqlite (:memory: for none).
               --demo N seeds N demo licenses with customers, machines and releases on first start;
               --rate-limit 60/1m turns on Keygen&apos;s rate limits; --faults latency=MS,error-rate=P,
               drop-rate=P injects delays, 503 answers and dropped connections.
  sync         Copy the account into the local cache (resumes an interrupted sync; --quick
               fetches only the newest records; Ctrl+C stops it, keeping what was written).
               The token comes from KEYDESK_TOKEN or the profile&apos;s keychain entry, never from
               the command line.
  list         Print the cached records of a type (licenses, machines, users …), as text,
               JSON or CSV (RFC 4180, for spreadsheets).
  search       Find cached records by any fragment of 3 or more characters of a key,
               fingerprint, email, name, hostname or metadata value. With --type, also through
               related records: licenses by their owner or their machines, machines by their
               license or owner, users by their licenses (field owner.email, machines.fingerprint …).

Options:
  --public-key KEY   The account&apos;s public key: 64 hex characters (Ed25519), PEM, base64 DER,
                     a value of the account&apos;s meta.keys, or a file holding any of these.
                     Repeat it to give several keys; the one matching the file is used.
  --license-key KEY  The license key that decrypts an encrypted license or machine file.
  --fingerprint FP   The machine fingerprint that, with the license key, decrypts a machine file.
  --scheme SCHEME    The key&apos;s scheme (ED25519_SIGN, RSA_2048_PKCS1_PSS_SIGN_V2 …); detected if omitted.
  --at TIME          Judge expiry as of this ISO 8601 time instead of now.
  --json             Print one JSON document instead of text.
  --lang LANG        Use this language (for example de) instead of the system&apos;s.
  -h, --help         Show this help.
  -v, --version      Show the version.

Exit codes: 0 valid, or done; 1 invalid, expired or tampered, a failed sync, or nothing cached
yet for list and search; 2 usage or input error; 130 a sync stopped with Ctrl+C.
</source>
        <translation>Verwendung: keydesk [--lang LANG] [--sandbox] [FILE.lic]
            keydesk inspect FILE... [--public-key KEY]... [--license-key KEY] [--fingerprint FP]
                            [--scheme SCHEME] [--at TIME] [--json]
            keydesk sandbox [--host ADDRESS] [--port N] [--data FILE.sqlite] [--account SLUG] [--demo N]
                            [--rate-limit N/WINDOW] [--faults LIST] [--json]
            keydesk sync   TARGET [--types TYPE,...] [--quick]
            keydesk list   TYPE [--filter COLUMN=VALUE]... [--sort COLUMN] [--asc] [--limit N]
                           [--json | --csv] TARGET
            keydesk search TEXT [--type TYPE]... [--limit N] [--json] TARGET
            TARGET = --profile NAME | --url URL --account ID [--environment CODE]

Keydesk ist eine Desktop-Konsole für Keygen-kompatible Lizenzierungs-APIs.
Ohne Befehl öffnet Keydesk die Konsole mit dem aktuellen Profil (oder, mit FILE.lic, den Lizenzprüfer
mit dieser Datei). --sandbox öffnet die Konsole mit einer lokalen Sandbox mit Demodaten.

Befehle:
  inspect      Lizenz- und Maschinendateien sowie signierte Lizenzschlüssel offline prüfen
               und auslesen.
               FILE: .lic-Datei, Datei mit Lizenzschlüssel oder - für die Standardeingabe.
  sandbox      Eine lokale Keygen-kompatible API bereitstellen (standardmäßig nur lokal), bis
               Strg+C gedrückt wird; zeigt URL, Konto und Admin-Token an. Der Zustand wird in
               FILE.sqlite gespeichert (:memory: für keinen).
               --demo N legt beim ersten Start N Demo-Lizenzen mit Kunden, Maschinen und Releases an;
               --rate-limit 60/1m schaltet die Ratenbegrenzung von Keygen ein; --faults latency=MS,
               error-rate=P,drop-rate=P erzeugt Verzögerungen, 503-Antworten und abgebrochene Verbindungen.
  sync         Das Konto in den lokalen Zwischenspeicher kopieren (setzt eine unterbrochene
               Synchronisierung fort; --quick holt nur die neuesten Einträge; Strg+C hält sie an und
               behält, was geschrieben ist). Das Token kommt aus KEYDESK_TOKEN oder dem
               Schlüsselbund-Eintrag des Profils, nie von der Befehlszeile.
  list         Die zwischengespeicherten Einträge eines Typs (licenses, machines, users …) als Text,
               JSON oder CSV (RFC 4180, für Tabellenkalkulationen) ausgeben.
  search       Zwischengespeicherte Einträge über ein beliebiges Fragment von mindestens 3 Zeichen
               eines Schlüssels, Fingerabdrucks, einer E-Mail-Adresse, eines Namens, Hostnamens oder
               Metadatenwerts finden. Mit --type auch über verknüpfte Einträge: Lizenzen über ihren
               Besitzer oder ihre Maschinen, Maschinen über ihre Lizenz oder ihren Besitzer, Benutzer
               über ihre Lizenzen (Feld owner.email, machines.fingerprint …).

Optionen:
  --public-key KEY   Öffentlicher Schlüssel des Kontos: 64 Hex-Zeichen (Ed25519), PEM, base64-DER,
                     ein Wert aus meta.keys des Kontos oder eine Datei mit einem dieser Werte.
                     Für mehrere Schlüssel wiederholen; verwendet wird der zur Datei passende.
  --license-key KEY  Lizenzschlüssel zum Entschlüsseln von Lizenz- und Maschinendateien.
  --fingerprint FP   Fingerabdruck der Maschine, zusätzlich nötig für Maschinendateien.
  --scheme SCHEME    Schema des Schlüssels (ED25519_SIGN, RSA_2048_PKCS1_PSS_SIGN_V2 …);
                     ohne Angabe wird es automatisch erkannt.
  --at TIME          Ablauf zum Zeitpunkt TIME (ISO 8601) statt zur aktuellen Zeit beurteilen.
  --json             Ein JSON-Dokument statt Text ausgeben.
  --lang LANG        Diese Sprache (zum Beispiel de) statt der Systemsprache verwenden.
  -h, --help         Diese Hilfe anzeigen.
  -v, --version      Die Version anzeigen.

Rückgabewerte: 0 gültig oder erledigt; 1 ungültig, abgelaufen oder manipuliert, eine fehlgeschlagene
Synchronisierung oder, bei list und search, noch nichts im Cache; 2 Aufruf- oder Eingabefehler;
130 eine mit Strg+C angehaltene Synchronisierung.
</translation>
    </message>
</context>
<context>
    <name>keydesk::cli::InspectCommand</name>
    <message>
        <source>license file</source>
        <translation>Lizenzdatei</translation>
    </message>
    <message>
        <source>machine file</source>
        <translation>Maschinendatei</translation>
    </message>
    <message>
        <source>license key</source>
        <translation>Lizenzschlüssel</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>VALID</source>
        <translation>GÜLTIG</translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation>NICHT GEPRÜFT</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>ABGELAUFEN</translation>
    </message>
    <message>
        <source>NOT YET VALID</source>
        <translation>NOCH NICHT GÜLTIG</translation>
    </message>
    <message>
        <source>TAMPERED</source>
        <translation>MANIPULIERT</translation>
    </message>
    <message>
        <source>UNREADABLE</source>
        <translation>UNLESBAR</translation>
    </message>
    <message>
        <source>verified (key %1…)</source>
        <translation>bestätigt (Schlüssel %1…)</translation>
    </message>
    <message>
        <source>DOES NOT MATCH (key %1…)</source>
        <translation>PASST NICHT (Schlüssel %1…)</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>%1, %2%3</source>
        <translation>%1, %2%3</translation>
    </message>
    <message>
        <source> (detected)</source>
        <translation> (erkannt)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Maschinen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Maschine</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>File issued</source>
        <translation>Datei erstellt</translation>
    </message>
    <message>
        <source>File expiry</source>
        <translation>Dateiablauf</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Run keydesk --help for the options.</source>
        <translation>Rufen Sie keydesk --help auf, um die Optionen anzuzeigen.</translation>
    </message>
    <message>
        <source>Invalid arguments: %1</source>
        <translation>Ungültige Argumente: %1</translation>
    </message>
    <message>
        <source>Name at least one file to inspect, or - to read standard input.</source>
        <translation>Geben Sie mindestens eine zu prüfende Datei an oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Unknown key scheme &quot;%1&quot;. Use one of ED25519_SIGN, ECDSA_P256_SIGN, RSA_2048_PKCS1_SIGN_V2, RSA_2048_PKCS1_PSS_SIGN_V2, RSA_2048_PKCS1_SIGN, RSA_2048_PKCS1_PSS_SIGN, RSA_2048_PKCS1_ENCRYPT, RSA_2048_JWT_RS256.</source>
        <translation>Unbekanntes Schlüsselschema „%1“. Zulässig sind ED25519_SIGN, ECDSA_P256_SIGN, RSA_2048_PKCS1_SIGN_V2, RSA_2048_PKCS1_PSS_SIGN_V2, RSA_2048_PKCS1_SIGN, RSA_2048_PKCS1_PSS_SIGN, RSA_2048_PKCS1_ENCRYPT und RSA_2048_JWT_RS256.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time such as 2025-01-31T12:00:00Z.</source>
        <translation>„%1“ ist keine Zeitangabe nach ISO 8601 wie 2025-01-31T12:00:00Z.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>keydesk::cli::SandboxCommand</name>
    <message>
        <source>Run keydesk --help for the options.</source>
        <translation>Rufen Sie keydesk --help auf, um die Optionen anzuzeigen.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address.</source>
        <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>“%1” is not a port number.</source>
        <translation>„%1“ ist keine Portnummer.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Keydesk sandbox listening on %1</source>
        <translation>Keydesk-Sandbox wartet auf %1</translation>
    </message>
    <message>
        <source>Account:     %1 (slug %2)</source>
        <translation>Konto:       %1 (Kurzname %2)</translation>
    </message>
    <message>
        <source>Admin token: %1</source>
        <translation>Admin-Token: %1</translation>
    </message>
    <message>
        <source>Data file:   %1</source>
        <translation>Datendatei:  %1</translation>
    </message>
    <message>
        <source>API:         %1/v1/accounts/%2</source>
        <translation>API:         %1/v1/accounts/%2</translation>
    </message>
    <message>
        <source>Stop with Ctrl+C.</source>
        <translation>Beenden mit Strg+C.</translation>
    </message>
    <message>
        <source>Cannot watch for signals.</source>
        <translation>Signale können nicht überwacht werden.</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>Sandbox beendet.</translation>
    </message>
    <message>
        <source>“%1” is not a rate limit such as 60/1m or 10/1s.</source>
        <translation>„%1“ ist keine Ratenbegrenzung wie 60/1m oder 10/1s.</translation>
    </message>
    <message>
        <source>“%1” is not a fault list such as latency=200,error-rate=0.1,drop-rate=0.05.</source>
        <translation>„%1“ ist keine Fehlerliste wie latency=200,error-rate=0.1,drop-rate=0.05.</translation>
    </message>
    <message>
        <source>“%1” is not a number of demo licenses from 0 to %2.</source>
        <translation>„%1“ ist keine Anzahl von Demo-Lizenzen von 0 bis %2.</translation>
    </message>
    <message>
        <source>The sandbox already holds data; demo data is not seeded again.</source>
        <translation>Die Sandbox enthält bereits Daten; die Demodaten werden nicht erneut angelegt.</translation>
    </message>
    <message>
        <source>Seeding demo data: %1 of %2 licenses…</source>
        <translation>Demodaten werden angelegt: %1 von %2 Lizenzen …</translation>
    </message>
    <message>
        <source>The demo data could not be seeded: %1</source>
        <translation>Die Demodaten konnten nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Seeded %1 licenses, %2 users, %3 groups, %4 machines, %5 products, %6 policies, %7 entitlements, %8 releases and %9 artifacts in %10 s.</source>
        <translation>%1 Lizenzen, %2 Benutzer, %3 Gruppen, %4 Maschinen, %5 Produkte, %6 Richtlinien, %7 Berechtigungen, %8 Releases und %9 Artefakte in %10 s angelegt.</translation>
    </message>
</context>
<context>
    <name>keydesk::crypto</name>
    <message>
        <source>unsupported key type</source>
        <translation>nicht unterstützter Schlüsseltyp</translation>
    </message>
</context>
<context>
    <name>keydesk::profiles::ConnectionReport</name>
    <message>
        <source>An administrator: %1</source>
        <translation>Ein Administrator: %1</translation>
    </message>
    <message>
        <source>A developer: %1</source>
        <translation>Ein Entwickler: %1</translation>
    </message>
    <message>
        <source>A read-only team member: %1</source>
        <translation>Ein Teammitglied mit Lesezugriff: %1</translation>
    </message>
    <message>
        <source>A sales agent: %1</source>
        <translation>Ein Vertriebsmitarbeiter: %1</translation>
    </message>
    <message>
        <source>A support agent: %1</source>
        <translation>Ein Supportmitarbeiter: %1</translation>
    </message>
    <message>
        <source>A customer (user): %1</source>
        <translation>Ein Kunde (Benutzer): %1</translation>
    </message>
    <message>
        <source>The product %1</source>
        <translation>Das Produkt %1</translation>
    </message>
    <message>
        <source>The license %1</source>
        <translation>Die Lizenz %1</translation>
    </message>
    <message>
        <source>The environment %1</source>
        <translation>Die Umgebung %1</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Unbekannt (%1)</translation>
    </message>
    <message>
        <source>Full access to the account: every product, policy, license, machine, user and release.</source>
        <translation>Voller Zugriff auf das Konto: alle Produkte, Richtlinien, Lizenzen, Maschinen, Benutzer und Releases.</translation>
    </message>
    <message>
        <source>Manages products, policies, licenses, machines and releases, but not the account&apos;s team.</source>
        <translation>Verwaltet Produkte, Richtlinien, Lizenzen, Maschinen und Releases, aber nicht das Team des Kontos.</translation>
    </message>
    <message>
        <source>Can read everything but change nothing.</source>
        <translation>Kann alles lesen, aber nichts ändern.</translation>
    </message>
    <message>
        <source>Can read everything and create and manage users and licenses.</source>
        <translation>Kann alles lesen sowie Benutzer und Lizenzen anlegen und verwalten.</translation>
    </message>
    <message>
        <source>Can read everything and manage licenses and machines for customers.</source>
        <translation>Kann alles lesen sowie Lizenzen und Maschinen für Kunden verwalten.</translation>
    </message>
    <message>
        <source>Sees only their own licenses and machines. For Keydesk you usually want an admin token.</source>
        <translation>Sieht nur die eigenen Lizenzen und Maschinen. Für Keydesk benötigen Sie meist ein Admin-Token.</translation>
    </message>
    <message>
        <source>Manages its own policies, licenses, machines and releases; sees no other product.</source>
        <translation>Verwaltet die eigenen Richtlinien, Lizenzen, Maschinen und Releases; sieht kein anderes Produkt.</translation>
    </message>
    <message>
        <source>Sees only this license and its machines: validate, activate and deactivate.</source>
        <translation>Sieht nur diese Lizenz und ihre Maschinen: validieren, aktivieren und deaktivieren.</translation>
    </message>
    <message>
        <source>Full access within this environment only.</source>
        <translation>Voller Zugriff, aber nur innerhalb dieser Umgebung.</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>Der Server war nicht erreichbar.</translation>
    </message>
    <message>
        <source>The account could not be opened.</source>
        <translation>Das Konto konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The token was not accepted.</source>
        <translation>Das Token wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The account does not publish its public keys (meta.keys).</source>
        <translation>Das Konto veröffentlicht seine öffentlichen Schlüssel nicht (meta.keys).</translation>
    </message>
</context>
<context>
    <name>keydesk::profiles::ProfileStore</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>The name is too long: at most 100 characters.</source>
        <translation>Der Name ist zu lang: höchstens 100 Zeichen.</translation>
    </message>
    <message>
        <source>Enter the account&apos;s ID or slug.</source>
        <translation>Geben Sie die ID oder den Kurznamen des Kontos ein.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, e.g. https://licensing.example.com.</source>
        <translation>Geben Sie die Adresse des Servers ein, z. B. https://licensing.example.com.</translation>
    </message>
    <message>
        <source>Use https:// for %1: Keydesk sends the token only over encrypted connections (plain http is allowed for this computer only).</source>
        <translation>Verwenden Sie https:// für %1: Keydesk sendet das Token nur über verschlüsselte Verbindungen (unverschlüsseltes http ist nur für diesen Computer erlaubt).</translation>
    </message>
    <message>
        <source>The settings file could not be written: %1</source>
        <translation>Die Einstellungsdatei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>A connection named “%1” already exists.</source>
        <translation>Es gibt bereits eine Verbindung namens „%1“.</translation>
    </message>
</context>
<context>
    <name>keydesk::profiles::SecretStore</name>
    <message>
        <source>Access to the keychain was denied. Allow Keydesk to use it, or enter the token again.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert. Erlauben Sie Keydesk den Zugriff, oder geben Sie das Token erneut ein.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1).</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1).</translation>
    </message>
    <message>
        <source>The token could not be removed from the keychain (%1).</source>
        <translation>Das Token konnte nicht aus dem Schlüsselbund entfernt werden (%1).</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Fehler im Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>No keychain is available (%1). The token is kept in memory until Keydesk quits; you will be asked for it again next time.</source>
        <translation>Es ist kein Schlüsselbund verfügbar (%1). Das Token wird nur bis zum Beenden von Keydesk im Speicher gehalten; beim nächsten Start werden Sie erneut danach gefragt.</translation>
    </message>
</context>
<context>
    <name>keydesk::sync::SyncEngine</name>
    <message>
        <source>The cache is not open.</source>
        <translation>Der Zwischenspeicher ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
</context>
</TS>
