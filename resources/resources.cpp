// Icons and other embedded files are added to keydesk_resources by qt_add_resources.
