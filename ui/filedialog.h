#pragma once

#include <QString>

class QWidget;

namespace keydesk {

// Asks the user for a file to open or save. Tests queue the answer with setNextAnswer() instead of facing a
// modal dialog (the idea of keepassxc's FileDialog).
class FileDialog final
{
public:
    FileDialog() = delete;

    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);

    // The next get…FileName() call returns `answer` without showing a dialog; an empty string is "cancelled".
    static void setNextAnswer(const QString &answer);
    // Whether an answer is still queued (tests check that the window really asked).
    static bool hasNextAnswer();
};

} // namespace keydesk
