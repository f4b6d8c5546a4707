<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
</context>
<context>
    <name>keydesk::api::Pager</name>
    <message>
        <source>The server did not answer with a list.</source>
        <translation>Der Server hat nicht mit einer Liste geantwortet.</translation>
    </message>
    <message>
        <source>The server sent the same page link twice.</source>
        <translation>Der Server hat denselben Seitenlink zweimal gesendet.</translation>
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
        <source>Usage: keydesk [--lang LANG] [FILE.lic]
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
Without a command it opens the License File Inspector (on FILE.lic, if given).

Commands:
  inspect      Verify and decode license files, machine files and signed license keys, offline.
               FILE may be a .lic file, a file holding a license key, or - for standard input.
  sandbox      Serve a local Keygen-compatible API (loopback by default) until Ctrl+C; prints its
               URL, account and admin token. State is kept in FILE.sqlite (:memory: for none).
               --demo N seeds N demo licenses with customers, machines and releases on first start;
               --rate-limit 60/1m turns on Keygen&apos;s rate limits; --faults latency=MS,error-rate=P,
               drop-rate=P injects delays, 503 answers and dropped connections.
  sync         Copy the account into the local cache (resumes an interrupted sync; --quick
               fetches only the newest records). The token comes from KEYDESK_TOKEN or the
               profile&apos;s keychain entry, never from the command line.
  list         Print the cached records of a type (licenses, machines, users …), as text,
               JSON or CSV (RFC 4180, for spreadsheets).
  search       Find cached records by any fragment of 3 or more characters of a key,
               fingerprint, email, name, hostname or metadata value.

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

Exit codes: 0 valid; 1 invalid, expired or tampered; 2 usage or input error.
</source>
        <translation>Verwendung: keydesk [--lang LANG] [FILE.lic]
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
Ohne Befehl öffnet Keydesk den Lizenzdatei-Prüfer (mit FILE.lic, falls angegeben).

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
               Synchronisierung fort; --quick holt nur die neuesten Einträge). Das Token kommt aus
               KEYDESK_TOKEN oder dem Schlüsselbund-Eintrag des Profils, nie von der Befehlszeile.
  list         Die zwischengespeicherten Einträge eines Typs (licenses, machines, users …) als Text,
               JSON oder CSV (RFC 4180, für Tabellenkalkulationen) ausgeben.
  search       Zwischengespeicherte Einträge über ein beliebiges Fragment von mindestens 3 Zeichen
               eines Schlüssels, Fingerabdrucks, einer E-Mail-Adresse, eines Namens, Hostnamens oder
               Metadatenwerts finden.

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

Rückgabewerte: 0 gültig; 1 ungültig, abgelaufen oder manipuliert; 2 Aufruf- oder Eingabefehler.
</translation>
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
</TS>
