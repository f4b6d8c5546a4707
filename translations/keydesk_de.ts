<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
</TS>
