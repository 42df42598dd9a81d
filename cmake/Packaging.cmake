# The Debian packages, made by CPack from `cmake --install`:
#   audit-console-cli  the command line (no Qt Widgets or Gui), the sample log, ACK's default
#                      policy, the CLI's man page and bash completion
#   audit-console      the window (it answers every command too, and `report all`), its .desktop
#                      entry, AppStream metainfo, icon and man page; depends on the CLI package
# Build them from the `package` preset (any x86-64 CPU, /usr prefix, no tests):
#   cmake --preset package && cmake --build --preset package && (cd build/package && cpack)
include(GNUInstallDirs)

set(AC_APP_ID "org.auditconsole.AuditConsole")
set(AC_LINUX "${PROJECT_SOURCE_DIR}/resources/linux")

install(TARGETS audit-console-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT cli)
install(TARGETS audit-console RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT gui)

install(FILES "${PROJECT_SOURCE_DIR}/resources/sample/audit-sample.log.gz"
              "${PROJECT_SOURCE_DIR}/resources/policies/ack-default-audit-policy.yaml"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/audit-console COMPONENT cli)
# One completion script answers both executables (bash-completion loads it by command name).
install(FILES "${AC_LINUX}/audit-console.bash-completion" DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME audit-console-cli COMPONENT cli)
install(FILES "${AC_LINUX}/audit-console.bash-completion" DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME audit-console COMPONENT gui)

# Man pages, compressed as Debian policy asks (-n: no name or time stamp, so builds repeat).
find_program(GZIP_EXECUTABLE gzip)
foreach(page audit-console audit-console-cli)
    set(gz "${CMAKE_CURRENT_BINARY_DIR}/man/${page}.1.gz")
    add_custom_command(OUTPUT "${gz}"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_CURRENT_BINARY_DIR}/man"
        COMMAND ${GZIP_EXECUTABLE} -9nc "${AC_LINUX}/${page}.1" > "${gz}"
        DEPENDS "${AC_LINUX}/${page}.1" VERBATIM)
    list(APPEND AC_MAN_PAGES "${gz}")
endforeach()
add_custom_target(ac_man ALL DEPENDS ${AC_MAN_PAGES})
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/man/audit-console-cli.1.gz" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1
        COMPONENT cli)
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/man/audit-console.1.gz" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1
        COMPONENT gui)

install(FILES "${AC_LINUX}/${AC_APP_ID}.desktop" DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT gui)
install(FILES "${AC_LINUX}/${AC_APP_ID}.metainfo.xml" DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT gui)
install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/audit-console.svg"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${AC_APP_ID}.svg COMPONENT gui)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME audit-console)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Audit Console developers")
set(CPACK_PACKAGE_CONTACT "Audit Console developers <audit-console@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Kubernetes API-server audit log console")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/audit-console/audit-console")
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL cli gui)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_CLI_PACKAGE_NAME audit-console-cli)
set(CPACK_DEBIAN_GUI_PACKAGE_NAME audit-console)
set(CPACK_COMPONENT_CLI_DESCRIPTION
    "Kubernetes API-server audit logs on the command line\n\
The three reports of Alibaba Cloud ACK cluster auditing (audit overview, resource\n\
operations, resource details), event listings, alert rules, audit-policy lint and\n\
simulation, and ClickHouse ingest, over local audit files (JSON lines, rotated and\n\
gzipped, EventList), a Log Service logstore or a ClickHouse table. No display and no\n\
Qt Gui or Widgets libraries needed.")
set(CPACK_COMPONENT_GUI_DESCRIPTION
    "Kubernetes API-server audit log console (the window)\n\
A desktop console for Kubernetes audit logs: the three reports of Alibaba Cloud ACK\n\
cluster auditing as charts and tables with filters and drill-down to the event's JSON,\n\
alert rules with notifications, incident review (object history with diffs, a case\n\
notebook, report documents in PDF and HTML, evidence bundles) and an audit-policy\n\
workbench. English and Simplified Chinese.")
# The window's Qt platform plugins and CJK fonts are loaded at run time: dpkg-shlibdeps
# cannot see them.
set(CPACK_DEBIAN_GUI_PACKAGE_DEPENDS "audit-console-cli (= ${PROJECT_VERSION}), qt6-qpa-plugins")
set(CPACK_DEBIAN_GUI_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n")
include(CPack)
