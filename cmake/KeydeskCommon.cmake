# One interface target carries the language standard, warnings and strict Qt macros; every target links it.
# (Pattern from qBittorrent's cmake/Modules/CommonConfig.cmake.)

set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_AUTOMOC ON)
set(CMAKE_AUTORCC ON)
set(CMAKE_AUTOUIC ON)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

add_library(keydesk_config INTERFACE)
target_compile_definitions(keydesk_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    KEYDESK_VERSION="${PROJECT_VERSION}")
target_compile_options(keydesk_config INTERFACE
    -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual)
target_include_directories(keydesk_config INTERFACE "${PROJECT_SOURCE_DIR}")

# keydesk_add_library(NAME SOURCES... [LINK libs...]) — one static library per layer.
function(keydesk_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LINK" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_link_libraries(${name} PUBLIC keydesk_config ${ARG_LINK})
endfunction()
