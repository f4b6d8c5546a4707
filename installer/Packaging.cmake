# CPack: a Debian package (.deb) and a tarball (.tar.gz) of what `cmake --install` puts in place:
# bin/keydesk, the desktop entry, hicolor icons, the MIME type and the AppStream metadata.
# Build them with `cmake --build <build> --target package` (see installer/README.md).

set(CPACK_GENERATOR DEB TGZ)
set(CPACK_PACKAGE_NAME keydesk)
set(CPACK_PACKAGE_VENDOR "Keydesk")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "Keydesk maintainers <maintainers@keydesk.invalid>")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "console for Keygen-compatible licensing APIs")
set(CPACK_PACKAGE_DESCRIPTION
    "Keydesk is a desktop console for Keygen-compatible licensing APIs.\n"
    "It verifies and decodes Keygen license files, machine files and signed\n"
    "license keys offline (Ed25519, ECDSA and RSA signatures, AES-256-GCM\n"
    "encryption), keeps a searchable local copy of an account's licenses,\n"
    "machines and products, and offers the same operations on the command\n"
    "line with stable JSON output.")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
# keydesk-0.1.0-Linux.tar.gz; the .deb gets Debian's own name (below).
set(CPACK_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}-${CPACK_PACKAGE_VERSION}-${CMAKE_SYSTEM_NAME}")
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)

# --- Debian ----------------------------------------------------------------------------------------------------
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # keydesk_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Libraries the binary links come from dpkg-shlibdeps (Qt, libssl3 for libcrypto, libc …); the list below
# adds what Qt only loads at run time: the SVG icon engine (the application icon is an SVG) and the SQLite
# driver of Qt Sql.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, libqt6sql6-sqlite")
# Native Wayland windows (otherwise XWayland), and Qt's input-method and other platform plugins.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-qpa-plugins")
# desktop-file-utils, shared-mime-info and hicolor-icon-theme update their caches through dpkg triggers,
# so the package needs no maintainer scripts.

include(CPack)
