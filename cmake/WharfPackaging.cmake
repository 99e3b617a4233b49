# SPDX-License-Identifier: Apache-2.0
# How Wharf is installed and packaged: the desktop file, the AppStream metainfo and the icon
# (install rules, under GNUInstallDirs), then CPack: a .deb, and an .rpm where rpmbuild exists.
#
#   cmake --build build/release && cd build/release && cpack -G DEB
#
# Included once from the top CMakeLists.txt, after app/ (whose install rule puts the `wharf`
# binary in bin/). tests/packaging builds the .deb from the test build tree, installs it into
# an empty root and runs it.
include(GNUInstallDirs)

# The reverse-DNS application id, from the organisation domain the program already sets
# (QCoreApplication::setOrganizationDomain("wharf.cern") in app/Application.cpp). It names the
# desktop file, the metainfo, the icon and the Flatpak, which must all agree.
set(WHARF_APP_ID "cern.wharf.Wharf")

if(UNIX AND NOT APPLE)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/${WHARF_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/${WHARF_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    # Only the scalable icon: hicolor's index.theme serves scalable/apps at every size from 16
    # up, GNOME, KDE, Xfce and the Flatpak exporter all render SVG, and AppStream tools make
    # their own PNGs from it. PNG copies would need a renderer at build time and add nothing.
    # (`appstreamcli compose` made 48, 64 and 128 px PNGs of it, checked with appstream 0.16;
    # it goes by the file's content, which must show "<svg" in its first 256 bytes.)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/${WHARF_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/wharf RENAME copyright)
endif()

# ---- CPack ---------------------------------------------------------------------------------
# The project has no mailing list yet: whoever publishes packages sets their own address
# (cmake -DWHARF_PACKAGE_MAINTAINER="Name <address>"); the default only fills the field.
set(WHARF_PACKAGE_MAINTAINER "The Wharf developers <wharf-maintainers@wharf.cern>" CACHE STRING
    "Maintainer of the .deb and .rpm packages, \"Name <address>\"")

set(CPACK_PACKAGE_NAME "wharf")
set(CPACK_PACKAGE_VENDOR "The Wharf developers")
set(CPACK_PACKAGE_CONTACT "${WHARF_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "container images of Docker and Podman, for analysis with CVMFS")
set(CPACK_PACKAGE_DESCRIPTION [=[
Wharf is a desktop program for physicists who run their analysis in
containers that reach the experiment software through CVMFS. It lists the
images of every local Docker and Podman engine in one window, browses
registries with logins kept in the system keychain, pulls, tags and removes
images, and checks the machine (engines, CVMFS, SELinux, registries) with a
fix for each problem it finds. The same features work from the command line.]=])
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
# A release package carries no debug symbols (and the test's Debug build packs in seconds).
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/" "/\\\\.cache/")

set(CPACK_GENERATOR "")
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    find_program(WHARF_DPKG_DEB dpkg-deb)
    find_program(WHARF_RPMBUILD rpmbuild)
    mark_as_advanced(WHARF_DPKG_DEB WHARF_RPMBUILD)
    # EXISTS: the cache keeps a tool's path after the tool is uninstalled.
    if(WHARF_DPKG_DEB AND EXISTS "${WHARF_DPKG_DEB}")
        list(APPEND CPACK_GENERATOR DEB)
    endif()
    # Only where rpmbuild exists: `cpack` then builds both; elsewhere the .deb alone.
    if(WHARF_RPMBUILD AND EXISTS "${WHARF_RPMBUILD}")
        list(APPEND CPACK_GENERATOR RPM)
    endif()
endif()
if(NOT CPACK_GENERATOR)
    set(CPACK_GENERATOR TGZ)
endif()

# .deb: Debian 12 and Ubuntu 24.04 (`cpack -G DEB` in the build directory).
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${WHARF_PACKAGE_MAINTAINER}")
find_program(WHARF_DPKG_SHLIBDEPS dpkg-shlibdeps)
mark_as_advanced(WHARF_DPKG_SHLIBDEPS)
# Plugins Qt loads at run time, which no linker dependency reveals: the SVG icon engine and
# image format (every icon of Wharf is an SVG).
set(_wharf_deb_plugins "libqt6svg6")
if(WHARF_DPKG_SHLIBDEPS AND EXISTS "${WHARF_DPKG_SHLIBDEPS}")
    # dpkg-shlibdeps reads the binary's libraries and writes the exact package names and
    # versions of the distribution building the package (Ubuntu 24.04's t64 names included).
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "${_wharf_deb_plugins}")
else()
    # Without dpkg-dev (package dpkg-dev): Debian 12's names, written out.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libc6, libstdc++6, libgcc-s1, libqt6core6 (>= 6.4), libqt6gui6 (>= 6.4), libqt6widgets6 (>= 6.4), libqt6network6 (>= 6.4), libqt6dbus6 (>= 6.4), libqt6keychain1, libarchive13, libhttp-parser2.9, ${_wharf_deb_plugins}")
endif()
# An engine to manage; the Wayland platform plugin for Wayland sessions (X11 and XWayland work
# without it); Qt's own translations for the standard buttons and dialogs in French and German.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "podman | docker.io, qt6-wayland, qt6-translations-l10n")
# A terminal for "open a shell in the container"; the credential helper that lets docker and
# podman use a login kept by Wharf (Registry > Share Login).
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "xterm | x-terminal-emulator, golang-docker-credential-helpers")

# .rpm (Fedora names): rpmbuild's automatic requirements find the libraries.
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_RELEASE 1)
set(CPACK_RPM_PACKAGE_LICENSE "Apache-2.0")
set(CPACK_RPM_PACKAGE_GROUP "Applications/System")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtsvg")
set(CPACK_RPM_PACKAGE_SUGGESTS "podman, xterm")
# The directories the package puts files in but does not own.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
    /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps)

include(CPack)
