# Install rules and the Debian package (`make package`).
install(TARGETS deskbridge RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${PROJECT_SOURCE_DIR}/packaging/org.deskbridge.DeskBridge.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/org.deskbridge.DeskBridge.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/deskbridge.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME org.deskbridge.DeskBridge.svg)

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "deskbridge")
set(CPACK_PACKAGE_VENDOR "DeskBridge")
set(CPACK_PACKAGE_CONTACT "DeskBridge maintainers <maintainers@deskbridge.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop helpdesk with peer-to-peer ticket sharing")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time as plugins or data, so shlibdeps cannot see them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6svg6, libqt6sql6-sqlite, qt6-qpa-plugins, breeze-icon-theme")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
include(CPack)
