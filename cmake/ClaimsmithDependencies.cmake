# Third-party packages. Qt 6, OpenSSL 3 and header-only JSON readers come from
# Debian; QScintilla has no CMake package, so it is found by header and library.
set(CLAIMSMITH_QT_COMPONENTS Core Network Sql Concurrent)
if(CLAIMSMITH_BUILD_TESTS OR CLAIMSMITH_BUILD_BENCH)
    list(APPEND CLAIMSMITH_QT_COMPONENTS Test)
endif()
if(CLAIMSMITH_BUILD_GUI)
    list(APPEND CLAIMSMITH_QT_COMPONENTS Gui Widgets Svg LinguistTools)
endif()
find_package(Qt6 6.4 REQUIRED COMPONENTS ${CLAIMSMITH_QT_COMPONENTS})
find_package(Qt6 6.4 REQUIRED COMPONENTS HttpServer) # claimsmith serve
find_package(OpenSSL 3.0 REQUIRED)
find_package(RapidJSON REQUIRED)

if(CLAIMSMITH_BUILD_GUI)
    find_path(QSCINTILLA_INCLUDE_DIR Qsci/qsciscintilla.h
              PATH_SUFFIXES qt6 x86_64-linux-gnu/qt6 aarch64-linux-gnu/qt6
              HINTS ${Qt6Core_INCLUDE_DIRS}/..)
    find_library(QSCINTILLA_LIBRARY NAMES qscintilla2_qt6)
    if(NOT QSCINTILLA_INCLUDE_DIR OR NOT QSCINTILLA_LIBRARY)
        message(FATAL_ERROR "QScintilla for Qt 6 not found: install libqscintilla2-qt6-dev")
    endif()
    add_library(QScintilla::QScintilla UNKNOWN IMPORTED)
    set_target_properties(QScintilla::QScintilla PROPERTIES
        IMPORTED_LOCATION "${QSCINTILLA_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${QSCINTILLA_INCLUDE_DIR}"
        INTERFACE_LINK_LIBRARIES "Qt6::Widgets;Qt6::Gui")
    message(STATUS "QScintilla: ${QSCINTILLA_LIBRARY}")
    # Optional: the system keychain for the API keys of servers (qtkeychain-qt6-dev).
    find_package(Qt6Keychain QUIET)
    if(Qt6Keychain_FOUND)
        message(STATUS "QtKeychain: found (API keys in the system keychain)")
    else()
        message(STATUS "QtKeychain: not found (API keys kept for the session only)")
    endif()
endif()

# RapidJSON is header-only; mark it as a system include so its headers do not
# trip our warning flags.
add_library(claimsmith_rapidjson INTERFACE)
target_include_directories(claimsmith_rapidjson SYSTEM INTERFACE ${RAPIDJSON_INCLUDE_DIRS})
