#pragma once

#include "app/licensing/inspection.h"

#include <QMainWindow>
#include <QTimer>

class QAction;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QMimeData;
class QPlainTextEdit;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace keydesk {

class Clock;
class JsonTreeModel;
class LicenseFactsView;
class VerdictBanner;

// The License File Inspector: open, drop or paste a license file, machine file or key and see the verdict.
class InspectorWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit InspectorWindow(QWidget *parent = nullptr);
    ~InspectorWindow() override;

    // Loads and inspects a file; false (with the reason shown in the window) when it cannot be read.
    bool openFile(const QString &path);
    // Inspects pasted text (a license file or a key).
    void setInputText(const QByteArray &text);
    // Fills the public key (PEM or any form the field accepts) and the license key, e.g. from the console's
    // connection; an empty value leaves the field as it is.
    void setVerificationInputs(const QString &publicKeys, const QString &licenseKey = {});

    // The time source for verdicts and "in 3 days"; the system clock unless set (tests pass a FixedClock).
    // The window does not own the clock; nullptr restores the system clock.
    void setClock(const Clock *clock);

    // The last inspection shown.
    const Inspection &inspection() const { return m_inspection; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createWidgets();
    void restoreSettings();

    void open();
    void paste();
    void saveDecodedJson();
    void copyLicenseKey();
    void browsePublicKey();
    void about();

    // Text from the clipboard or a drop: a key for the license key field, a path, or something to inspect.
    void acceptText(const QString &text);
    bool acceptMime(const QMimeData *mime);
    bool loadPublicKeyFile(const QString &path);
    void scheduleInspection();
    void inspect();
    void showEmptyState();
    void showFailure(const QString &headline, const QString &detail);
    void updatePublicKeyStatus(const QString &error);
    void updateActions();
    QString licenseKeyToCopy() const;
    QString lastDirectory() const;
    void rememberDirectory(const QString &path);

    const Clock *m_clock;
    bool m_hasInput = false;
    QByteArray m_input;
    QString m_filePath; // empty for pasted or dropped text
    Inspection m_inspection;
    QList<crypto::PublicKey> m_publicKeys;
    QTimer m_inspectionTimer;

    QAction *m_openAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_saveJsonAction = nullptr;
    QAction *m_copyKeyAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;

    VerdictBanner *m_banner = nullptr;
    QPlainTextEdit *m_publicKeyEdit = nullptr;
    QLabel *m_publicKeyStatus = nullptr;
    QLineEdit *m_licenseKeyEdit = nullptr;
    QLineEdit *m_fingerprintEdit = nullptr;
    QComboBox *m_schemeCombo = nullptr;
    QStackedWidget *m_pages = nullptr;
    QSplitter *m_splitter = nullptr;
    LicenseFactsView *m_facts = nullptr;
    QSplitter *m_detailSplitter = nullptr;
    QGroupBox *m_includedGroup = nullptr;
    QTreeView *m_includedView = nullptr;
    JsonTreeModel *m_includedModel = nullptr;
    QPlainTextEdit *m_rawJsonView = nullptr;
};

} // namespace keydesk
