#pragma once

#include <QMessageBox>

namespace keydesk {

// Modal message boxes with a seam for tests: setNextAnswer() makes the next box return at once, unseen
// (the idea of keepassxc's MessageBox).
class MessageBox final
{
public:
    MessageBox() = delete;

    static void about(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton critical(QWidget *parent, const QString &title, const QString &text);

    // Asks once before something that cannot be undone: true when the user chose `acceptText` (Cancel is the
    // default button, so Enter alone never destroys anything).
    static bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText);
    // Unsaved edits: Save, Discard or Cancel (the default: nothing is lost by pressing Enter).
    static QMessageBox::StandardButton askToSave(QWidget *parent, const QString &text);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last box a test answered, so the test can check what the user would have read.
    static QString lastText();
};

} // namespace keydesk
