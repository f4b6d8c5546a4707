#include "ui/filedialog.h"

#include <QFileDialog>

#include <optional>

namespace keydesk {

namespace {

std::optional<QString> &nextAnswer()
{
    static std::optional<QString> answer;
    return answer;
}

std::optional<QString> takeNextAnswer()
{
    std::optional<QString> answer;
    answer.swap(nextAnswer());
    return answer;
}

} // namespace

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    if (auto answer = takeNextAnswer()) {
        return *answer;
    }
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    if (auto answer = takeNextAnswer()) {
        return *answer;
    }
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

void FileDialog::setNextAnswer(const QString &answer)
{
    nextAnswer() = answer;
}

bool FileDialog::hasNextAnswer()
{
    return nextAnswer().has_value();
}

} // namespace keydesk
