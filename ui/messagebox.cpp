#include "ui/messagebox.h"

#include <QPushButton>

#include <optional>

namespace keydesk {

namespace {

struct Seam
{
    std::optional<QMessageBox::StandardButton> nextAnswer;
    QString lastText;
};

Seam &seam()
{
    static Seam instance;
    return instance;
}

std::optional<QMessageBox::StandardButton> takeNextAnswer(const QString &text)
{
    std::optional<QMessageBox::StandardButton> answer;
    answer.swap(seam().nextAnswer);
    if (answer) {
        seam().lastText = text;
    }
    return answer;
}

} // namespace

void MessageBox::about(QWidget *parent, const QString &title, const QString &text)
{
    if (takeNextAnswer(text)) {
        return;
    }
    QMessageBox::about(parent, title, text);
}

QMessageBox::StandardButton MessageBox::critical(QWidget *parent, const QString &title, const QString &text)
{
    if (auto answer = takeNextAnswer(text)) {
        return *answer;
    }
    return QMessageBox::critical(parent, title, text);
}

bool MessageBox::confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText)
{
    if (auto answer = takeNextAnswer(text)) {
        return *answer == QMessageBox::Ok || *answer == QMessageBox::Yes;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

QMessageBox::StandardButton MessageBox::askToSave(QWidget *parent, const QString &text)
{
    if (auto answer = takeNextAnswer(text)) {
        return *answer;
    }
    return QMessageBox::question(parent,
                                 QObject::tr("Unsaved Changes"),
                                 text,
                                 QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                 QMessageBox::Cancel);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    seam().nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return seam().lastText;
}

} // namespace keydesk
