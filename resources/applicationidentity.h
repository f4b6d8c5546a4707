#pragma once

#include <QString>

namespace keydesk {

// The reverse-DNS id shared by the desktop entry, the AppStream component and the window system
// (pass it to QGuiApplication::setDesktopFileName so Wayland and task bars find the entry and its icon).
QString applicationId();

// The application icon embedded in the executable (needs the Qt SVG icon engine, libqt6svg6, to render).
QString applicationIconPath();

} // namespace keydesk
