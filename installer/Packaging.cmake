# CPack: .deb and .tar.gz (filled in by the packaging work).
