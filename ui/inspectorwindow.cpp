#include "ui/inspectorwindow.h"

#include "app/licensing/clock.h"
#include "app/licensing/publickeys.h"
#include "models/jsontreemodel.h"
#include "models/roles.h"
#include "ui/filedialog.h"
#include "ui/licensefactsview.h"
#include "ui/messagebox.h"
#include "ui/verdictbanner.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace keydesk {

namespace {

// Settings keys, in one place. Public keys are not secrets and are remembered; license keys and fingerprints
// are secrets and are never written anywhere.
constexpr QLatin1String PublicKeysSetting("inspector/publicKeys");
constexpr QLatin1String GeometrySetting("inspector/geometry");
constexpr QLatin1String SplitterSetting("inspector/splitter");
constexpr QLatin1String DetailSplitterSetting("inspector/detailSplitter");
constexpr QLatin1String DirectorySetting("inspector/lastDirectory");

// A license file with every machine included is a few hundred kilobytes; anything far larger is not one.
constexpr qint64 MaxInputSize = 64 * 1024 * 1024;
constexpr qint64 MaxPublicKeyFileSize = 1024 * 1024;
// Typing re-inspects after this pause, so a verdict does not flicker on every keystroke.
constexpr int InspectionDelayMs = 150;

enum Page {
    EmptyPage,
    ResultPage,
};

QIcon themeIcon(const QWidget *widget, const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, widget->style()->standardIcon(fallback));
}

// Fallbacks for desktops without an icon theme: Qt's styles have no paste or copy icon.
QIcon drawnIcon(const std::function<void(QPainter &)> &paint)
{
    QIcon icon;
    for (const int size : {16, 22, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(size / 32.0, size / 32.0);
        paint(painter);
        icon.addPixmap(pixmap);
    }
    return icon;
}

void paintSheet(QPainter &painter, const QRectF &rect)
{
    painter.setPen(QPen(QColor(0x5f, 0x63, 0x68), 1.5));
    painter.setBrush(Qt::white);
    painter.drawRoundedRect(rect, 2, 2);
    painter.setPen(QPen(QColor(0x9a, 0xa0, 0xa6), 1.5));
    for (qreal y = rect.top() + 5; y < rect.bottom() - 3; y += 4) {
        painter.drawLine(QPointF(rect.left() + 3.5, y), QPointF(rect.right() - 3.5, y));
    }
}

QIcon pasteIcon()
{
    return drawnIcon([](QPainter &painter) {
        painter.setPen(QPen(QColor(0x7a, 0x4e, 0x22), 1.5));
        painter.setBrush(QColor(0xc0, 0x8a, 0x4e));
        painter.drawRoundedRect(QRectF(5, 4, 22, 26), 3, 3);
        paintSheet(painter, QRectF(9, 9, 14, 18));
        painter.setPen(QPen(QColor(0x4a, 0x4f, 0x55), 1.5));
        painter.setBrush(QColor(0xb0, 0xb5, 0xba));
        painter.drawRoundedRect(QRectF(11, 2, 10, 6), 2, 2);
    });
}

QIcon copyIcon()
{
    return drawnIcon([](QPainter &painter) {
        paintSheet(painter, QRectF(4, 3, 16, 20));
        paintSheet(painter, QRectF(12, 9, 16, 20));
    });
}

bool isLocalFileDrag(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls()) {
        return false;
    }
    const QList<QUrl> urls = mime->urls();
    return std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &url) {
        return url.isLocalFile();
    });
}

QString firstLocalFile(const QMimeData *mime)
{
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile()) {
            return url.toLocalFile();
        }
    }
    return {};
}

// DER and other binary key files are shown as base64, a form parsePublicKeys() reads.
bool looksBinary(const QByteArray &data)
{
    return std::any_of(data.cbegin(), data.cend(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r';
    });
}

QString describePublicKey(const crypto::PublicKey &key)
{
    QString type = crypto::keyTypeName(key.type());
    if (key.type() == crypto::KeyType::Rsa) {
        type = InspectorWindow::tr("%1 %2-bit").arg(type).arg(key.bits());
    }
    return InspectorWindow::tr("%1 (SHA-256 %2…)").arg(type, key.fingerprint().left(16));
}

} // namespace

InspectorWindow::InspectorWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_clock(&Clock::system())
{
    setObjectName(QStringLiteral("inspectorWindow"));
    setWindowTitle(tr("License Inspector"));
    setAcceptDrops(true);

    m_inspectionTimer.setSingleShot(true);
    m_inspectionTimer.setInterval(InspectionDelayMs);
    connect(&m_inspectionTimer, &QTimer::timeout, this, &InspectorWindow::inspect);

    createActions();
    createWidgets();
    restoreSettings();
    showEmptyState();
}

InspectorWindow::~InspectorWindow() = default;

void InspectorWindow::createActions()
{
    m_openAction = new QAction(themeIcon(this, QStringLiteral("document-open"), QStyle::SP_DialogOpenButton),
                               tr("&Open…"),
                               this);
    m_openAction->setObjectName(QStringLiteral("actionOpen"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a license file, machine file or license key"));
    connect(m_openAction, &QAction::triggered, this, &InspectorWindow::open);

    m_pasteAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-paste"), pasteIcon()), tr("&Paste"), this);
    m_pasteAction->setObjectName(QStringLiteral("actionPaste"));
    m_pasteAction->setShortcut(QKeySequence::Paste);
    m_pasteAction->setStatusTip(tr("Inspect the license file or license key on the clipboard"));
    connect(m_pasteAction, &QAction::triggered, this, &InspectorWindow::paste);

    m_saveJsonAction = new QAction(themeIcon(this, QStringLiteral("document-save-as"), QStyle::SP_DialogSaveButton),
                                   tr("&Save Decoded JSON…"),
                                   this);
    m_saveJsonAction->setObjectName(QStringLiteral("actionSaveJson"));
    m_saveJsonAction->setShortcut(QKeySequence::Save);
    m_saveJsonAction->setStatusTip(tr("Save the decrypted content as a JSON file"));
    connect(m_saveJsonAction, &QAction::triggered, this, &InspectorWindow::saveDecodedJson);

    m_copyKeyAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy"), copyIcon()),
                                  tr("&Copy License Key"),
                                  this);
    m_copyKeyAction->setObjectName(QStringLiteral("actionCopyLicenseKey"));
    m_copyKeyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyKeyAction->setStatusTip(tr("Copy the license's key to the clipboard"));
    connect(m_copyKeyAction, &QAction::triggered, this, &InspectorWindow::copyLicenseKey);

    m_quitAction = new QAction(themeIcon(this, QStringLiteral("application-exit"), QStyle::SP_DialogCloseButton),
                               tr("&Quit"),
                               this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(tr("&About Keydesk"), this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &InspectorWindow::about);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_openAction);
    fileMenu->addAction(m_pasteAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_saveJsonAction);
    fileMenu->addAction(m_copyKeyAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(m_aboutAction);

    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_openAction);
    toolBar->addAction(m_pasteAction);
    toolBar->addSeparator();
    toolBar->addAction(m_saveJsonAction);
    toolBar->addAction(m_copyKeyAction);
}

void InspectorWindow::createWidgets()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(12, 12, 12, 6);
    layout->setSpacing(10);

    m_banner = new VerdictBanner(central);
    layout->addWidget(m_banner);

    // What the inspection is checked with.
    auto *inputs = new QGroupBox(tr("Verify and decrypt with"), central);
    inputs->setObjectName(QStringLiteral("inputsGroup"));
    auto *grid = new QGridLayout(inputs);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(6);

    m_publicKeyEdit = new QPlainTextEdit(inputs);
    m_publicKeyEdit->setObjectName(QStringLiteral("publicKeyEdit"));
    m_publicKeyEdit->setTabChangesFocus(true);
    m_publicKeyEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_publicKeyEdit->setPlaceholderText(
        tr("The account's public key: Ed25519 hex, PEM, base64 DER, or the account JSON. Several keys are fine."));
    m_publicKeyEdit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_publicKeyEdit->setMinimumHeight(m_publicKeyEdit->fontMetrics().lineSpacing() * 3 + 12);
    m_publicKeyEdit->viewport()->installEventFilter(this);
    connect(m_publicKeyEdit, &QPlainTextEdit::textChanged, this, &InspectorWindow::scheduleInspection);

    auto *publicKeyLabel = new QLabel(tr("&Public key:"), inputs);
    publicKeyLabel->setBuddy(m_publicKeyEdit);

    auto *browseButton = new QPushButton(tr("&Browse…"), inputs);
    browseButton->setObjectName(QStringLiteral("browsePublicKeyButton"));
    browseButton->setToolTip(tr("Read the public key from a file"));
    connect(browseButton, &QPushButton::clicked, this, &InspectorWindow::browsePublicKey);

    m_publicKeyStatus = new QLabel(inputs);
    m_publicKeyStatus->setObjectName(QStringLiteral("publicKeyStatus"));
    m_publicKeyStatus->setWordWrap(true);
    m_publicKeyStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_licenseKeyEdit = new QLineEdit(inputs);
    m_licenseKeyEdit->setObjectName(QStringLiteral("licenseKeyEdit"));
    m_licenseKeyEdit->setClearButtonEnabled(true);
    m_licenseKeyEdit->setPlaceholderText(tr("Decrypts license files and machine files"));
    m_licenseKeyEdit->installEventFilter(this);
    connect(m_licenseKeyEdit, &QLineEdit::textChanged, this, &InspectorWindow::scheduleInspection);
    auto *licenseKeyLabel = new QLabel(tr("&License key:"), inputs);
    licenseKeyLabel->setBuddy(m_licenseKeyEdit);

    m_fingerprintEdit = new QLineEdit(inputs);
    m_fingerprintEdit->setObjectName(QStringLiteral("fingerprintEdit"));
    m_fingerprintEdit->setClearButtonEnabled(true);
    m_fingerprintEdit->setPlaceholderText(tr("The machine's fingerprint, for machine files"));
    m_fingerprintEdit->installEventFilter(this);
    connect(m_fingerprintEdit, &QLineEdit::textChanged, this, &InspectorWindow::scheduleInspection);
    auto *fingerprintLabel = new QLabel(tr("&Fingerprint:"), inputs);
    fingerprintLabel->setBuddy(m_fingerprintEdit);

    m_schemeCombo = new QComboBox(inputs);
    m_schemeCombo->setObjectName(QStringLiteral("schemeCombo"));
    m_schemeCombo->setToolTip(tr("The policy's cryptographic scheme, for signed license keys"));
    m_schemeCombo->addItem(tr("Detect automatically"));
    for (const KeyScheme scheme : allKeySchemes()) {
        m_schemeCombo->addItem(keySchemeName(scheme), static_cast<int>(scheme));
    }
    connect(m_schemeCombo, &QComboBox::currentIndexChanged, this, &InspectorWindow::scheduleInspection);
    auto *schemeLabel = new QLabel(tr("Key &scheme:"), inputs);
    schemeLabel->setBuddy(m_schemeCombo);

    grid->addWidget(publicKeyLabel, 0, 0, Qt::AlignRight | Qt::AlignTop);
    grid->addWidget(m_publicKeyEdit, 0, 1, 3, 1);
    grid->addWidget(browseButton, 0, 2, Qt::AlignTop);
    grid->addWidget(m_publicKeyStatus, 3, 1, 1, 2);
    grid->addItem(new QSpacerItem(12, 1), 0, 3);
    grid->addWidget(licenseKeyLabel, 0, 4, Qt::AlignRight);
    grid->addWidget(m_licenseKeyEdit, 0, 5);
    grid->addWidget(fingerprintLabel, 1, 4, Qt::AlignRight);
    grid->addWidget(m_fingerprintEdit, 1, 5);
    grid->addWidget(schemeLabel, 2, 4, Qt::AlignRight);
    grid->addWidget(m_schemeCombo, 2, 5);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(5, 2);
    layout->addWidget(inputs);

    // Empty state: say what the window is for, and offer the two ways in.
    auto *emptyPage = new QFrame(central);
    emptyPage->setObjectName(QStringLiteral("emptyHint"));
    emptyPage->setStyleSheet(QStringLiteral("QFrame#emptyHint { border: 2px dashed palette(mid); border-radius: 12px; }"
                                            " QFrame#emptyHint QLabel { border: none; }"));
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    auto *hint = new QLabel(tr("Open, drop or paste a license file or license key"), emptyPage);
    hint->setObjectName(QStringLiteral("emptyHintLabel"));
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    QFont hintFont = hint->font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 1.4);
    hint->setFont(hintFont);
    auto *subHint = new QLabel(tr("License files (.lic), machine files and signed license keys are checked on this "
                                  "computer; nothing is sent over the network."),
                               emptyPage);
    subHint->setAlignment(Qt::AlignCenter);
    subHint->setWordWrap(true);
    subHint->setForegroundRole(QPalette::PlaceholderText);
    auto *openButton = new QPushButton(m_openAction->icon(), tr("Open File…"), emptyPage);
    openButton->setObjectName(QStringLiteral("emptyOpenButton"));
    connect(openButton, &QPushButton::clicked, this, &InspectorWindow::open);
    auto *pasteButton = new QPushButton(m_pasteAction->icon(), tr("Paste"), emptyPage);
    connect(pasteButton, &QPushButton::clicked, this, &InspectorWindow::paste);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(openButton);
    buttons->addWidget(pasteButton);
    buttons->addStretch();
    emptyLayout->addStretch(2);
    emptyLayout->addWidget(hint);
    emptyLayout->addWidget(subHint);
    emptyLayout->addSpacing(12);
    emptyLayout->addLayout(buttons);
    emptyLayout->addStretch(3);

    // Results: the facts beside the included resources and the decoded JSON.
    m_facts = new LicenseFactsView;
    m_facts->setObjectName(QStringLiteral("factsView"));
    auto *factsScroll = new QScrollArea;
    factsScroll->setWidget(m_facts);
    factsScroll->setWidgetResizable(true);
    factsScroll->setFrameShape(QFrame::NoFrame);
    factsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // long values elide or wrap instead
    auto *factsGroup = new QGroupBox(tr("Facts"));
    auto *factsLayout = new QVBoxLayout(factsGroup);
    factsLayout->setContentsMargins(4, 4, 4, 4);
    factsLayout->addWidget(factsScroll);

    m_includedModel = new JsonTreeModel(this);
    m_includedView = new QTreeView;
    m_includedView->setObjectName(QStringLiteral("includedView"));
    m_includedView->setModel(m_includedModel);
    m_includedView->setUniformRowHeights(true);
    m_includedView->setAlternatingRowColors(true);
    m_includedView->setAllColumnsShowFocus(true);
    m_includedView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_includedView->header()->setStretchLastSection(false);
    m_includedView->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    m_includedView->header()->setSectionResizeMode(JsonTreeModel::TypeColumn, QHeaderView::ResizeToContents);
    auto *copyValue = new QAction(tr("Copy Value"), m_includedView);
    copyValue->setShortcut(QKeySequence::Copy);
    copyValue->setShortcutContext(Qt::WidgetShortcut);
    connect(copyValue, &QAction::triggered, this, [this] {
        const QModelIndex index = m_includedView->currentIndex();
        if (index.isValid()) {
            QApplication::clipboard()->setText(JsonTreeModel::exactText(m_includedModel->value(index)));
        }
    });
    auto *copyPath = new QAction(tr("Copy Path"), m_includedView);
    connect(copyPath, &QAction::triggered, this, [this] {
        QApplication::clipboard()->setText(m_includedView->currentIndex().data(JsonPathRole).toString());
    });
    m_includedView->addAction(copyValue);
    m_includedView->addAction(copyPath);

    m_rawJsonView = new QPlainTextEdit;
    m_rawJsonView->setObjectName(QStringLiteral("rawJsonView"));
    m_rawJsonView->setReadOnly(true);
    m_rawJsonView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_rawJsonView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    // The right side: the included resources above the whole decoded document.
    m_includedGroup = new QGroupBox;
    m_includedGroup->setObjectName(QStringLiteral("includedGroup"));
    auto *includedLayout = new QVBoxLayout(m_includedGroup);
    includedLayout->setContentsMargins(4, 4, 4, 4);
    includedLayout->addWidget(m_includedView);
    auto *rawGroup = new QGroupBox(tr("Decoded JSON"));
    auto *rawLayout = new QVBoxLayout(rawGroup);
    rawLayout->setContentsMargins(4, 4, 4, 4);
    rawLayout->addWidget(m_rawJsonView);

    m_detailSplitter = new QSplitter(Qt::Vertical);
    m_detailSplitter->setObjectName(QStringLiteral("detailSplitter"));
    m_detailSplitter->setChildrenCollapsible(false);
    m_detailSplitter->addWidget(m_includedGroup);
    m_detailSplitter->addWidget(rawGroup);
    m_detailSplitter->setStretchFactor(0, 1);
    m_detailSplitter->setStretchFactor(1, 2);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("resultSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(factsGroup);
    m_splitter->addWidget(m_detailSplitter);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->insertWidget(EmptyPage, emptyPage);
    m_pages->insertWidget(ResultPage, m_splitter);
    layout->addWidget(m_pages, 1);

    setCentralWidget(central);
    statusBar();
    openButton->setFocus(); // not a text field, so Ctrl+V pastes a license rather than into a field
}

void InspectorWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(GeometrySetting).toByteArray())) {
        resize(1180, 780);
    }
    if (!m_splitter->restoreState(settings.value(SplitterSetting).toByteArray())) {
        m_splitter->setSizes({520, 640});
    }
    if (!m_detailSplitter->restoreState(settings.value(DetailSplitterSetting).toByteArray())) {
        m_detailSplitter->setSizes({220, 440});
    }
    m_publicKeyEdit->setPlainText(settings.value(PublicKeysSetting).toString());
    inspect(); // reads the remembered keys and says what they are
}

void InspectorWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(GeometrySetting, saveGeometry());
    settings.setValue(SplitterSetting, m_splitter->saveState());
    settings.setValue(DetailSplitterSetting, m_detailSplitter->saveState());
    QMainWindow::closeEvent(event);
}

void InspectorWindow::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &Clock::system();
    inspect();
}

void InspectorWindow::setVerificationInputs(const QString &publicKeys, const QString &licenseKey)
{
    if (!publicKeys.isEmpty()) {
        m_publicKeyEdit->setPlainText(publicKeys);
    }
    if (!licenseKey.isEmpty()) {
        m_licenseKeyEdit->setText(licenseKey);
    }
}

bool InspectorWindow::openFile(const QString &path)
{
    const QFileInfo info(path);
    const QString shownPath = QDir::toNativeSeparators(path);
    if (path.isEmpty() || !info.exists()) {
        showFailure(tr("“%1” was not found.").arg(info.fileName()), tr("There is no file at %1.").arg(shownPath));
        return false;
    }
    if (info.isDir()) {
        showFailure(tr("“%1” is a folder, not a license file.").arg(info.fileName()), shownPath);
        return false;
    }
    if (info.size() > MaxInputSize) {
        showFailure(tr("“%1” is too large to be a license file.").arg(info.fileName()),
                    tr("%1 is %2.").arg(shownPath, QLocale().formattedDataSize(info.size())));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showFailure(tr("“%1” could not be opened.").arg(info.fileName()), file.errorString());
        return false;
    }
    m_input = file.read(MaxInputSize);
    m_filePath = info.absoluteFilePath();
    m_hasInput = true;
    rememberDirectory(m_filePath);
    setWindowTitle(tr("%1 – License Inspector").arg(info.fileName()));
    setWindowFilePath(m_filePath);
    inspect();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_filePath)), 5000);
    return true;
}

void InspectorWindow::setInputText(const QByteArray &text)
{
    m_input = text;
    m_filePath.clear();
    m_hasInput = true;
    setWindowTitle(tr("%1 – License Inspector").arg(tr("Pasted text")));
    setWindowFilePath(QString());
    inspect();
}

void InspectorWindow::open()
{
    const QString path = FileDialog::getOpenFileName(this,
                                                     tr("Open License File"),
                                                     lastDirectory(),
                                                     tr("License files (*.lic *.txt *.key);;All files (*)"));
    if (!path.isEmpty()) {
        openFile(path);
    }
}

void InspectorWindow::paste()
{
    if (!acceptMime(QApplication::clipboard()->mimeData())) {
        statusBar()->showMessage(tr("The clipboard holds no license file or license key."), 5000);
    }
}

void InspectorWindow::acceptText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        statusBar()->showMessage(tr("There is no text to inspect."), 5000);
        return;
    }
    // A path copied from a terminal or a file manager: open that file.
    if (!trimmed.contains(QLatin1Char('\n'))) {
        const QString candidate = trimmed.startsWith(QLatin1String("file:")) ? QUrl(trimmed).toLocalFile()
                                                                             : QDir::fromNativeSeparators(trimmed);
        if (QDir::isAbsolutePath(candidate) && QFileInfo(candidate).isFile()) {
            openFile(candidate);
            return;
        }
    }
    // A plain license key while a file is shown: it is what decrypts the file, not something to inspect.
    if (m_hasInput
        && (m_inspection.kind == ArtifactKind::LicenseFile || m_inspection.kind == ArtifactKind::MachineFile)) {
        InspectionInput probe;
        probe.data = trimmed.toUtf8();
        const Inspection probed = Inspector(*m_clock).inspect(probe);
        const bool plainKey = std::any_of(probed.reasons.cbegin(), probed.reasons.cend(), [](const Reason &reason) {
            return reason.code == ReasonCode::UnsignedKey;
        });
        if (plainKey) {
            m_licenseKeyEdit->setText(trimmed);
            inspect();
            statusBar()->showMessage(tr("The pasted text is a license key: it now decrypts the open file."), 5000);
            return;
        }
    }
    setInputText(trimmed.toUtf8());
}

bool InspectorWindow::acceptMime(const QMimeData *mime)
{
    if (!mime) {
        return false;
    }
    if (isLocalFileDrag(mime)) {
        openFile(firstLocalFile(mime));
        return true;
    }
    if (mime->hasText() && !mime->text().trimmed().isEmpty()) {
        acceptText(mime->text());
        return true;
    }
    return false;
}

void InspectorWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (isLocalFileDrag(event->mimeData()) || event->mimeData()->hasText()) {
        event->acceptProposedAction();
    }
}

void InspectorWindow::dropEvent(QDropEvent *event)
{
    if (acceptMime(event->mimeData())) {
        event->acceptProposedAction();
    }
}

bool InspectorWindow::eventFilter(QObject *watched, QEvent *event)
{
    // A file dropped on an input field: the public key field reads a key file, the others open the license.
    // (Left alone, a line edit would insert the file's URL as text.)
    const bool field = watched == m_publicKeyEdit->viewport() || watched == m_licenseKeyEdit
                    || watched == m_fingerprintEdit;
    if (field && (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove)) {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (isLocalFileDrag(drag->mimeData())) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (field && event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        if (isLocalFileDrag(drop->mimeData())) {
            const QString path = firstLocalFile(drop->mimeData());
            if (watched == m_publicKeyEdit->viewport()) {
                loadPublicKeyFile(path);
            } else {
                openFile(path);
            }
            drop->acceptProposedAction();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void InspectorWindow::browsePublicKey()
{
    const QString path = FileDialog::
        getOpenFileName(this,
                        tr("Open Public Key"),
                        lastDirectory(),
                        tr("Public keys (*.pem *.pub *.hex *.der *.b64 *.txt *.json);;All files (*)"));
    if (!path.isEmpty()) {
        loadPublicKeyFile(path);
    }
}

bool InspectorWindow::loadPublicKeyFile(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    QString error;
    if (QFileInfo(path).size() > MaxPublicKeyFileSize) {
        error = tr("“%1” is too large to be a public key.").arg(name);
    } else if (!file.open(QIODevice::ReadOnly)) {
        error = tr("“%1” could not be opened: %2").arg(name, file.errorString());
    }
    if (!error.isEmpty()) {
        updatePublicKeyStatus(error);
        statusBar()->showMessage(error, 5000);
        return false;
    }
    const QByteArray data = file.readAll();
    rememberDirectory(path);
    m_publicKeyEdit->setPlainText(looksBinary(data) ? QString::fromLatin1(data.toBase64())
                                                    : QString::fromUtf8(data).trimmed());
    inspect();
    return true;
}

void InspectorWindow::saveDecodedJson()
{
    if (m_inspection.plaintext.isEmpty()) {
        return;
    }
    const QString baseName = m_filePath.isEmpty() ? QStringLiteral("license")
                                                  : QFileInfo(m_filePath).completeBaseName();
    const QString path = FileDialog::getSaveFileName(this,
                                                     tr("Save Decoded JSON"),
                                                     QDir(lastDirectory()).filePath(baseName + QStringLiteral(".json")),
                                                     tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QSaveFile file(path);
    const QByteArray data = m_inspection.document.isNull() ? m_inspection.plaintext
                                                           : m_inspection.document.toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        MessageBox::critical(this,
                             tr("Save Decoded JSON"),
                             tr("“%1” could not be saved: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    rememberDirectory(path);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
}

QString InspectorWindow::licenseKeyToCopy() const
{
    if (!m_inspection.facts.key.isEmpty()) {
        return m_inspection.facts.key;
    }
    if (m_hasInput && m_inspection.kind == ArtifactKind::LicenseKey) {
        return QString::fromUtf8(m_input).trimmed();
    }
    return m_licenseKeyEdit->text().trimmed();
}

void InspectorWindow::copyLicenseKey()
{
    const QString key = licenseKeyToCopy();
    if (key.isEmpty()) {
        return;
    }
    QApplication::clipboard()->setText(key);
    statusBar()->showMessage(tr("License key copied to the clipboard."), 5000);
}

void InspectorWindow::about()
{
    MessageBox::about(this,
                      tr("About Keydesk"),
                      tr("<h3>Keydesk %1</h3>"
                         "<p>A desktop console for Keygen licensing APIs.</p>"
                         "<p>The License Inspector checks license files, machine files and signed license keys "
                         "offline: nothing you open here leaves this computer.</p>")
                          .arg(QStringLiteral(KEYDESK_VERSION)));
}

void InspectorWindow::scheduleInspection()
{
    m_inspectionTimer.start();
}

void InspectorWindow::inspect()
{
    m_inspectionTimer.stop();

    const QByteArray keyText = m_publicKeyEdit->toPlainText().trimmed().toUtf8();
    QString keyError;
    m_publicKeys = keyText.isEmpty() ? QList<crypto::PublicKey>() : parsePublicKeys(keyText, &keyError);
    updatePublicKeyStatus(keyError);
    if (keyText.isEmpty() || !m_publicKeys.isEmpty()) {
        QSettings().setValue(PublicKeysSetting, QString::fromUtf8(keyText));
    }

    if (!m_hasInput) {
        updateActions();
        return;
    }

    InspectionInput input;
    input.data = m_input;
    input.publicKeys = m_publicKeys;
    input.licenseKey = m_licenseKeyEdit->text().trimmed();
    input.fingerprint = m_fingerprintEdit->text().trimmed();
    const QVariant scheme = m_schemeCombo->currentData();
    if (scheme.isValid()) {
        input.scheme = static_cast<KeyScheme>(scheme.toInt());
    }
    m_inspection = Inspector(*m_clock).inspect(input);

    m_banner->showInspection(m_inspection);
    m_facts->showInspection(m_inspection,
                            m_filePath.isEmpty() ? tr("Pasted text") : QDir::toNativeSeparators(m_filePath));

    const QJsonArray included = m_inspection.included();
    m_includedModel->setJson(included);
    m_includedView->resizeColumnToContents(JsonTreeModel::KeyColumn);
    m_includedView->setColumnWidth(JsonTreeModel::KeyColumn,
                                   m_includedView->columnWidth(JsonTreeModel::KeyColumn) + 24);
    m_includedGroup->setTitle(tr("Included resources (%1)").arg(included.size()));
    // Keys and undecrypted files include nothing: the decoded JSON (or why there is none) gets the room.
    m_includedGroup->setVisible(!included.isEmpty());

    if (!m_inspection.document.isNull()) {
        m_rawJsonView->setPlainText(QString::fromUtf8(m_inspection.document.toJson(QJsonDocument::Indented)));
    } else {
        m_rawJsonView->setPlainText(QString::fromUtf8(m_inspection.plaintext));
    }
    m_rawJsonView->setPlaceholderText(m_inspection.encrypted && !m_inspection.decrypted
                                          ? tr("Encrypted: enter the license key to read the content.")
                                          : tr("Nothing could be decoded."));

    m_pages->setCurrentIndex(ResultPage);
    updateActions();
}

void InspectorWindow::showEmptyState()
{
    m_banner->clear();
    m_facts->clear();
    m_includedModel->clear();
    m_rawJsonView->clear();
    m_pages->setCurrentIndex(EmptyPage);
    updateActions();
}

void InspectorWindow::showFailure(const QString &headline, const QString &detail)
{
    m_hasInput = false;
    m_input.clear();
    m_filePath.clear();
    m_inspection = Inspection();
    setWindowTitle(tr("License Inspector"));
    setWindowFilePath(QString());
    showEmptyState();
    m_banner->showError(headline, detail);
    statusBar()->showMessage(headline, 5000);
}

void InspectorWindow::updatePublicKeyStatus(const QString &error)
{
    QString text;
    QPalette palette = m_publicKeyStatus->palette();
    QColor color = palette.color(QPalette::PlaceholderText);
    if (!error.isEmpty()) {
        text = error;
        color = QColor(0xc6, 0x28, 0x28);
    } else if (m_publicKeys.isEmpty()) {
        text = tr("No public key: signatures cannot be checked.");
    } else {
        QStringList described;
        for (const crypto::PublicKey &key : std::as_const(m_publicKeys)) {
            described.append(describePublicKey(key));
        }
        const int count = static_cast<int>(m_publicKeys.size());
        text = (count == 1 ? tr("%n public key: %1", nullptr, count) : tr("%n public keys: %1", nullptr, count))
                   .arg(described.join(QStringLiteral("; ")));
    }
    m_publicKeyStatus->setText(text);
    palette.setColor(QPalette::WindowText, color);
    m_publicKeyStatus->setPalette(palette);
}

void InspectorWindow::updateActions()
{
    m_saveJsonAction->setEnabled(m_hasInput && !m_inspection.plaintext.isEmpty());
    m_copyKeyAction->setEnabled(!licenseKeyToCopy().isEmpty());
}

QString InspectorWindow::lastDirectory() const
{
    const QString remembered = QSettings().value(DirectorySetting).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir()) {
        return remembered;
    }
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void InspectorWindow::rememberDirectory(const QString &path)
{
    QSettings().setValue(DirectorySetting, QFileInfo(path).absolutePath());
}

} // namespace keydesk
