#pragma once

#include <QMainWindow>

namespace keydesk {

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
};

} // namespace keydesk
