#include "ui/inspectorwindow.h"

namespace keydesk {

InspectorWindow::InspectorWindow(QWidget *parent)
    : QMainWindow(parent)
{
}

InspectorWindow::~InspectorWindow() = default;

bool InspectorWindow::openFile(const QString &)
{
    return false;
}

void InspectorWindow::setInputText(const QByteArray &)
{
}

} // namespace keydesk
